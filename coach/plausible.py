"""Dates a person types, judged as a person would: why a date is impossible ("February has no
30th"), and dates that are possible but probably a slip (an interview in 1999, a decision before
the interview). The page shows these beside their fields; nothing here blocks the notes.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from coach.models import Notes

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def date_problem(text: str) -> str:
    """Why `text` is not a date, in plain words: "2026-02-30 is not a date: February has no
    30th". Empty when it is one."""
    raw = text.strip()
    try:
        dt.date.fromisoformat(raw)
        return ""
    except ValueError:
        pass
    match = _ISO_DAY.match(raw)
    if not match:
        return f"{raw!r} is not a date: write it as year-month-day, e.g. 2026-11-27"
    year, month, day = (int(g) for g in match.groups())
    if not 1 <= month <= 12:
        return f"{raw} is not a date: there is no month {month} (months run from 01 to 12)"
    last = calendar.monthrange(year, month)[1]
    name = calendar.month_name[month]
    if day < 1:
        return f"{raw} is not a date: days start at 01"
    if month == 2 and day == 29:
        return f"{raw} is not a date: {year} is not a leap year, so February has no 29th"
    if day > last:
        return f"{raw} is not a date: {name} has no {_ordinal(day)} (it has {last} days)"
    return f"{raw} is not a date: write it as year-month-day, e.g. 2026-11-27"


def implausible(notes: Notes, today: dt.date) -> list[tuple[str, str]]:
    """(what, warning) for dates that are possible but probably mistyped: `what` is
    "interview" or "decision_by"."""
    out: list[tuple[str, str]] = []
    day = notes.interview.start.date()
    if day < dt.date(today.year - 1, 1, 1):
        said = f"The interview date, {day:%d %B %Y}, is before last year: check the year"
        out.append(("interview", said))
    elif day > today + dt.timedelta(days=366):
        out.append(
            (
                "interview",
                f"The interview date, {day:%d %B %Y}, is more than a year ahead: check the year",
            )
        )
    decision = notes.timeline.decision_by if notes.timeline else None
    if decision is not None and decision < day:
        out.append(
            (
                "decision_by",
                f"The decision date, {decision:%d %B %Y}, is before the interview "
                f"({day:%d %B %Y}): check it",
            )
        )
    return out
