"""Times of day and lengths of time as a message or a note writes them, for the slot
comparison of `detail-unsupported` (coach.checks.detail_slots): "6 pm", "18:30", "ten at night",
"noon", "sixteen hundred hours"; "36 hr", "10-12 weeks", "a day and a half", "within the hour",
"a quarter of an hour".

A time of day is read only with its half of the day (a bare "at six" is no time); a bare "6:30"
may be either side of noon. A length is read with its unit, in minutes, as a range; a length
after "once", "twice", "per" or "every" is a rate's base ("twice a day"), not a length.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from coach.text import lazy_compile

#: minutes either way that still tell the same time of day ("about six" for "6:15 pm")
_CLOSE = 30
_DAY = 24 * 60
_HALF_DAY = 12 * 60

_NUMBER_WORDS = {
    w: i + 1
    for i, w in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
        + ("eleven", "twelve")
    )
}
_HOUR = r"(?:1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
#: "6 pm", "6:30 a.m.", "6pm"
_MERIDIEM = lazy_compile(
    r"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?(?P<x>[ap])\.?m\b\.?", re.I
)
#: "ten at night", "four in the morning", "eight o'clock in the evening"
_PERIOD = lazy_compile(
    rf"\b(?P<h>{_HOUR})(?:[:.](?P<m>[0-5]\d)|\s(?P<half>thirty))?(?:\so['’]clock)?\s"
    r"(?P<p>in the morning|in the afternoon|in the evening|at night)\b",
    re.I,
)
#: "18:30", "08:00" (a 24-hour clock when the hour is past 12 or written with its zero)
_CLOCK = lazy_compile(r"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:]|\s?[ap]\.?m\b)")
#: "noon", "midday", "midnight"
_NAMED = lazy_compile(r"\b(?P<n>noon|midday|midnight)\b", re.I)
#: "1600 hours", "sixteen hundred hours"
_MILITARY = lazy_compile(
    r"\b(?:(?P<d>[01]\d|2[0-3])(?P<m>[0-5]\d)|(?P<w>[a-z]+teen|zero [a-z]+|ten|eleven|twelve|"
    r"twenty(?:-[a-z]+)?) hundred) hours\b",
    re.I,
)
_TEENS = {
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "twenty-one": 21,
    "twenty-two": 22,
    "twenty-three": 23,
    "zero six": 6,
    "zero seven": 7,
    "zero eight": 8,
    "zero nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}


class Time(NamedTuple):
    """A time of day in minutes after midnight; `exact` is False for a bare "6:30", which may
    be either side of noon."""

    start: int
    end: int
    minutes: int
    exact: bool


def _hour(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBER_WORDS[text.lower()]


def times(text: str) -> list[Time]:
    """The times of day the text names, in order."""
    found: list[Time] = []
    for m in _MERIDIEM.finditer(text):
        h = _hour(m["h"]) % 12 + (12 if m["x"].lower() == "p" else 0)
        found.append(Time(m.start(), m.end(), h * 60 + int(m["m"] or 0), True))
    for m in _PERIOD.finditer(text):
        h, period = _hour(m["h"]) % 12, m["p"].lower()
        if period in ("in the afternoon", "in the evening") or (period == "at night" and h >= 6):
            h += 12
        minutes = h * 60 + (int(m["m"]) if m["m"] else 30 if m["half"] else 0)
        found.append(Time(m.start(), m.end(), minutes, True))
    for m in _CLOCK.finditer(text):
        h = int(m["h"])
        exact = h > 12 or m["h"].startswith("0") or h == 0
        found.append(Time(m.start(), m.end(), h * 60 + int(m["m"]), exact))
    for m in _NAMED.finditer(text):
        minutes = 0 if m["n"].lower() == "midnight" else _HALF_DAY
        found.append(Time(m.start(), m.end(), minutes, True))
    for m in _MILITARY.finditer(text):
        if m["d"]:
            found.append(Time(m.start(), m.end(), int(m["d"]) * 60 + int(m["m"]), True))
        elif (hour := _TEENS.get(m["w"].lower())) is not None:
            found.append(Time(m.start(), m.end(), hour * 60, True))
    overlapping = {
        i
        for i, a in enumerate(found)
        for j, b in enumerate(found)
        if i != j and a.start < b.end and b.start < a.end and (a.end - a.start) < (b.end - b.start)
    }
    return sorted((t for i, t in enumerate(found) if i not in overlapping), key=lambda t: t.start)


def same_time(a: Time, b: Time) -> bool:
    """Whether two times of day are within `_CLOSE` minutes, either side of noon when one of
    them does not say which."""
    period = _DAY if a.exact and b.exact else _HALF_DAY
    gap = abs(a.minutes - b.minutes) % period
    return min(gap, period - gap) <= _CLOSE


_COUNTS = {
    **_NUMBER_WORDS,
    "a": 1,
    "an": 1,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "eighteen": 18,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
}
_UNIT_MINUTES = {
    "min": 1,
    "minute": 1,
    "hr": 60,
    "h": 60,
    "hour": 60,
    "day": 24 * 60,
    "wk": 7 * 24 * 60,
    "week": 7 * 24 * 60,
    "fortnight": 14 * 24 * 60,
    "month": 30 * 24 * 60,
    "mth": 30 * 24 * 60,
}
_COUNT = (
    r"(?:twenty|thirty|forty|fifty|sixty)-(?:one|two|three|four|five|six|seven|eight|nine)|"
    r"\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|eighteen|twenty|thirty|forty|fifty|sixty|ninety"
)
#: a length of time: "36 hr", "10-12 weeks", "a four-day crossing", "a day and a half", "half an
#: hour", "within the hour", "a fortnight" (a count of years is an age or a record: left alone)
_DURATION = lazy_compile(
    rf"(?<![\w.,-])(?:~\s?)?(?P<n>{_COUNT}|an?)(?:\s?(?:-|–|to)\s?(?P<n2>{_COUNT}))?[\s-]?"
    r"(?P<u>min(?:ute)?s?|hrs?|h|hours?|days?|wks?|weeks?|fortnights?|months?|mths?)\b"
    r"(?P<half> and a half)?"
    r"|\bhalf an hour\b|\b(?:a |one )?quarter of an hour\b|\b(?:within|w/in) the hour\b",
    re.I,
)
#: before a length that is a rate's base ("twice a day", "2x a week", "per month"), not a length
_RATE_BEFORE = lazy_compile(r"(?:\b(?:once|twice|times|per|every|each)|\dx|\bx)\s*$", re.I)


class Span(NamedTuple):
    """A length of time in minutes, low and high ("10-12 weeks"), at start..end of its text."""

    start: int
    end: int
    low: float
    high: float


def _count(text: str) -> float:
    lower = text.lower()
    if lower[:1].isdigit():
        return float(lower)
    tens, _, ones = lower.partition("-")
    return float(_COUNTS[tens] + (_COUNTS[ones] if ones else 0))


def durations(text: str) -> list[Span]:
    """The lengths of time the text names, in order."""
    out = []
    for m in _DURATION.finditer(text):
        if _RATE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if m["u"] is None:  # "half an hour", "a quarter of an hour", "within the hour"
            said = m.group().lower()
            minutes = 30.0 if said.startswith("half") else 15.0 if "quarter" in said else 60.0
            out.append(Span(m.start(), m.end(), minutes, minutes))
            continue
        unit = m["u"].lower().rstrip("s") or "h"
        per = _UNIT_MINUTES.get(unit)
        if per is None:
            continue
        low = _count(m["n"]) + (0.5 if m["half"] else 0)
        high = _count(m["n2"]) if m["n2"] else low
        if (
            m["n"].lower() in ("a", "an")
            and unit not in ("hour", "hr", "fortnight")
            and not m["half"]
        ):
            continue  # "a day", "a week": a rate's base or a loose phrase more often than a length
        out.append(Span(m.start(), m.end(), low * per, high * per))
    return out


def same_length(a: Span, b: Span) -> bool:
    """Whether two lengths overlap, with a quarter's rounding either way."""
    return a.low <= b.high * _ROUNDING and b.low <= a.high * _ROUNDING


def far_apart(a: Span, b: Span) -> bool:
    """Whether two lengths are too far apart to be one told wrong: "six weeks" beside "18 hrs"
    measures another thing."""
    return a.low > b.high * _APART or b.low > a.high * _APART


#: how far apart two lengths may be and still be one rounded to the other
_ROUNDING = 1.25
#: how far apart two lengths are when they measure different things
_APART = 10
