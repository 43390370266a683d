"""Relative dates a message gives, written out as the dates they name before the facts are read:
"3 working days from now", "a fortnight from the interview", "the 2nd of next month", "end of the
week (fri 19th)". Every reader after this one (their timeline, the day asked about, a send) then
sees one plain date, whatever words counted to it.

Counting starts where the words say: "now" and "today" are the day they were spoken (said on a
named day, else the clock's), "the interview" is the interview's day; business days skip the
country's public holidays, as the timing rules do."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.dates import COUNT_WORD, DATE, MONTHS, NUMBERS, resolve

__all__ = ["COUNTED_FROM", "OF_MONTH", "absolute_dates", "weekdays_after"]

_MONTH_NAMES = sorted({name for name in MONTHS if len(name) > 3 or name == "may"})

#: "the 2nd of next month", "the 15th of this month", "the 3rd next month"
OF_MONTH = re.compile(
    r"\b(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<rel>next|this|the following)"
    r"\s+month\b",
    re.I,
)
#: "3 working days from now", "a fortnight from the interview", "within two weeks of my interview"
COUNTED_FROM = re.compile(
    rf"\b(?P<within>(?:within|in)\s+)?{COUNT_WORD}\s+(?P<biz>business\s+|working\s+)?"
    r"(?P<unit>day|week|fortnight)s?\s+(?P<rel>from|of|after)\s+"
    r"(?P<base>now|today|tomorrow|(?:the|my|our)\s+interview)\b",
    re.I,
)
#: "give it 3 working days from now", "wait two weeks from the interview": a wait until that day
_GIVE_IT = re.compile(
    r"\b(?:give\s+(?:it|them|her|him|us|me)|leave\s+it|hold\s+off|wait)\s+(?:for\s+)?$", re.I
)
#: the words before a date that already say how it relates: "by", "until", "on"
_PREPOSITION = re.compile(
    r"\b(?:on|by|until|till|til|before|after|from|for|since|around|about|of)\s+$", re.I
)
#: "end of the week (fri 19th)": the date in brackets says which day the words meant
_BRACKETED = re.compile(r"\s*\(\s*(?P<inner>[^()]{3,30}?)\s*\)")


#: days listed in brackets by bare ordinals: "chased twice (6th and 13th)", "(the 2nd, 9th)"
_ORDINALS = re.compile(
    r"\(\s*(?:on\s+)?(?:the\s+)?(?P<first>\d{1,2}(?:st|nd|rd|th))"
    r"(?P<more>(?:\s*(?:,|and|&|\+)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th))+)\s*\)",
    re.I,
)


def _ordinals(match: re.Match[str]) -> str:
    """Each bare ordinal of the list as "the 13th", which the date readers know as a day."""
    more = re.findall(r"\d{1,2}(?:st|nd|rd|th)", match.group("more"), re.I)
    return "on " + " and ".join(f"the {d}" for d in [match.group("first"), *more])


#: "the friday morning after the interview", "the monday after my interview": a weekday
#: counted from the interview, the first such day after it
WEEKDAY_AFTER = re.compile(
    r"\b(?:the\s+)?(?P<wd>(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)"
    r"(?P<part>\s+(?:morning|afternoon|evening|night|lunchtime))?"
    r"\s+(?:right\s+|straight\s+|just\s+)?after\s+(?:the|my|our|that)\s+interview\b",
    re.I,
)


def _weekday_after(match: re.Match[str], anchor: dt.date | None) -> str:
    from coach.chat.dates import WEEKDAYS

    weekday = WEEKDAYS.get(match.group("wd").lower())
    if anchor is None or weekday is None:
        return match.group(0)
    day = anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    # the date first, for the date readers; the words kept, for readers of the day's place
    return f"on {_written(day)}, {match.group(0)}"


def weekdays_after(text: str, anchor: dt.date | None) -> str:
    """The text with "the friday after the interview" written as that date."""
    return WEEKDAY_AFTER.sub(lambda m: _weekday_after(m, anchor), text)


def _written(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _count(raw: str) -> int:
    raw = raw.lower()
    return int(raw) if raw.isdigit() else NUMBERS.get(raw, 1)


def _counted(match: re.Match[str], spoken: dt.date, anchor: dt.date | None, country: str | None):
    from coach.calendar import add_business_days

    base = match.group("base").lower()
    if base.endswith("interview"):
        if anchor is None:
            return None
        start = anchor
    else:
        start = spoken + dt.timedelta(days=1 if base == "tomorrow" else 0)
    n, unit = _count(match.group("n")), match.group("unit").lower()
    if unit == "day" and match.group("biz"):
        return add_business_days(start, n, country)
    return start + dt.timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit])


def _of_month(match: re.Match[str], spoken: dt.date) -> dt.date | None:
    shift = 0 if match.group("rel").lower() == "this" else 1
    month0 = spoken.month - 1 + shift
    try:
        return dt.date(spoken.year + month0 // 12, month0 % 12 + 1, int(match.group("d")))
    except ValueError:
        return None


def _bracketed(text: str, today: dt.date) -> str:
    """ "by the end of the week (fri 19th)": the bracketed date replaces the words before it."""
    out, at = [], 0
    for match in DATE.finditer(text):
        inner = _BRACKETED.match(text, match.end())
        if inner is None or match.start() < at:
            continue
        named = DATE.fullmatch(inner.group("inner").strip(" ,."))
        if named is None or resolve(named, today) is None:
            continue
        out.append(text[at : match.start()] + inner.group("inner"))
        at = inner.end()
    return "".join(out) + text[at:]


def absolute_dates(
    text: str,
    today: dt.date,
    anchor: dt.date | None = None,
    country: str | None = None,
    spoken: dt.date | None = None,
) -> str:
    """The text with its relative dates written as dates; `spoken` is the day "now" meant."""
    said = spoken or today
    text = _bracketed(_ORDINALS.sub(_ordinals, text), today)

    def of_month(match: re.Match[str]) -> str:
        day = _of_month(match, said)
        if day is None:
            return match.group(0)
        bare = not _PREPOSITION.search(text[: match.start()])
        return ("on " if bare else "") + _written(day)

    text = OF_MONTH.sub(of_month, text)
    text = weekdays_after(text, anchor)

    def counted(match: re.Match[str]) -> str:
        day = _counted(match, said, anchor, country)
        if day is None:
            return match.group(0)
        if match.group("within"):
            return f"by {_written(day)}"
        if _GIVE_IT.search(text[: match.start()]):
            return f"until {_written(day)}"
        return f"on {_written(day)}"

    return COUNTED_FROM.sub(counted, text)
