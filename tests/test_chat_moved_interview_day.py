"""An interview the user says was moved to another day ("they moved the interview to the 19th",
"my interview got moved to thu 19th") counts from that day: the check-in's wait is measured
from it, and the answer says both days. Our own wording, on the example notes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coach.chat import ask
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")  # interview Fri 20 Nov, US
EST = dt.timezone(dt.timedelta(hours=-5))
NOW = dt.datetime(2026, 11, 24, 10, tzinfo=EST)


@pytest.mark.parametrize(
    "question",
    [
        "my notes are off, they moved the interview to thursday the 19th. when can i check in?",
        "correction: the interview got moved to thu 19th, same time. first day to follow up?",
    ],
)
def test_the_moved_day_sets_the_wait(question: str) -> None:
    notes = NOTES.model_copy(update={"timeline": type(NOTES.timeline)()})
    answer = ask(question, notes, now=NOW).answer
    # Thu 19 Nov + 5 business days, Thanksgiving (Thu 26) skipped: Friday 27 November
    assert "Friday 27 November" in answer
    assert "this answer counts from Thursday 19 November" in answer


def test_an_interview_moved_to_a_later_day_is_still_to_come() -> None:
    notes = NOTES.model_copy(update={"timeline": type(NOTES.timeline)()})
    answer = ask("they moved the interview to friday 4 december. what now?", notes, now=NOW)
    assert "this answer counts from" not in answer.answer
