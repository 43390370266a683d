"""An interview day stated with a place between ("interviewed in Cebu friday 7 may"), an
abbreviated weekday ("interview tue 4 may") or the month first ("interview mon nov 23") is
read; and the place words ("manila", "a us interview") give the country whose holidays the
business days skip."""

from __future__ import annotations

import datetime as dt

from coach.chat import ask
from coach.chat.facts import extract
from coach.chat.places import country_in


def test_interview_days_in_several_written_forms_are_read() -> None:
    today = dt.date(2027, 5, 10)
    assert extract("interviewed in cebu friday 7 may, no news", today).interview_day == dt.date(
        2027, 5, 7
    )
    assert extract("had an interview tue 4 may 2027", today).interview_day == dt.date(2027, 5, 4)
    assert extract("my interview thu may 6 went ok", today).interview_day == dt.date(2027, 5, 6)


def test_short_country_forms_count_only_before_a_job_word() -> None:
    assert country_in("a us interview last week") == "US"
    assert country_in("uk company, interviewed monday") == "GB"
    assert country_in("they told us nothing") is None
    assert country_in("interviewed in manila") == "PH"


def test_a_stated_day_and_city_give_exact_dates_without_notes() -> None:
    now = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    answer = ask("us interview mon nov 23 2026, no timeline. when can i check in", now=now)
    assert "Tuesday 1 December" in answer.answer  # Thanksgiving, 26 Nov, is skipped
