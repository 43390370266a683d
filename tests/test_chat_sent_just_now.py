"""A message the user has only just sent ("I just emailed it", "a minute ago") went at the time
of asking, not at the interview's end: the record offered and the same-day advice follow it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.readers import load_notes

NOTES = load_notes(Path(__file__).resolve().parent.parent / "examples" / "acme.yaml")
EST = dt.timezone(dt.timedelta(hours=-5))
EVENING = dt.datetime(2026, 11, 20, 21, 30, tzinfo=EST)  # the interview ended at 15:00


def recorded(question: str, now: dt.datetime = EVENING) -> list[str]:
    return ask(question, NOTES, now=now).record


def test_just_sent_is_recorded_at_the_time_of_asking() -> None:
    record = recorded("I've just sent my thank you note to Sarah, should I add her on LinkedIn?")
    assert any("thank_you" in r and "2026-11-20T21:30:00-05:00" in r for r in record)


def test_minutes_ago_is_recorded_at_the_time_of_asking() -> None:
    record = recorded("Sent Michael the thank-you email a few minutes ago. Anything else to do?")
    assert any("thank_you" in r and "T21:30:00" in r for r in record)


def test_sent_today_is_never_recorded_after_the_time_of_asking() -> None:
    asked = dt.datetime(2026, 11, 20, 17, 45, tzinfo=EST)
    record = recorded("I emailed my thank-you to Sarah this evening, what next?", asked)
    assert any("thank_you" in r and "T17:45:00" in r for r in record)


def test_a_named_day_keeps_its_own_time() -> None:
    asked = dt.datetime(2026, 11, 23, 9, 0, tzinfo=EST)
    record = recorded("I sent the thank-you to Sarah on friday night, when do I check in?", asked)
    assert any("thank_you" in r and "2026-11-20T" in r for r in record)
