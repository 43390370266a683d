"""Papers for working in a country (passports, residence cards) and what the law says about
hours and pay are outside the articles; a question that only mentions them as the occasion of a
follow-up stays in scope."""

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
        "will my green card be enough for this job or do they have to file something?",
        "is a British passport ok for working there, or do I need something else?",
        "what's the right to work situation if I hold a residence permit?",
        "under ontario law do they have to pay extra after 44 hours a week?",
        "what do federal labor standards say about overtime pay for salaried staff?",
    ],
)
def test_papers_and_labour_law_are_not_covered(question: str) -> None:
    answer = ask(question, NOTES, now=NOW)
    assert not answer.in_scope and "don't cover" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "the manager said they're all on overtime this month, so when should I check in?",
        "I mentioned my passport renewal in the interview, do I bring it up in the thank-you?",
    ],
)
def test_a_mention_as_the_occasion_stays_in_scope(question: str) -> None:
    assert ask(question, NOTES, now=NOW).in_scope
