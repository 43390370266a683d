"""How to answer an interview question is outside the articles, even when the message also
tells of an interview to come ("tell me about yourself... got round two on Monday")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coach.chat import ask
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")
NOW = dt.datetime(2026, 11, 24, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


@pytest.mark.parametrize(
    "question",
    [
        "how do I handle 'tell me about yourself'? I have round two on Monday",
        "any tips for behavioural questions in my next interview thursday?",
        "should I use the STAR method for my answers next week?",
    ],
)
def test_answering_interview_questions_is_not_covered(question: str) -> None:
    answer = ask(question, NOTES, now=NOW)
    assert not answer.in_scope and "don't cover" in answer.answer


def test_a_thank_you_after_round_two_stays_in_scope() -> None:
    answer = ask("do I send another thank you after my second interview on Monday?", NOTES, now=NOW)
    assert answer.in_scope
