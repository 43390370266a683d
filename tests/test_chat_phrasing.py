"""A model may phrase a chat answer (an openai-compatible backend), but its text is kept only
when its citations are among the retrieved entries', its dates are the plan's and any message
in it passes the checker; otherwise the deterministic answer stands. The model is a
FakeBackend: a queue of canned replies."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coach.backends import FakeBackend
from coach.chat import ask
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")
NOW = dt.datetime(2026, 11, 22, 11, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
QUESTION = "When should I check in with Sarah?"


def deterministic() -> str:
    return ask(QUESTION, NOTES, now=NOW).answer


def test_a_verified_phrasing_is_used() -> None:
    reply = (
        "Hold off until Monday 30 November: they plan to decide by Friday 27 November, and a "
        "check-in before their date is early [004 Continue Follow Ups]."
    )
    a = ask(QUESTION, NOTES, now=NOW, model=FakeBackend(reply))
    assert a.answer.startswith("Hold off until Monday 30 November") and a.backend != "none"
    assert "timing-check-in-early" in a.answer  # the rule ids stay


@pytest.mark.parametrize(
    "reply",
    [
        "Wait until Monday 30 November [002 FAQ 99].",  # a section it was not given
        "Wait until Monday 30 November, as the articles say.",  # no citation
        "Check in on Tuesday 24 November [004 Continue Follow Ups].",  # not the plan's date
        "Send this on Monday 30 November [004 Continue Follow Ups]:\n\nHi Sarah, respond ASAP!!",
    ],
)
def test_an_unverified_phrasing_falls_back(reply: str) -> None:
    a = ask(QUESTION, NOTES, now=NOW, model=FakeBackend(reply))
    assert a.answer == deterministic() and a.backend == "none"
