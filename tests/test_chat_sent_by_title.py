"""A message the user sent, named by the recipient's title and surname or full name ("emailed
Dr Okafor yesterday"), is read as sent, as one named by first name is; and a "not before the
10th" said at an interview the message dates counts from that interview, not from today."""

from __future__ import annotations

import datetime as dt

from coach.chat.facts import extract

NAMES = ["Adaeze Okafor"]


def test_sent_to_a_title_and_surname() -> None:
    said = extract("emailed Dr Okafor yesterday, no answer yet.", dt.date(2027, 2, 10), NAMES)
    assert [s.day for s in said.sent] == [dt.date(2027, 2, 9)]
    assert said.sent[0].to == "Adaeze Okafor"


def test_sent_to_a_full_name() -> None:
    said = extract("emailed Adaeze Okafor on the 8th, no reply yet", dt.date(2027, 2, 10), NAMES)
    assert [s.day for s in said.sent] == [dt.date(2027, 2, 8)]


def test_not_before_a_day_counts_from_the_interview_the_message_gives() -> None:
    said = extract(
        "my interview was tue 2 feb. they asked me not to chase before the 12th",
        dt.date(2027, 3, 20),
    )
    assert said.no_contact_before == dt.date(2027, 2, 12)
