"""Times the user states without a calendar's care: an interview end without a.m. or p.m.
("we finished at 4:15 not 3"), and a send time proposed for the thank-you ("at 9am today, ok?").
Every deadline in the answer is still the plan's, from the corrected end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.readers import load_notes

NOTES = load_notes(Path(__file__).resolve().parent.parent / "examples" / "acme.yaml")
EST = dt.timezone(dt.timedelta(hours=-5))  # the interview: Friday 20 November, 14:00 to 15:00


def test_an_end_time_without_pm_follows_the_interviews_own_hours() -> None:
    now = dt.datetime(2026, 11, 20, 18, 0, tzinfo=EST)
    question = "it overran, we only wrapped up at 5:30. when is my thank you due?"
    answer = ask(question, NOTES, now=now)
    assert "interview.end: 2026-11-20T17:30:00-05:00" in answer.record
    assert "Saturday 21 November, 17:30" in answer.answer


def test_a_proposed_send_time_inside_the_24_hours_is_a_yes() -> None:
    now = dt.datetime(2026, 11, 20, 19, 0, tzinfo=EST)
    answer = ask("planning to email my thank you at 8am tomorrow, is that ok?", NOTES, now=now)
    assert answer.answer.startswith("Yes: 08:00 on Saturday 21 November")


def test_a_proposed_send_time_past_the_limit_is_a_no() -> None:
    now = dt.datetime(2026, 11, 21, 9, 0, tzinfo=EST)
    answer = ask("can I send my thank you at 4pm on Sunday?", NOTES, now=now)
    assert answer.answer.startswith("No: 16:00 on Sunday 22 November is past even the 2-day")
