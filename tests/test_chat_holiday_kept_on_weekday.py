"""A holiday that falls on a weekend but is kept on the next weekday (a substitute day, "Boxing
Day (observed)") still moves the dates: the answer says where it is kept instead of "it changes
nothing"; and a day asked for by a holiday ("the day after Boxing Day") gets its own verdict
before the holiday's explanation."""

from __future__ import annotations

import datetime as dt

from coach.chat.asked import fixed_holiday
from coach.chat.holidays import observed_on


def test_a_weekend_holiday_kept_on_a_weekday() -> None:
    # 2026: Boxing Day is a Saturday in England, kept on Monday 28 December
    assert observed_on("Boxing Day", dt.date(2026, 12, 26), "GB") == dt.date(2026, 12, 28)
    assert observed_on("Christmas Day", dt.date(2026, 12, 25), "GB") is None  # a Friday


def test_a_day_named_from_a_holiday() -> None:
    today = dt.date(2026, 12, 20)
    assert fixed_holiday("ok to write the day after boxing day?", today) == dt.date(2026, 12, 27)
    assert fixed_holiday("or the day before christmas eve", today) == dt.date(2026, 12, 23)
    assert fixed_holiday("is boxing day itself ok?", today) == dt.date(2026, 12, 26)
