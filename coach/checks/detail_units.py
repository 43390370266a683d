"""Counts a note-taker writes glued to their unit, and counts said as a multiple, for the
wrong-number reading of detail-unsupported (coach.checks.detail_numbers).

Notes are terse: "kitting 48h before", "approx 40/shift", "calls ~3x in summer", "backlog
6 wks". Each is a count of a unit, read here as the number with the unit's word ("48 hours",
"40 a shift", "3 times"), so a message that tells the same thing with another count ("24 hours
before", "about eighty a shift", "calls double") is compared with it. A multiple said in words
("double", "twice", "threefold", "triple") is a count of times.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coach.text import lazy_compile

#: a unit a note-taker glues to a count, and the word it stands for
_UNIT_WORDS = {
    "h": "hours",
    "hr": "hours",
    "hrs": "hours",
    "min": "minutes",
    "mins": "minutes",
    "d": "days",
    "wk": "weeks",
    "wks": "weeks",
    "mo": "months",
    "mos": "months",
    "mth": "months",
    "mths": "months",
    "yr": "years",
    "yrs": "years",
    "x": "times",
}
#: "48h", "6 wks", "~3x": a count with its unit glued on or abbreviated after it
_GLUED = lazy_compile(
    r"(?<![\w.,:/-])~?(?P<n>\d{1,4})\s?(?P<unit>" + "|".join(_UNIT_WORDS) + r")\b(?![.:/]\w)"
)
#: "40/shift", "12/mo": a count per some unit (not a date such as 8/6)
_RATE = lazy_compile(r"(?<![\w.,:/-])(?P<n>\d{1,4})/(?P<unit>[a-z]{2,})\b", re.I)
#: a multiple said in words
_MULTIPLES = {
    "double": 2,
    "doubles": 2,
    "doubled": 2,
    "doubling": 2,
    "twice": 2,
    "twofold": 2,
    "triple": 3,
    "triples": 3,
    "tripled": 3,
    "tripling": 3,
    "threefold": 3,
    "quadruple": 4,
    "quadruples": 4,
    "quadrupled": 4,
    "fourfold": 4,
}
_MULTIPLE = lazy_compile(r"\b(?P<w>" + "|".join(_MULTIPLES) + r")\b", re.I)
#: "12%", "60 per cent": a share, which a note gives as measured, not rounded like a count
_PERCENT = lazy_compile(r"(?<![\w.,:/-])~?(?P<n>\d{1,3})\s?(?:%|per ?cent\b)", re.I)
#: the unit word of a share
PERCENT = "percent"

#: words that count a stretch of time, or times: they say little of what is counted
TIME_UNITS = frozenset({"hours", "minutes", "days", "weeks", "months", "years", "times"})


def unit_counts(text: str, start: int = 0) -> Iterator[tuple[int, int, int, str]]:
    """(value, start, end, unit word) of each count glued to a unit, each count per a unit,
    each share in per cent, and each multiple said in words."""
    for m in _GLUED.finditer(text, start):
        yield int(m.group("n")), m.start(), m.end(), _UNIT_WORDS[m.group("unit").lower()]
    for m in _RATE.finditer(text, start):
        yield int(m.group("n")), m.start(), m.end(), m.group("unit").lower()
    for m in _PERCENT.finditer(text, start):
        yield int(m.group("n")), m.start(), m.end(), PERCENT
    for m in _MULTIPLE.finditer(text, start):
        yield _MULTIPLES[m.group("w").lower()], m.start(), m.end(), "times"
