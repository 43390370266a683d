"""A thank-you timed only by its distance from the interview ("about 30 hrs after", "the same
night"), with no notes: judged against the 24-hour target and the 2-day limit. Our own words."""

from __future__ import annotations

import pytest

from coach.chat import ask
from coach.chat.thanks_gap import thanks_gap_verdict


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("emailed my thank-you two hrs after I left, too eager?", "No, not too soon"),
        ("my thanks went that evening, was that late?", "No, not late"),
        ("thank you note went 40 hours after, did I wreck it", "No, you haven't blown it"),
        ("thank you note went 40 hours after, was it late?", "Yes, a little late"),
        ("only sent the thank you three days later. bad?", "Yes, late"),
    ],
)
def test_the_gap_sets_the_verdict(question: str, lead: str) -> None:
    assert thanks_gap_verdict(question).startswith(lead)


def test_no_gap_said_gives_no_verdict() -> None:
    assert thanks_gap_verdict("when should my thank you go?") == ""
    assert thanks_gap_verdict("checked in 30 hours after, too soon?") == ""  # not a thank-you


def test_the_chat_answers_from_the_gap_without_notes() -> None:
    reply = ask("sent my thank you maybe 26 hrs after the interview. disaster?", None)
    assert reply.answer.startswith("No, you haven't blown it")
    assert "24-hour target" in reply.answer and "2-day limit" in reply.answer
