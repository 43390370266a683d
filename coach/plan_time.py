"""Times in the plan: the interview's zone, the hours a message is suggested for, office hours,
and how plan times are written."""

from __future__ import annotations

import datetime as dt

from coach import calendar as cal
from coach.errors import InputError
from coach.models import Notes

MORNING = dt.time(9, 0)  # suggested hour for date-based messages
EVENING = dt.time(19, 30)  # 003: send the thank-you that evening
CLOSE = dt.time(17, 0)  # "latest" means by close of business that day
OFFICE_HOURS = (dt.time(8, 0), dt.time(18, 0))


def zone_of(notes: Notes) -> dt.timezone:
    """The interview's fixed UTC offset, named like "UTC-05:00" (for calendars and humans)."""
    offset = notes.interview.start.utcoffset() or dt.timedelta(0)
    return dt.timezone(offset, _offset_name(offset, "UTC")) if offset else dt.UTC


def _offset_name(offset: dt.timedelta, prefix: str = "") -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{prefix}{sign}{hours:02d}:{mins:02d}"


def _at(day: dt.date, time: dt.time, zone: dt.tzinfo) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=zone)


def _day(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def _moment(when: dt.datetime) -> str:
    return f"{_day(when.date())} {when:%H:%M}"


def _aware(when: dt.datetime, what: str) -> dt.datetime:
    if when.utcoffset() is None:
        raise InputError(what, "time has no UTC offset (e.g. 2026-11-20T16:00:00-05:00)")
    return when


def office_time(when: dt.datetime, country: str | None = None) -> dt.datetime:
    """`when` if it falls in office hours on a business day, else the next business morning."""
    opens, closes = OFFICE_HOURS
    if cal.is_business_day(when.date(), country) and opens <= when.time() <= closes:
        return when
    day = when.date() if when.time() < opens else when.date() + dt.timedelta(days=1)
    return _at(cal.next_business_day(day, country), MORNING, when.tzinfo or dt.UTC)
