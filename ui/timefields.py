"""Dates, times and time zones as a person types them into the notes form.

A time without an offset is read in the interview's zone, and a named zone (America/New_York)
becomes its UTC offset on the interview's day, since notes files hold offsets only.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import zoneinfo
from functools import lru_cache

from coach.errors import InputError

# --- time zones

_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$", re.I)


def offset_choices() -> list[str]:
    quarter = {"+05:45", "+08:45", "+12:45"}
    halves = {"-09:30", "-03:30", "+03:30", "+04:30", "+05:30", "+06:30", "+09:30", "+10:30"}
    out = []
    for hours in range(-12, 15):
        sign = "-" if hours < 0 else "+"
        out.append(f"UTC{sign}{abs(hours):02d}:00")
        for extra in sorted(halves | quarter):
            if extra.startswith(f"{sign}{abs(hours):02d}:"):
                out.append(f"UTC{extra}")
    return out


@lru_cache(maxsize=1)
def zone_choices() -> list[str]:
    """UTC offsets first (what notes files hold), then named zones for convenience."""
    named = sorted(
        z
        for z in zoneinfo.available_timezones()
        if "/" in z and not z.startswith(("Etc/", "SystemV/", "posix/", "right/"))
    )
    return offset_choices() + named


@lru_cache(maxsize=1)
def zones_by_city() -> dict[str, str]:
    """A city as a person types it ("new york", "Sao Paulo") -> its zone (America/New_York):
    the field's hint says "or city", and nobody types the underscore."""
    cities: dict[str, str] = {}
    for zone in zone_choices():
        if zone.startswith("UTC"):
            continue
        city = zone.rsplit("/", 1)[-1].replace("_", " ").casefold()
        cities.setdefault(city, zone)
    return cities


def offset_label(offset: dt.timedelta | None) -> str:
    minutes = int((offset or dt.timedelta(0)).total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def resolve_zone(text: str, day: dt.date, clock: dt.time, label: str) -> dt.tzinfo:
    """A fixed offset from "UTC-05:00" / "-05:00", or a named zone's offset on that day."""
    text = text.strip()
    match = _OFFSET.match(text)
    if match:
        sign, hours, mins = match.group(1), int(match.group(2)), int(match.group(3) or 0)
        if hours > 14 or mins >= 60:
            raise InputError("notes form", f"not a UTC offset: {text!r}", label)
        delta = dt.timedelta(hours=hours, minutes=mins) * (-1 if sign == "-" else 1)
        return dt.timezone(delta)
    if text.upper() in ("UTC", "GMT", "Z"):
        return dt.UTC
    city = " ".join(text.replace("_", " ").split()).casefold()
    try:
        named = zoneinfo.ZoneInfo(zones_by_city().get(city, text))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise InputError(
            "notes form",
            f"unknown time zone {text!r} (pick one from the list, e.g. UTC-05:00 or "
            "America/New_York, or type a big city near you)",
            label,
        ) from None
    return dt.timezone(dt.datetime.combine(day, clock, tzinfo=named).utcoffset() or dt.timedelta())


# --- parsing what was typed

_CLOCK = re.compile(r"^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap]\.?m\.?)?$", re.I)


_MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
} | {"sept": 9}
_DAYS = {
    name.lower(): number
    for number in range(7)
    for name in (calendar.day_name[number], calendar.day_abbr[number])
}
# a date with its month in words, as people write one: "3 Dec 2026", "Thursday 3rd December
# 2026", "Dec 3, 2026" (a date in figures only, 03/12/2026, is ambiguous and is not read)
_NAMED_DATE = re.compile(
    r"^(?:(?P<weekday>[a-z]+)\.?,?\s+)?(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?P<month>[a-z]+)\.?|(?P<month2>[a-z]+)\.?\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?),?\s+"
    r"(?P<year>\d{4})$",
    re.I,
)


def parse_date(text: str, label: str) -> dt.date:
    """A date as year-month-day, or with its month in words ("3 Dec 2026"); a weekday given
    with it must be that date's."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        pass
    named = _NAMED_DATE.match(" ".join(text.split()))
    month = named and _MONTHS.get((named["month"] or named["month2"]).lower())
    if named and month:
        from coach.plausible import date_problem

        year, number = int(named["year"]), int(named["day"] or named["day2"])
        try:
            day = dt.date(year, month, number)
        except ValueError:  # "31 Feb 2026": said as the year-month-day form would be
            iso = f"{year}-{month:02d}-{number:02d}"
            said = date_problem(iso).replace(iso, text.strip())
            raise InputError("notes form", said, label) from None
        weekday = (named["weekday"] or "").lower()
        if not weekday or _DAYS.get(weekday) == day.weekday():
            return day
        if weekday in _DAYS:
            said = calendar.day_name[_DAYS[weekday]]
            raise InputError("notes form", f"{day:%-d %B %Y} is a {day:%A}, not a {said}", label)
    from coach.plausible import date_problem

    raise InputError("notes form", date_problem(text), label)


def parse_clock(text: str, label: str) -> dt.time:
    match = _CLOCK.match(text.strip())
    if match:
        hours, mins, secs = int(match.group(1)), int(match.group(2) or 0), int(match.group(3) or 0)
        meridiem = (match.group(4) or "").lower().replace(".", "")
        if meridiem:
            if not 1 <= hours <= 12:
                hours = 99
            hours = hours % 12 + (12 if meridiem == "pm" else 0)
        if hours < 24 and mins < 60 and secs < 60:
            return dt.time(hours, mins, secs)
    raise InputError("notes form", f"expected a time like 14:00 or 2:00 pm, got {text!r}", label)


def parse_moment(text: str, zone: dt.tzinfo | None, label: str) -> dt.datetime:
    """ "2026-11-21 09:00" in the interview's zone, or a full ISO 8601 time with its offset."""
    raw = text.strip()
    try:
        when = dt.datetime.fromisoformat(raw)
    except ValueError:
        parts = raw.replace("T", " ").split(None, 1)
        if len(parts) != 2:
            raise InputError(
                "notes form", f"expected a date and time like 2026-11-21 09:00, got {text!r}", label
            ) from None
        when = dt.datetime.combine(parse_date(parts[0], label), parse_clock(parts[1], label))
    if when.tzinfo is None:
        if zone is None:
            raise InputError("notes form", "set the interview's date and time zone first", label)
        when = when.replace(tzinfo=zone)
    return when
