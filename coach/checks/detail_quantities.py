"""A quantity of a detail told in another unit or in words, for detail coverage.

People restate a figure from the notes rather than copy it: "36 hr" becomes "a day and a
half", "order 6 weeks ahead" becomes "a month and a half ahead", "3,100 km" becomes "close to
1,900 miles", "4 pm" becomes "sixteen hundred hours", "~11 am" becomes "eleven o'clock", "21
yrs" becomes "two decades" and a pace of "90 s per crate" becomes "forty crates an
hour". A
count (coach.checks.detail_forms.numbers) matches only the same value, so each of these read
as no figure of the detail's.

Here a quantity is a value with a dimension: a stretch of time (in hours), a distance (in
kilometres), a time of day (in minutes after midnight) or a pace (items per hour: a note's time
per item, met by a message's count per hour). A detail's quantity is met by one of
the message's of the same dimension within `TOLERANCE` (a time of day exactly, and on either
half of the clock when the message does not say which). A quantity met counts as the detail's
number does: one concept, labelled as the detail's count ("#36"), so "36 hours" and "a day and
a half" are one concept, never two.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from coach.checks.detail_forms import NUMBER_IN_WORDS, number_value
from coach.text import lazy_compile

#: how far apart two stretches of time or two distances may be and still be one figure
#: ("a month and a half" for "6 weeks" is 8% off; "a fortnight" for "12 days" is 17%)
TOLERANCE = 0.1

#: each unit of time or distance, and its size in hours or kilometres
_DURATION = {
    "minute": 1 / 60,
    "min": 1 / 60,
    "hour": 1.0,
    "hr": 1.0,
    "h": 1.0,
    "day": 24.0,
    "d": 24.0,
    "week": 168.0,
    "wk": 168.0,
    "fortnight": 336.0,
    "month": 730.0,
    "mo": 730.0,
    "mth": 730.0,
    "year": 8760.0,
    "yr": 8760.0,
    "decade": 87600.0,
}
_DISTANCE = {
    "km": 1.0,
    "kilometre": 1.0,
    "kilometer": 1.0,
    "mile": 1.609,
    "mi": 1.609,
    "metre": 0.001,
    "meter": 0.001,
}
_UNIT = "|".join(sorted([*_DURATION, *_DISTANCE], key=len, reverse=True))
#: units written out, which may follow a count in words ("a day", "two weeks")
_WORD_UNIT = "minute|hour|day|fortnight|week|month|year|decade|kilometre|kilometer|mile|metre|meter"
#: a count in words; "a"/"an" is one
_WORDS = NUMBER_IN_WORDS + r"|\ban?|\bone"
#: a count and its unit: "36 hr", "6 weeks", "a day and a half", "two and a half days",
#: "3,100 km", "half an hour", "a fortnight"
_AMOUNT = lazy_compile(
    r"(?<![\w.,:/])(?:~\s?)?(?P<half1>half\s+(?:an?\s+))?"
    r"(?:(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\+?(?P<half2>\s+and\s+a\s+half)?[\s-]?"
    r"(?P<unit>" + _UNIT + r")"
    r"|(?P<w>" + _WORDS + r")(?P<half4>\s+and\s+a\s+half)?[\s-]+(?P<wunit>" + _WORD_UNIT + r"))"
    r"s?\b(?P<half3>\s+and\s+a\s+half)?",
    re.I,
)
#: what makes "a day" a rate: "twice a day", "2x a week", "three times a month"
_RATE = lazy_compile(r"(?:\d\s?x|\btimes|\btwice|\bonce|\bthrice|\bper)\s*$", re.I)
#: a time of day: "4 pm", "10pm", "6:30", "08:00", "11 am"
_CLOCK_DIGITS = lazy_compile(
    r"(?<![\w.,:/])(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s?(?P<half>[ap])\.?\s?m\b\.?"
    r"|(?<![\w.,:/])(?P<h24>\d{1,2}):(?P<m24>\d{2})(?![\d:])",
    re.I,
)
#: a time of day in words: "eleven o'clock", "sixteen hundred hours", "four in the afternoon"
_CLOCK_WORDS = lazy_compile(
    r"\b(?P<n>" + NUMBER_IN_WORDS + r"|\d{1,2})"
    r"(?:\s+(?P<oclock>o['’]\s?clock)|\s+hundred\s+hours|\s+in\s+the\s+(?P<part>morning|"
    r"afternoon|evening)|\s+at\s+(?P<night>night))\b",
    re.I,
)


def _count(words: str) -> float | None:
    lower = words.lower().strip()
    if lower in ("a", "an", "one"):
        return 1.0
    try:
        return float(lower.replace(",", ""))
    except ValueError:
        value = number_value(lower)
        return float(value) if value else None


def _amounts(text: str) -> Iterator[tuple[str, float, str]]:
    """(dimension, size, the count as written) of each stretch of time and each distance."""
    for m in _AMOUNT.finditer(text):
        written = m.group("n") or m.group("w")
        n = _count(written)
        if n is None or (written.lower() in ("a", "an") and _RATE.search(text, 0, m.start())):
            continue  # "twice a day", "3x a week": how often, not how long
        if m.group("half1"):
            n = n / 2
        if m.group("half2") or m.group("half3") or m.group("half4"):
            n += 0.5
        unit = (m.group("unit") or m.group("wunit")).lower()
        if unit in _DURATION:
            yield "time", n * _DURATION[unit], written
        else:
            yield "distance", n * _DISTANCE[unit], written


def _clocks(text: str) -> Iterator[tuple[int, bool, str]]:
    """(minutes after midnight, whether the half of the day is known, the hour as written)."""
    for m in _CLOCK_DIGITS.finditer(text):
        if m.group("h24"):
            hour, minute = int(m.group("h24")), int(m.group("m24"))
            if hour < 24 and minute < 60:
                yield hour * 60 + minute, hour >= 13 or m.group("h24").startswith("0"), m["h24"]
            continue
        hour, minute = int(m.group("h")) % 12, int(m.group("m") or 0)
        if m.group("half").lower() == "p":
            hour += 12
        yield hour * 60 + minute, True, m.group("h")
    for m in _CLOCK_WORDS.finditer(text):
        value = _count(m.group("n"))
        if value is None or value > 24:
            continue
        hour = int(value)
        if m.group("oclock"):
            yield (hour % 12) * 60, False, m.group("n")
        elif m.group("part") or m.group("night"):
            later = m.group("part") in ("afternoon", "evening") or m.group("night")
            yield (hour % 12 + (12 if later and hour < 12 else 0)) * 60, True, m.group("n")
        else:  # "sixteen hundred hours"
            yield (hour % 24) * 60, True, m.group("n")


#: a pace in the notes, time per item: "aim < 2 min per fish", "90 s per bag", "3 min/pallet"
_PACE = lazy_compile(
    r"(?<![\w.,:/])(?P<n>\d+(?:\.\d+)?)\s?(?P<unit>min(?:ute)?s?|s|secs?|seconds?)"
    r"\s?(?:per|/|a|each)\s?[a-z]",
    re.I,
)
#: a rate in the message, items per hour: "forty crates an hour", "40 bags per hour"
_PER_HOUR = lazy_compile(
    r"(?<![\w.,:/])(?P<n>" + NUMBER_IN_WORDS + r"|\d+(?:\.\d+)?)"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:an|per|each|every)\s+hour\b",
    re.I,
)


def _paces(text: str) -> Iterator[tuple[float, str]]:
    """(items per hour, the count as written) of each pace given as time per item."""
    for m in _PACE.finditer(text):
        n = float(m.group("n"))
        if n > 0:
            seconds = n if m.group("unit").lower().startswith("s") else n * 60
            yield 3600 / seconds, m.group("n")


def _rates(text: str) -> Iterator[float]:
    """Items per hour of each rate the text gives per hour."""
    for m in _PER_HOUR.finditer(text):
        n = _count(m.group("n"))
        if n is not None and n > 1:
            yield n


@lru_cache(maxsize=4096)
def detail_quantities(detail: str) -> tuple[tuple[str, float, bool, str], ...]:
    """(dimension, value, half of the day known, label) of each quantity of a detail."""
    out = [(dim, size, True, _label(n)) for dim, size, n in _amounts(detail)]
    out += [("clock", float(v), known, _label(n)) for v, known, n in _clocks(detail)]
    out += [("pace", rate, True, _label(n)) for rate, n in _paces(detail)]
    return tuple(out)


def _label(count: str) -> str:
    value = _count(count)
    return f"#{value:g}" if value is not None else f"#{count}"


def met_quantities(detail: str, text: str) -> frozenset[str]:
    """Labels of the detail's quantities that the text tells, in whatever unit or words."""
    wanted = detail_quantities(detail)
    if not wanted:
        return frozenset()
    said = [(dim, size, True) for dim, size, _ in _amounts(text)]
    said += [("clock", float(v), known) for v, known, _ in _clocks(text)]
    if any(dim == "pace" for dim, *_ in wanted):  # "forty an hour" for "90 s per crate"
        said += [("pace", rate, True) for rate in _rates(text)]
    found = set()
    for dim, value, known, label in wanted:
        for dim2, value2, known2 in said:
            if dim != dim2:
                continue
            if dim == "clock":
                span = 1440 if known and known2 else 720
                if value % span == value2 % span:
                    found.add(label)
            elif value > 0 and abs(value - value2) <= TOLERANCE * value:
                found.add(label)
    return frozenset(found)
