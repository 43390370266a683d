"""A weekday in a question about the past ("would my check-in on Monday have been too early?",
asked on a Wednesday) is the Monday gone, not the coming one; the check-in sent that day is
judged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.asked import asked_day
from coach.models import HistoryEntry
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
WEDNESDAY = dt.datetime(2026, 11, 25, 12, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def test_a_past_conditional_names_no_day_to_come() -> None:
    today = WEDNESDAY.date()
    assert asked_day(["would my call on monday have been ok?"], today, [False]) is None
    assert asked_day(["was the note on friday too soon?"], today, [False]) is None
    assert asked_day(["is friday ok for the note?"], today, [False]) == dt.date(2026, 11, 27)


def test_the_check_in_sent_on_the_monday_gone_is_judged() -> None:
    sent = HistoryEntry.model_validate(
        {
            "kind": "check_in",
            "channel": "email",
            "to": "Sarah Chen",
            "sent_at": "2026-11-23T09:30:00-05:00",
        }
    )
    notes = load_notes(ROOT / "examples" / "acme.yaml").model_copy(update={"history": [sent]})
    answer = ask("would my check-in on monday have been too early?", notes, now=WEDNESDAY)
    lead = answer.answer.split("\n")[0]
    assert lead.startswith("Yes") and "Monday 23 November" in lead
    assert "Monday 30 November" in lead
