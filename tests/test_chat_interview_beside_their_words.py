"""The interview's day said in the same breath as what the interviewer said ("he said to give
it two weeks at the end of my interview on Monday 1 June"): both are read, and the wait counts
from that day."""

from __future__ import annotations

import datetime as dt

from coach.chat import ask
from coach.chat.facts import extract


def test_the_interview_day_beside_their_words_is_read() -> None:
    text = "he said to give it two weeks at the end of my interview on monday 1 june"
    facts = extract(text, dt.date(2026, 6, 3))
    assert facts.interview_day == dt.date(2026, 6, 1)


def test_their_wait_counts_from_the_day_given_with_it() -> None:
    now = dt.datetime(2026, 6, 3, 9, 0, tzinfo=dt.UTC)
    text = (
        "he said give it two weeks at the end of my interview on monday 1 june. when can I email?"
    )
    answer = ask(text, now=now)
    assert "15 June" in answer.answer
