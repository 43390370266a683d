"""Two channels asked for on one day: the second is offered for the next business day, never a
weekend day (the plan says the same)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")
EST = dt.timezone(dt.timedelta(hours=-5))


def test_the_second_channel_waits_for_monday_after_a_friday() -> None:
    friday = dt.datetime(2026, 12, 4, 10, tzinfo=EST)
    answer = ask(
        "can I email Sarah today and also send Michael a linkedin request?", NOTES, now=friday
    )
    assert "channel-multiple-same-day" in answer.rules
    assert "Monday 7 December" in answer.answer
    assert "Saturday" not in answer.answer and "Sunday" not in answer.answer


def test_without_notes_a_saturday_question_points_to_monday() -> None:
    saturday = dt.datetime(2026, 12, 5, 10, tzinfo=EST)
    answer = ask("can I email her today and also send a linkedin request?", None, now=saturday)
    assert "Monday 7 December" in answer.answer
