"""Business days skip a country's days off: its public holidays, and the Eves that Swedish
offices keep closed though no law lists them (coach.calendar.DAYS_OFF_BY_CUSTOM)."""

from __future__ import annotations

import datetime as dt

import pytest

from coach.calendar import add_business_days, business_days_between, is_business_day


@pytest.mark.parametrize(
    "day",
    [dt.date(2026, 6, 19), dt.date(2026, 12, 24), dt.date(2026, 12, 31)],
    ids=["midsummer-eve", "christmas-eve", "new-years-eve"],
)
def test_swedish_eves_are_days_off(day: dt.date) -> None:
    assert not is_business_day(day, "SE")
    assert is_business_day(day, "NO")  # Norway closes for none of them by law


def test_a_week_over_midsummer_in_sweden_has_four_business_days() -> None:
    # Tuesday 16 June to Tuesday 23 June 2026: Friday 19 June is Midsummer Eve
    assert business_days_between(dt.date(2026, 6, 16), dt.date(2026, 6, 23), "SE") == 4
    assert add_business_days(dt.date(2026, 6, 16), 5, "SE") == dt.date(2026, 6, 24)


def test_other_countries_keep_their_public_list() -> None:
    # the same week in Germany has five business days, and England keeps its bank holidays
    assert business_days_between(dt.date(2026, 6, 16), dt.date(2026, 6, 23), "DE") == 5
    assert not is_business_day(dt.date(2026, 8, 31), "GB")
