"""Business days in the interview's time zone, skipping weekends and, by country, public holidays.

Holidays come from the maintained `holidays` package, imported only when a country is named so
that `coach check` on notes without one starts fast.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container
from functools import lru_cache


class _NoHolidays:
    def __contains__(self, day: object) -> bool:
        return False


@lru_cache(maxsize=64)
def holidays_for(country: str | None, year: int) -> Container[dt.date]:
    if not country:
        return _NoHolidays()
    import holidays

    try:
        return holidays.country_holidays(country.upper(), years=[year, year + 1])
    except NotImplementedError:
        raise ValueError(f"no public-holiday calendar for country {country!r}") from None


def is_business_day(day: dt.date, country: str | None = None) -> bool:
    return day.weekday() < 5 and day not in holidays_for(country, day.year)


def add_business_days(day: dt.date, n: int, country: str | None = None) -> dt.date:
    """The date n business days after `day` (counting by calendar date, as the rulebook reads)."""
    step = 1 if n >= 0 else -1
    remaining = abs(n)
    while remaining:
        day += dt.timedelta(days=step)
        if is_business_day(day, country):
            remaining -= 1
    return day


def business_days_between(start: dt.date, end: dt.date, country: str | None = None) -> int:
    """Business days after `start` up to and including `end` (0 when end <= start)."""
    count, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        if is_business_day(day, country):
            count += 1
    return count


def next_business_day(day: dt.date, country: str | None = None) -> dt.date:
    """`day` itself if it is a business day, else the first one after it."""
    while not is_business_day(day, country):
        day += dt.timedelta(days=1)
    return day


def local(when: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    return when.astimezone(zone)


def local_date(when: dt.datetime, zone: dt.tzinfo) -> dt.date:
    return when.astimezone(zone).date()
