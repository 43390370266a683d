"""A when, what or how question gets no yes-or-no verdict; a yes/no question gets one first.
The kowhai notes' thank-you is past its 24 hours and inside the limit on this clock, where the
plan's lead says "Yes: ...". Questions are our own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.readers import load_notes

NOTES = load_notes(
    Path(__file__).resolve().parents[1] / "examples" / "notes" / "kowhai-ranger.yaml"
)
NOW = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def test_a_when_question_gets_no_yes_or_no() -> None:
    for q in (
        "When should I send my thank-you?",
        "when shoud i send my thank you",
        "what time should I get the thank you note out",
        "how soon do i need to send the thank-you email",
        "so when do I thank Mere",
    ):
        answer = ask(q, NOTES, None, NOW).answer
        assert not answer.startswith(("Yes", "No")), (q, answer[:60])
        assert "send it today" in answer, q


def test_a_yes_no_question_still_gets_its_verdict() -> None:
    for q in ("should I send my thank-you today?", "can i still send the thank you now"):
        assert ask(q, NOTES, None, NOW).answer.startswith("Yes"), q
