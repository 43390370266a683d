"""Out of scope though worded like a follow-up: countering a pay figure "in my thank-you"
(salary), drafting one's own reference letter (a reference, not material the employer asked
for); and in scope though a topic word is near: whether one's own call or email was too early,
with a holiday or a start date in the story. Our own wording."""

from __future__ import annotations

import pytest

from coach.chat.scope import asks_contact_timing, uncovered


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        (
            "they offered 52 thousand euros a year, can i counter at 58 in my thank you email",
            "salary and pay",
        ),
        (
            "is it rude to counter with a higher number when I reply to the recruiter",
            "salary and pay",
        ),
        (
            "they pitched 3 million yen per year. ok to ask for more money in my follow up?",
            "salary and pay",
        ),
        (
            "my last manager wants me to write my own reference letter. what goes in it",
            "reference checks",
        ),
    ],
)
def test_negotiation_and_own_references_are_not_covered(question: str, topic: str) -> None:
    assert uncovered(question) == topic


@pytest.mark.parametrize(
    "question",
    [
        "the recruiter asked for a reference letter from my old job, when should i send it",
        "I emailed him on the 3rd, straight after the long weekend. was that too soon",
        "i rang her on tuesday even though it was a public holiday, too early?",
    ],
)
def test_follow_up_questions_stay_in_scope(question: str) -> None:
    assert uncovered(question) is None


@pytest.mark.parametrize(
    ("question", "timing"),
    [
        ("I rang pat on the 4th as invited, with the holiday in between; too early?", True),
        ("i'll email them monday, is that in time", True),
        ("is it too late to negotiate the start date?", False),
        ("they emailed me too early in the morning", False),
    ],
)
def test_own_contact_timing(question: str, timing: bool) -> None:
    assert asks_contact_timing(question) is timing
