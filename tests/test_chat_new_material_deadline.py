"""A new deadline for requested material that the interviewer gives ("she said the references
can arrive Tuesday 2pm instead") replaces the notes' promise; a weekday with a clock time
("Monday 10am") is that weekday."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.dates import first_date
from coach.chat.promises import stated_promise
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")  # references promised by Sat 21 Nov 09:00
EST = dt.timezone(dt.timedelta(hours=-5))


def test_their_new_deadline_replaces_the_promise() -> None:
    answer = ask(
        "Sarah wrote back and said the references can come Tuesday 2pm instead of Saturday. "
        "what's my deadline now?",
        NOTES,
        now=dt.datetime(2026, 11, 20, 18, tzinfo=EST),
    )
    assert "Tuesday 24 November, 14:00" in answer.answer
    assert "timing-materials-late" in answer.rules


def test_a_call_they_allow_is_no_material_deadline() -> None:
    assert stated_promise("she said I can call her Monday", dt.date(2026, 11, 20)) is None


def test_a_weekday_with_a_clock_time_is_that_weekday() -> None:
    today = dt.date(2026, 11, 20)  # a Friday
    assert first_date("can come monday 10am", today, past=False) == dt.date(2026, 11, 23)
    assert first_date("on Monday 10:30 am", today, past=False) == dt.date(2026, 11, 23)
