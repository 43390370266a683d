"""A thank-you supposed at another moment ("if I'd waited till Monday morning, would that have
been late?") is set against the 24-hour target and the 2-day limit, counted from the interview,
not from today."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.models import HistoryEntry
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
EST = dt.timezone(dt.timedelta(hours=-5))


def _notes() -> object:
    notes = load_notes(ROOT / "examples" / "acme.yaml")  # interview Fri 20 Nov, 14:00-15:00
    thanked = [
        HistoryEntry.model_validate(
            {"kind": "thank_you", "channel": "email", "to": who, "sent_at": at}
        )
        for who, at in (
            ("Sarah Chen", "2026-11-20T19:00:00-05:00"),
            ("Michael O'Brien", "2026-11-20T19:05:00-05:00"),
        )
    ]
    return notes.model_copy(update={"history": thanked})


def test_a_thank_you_supposed_past_the_target_is_a_little_late() -> None:
    answer = ask(
        "I sent both thank-yous that evening. if I'd held them till sunday at 10am, would that "
        "have been too late?",
        _notes(),  # type: ignore[arg-type]
        now=dt.datetime(2026, 11, 25, 9, tzinfo=EST),
    )
    lead = answer.answer.split("\n")[0]
    assert lead.startswith("A little late, but not too late")
    assert "Sunday 22 November" in lead and "Saturday 21 November, 15:00" in lead
    assert "timing-thank-you-late" in answer.rules


def test_a_thank_you_supposed_the_next_morning_was_inside_the_target() -> None:
    answer = ask(
        "if my thank-you had only gone saturday morning, would that have counted as late?",
        _notes(),  # type: ignore[arg-type]
        now=dt.datetime(2026, 11, 25, 9, tzinfo=EST),
    )
    assert answer.answer.startswith("No, not late: 09:00 on Saturday 21 November")


def test_after_a_no_a_thank_you_that_went_late_is_judged_by_its_timing() -> None:
    notes = load_notes(ROOT / "examples" / "acme.yaml")
    late = HistoryEntry.model_validate(
        {
            "kind": "thank_you",
            "channel": "email",
            "to": "Sarah Chen",
            "sent_at": "2026-11-21T17:30:00-05:00",
        }
    )
    notes = notes.model_copy(update={"history": [late], "stage": "rejected"})
    answer = ask(
        "sarah's thank you only went the next day at 5.30pm. was that bad? is that why they "
        "turned me down",
        notes,
        now=dt.datetime(2026, 12, 3, 9, tzinfo=EST),
    )
    lead = answer.answer.split("\n")[0]
    assert "past the 24-hour target" in lead and "Saturday 21 November, 15:00" in lead
    assert "Sunday 22 November, 15:00" in lead
