"""Business days in the interview's time zone, skipping weekends and, by country, public holidays.

Holidays come from the maintained `holidays` package, imported only when a country is named so
that `coach check` on notes without one starts fast.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

#: where a country's bank holidays differ by region and the notes name none, the most populous
#: region's: England (and Wales) for the UK, whose list adds Easter Monday and the August bank
#: holiday to the UK-wide one; Ontario for Canada, whose list adds Family Day, Victoria Day,
#: Thanksgiving and Boxing Day to the five nationwide days. Both are what a reader there means by
#: "a bank holiday" or "a stat holiday"; the other countries' national lists already are.
DEFAULT_REGION = {"GB": "ENG", "UK": "ENG", "CA": "ON"}
#: days off a country keeps that its law does not list: Sweden's Midsummer Eve, Christmas Eve and
#: New Year's Eve, when offices close as on a holiday (Finland's list already has its Eves)
DAYS_OFF_BY_CUSTOM = {"SE": ("public", "de_facto")}


class _NoHolidays:
    def __contains__(self, day: object) -> bool:
        return False


@lru_cache(maxsize=64)
def holidays_for(country: str | None, year: int) -> Container[dt.date]:
    """The public holidays of `year` and the next, by country (and its default region).

    Built by the `holidays` package, and kept in coach's file cache keyed by that package's
    version: importing it and working out a year's calendar costs more than checking a message,
    and a one-file `coach check` would pay it on every run."""
    if not country:
        return _NoHolidays()
    code = country.upper()
    source = _holidays_source()
    if source is None:  # not installed: let the import below say so
        return _build(code, year)
    from coach.cache import cached

    return cached(f"holidays-{code}-{year}-v2", [source], lambda: _build(code, year))


def _holidays_source() -> Path | None:
    """A file of the installed `holidays` package that changes with its version, found without
    importing it."""
    from importlib.util import find_spec

    spec = find_spec("holidays")
    if spec is None or not spec.origin:
        return None
    version = Path(spec.origin).with_name("version.py")
    return version if version.exists() else Path(spec.origin)


@lru_cache(maxsize=1)
def supported_countries() -> frozenset[str] | None:
    """The country codes the `holidays` package has calendars for (None: it is not installed).

    Kept for the life of the process: every notes object with a `country` asks, and looking up
    the package and the file cache cost a batch of inline-notes messages 0.2 ms each."""
    source = _holidays_source()
    if source is None:
        return None
    from coach.cache import cached

    return cached("holiday-countries", [source], _countries)


def _countries() -> frozenset[str]:
    import holidays

    return frozenset(holidays.list_supported_countries())


def _build(code: str, year: int) -> frozenset[dt.date]:
    import holidays

    try:
        found = holidays.country_holidays(
            code,
            subdiv=DEFAULT_REGION.get(code),
            years=[year, year + 1],
            categories=DAYS_OFF_BY_CUSTOM.get(code, ("public",)),
        )
    except NotImplementedError:
        raise ValueError(f"no public-holiday calendar for country {code!r}") from None
    return frozenset(found)


#: days off the person said their calendar keeps ("Thursday was Corpus Christi"), for the answer
#: being worked out: every count of business days skips them as it skips the country's holidays
DAYS_OFF: ContextVar[frozenset[dt.date]] = ContextVar("DAYS_OFF", default=frozenset())


@contextmanager
def days_off(days: Iterable[dt.date]) -> Iterator[None]:
    """Count business days around `days` too, inside the block: a holiday the user names is a
    fact about their calendar that the country's list may lack (no country given, or a regional
    day), and every planner and check below must skip it alike."""
    token = DAYS_OFF.set(DAYS_OFF.get() | frozenset(days))
    try:
        yield
    finally:
        DAYS_OFF.reset(token)


def is_business_day(day: dt.date, country: str | None = None) -> bool:
    return (
        day.weekday() < 5
        and day not in holidays_for(country, day.year)
        and day not in DAYS_OFF.get()
    )


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


@lru_cache(maxsize=64)
def holiday_names(country: str, year: int) -> dict[dt.date, str]:
    """The public holidays of `year` and the next with their names (the same calendar, and
    region, as `holidays_for`): "Matariki", "Saint Patrick's Day"."""
    import holidays

    code = country.upper()
    try:
        found = holidays.country_holidays(
            code, subdiv=DEFAULT_REGION.get(code), years=[year, year + 1]
        )
    except NotImplementedError:
        return {}
    return dict(found.items())


@lru_cache(maxsize=16)
def regional_holiday_names(country: str, year: int) -> frozenset[str]:
    """The names of every region's public holidays in `year` ("Discovery Day" in Yukon, "Cup
    Match" in Bermuda's), for reading a day the user names as off: the notes give a country,
    never its region. Kept in coach's file cache, as `holidays_for` is: all regions of a
    large country cost up to a tenth of a second to work out."""
    code = country.upper()
    source = _holidays_source()
    if source is None:
        return _regional_names(code, year)
    from coach.cache import cached

    return cached(f"holiday-regions-{code}-{year}", [source], lambda: _regional_names(code, year))


def _regional_names(code: str, year: int) -> frozenset[str]:
    import holidays

    try:
        regions = holidays.country_holidays(code).subdivisions
    except NotImplementedError:
        return frozenset()
    names: set[str] = set()
    for region in (None, *regions):
        names.update(holidays.country_holidays(code, subdiv=region, years=year).values())
    return frozenset(names)


def country_name(country: str) -> str:
    """ "New Zealand" for NZ, by the `holidays` package's class for it; the code if none."""
    import re

    import holidays

    try:
        name = type(holidays.country_holidays(country.upper())).__mro__[1].__name__
    except NotImplementedError:
        return country.upper()
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)
    return f"the {words}" if words.startswith("United") or words.endswith("s") else words
