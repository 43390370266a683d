"""A question is out of scope when its meaning is nearer a not-covered topic's examples than any
guide entry, even with no cue word and with follow-up words around it; questions about a
follow-up that touch such a topic stay in scope."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coach.chat import ask
from coach.guide import load_guide
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")
NOW = dt.datetime(2026, 11, 24, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


@pytest.mark.parametrize(
    "question",
    [
        "while I look for other work, am I entitled to unemployment money from the state?",
        "what are the holiday days and health benefits usually like in a role like this?",
    ],
)
def test_meaning_puts_question_out_of_scope(question: str) -> None:
    answer = ask(question, notes=NOTES, now=NOW)
    assert answer.in_scope is False


@pytest.mark.parametrize(
    "question",
    [
        "should I mention in my thank-you that I have been out of work for a year?",
        "when can I chase them about the decision?",
        "I sent the references they asked for at 10, I had said by noon. was that ok?",
    ],
)
def test_follow_up_questions_stay_in_scope(question: str) -> None:
    answer = ask(question, notes=NOTES, now=NOW)
    assert answer.in_scope is True


def test_every_not_covered_topic_with_examples_is_a_guide_topic() -> None:
    topics = load_guide().scope.topics
    assert any(t.questions for t in topics)
    for t in topics:
        assert all(q.strip().endswith("?") for q in t.questions), t.topic
