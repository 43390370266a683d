"""Two-part questions whose first word must answer the first part: a sent thank-you asked
"inside the window, right? and when would it have been late?", "can I check in today, and when
is my last?", "a card as well? how long?", "Ms or Dr? can I call her by her nickname?"; and an
interview day given beside the hour it ended. Our own wording, on the Bluegum notes."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from coach.chat import ask
from coach.chat.facts import extract
from coach.chat.length import asked_second
from coach.chat.thanked import yes_no_part
from coach.readers import load_notes

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import BASE, at, bluegum  # noqa: E402


def test_the_yes_no_part_is_the_first_question_asked_that_way() -> None:
    asked = "sent it that night. within the window, yes? and when would it have been late?"
    assert yes_no_part(asked).strip() == "within the window, yes?"
    assert yes_no_part("when was the deadline?") == "when was the deadline?"


def test_a_sent_thank_you_asked_if_inside_the_window_is_a_yes(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)  # thanked at 19:00 the evening of the interview
    q = "my note to Odette went that evening. inside 24 hours? when would it have gone late?"
    reply = ask(q, notes, None, at(8))
    assert reply.answer.startswith("Yes")
    assert "4 March" in reply.answer.split("\n")[0]


def test_the_interview_day_beside_the_hour_it_ended_is_read() -> None:
    facts = extract("the interview wrapped up at 3pm on tue 6 april", dt.date(2027, 4, 6))
    assert facts.interview_day == dt.date(2027, 4, 6)
    assert facts.interview_end_at == dt.time(15, 0)


def test_without_notes_the_thank_you_dates_count_from_the_end_said() -> None:
    now = dt.datetime(2027, 4, 6, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    reply = ask(
        "interview wrapped up at 3pm today (tue 6 april). thank-you deadline?", None, None, now
    )
    lead = reply.answer.split("\n")[0]
    assert "7 April, 15:00" in lead and "8 April, 15:00" in lead


def test_check_in_today_and_the_last_one_leads_with_yes(tmp_path: Path) -> None:
    notes = bluegum(tmp_path, "timeline: {decision_by: 2027-03-08}\n")
    reply = ask("can I check in today, and if that gets nothing when's my last one?", notes, None,
                at(12))  # fmt: skip
    assert reply.answer.startswith("Yes: check in today (Friday 12 March)")


def test_a_length_asked_second_follows_the_first_answer(tmp_path: Path) -> None:
    assert asked_second("worth posting a card too? max length?")
    assert not asked_second("how long should a card be?")
    notes = bluegum(tmp_path)
    reply = ask("should I mail Odette a card as well? what's the max length?", notes, None, at(4))
    assert "120 words" in reply.answer
    assert not reply.answer.startswith("Keep a")


def test_a_nickname_in_the_notes_asked_for_is_a_yes(tmp_path: Path) -> None:
    path = tmp_path / "notes.yaml"
    path.write_text(BASE.replace("aliases: []", "aliases: [Detta]") + "history: []\n")
    notes = load_notes(path)
    reply = ask(
        "Ms Marr or just Odette? can I call her Detta in the email?", notes, None, at(3, 15)
    )
    assert reply.answer.startswith("Yes")
