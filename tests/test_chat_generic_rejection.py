"""A rejection asked about in general ("how do I answer a rejection?") is the kind of message
the user wants to write, not news that they were turned down: the chat must not tell them
'they turned you down' or offer to record it in their notes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coach.chat import ask
from coach.chat.rejected import rejected_in
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")
NOW = dt.datetime(2026, 11, 23, 10, tzinfo=NOTES.interview.zone)


@pytest.mark.parametrize(
    "question",
    [
        "how do i reply to a rejection",
        "what should I write after a rejection email?",
        "any tips for answering a rejection politely",
    ],
)
def test_a_rejection_in_general_is_not_news(question: str) -> None:
    assert not rejected_in(question)
    answer = ask(question, NOTES, None, NOW).answer
    assert "they turned you down" not in answer
    assert "Reply once" in answer


@pytest.mark.parametrize(
    "question",
    [
        "I got a rejection this morning, how do I reply?",
        "they sent me a rejection today. should i answer it?",
        "the recruiter emailed with a rejection, now what",
    ],
)
def test_a_rejection_received_is_still_news(question: str) -> None:
    assert rejected_in(question)
