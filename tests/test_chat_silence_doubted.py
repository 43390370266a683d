"""Silence wondered about is not a rejection: "it's Tuesday and still nothing, does that mean I
didn't get it?" is answered with the wait (their date has passed: check in), not with how to
reply to a no; and "the end of last week" is a date."""

from __future__ import annotations

import datetime as dt

from coach.chat import ask
from coach.chat.dates import first_date
from coach.chat.rejected import rejected_in


def test_the_end_of_last_week_is_that_weeks_friday() -> None:
    assert first_date("by the end of last week", dt.date(2026, 6, 9)) == dt.date(2026, 6, 5)


def test_wondering_about_a_no_is_not_one() -> None:
    assert not rejected_in("still nothing, I'm starting to think I didn't get it")
    assert rejected_in("they rejected me this morning")


def test_silence_past_their_date_is_answered_with_a_check_in() -> None:
    now = dt.datetime(2026, 6, 9, 10, 0, tzinfo=dt.UTC)  # a Tuesday
    text = "recruiter said they'd let me know by end of last week. still nothing, did I not get it?"
    answer = ask(text, now=now)
    assert answer.intent != "rejection"
    assert "check-in" in answer.answer
