"""Dates written in a message ("Friday", "the 27th", "November 27", "27/11"), resolved against
the interview and the send day, and the decision dates a message still writes as ahead when they
have passed. Used by `timing-claim-mismatch` (coach.checks.timing_text) and the notes' timeline."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Literal

from coach.text import lazy_compile, windows

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

#: numeric dates ("27/11") are read only where the country's order is not in doubt
_DAY_FIRST = frozenset({"GB", "UK", "IE", "NZ", "AU", "IN"})
_MONTH_FIRST = frozenset({"US"})
#: full names, or short ones with an optional full stop ("Nov. 27"; "27 December." keeps its own)
_MONTH_WORD = (
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?)"
)
_WEEKDAY_WORD = (
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?)"
)
_WEEKDAY_ALONE = lazy_compile(rf"\b{_WEEKDAY_WORD}", re.I)
_ORDINAL = r"(?:st|nd|rd|th)?"
#: "Friday, November 27", "Friday 27 November 2026", "Nov. 27th", "the 27th", "27/11", ISO dates
_WHEN = lazy_compile(
    rf"\b(?:(?P<wd>{_WEEKDAY_WORD}),?\s+)?(?:"
    rf"(?:the\s+)?(?P<d1>\d{{1,2}}){_ORDINAL}(?:\s+of)?\s+(?P<m1>{_MONTH_WORD})"
    r"(?:,?\s+(?P<y1>(?:19|20)\d\d)\b)?"
    rf"|(?P<m2>{_MONTH_WORD})\s+(?:the\s+)?(?P<d2>\d{{1,2}}){_ORDINAL}\b"
    r"(?:,?\s+(?P<y2>(?:19|20)\d\d)\b)?"
    r"|(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)\b"
    r"|(?<![\d/.])(?P<n1>\d{1,2})/(?P<n2>\d{1,2})(?:/(?P<ny>\d{4}|\d\d))?(?![\d/])"
    r"|(?P<the>the\s+)?(?P<d3>\d{1,2})(?:st|nd|rd|th)\b)",
    re.I,
)
#: a weekday the text places after a date it has just named: "the following Monday"
_AFTER_DATE = lazy_compile(
    rf"\b(?:the|that)\s+following\s+(?P<wd>{_WEEKDAY_WORD})"
    rf"|\b(?:the\s+)?(?P<wd2>{_WEEKDAY_WORD})\s+(?:after\s+(?:that|it|this)\b|afterwards?\b)",
    re.I,
)
#: numeric dates need a word that makes them dates, so "3/4 of the team" is not the 3rd of April
_NUMERIC_LEAD = lazy_compile(r"\b(?:on|by|before|until|till|from|after|dated)\s+$", re.I)
#: after "the 27th" (no month), only a word that cannot be its noun: not "the 5th floor"
_ORDINAL_FOLLOWERS = frozenset(
    re.findall(
        r"\w+",
        "and or at as so but if when which to in on is was will has had would could before "
        "after because since with by then i you we they he she please",
    )
)
#: a past verb right after its subject: "you submitted", "we spoke" (not "I need")
_SUBJECT_PAST = (
    r"(?:i|you|we|they|he|she|it|who)\s+(?:just\s+|also\s+|already\s+|kindly\s+)?"
    r"(?:\w*[^e\W]ed|\w+ied|agreed|sent|gave|met|spoke|wrote|got|left|heard|saw|took|made|"
    r"found|began|knew|felt|held|kept|paid|brought|chose|spent)\b"
)
_CUE = lazy_compile(
    # compounds first, so "were hoping" is read as one past phrase, not as "hoping"
    r"\b(?:(?P<past>(?:was|were|had|has been|have been|had been)\s+(?:still\s+|originally\s+)?"
    r"(?:hoping|planning|expecting|aiming|intending|going\s+to|due|looking\s+forward|"
    r"scheduled|set|meant|supposed)\b"
    r"|(?:would|could|should|might|must)\s+have\b|'d\s+(?:hoped|planned|expected|said|"
    r"mentioned|intended|wanted|promised|aimed)\b"
    rf"|{_SUBJECT_PAST}"
    r"|(?:had|hadn't|was|wasn't|were|weren't|did|didn't|said|mentioned|told|passed|hoped|"
    r"planned|expected|intended|aimed|wanted|promised|indicated|noted|suggested|explained|"
    r"stated|shared|estimated|anticipated|targeted|thought|meant|agreed|went|came|gone|been|"
    r"ago|last|since|already|earlier)\b)"
    r"|(?P<fwd>(?:is|are|am|'s|'re|'m)\s+(?:still\s+|now\s+)?(?:due|scheduled|planned|"
    r"expected|set|booked|going\s+to|coming\s+up|hoping|planning|expecting|aiming|intending|"
    r"looking\s+forward|available|free|on\s+track)\b"
    r"|still\s+(?:expected|planned|scheduled|due|set|booked|on\s+track|hoping|planning|aiming|"
    r"intending|looking\s+forward|available)\b"
    r"|(?:would|'d)\s+(?:love|like|be\s+(?:happy|glad|delighted|available|free|keen))\b"
    r"|(?:be|remain|stay)\s+available\b"
    r"|(?:would|will)\s+it\s+be\s+(?:possible|ok|okay|convenient|easier)\b"
    r"|(?:could|can|shall|might|may)\s+(?:we|i)\b(?!\s+have\b)"
    r"|(?:will|'ll|won't|shall|gonna|let's|let\s+us|going\s+to|(?:hope|hopes|hoping|plan|"
    r"plans|aim|aims|expect|expects)\s+to|hoping|planning|expecting|aiming|intend|intends|"
    r"intending|look(?:s|ing)?\s+forward|upcoming|forthcoming|approaching|coming\s+up|"
    r"ahead\s+of|in\s+advance\s+of|due(?!\s+(?:to|diligence))"
    # a time clause in the present speaks of what is ahead: "before you make your decision on",
    # "once the panel decides on"; so does a body's scheduled present ("the board meets on")
    # and a wish for it ("good luck with the decision on")
    r"|(?:before|when|once|until|till|as\s+soon\s+as)\s+(?:you|they|the\s+\w+)\s+(?:make|decide|"
    r"reach|choose|finali[sz]e|meet|sign|announce)s?"
    r"|(?:panel|board|committee|team|they|you)\s+(?:meets?|decides?|convenes?|reconvenes?|"
    r"sits?)\s+(?:again\s+)?(?:on|by|before)"
    r"|good\s+luck\s+with|best\s+of\s+luck\s+with|all\s+the\s+best\s+(?:with|for))\b))",
    re.I,
)
#: a forward word with no verb of its own: it takes the tense of the verb before it
_GERUND = lazy_compile(r"(?:hoping|planning|expecting|aiming|intending)(?:\s+to)?", re.I)
#: a word just before the date that looks forward on its own: "let me know by Friday, 27 November"
_LEAD_AHEAD = lazy_compile(
    r"\b(?:(?:by|before)(?:\s+(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:day|business|play)"
    r"(?:\s+on)?)?|until|till|til|no\s+later\s+than|on\s+or\s+before|in\s+time\s+for)\s+$",
    re.I,
)
#: between a forward word and the date, a word that makes the date the point something else is
#: measured from, not the thing ahead: "after our meeting on", "your email of", "the notes from"
_REFERENCE = lazy_compile(r"\b(?:after|following)\b|\b(?:from|of)\s+$", re.I)
#: where a clause ends: punctuation (a full stop only before a capital or the end, so "2 p.m. on"
#: stays whole), a dash, a comma, a conjunction that opens a clause with its own subject ("and I
#: look forward", not "hoped to finish and be in touch by"); on the right also a word that opens
#: a subordinate clause ("... by 11 December as you said" speaks of the date as ahead)
_LEFT_END = lazy_compile(
    r"[!?;:\n,—–]|\.(?=\s+[A-Z\"'(]|\s*$)"
    r"|\b(?:and|but|so|because|although|though|while|whereas)(?=\s+(?:i|you|we|they|he|she|it"
    r"|thank|thanks|please|let)\b)",
    re.I,
)
_RIGHT_END = lazy_compile(
    r"[.!?;:\n,—–]|\b(?:and|but|so|as|which|that|when|while|because|since|if|although|though"
    r"|or|unless|whereas)\b",
    re.I,
)
_WINDOW = 200


def _clause(text: str, start: int, end: int, floor: int = 0) -> tuple[int, int]:
    left = max(floor, start - _WINDOW)
    for b in _LEFT_END.finditer(text, left, start):
        left = b.end()
    right = _RIGHT_END.search(text, end, min(len(text), end + _WINDOW))
    return left, right.start() if right else min(len(text), end + _WINDOW)


def tense_around(
    text: str, start: int, end: int, floor: int = 0
) -> tuple[Literal["ahead", "past"], int, int] | None:
    """Does the clause around text[start:end] (a date) speak of it as ahead or as past?

    A past verb after the date decides ("the launch on 30 November went well"), then the nearest
    word before it ("you had hoped to decide by ..." is past, "you hope to decide by ..." ahead;
    but not across "after our meeting on", which makes the date a point of reference), then one
    after it, then the preposition in front of the date ("let me know by ..."). Returns the
    reading and the span of the words that decided it, or None when nothing does."""
    left, right = _clause(text, start, end, floor)
    before = [c for c in _CUE.finditer(text, left, start) if c.end() <= start]
    after = next(_CUE.finditer(text, end, right), None)
    if after is not None and after.group("past"):
        return "past", after.start(), after.end()
    if before:
        c = before[-1]
        if len(before) > 1 and before[-2].group("past") and _GERUND.fullmatch(c.group()):
            # "you mentioned hoping to decide by ...": the gerund is what was said, then
            return "past", before[-2].start(), c.end()
        if c.group("fwd") and _REFERENCE.search(text[c.end() : start]):
            return None  # "I look forward to staying in touch after our meeting on 25 November"
        first = c.start()
        while first > left and text[c.start()] == "'" and text[first - 1].isalpha():
            first -= 1  # "I'm hoping", not "'m hoping"
        return ("past" if c.group("past") else "ahead"), first, c.end()
    if after is not None:
        return "ahead", after.start(), after.end()
    if m := _LEAD_AHEAD.search(text[left:start]):
        return "ahead", left + m.start(), left + m.end()
    return None


def _month_number(word: str) -> int:
    return next(i + 1 for i, name in enumerate(_MONTHS) if name.startswith(word.lower()[:3]))


def _weekday_number(word: str) -> int:
    return next(i for i, name in enumerate(_WEEKDAYS) if name.startswith(word.lower()[:3]))


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest(candidates: list[dt.date], to: dt.date) -> dt.date | None:
    """The candidate closest to `to`; a tie goes to the later one."""
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - to).days), -d.toordinal()))


def _month_day(month: int, day: int, year: str | None, interview_day: dt.date) -> dt.date | None:
    """A day of a month; without a year, the occurrence nearest the interview."""
    if year is not None:
        number = int(year)
        return _valid(number + 2000 if number < 100 else number, month, day)
    years = (interview_day.year - 1, interview_day.year, interview_day.year + 1)
    return _nearest([d for y in years if (d := _valid(y, month, day))], interview_day)


def _day_alone(day: int, interview_day: dt.date, send_day: dt.date) -> dt.date | None:
    """'The 27th': the occurrence nearest the interview, when it is also the one nearest the
    send date; otherwise the month is in doubt ("the 27th" written on 20 December may well be
    the coming one), and it is left alone."""

    def near(to: dt.date) -> dt.date | None:
        months = [(to.year * 12 + to.month - 1 + k) for k in (-1, 0, 1)]
        return _nearest([d for n in months if (d := _valid(n // 12, n % 12 + 1, day))], to)

    first = near(interview_day)
    return first if first is not None and first == near(send_day) else None


def resolve_date(
    g: dict[str, str | None], country: str | None, interview_day: dt.date, send_day: dt.date
) -> dt.date | None:
    """The calendar date a `_WHEN` match names, or None when it is invalid or in doubt: a numeric
    date in a country whose order is unknown, or a weekday that contradicts the date."""
    day: dt.date | None
    if g["m1"] or g["m2"]:
        month, number, year = (
            (g["m1"], g["d1"], g["y1"]) if g["m1"] else (g["m2"], g["d2"], g["y2"])
        )
        assert month is not None and number is not None
        day = _month_day(_month_number(month), int(number), year, interview_day)
    elif g["iy"]:
        assert g["im"] is not None and g["id"] is not None
        day = _valid(int(g["iy"]), int(g["im"]), int(g["id"]))
    elif g["n1"]:
        assert g["n2"] is not None
        first, second = int(g["n1"]), int(g["n2"])
        code = (country or "").upper()
        if (first, second) == (24, 7) and not g["ny"]:
            return None  # "24/7"
        if code in _DAY_FIRST:
            day_n, month_n = first, second
        elif code in _MONTH_FIRST:
            month_n, day_n = first, second
        else:
            return None
        if not 1 <= month_n <= 12:
            return None
        day = _month_day(month_n, day_n, g["ny"], interview_day)
    else:
        if not (g["the"] or g["wd"]):
            return None  # "27th" alone is more likely a count or a floor than a date
        assert g["d3"] is not None
        day = _day_alone(int(g["d3"]), interview_day, send_day)
    if day is None:
        return None
    if g["wd"] and _weekday_number(g["wd"]) != day.weekday():
        return None  # "Friday, November 28" when the 28th is a Saturday: don't guess which
    return day


def _plausible(text: str, m: re.Match[str]) -> bool:
    """Leave out the `_WHEN` matches that are more likely numbers than dates."""
    g = m.groupdict()
    if g["n1"]:
        first, second = int(g["n1"]), int(g["n2"] or 0)
        if not g["ny"] and first < second <= 4:
            return False  # "1/2", "3/4": fractions
        lead = text[max(0, m.start() - 12) : m.start()]
        return bool(g["wd"] or _NUMERIC_LEAD.search(lead))
    if g["d3"]:
        follower = re.match(r"\s+([A-Za-z]+)", text[m.end() : m.end() + 30])
        return follower is None or follower.group(1).lower() in _ORDINAL_FOLLOWERS
    return True


_DIGIT = lazy_compile(r"\d")


def dates_in(text: str, floor: int = 0) -> Iterator[re.Match[str]]:
    """The `_WHEN` dates of the text from `floor` on. Every form holds a digit, so the pattern
    is tried only near digits ("Wednesday, the 9th of December 2026" spans 20 characters
    before its first digit and 20 after), which spares a long text a full scan."""
    cues = [m.start() for m in _DIGIT.finditer(text, floor)]
    for lo, hi in windows(cues, len(text), 40, 40):
        yield from _WHEN.finditer(text, max(lo, floor), hi)
