"""Messages the user says went out, however the sentence runs, and the promised material a
question is about (named by its short words too: "my SQL sample")."""

from __future__ import annotations

import datetime as dt

from coach.chat.facts import extract
from coach.chat.materials import named_material
from coach.models import Kind

MONDAY = dt.date(2026, 12, 28)


def test_a_message_named_before_it_is_said_to_be_sent() -> None:
    facts = extract(
        "no reply to the check in I sent on Monday 21 Dec. when is the last one?", MONDAY
    )
    assert [(s.kind, s.day) for s in facts.sent] == [(Kind.check_in, dt.date(2026, 12, 21))]
    facts = extract("the thank-you email that I wrote on Tuesday went unanswered", MONDAY)
    assert [s.kind for s in facts.sent] == [Kind.thank_you]


def test_a_question_about_sending_is_not_a_message_sent() -> None:
    assert extract("should I send the check-in I drafted?", MONDAY).sent == []


def test_a_material_is_named_by_its_short_words_too() -> None:
    promised = ["a sample SQL query from my portfolio", "two references"]
    assert named_material("i was to send my sql sample by 9", promised) == promised[0]
    assert named_material("when do my references go?", promised) == promised[1]
    assert named_material("my portfolio site is down", promised) is None


def test_a_material_said_to_be_sent_is_not_the_subject() -> None:
    q = "I sent the thank-yous Wednesday and the bug report Thursday. When can I check in?"
    facts = extract(q, MONDAY, materials=["a sample bug report from my last job"])
    assert facts.material is None
    facts = extract("the bug report is late, what now?", MONDAY, materials=["a bug report"])
    assert facts.material == "a bug report"
