"""A follow-up planned but never sent, judged now ("would that have been too soon?") by the
business days the rules ask after the follow-up before it; and "Tuesday July 7" read as 7 July."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.dates import first_date
from coach.models import HistoryEntry
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
EST = dt.timezone(dt.timedelta(hours=-5))
CHECKED = HistoryEntry.model_validate(
    {
        "kind": "check_in",
        "channel": "email",
        "to": "Sarah Chen",
        "sent_at": "2026-11-30T09:00:00-05:00",
    }
)


def _notes(stage: str = "interviewed") -> object:
    notes = load_notes(ROOT / "examples" / "acme.yaml")
    return notes.model_copy(update={"history": [CHECKED], "stage": stage})


def test_a_planned_second_check_in_three_days_on_was_too_soon() -> None:
    answer = ask(
        "I nearly emailed Sarah again on Thursday 3 December. would that have been too early?",
        _notes(),  # type: ignore[arg-type]
        now=dt.datetime(2026, 12, 9, 10, tzinfo=EST),
    )
    lead = answer.answer.split("\n")[0]
    assert lead.startswith("Yes, too") and "Monday 7 December" in lead
    assert "timing-too-soon-after-last" in answer.rules


def test_a_planned_one_a_week_on_would_have_been_fine_even_after_a_no() -> None:
    answer = ask(
        "before they turned me down I'd drafted a nudge for Tuesday 8 December. would it have "
        "been ok?",
        _notes("rejected"),  # type: ignore[arg-type]
        now=dt.datetime(2026, 12, 9, 10, tzinfo=EST),
    )
    assert answer.answer.startswith("Yes") and "Monday 7 December" in answer.answer


def test_a_weekday_before_its_date_names_that_date() -> None:
    today = dt.date(2026, 7, 5)
    assert first_date("on Tuesday, July 7th", today, past=True) == dt.date(2026, 7, 7)
    assert first_date("last Friday", today, past=True) == dt.date(2026, 7, 3)
