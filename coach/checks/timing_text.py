"""Reading dates and time phrases in a message: the number words, dates and weekdays a
writer uses, resolved against the interview and the send day, and the claims about the
interview that `timing-claim-mismatch` compares with the notes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import Any, Literal

from coach.calendar import business_days_between
from coach.checks.matcher import compile_pattern
from coach.models import Kind
from coach.text import CARDINALS, fold, lazy_compile, windows

#: number words a time phrase may use (shared with the chat's reading of questions)
NUMBER_WORDS = _NUMBERS = {"a": 1, "an": 1, **{w: n for w, n in CARDINALS.items() if n <= 12}}
_N = (
    r"(?P<n>\d+|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)"
)
#: "almost three weeks" allows less than three weeks, "over a week" more than one
_Q = (
    r"(?:(?P<q>almost|nearly|about|around|roughly|approximately|over|more than|just over|"
    r"a little over|just under|under|less than|close to|well over)\s+)?"
)
#: "business days" are counted as the rulebook counts them; a fortnight is two weeks
_UNIT = r"(?P<u>(?:business |working |work )?days?|weeks?|fortnights?|months?)"
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
_WD = rf"(?P<wd>{'|'.join(_WEEKDAYS)})"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_DATE = (
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?: of)? (?P<m1>{_MONTH})"
    rf"|(?P<m2>{_MONTH})\.? (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b"
)
#: what the interview is called: "our video call", "the interview", "my visit"
_EVENT = (
    r"(?:(?:video|phone|zoom|teams|virtual|online|in-person|on-site|onsite|panel|first|initial|"
    r"recent|lovely|great|productive|informative|insightful|enjoyable|wonderful|helpful|"
    r"interesting|brief|final|second)\s+)?"
    r"(?:meeting|interview|conversation|call|chat|discussion|visit)"
)
# words that point at the interview itself, not at some other call or email
_MET = (
    rf"\b(?:(?:our|the|my) {_EVENT}"
    r"|(?:met|spoke|talked|chatted|interviewed)(?: with)?(?: (?:me|you|us))?"
    r"|(?:meet|meeting|see|seeing) (?:with )?(?:me|you|us|everyone|the team|your team)\b"
    r"|(?:speak|speaking|talk|talking|chat|chatting) (?:with|to) (?:me|you|us)"
    r"|interviewing me|having me|hosting me|(?:your|the) time)"
)


def _claim(pattern: str) -> Any:
    return compile_pattern(pattern, case_sensitive=False)


#: days one unit of a time phrase can mean, and how far "almost" reaches below it
_UNIT_DAYS = {"day": (1, 1, 2), "week": (6, 8, 6), "month": (28, 31, 10)}


def _bounds(raw_n: str | None, q: str | None, raw_unit: str) -> tuple[int, int]:
    """Days (or business days) a time phrase can mean; `n` scales the unit, `q` loosens it."""
    unit = raw_unit.lower().split()[-1].rstrip("s")
    n_raw = (raw_n or "a").lower()
    if unit == "fortnight":
        unit, scale = "week", 2
    else:
        scale = 1
    low, high, slack = _UNIT_DAYS[unit]
    if n_raw in ("a couple of", "a few", "several"):  # vague: accept a wide range
        return 2 * scale * low, 5 * scale * high + low
    n = scale * (int(n_raw) if n_raw.isdigit() else _NUMBERS.get(n_raw, 1))
    lo = n * low
    hi = n * high + (7 if unit == "month" else low if low > 1 else 1)
    q = (q or "").lower()
    if q in ("almost", "nearly", "just under", "under", "less than", "close to"):
        lo = max(0, lo - slack)
    elif q in ("over", "more than", "just over", "a little over", "well over"):
        hi += 2 * high + 2
    elif q:
        lo, hi = max(0, lo - min(low // 2, 7) - 1), hi + high // 2 + 1
    return lo, hi


# A date that has passed, written as still ahead: "I understand you hope to decide by Friday,
# November 27" sent on December 4. The date must be one the text pins down (a weekday alone means
# the next one, which is never past), after the interview, and before the send date in the
# interview's zone; the wording around it, in the same clause, must look forward.

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
    r"ahead\s+of|in\s+advance\s+of|due(?!\s+(?:to|diligence)))\b))",
    re.I,
)
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


def passed_dates_as_ahead(
    text: str,
    floor: int,
    country: str | None,
    interview_day: dt.date,
    send_day: dt.date,
    anchors: Sequence[dt.date] = (),
) -> Iterator[tuple[int, int, dt.date]]:
    """Spans (from the forward-looking words to the date) where a date after the interview and
    before the send day is written as still ahead, with the date.

    A weekday alone is the next one, never past, unless it restates a date of the interviewer's
    own timeline (`anchors`: "I understand you hope to decide by Friday" when the decision date
    was last Friday, "I look forward to our call on Monday" when the call they invited was last
    Monday); the writer's own plans ("I'll check back on Friday") still mean the next one."""
    if not _DIGIT.search(text, floor) and not anchors:
        return
    named: list[tuple[int, int, dt.date]] = []
    for m in dates_in(text, floor):
        g = m.groupdict()
        if not _plausible(text, m):
            continue
        day = resolve_date(g, country, interview_day, send_day)
        if day is not None:
            named.append((m.start(), m.end(), day))
    # "the following Monday" counts from a date named before it: none, nothing to count from
    for m in _AFTER_DATE.finditer(text, floor) if named else ():
        earlier = [(e, d) for s, e, d in named if e <= m.start()]
        if earlier:
            anchor_day = max(earlier)[1]  # the date named last before it
            wd = _weekday_number(m.group("wd") or m.group("wd2"))
            day = anchor_day + dt.timedelta(days=(wd - anchor_day.weekday() - 1) % 7 + 1)
            named.append((m.start(), m.end(), day))
    restated = list(_restated_weekdays(text, floor, anchors, named, interview_day, send_day))
    for start, end, day in sorted(named):
        if not interview_day < day < send_day:
            continue
        reading = tense_around(text, start, end, floor)
        if reading is not None and reading[0] == "ahead":
            yield min(start, reading[1]), max(end, reading[2]), day
    for start, end, day in restated:
        reading = tense_around(text, start, end, floor)
        if reading is not None and reading[0] == "ahead":
            yield min(start, reading[1]), max(end, reading[2]), day


#: days named by a holiday on a fixed date, which a writer may give for a deadline
_HOLIDAYS = {
    "new year's day": (1, 1),
    "valentine's day": (2, 14),
    "st patrick's day": (3, 17),
    "st. patrick's day": (3, 17),
    "halloween": (10, 31),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
}
_HOLIDAY = "|".join(re.escape(h).replace("'", "['’]?") for h in sorted(_HOLIDAYS, key=len)[::-1])
#: the interviewer's decision date as the writer restates it: "you mentioned that a decision
#: would be made before Halloween", "the panel hoped to decide by 27 November"
_RESTATED_DECISION = lazy_compile(
    r"\b(?:you|they|he|she|(?-i:[A-Z][^\W\d_]+)|the\s+(?:team|panel|board|committee|hiring\s+(?:team|"
    r"manager)))\s+(?:\w+\s+){0,2}?(?:said|mentioned|told\s+(?:me|us)|explained|indicated|"
    r"expected|expect|hoped|hope|planned|plan|aimed|aim|intended|were\s+hoping|are\s+hoping|"
    r"estimated|thought)\b"
    r"[^.!?\n]{0,120}?\b(?:decision|decide|decided|choose|chosen|sign(?:s|ed)?\s+off|"
    r"let\s+(?:me|us|candidates|everyone)\s+know|be\s+in\s+touch|get\s+back\s+to\s+(?:me|us))\b"
    r"[^.!?\n]{0,60}?\b(?:by|before|ahead\s+of|no\s+later\s+than|in\s+time\s+for|on|around)"
    rf"\s+(?:(?P<hol>{_HOLIDAY})\b|(?P<date>{_WHEN.pattern}))",
    re.I,
)


def restated_decision_dates(
    text: str, floor: int, country: str | None, interview_day: dt.date, send_day: dt.date
) -> Iterator[tuple[int, int, dt.date]]:
    """Spans where the text restates the interviewer's decision date, with the date it gives
    (a holiday is its next occurrence after the interview)."""
    for m in _RESTATED_DECISION.finditer(text, floor):
        if m.group("hol"):
            month, number = _HOLIDAYS[fold(m.group("hol")).lower()]
            day = _valid(interview_day.year, month, number)
            if day is not None and day < interview_day:
                day = _valid(interview_day.year + 1, month, number)
            end = m.end("hol")
        else:
            date = _WHEN.match(text, m.start("date"))
            if date is None or not _plausible(text, date):
                continue
            day = resolve_date(date.groupdict(), country, interview_day, send_day)
            end = date.end()
        if day is not None:
            yield m.start(), end, day


#: a weekday named on its own, without a word that moves it to another week
_LONE_WEEKDAY = lazy_compile(
    rf"\b(?P<pre>next|coming|every|each|last|past|following|that|the)?\s*\b(?P<wd>{'|'.join(_WEEKDAYS)})"
    r"\b",
    re.I,
)
#: the clause restates the interviewer's timeline: their decision, their plan, the call they set
_RESTATES = lazy_compile(
    r"\b(?:you|they|the\s+(?:team|panel|company|committee|hiring\s+(?:team|manager)))\s+"
    r"(?:\w+\s+){0,2}?(?:hope|hoped|hoping|expect|expected|expecting|plan|planned|planning|aim"
    r"|aimed|aiming|intend|intended|are|'re|were|will|'ll|would|should|want|wanted|said|"
    r"mentioned)\b|\bdecid|\bdecision|\bour\s+(?:\w+\s+)?(?:call|chat|meeting|conversation"
    r"|catch-up|talk)\b",
    re.I,
)
#: the writer's own plan or offer: its weekday is the next one
_OWN_PLAN = lazy_compile(
    r"\b(?:i|we)\s*(?:'ll|will|shall|'d|would|can|could|might|may|am\s+going\s+to|"
    r"'m\s+going\s+to|plan\s+to|intend\s+to|hope\s+to|aim\s+to)\b|\blet\s+me\b",
    re.I,
)


def _restated_weekdays(
    text: str,
    floor: int,
    anchors: Sequence[dt.date],
    named: list[tuple[int, int, dt.date]],
    interview_day: dt.date,
    send_day: dt.date,
) -> Iterator[tuple[int, int, dt.date]]:
    """Lone weekdays that name a date of the interviewer's timeline in the past week."""
    recent = [d for d in anchors if interview_day < d < send_day and (send_day - d).days < 7]
    if not recent:
        return
    for m in _LONE_WEEKDAY.finditer(text, floor):
        if m.group("pre"):
            continue
        start, end = m.start("wd"), m.end("wd")
        if any(s <= start < e for s, e, _ in named):
            continue  # part of a date, or "the following Monday"
        wd = _WEEKDAYS.index(m.group("wd").lower())
        day = next((d for d in recent if d.weekday() == wd), None)
        if day is None:
            continue
        left, right = _clause(text, start, end, floor)
        before = text[left:start]
        if _OWN_PLAN.search(before) or not _RESTATES.search(text[left:right]):
            continue
        yield start, end, day


def _ahead_of_interview(text: str, start: int, end: int) -> bool:
    """Is the weekday or date that ends a claim about meeting spoken of as still ahead ("I look
    forward to speaking with you on Monday")? Then it is not the interview."""
    found = list(_WHEN.finditer(text, start, end)) or list(
        _WEEKDAY_ALONE.finditer(text, start, end)
    )
    if not found:
        return False
    last = found[-1]
    reading = tense_around(text, last.start(), last.end())
    return reading is not None and reading[0] == "ahead"


# --- the first reading: a time phrase about the interview that the dates contradict ---------

#: "since we spoke", "since our interview", "since meeting": the interview as the starting point
_SINCE_MET = (
    rf"since\s+(?:(?:our|the|my|your)\s+{_EVENT}"
    r"|(?:we|i|you)\s+(?:last\s+|first\s+)?(?:met|spoke|talked|chatted|interviewed|sat\s+down)"
    r"|(?:meeting|speaking|talking|interviewing)\b|(?:i|we)\s+(?:came|visited))"
)
#: how long ago the interview was: "it's been two weeks", "three weeks have passed since we
#: spoke", "in the ten days since our interview", "we met almost a month ago"
_ELAPSED = _claim(
    r"(?P<pre>\b(?:it'?s|it\s+has|it\s+is)(?:\s+(?:now|already|officially|actually|just|been))*"
    r"|\bafter|\bnow|\bin\s+the(?:\s+(?:last|past))?)?\s*"
    rf"\b{_Q}{_N}\s+{_UNIT}\b"
    r"(?P<post>\s+(?:now\s+)?(?:have|has)\s+(?:now\s+|already\s+)?(?:passed|gone\s+by|elapsed|"
    rf"gone)\b|\s+(?:now\s+)?{_SINCE_MET}|\s+ago\b|\s+on\s+from\s+(?:our|the|my)\b)?"
)
#: after a count of days, words that make it something other than the time since the interview
_NOT_SINCE = lazy_compile(
    r"\s*(?:'s?\s+)?(?:notice|of|until|till|before|since|to\s+go|away|from\s+now|later|ahead|left|"
    r"in\s+advance|earlier\s+than)\b",
    re.I,
)
#: before "... ago", words that can only mean the interview: "we spoke", "I interviewed with you"
#: (not "I met with a recruiter two weeks ago")
_MET_AGO = lazy_compile(
    rf"\b(?:(?:our|the|my) {_EVENT}|we\s+(?:first\s+|last\s+)?(?:met|spoke|talked|chatted)"
    r"|i\s+(?:was\s+)?interviewed|(?:met|spoke|talked|chatted|interviewed|interviewing)\s+"
    r"(?:with\s+)?(?:me|you|us)\b)",
    re.I,
)
_NOUNS = r"(?:meeting|interview|conversation|call|chat|discussion|visit)"
#: which day: "our meeting yesterday", "today's interview", "last week's call", "earlier this week"
_DAY_CLAIM = _claim(
    rf"(?P<yesterday>{_MET}\s+yesterday\b|\byesterday'?s\s+(?:\w+\s+)?{_NOUNS}\b)"
    rf"|(?P<today>{_MET}\s+(?:today|this\s+morning|this\s+afternoon|earlier\s+today)\b"
    rf"|\b(?:today|this\s+morning|this\s+afternoon)'?s\s+(?:\w+\s+)?{_NOUNS}\b)"
    rf"|(?P<lastweek>{_MET}\s+last\s+week\b|\blast\s+week'?s\s+(?:\w+\s+)?{_NOUNS}\b)"
    rf"|(?P<thisweek>{_MET}\s+(?:earlier\s+)?this\s+week\b|\bthis\s+week'?s\s+(?:\w+\s+)?"
    rf"{_NOUNS}\b)"
)
_DAY_SPAN = {"yesterday": (1, 1), "today": (0, 0), "lastweek": (2, 13)}
#: a date or weekday given for the interview: "meeting with me on the 19th", "our call on
#: Thursday", "last Friday's interview"
_MET_ON = lazy_compile(
    rf"{_MET}[^.!?\n]{{0,40}}?\b(?P<prep>on|last|this\s+past)\s+"
    rf"(?:(?P<when>{_WHEN.pattern})|(?P<day>{'|'.join(_WEEKDAYS)})\b)"
    rf"|\b(?P<prep2>last\s+|this\s+past\s+)?(?P<day2>{'|'.join(_WEEKDAYS)})'?s\s+"
    rf"(?:\w+\s+)?{_NOUNS}\b",
    re.I,
)
_MET_ON_CUE = lazy_compile(rf"\d|{'|'.join(_WEEKDAYS)}", re.I)
#: "I haven't heard back" in a thank-you: a complaint about a silence that cannot be yet
_NO_REPLY = _claim(
    r"\b(?:haven'?t|have\s+not|'ve\s+not|hadn'?t|didn'?t|did\s+not)\s+(?:yet\s+|still\s+)?"
    r"(?:heard|hear|received|receive|gotten|got)\s+(?:back|anything|any\s+(?:news|update|reply|"
    r"response|word)|a\s+(?:reply|response)|from\s+(?:you|anyone|the\s+team|your\s+team))"
    r"|\b(?:have|'ve)\s+yet\s+to\s+hear\b|\bno\s+(?:word|news|reply|response)\s+(?:yet|so\s+far)\b"
)


def claims_about_the_interview(
    text: str,
    floor: int,
    kind: Kind | None,
    country: str | None,
    interview_day: dt.date,
    send_day: dt.date,
) -> Iterator[tuple[int, int]]:
    """Spans of time phrases about the interview that the dates contradict."""
    elapsed = (send_day - interview_day).days
    for m in _ELAPSED.finditer(text, floor):
        g = m.groupdict()
        pre, post = (g.get("pre") or "").strip().lower(), (g.get("post") or "").strip().lower()
        if post == "ago":
            sentence = max(text.rfind(c, floor, m.start()) for c in ".!?\n")
            if not _MET_AGO.search(text, max(sentence, m.start() - 80, floor), m.start()):
                continue  # "two weeks ago I finished a course" is not about the interview
        elif not post and (not pre or pre.startswith("in")):
            continue  # "within two weeks", "in the last two weeks": not a time since
        elif not post and _NOT_SINCE.match(text, m.end()):
            continue  # "after two weeks' notice", "it's two days until the launch"
        lo, hi = _bounds(g.get("n"), g.get("q"), g["u"])
        if g["u"].lower().split()[0] in ("business", "working", "work"):
            value = business_days_between(interview_day, send_day, country)
        else:
            value = elapsed
        if not lo <= value <= hi:
            start = m.start()
            while text[start].isspace():
                start += 1  # the match may begin at the space before the count
            yield start, m.end()
    news = kind == Kind.rejection_reply  # "thanks for the call today" is the call with the news
    for m in _DAY_CLAIM.finditer(text, floor):
        if news and "interview" not in m.group().lower():
            continue  # but "last week's interview" is the interview
        g = m.groupdict()
        if g.get("thisweek"):
            wrong = elapsed > 6 or send_day.weekday() < interview_day.weekday()
        else:
            what = next(k for k in _DAY_SPAN if g.get(k))
            lo, hi = _DAY_SPAN[what]
            wrong = not lo <= elapsed <= hi
        reading = tense_around(text, m.start(), m.end(), floor) if wrong else None
        if wrong and not (reading is not None and reading[0] == "ahead"):
            yield m.start(), m.end()  # not "I look forward to speaking with you today"
    if not news:
        # every claim names a weekday or a date (a digit): it is sought only around those
        cues = [c.start() for c in _MET_ON_CUE.finditer(text, floor)]
        for lo, hi in windows(cues, len(text), 160, 200):
            for m in _MET_ON.finditer(text, max(lo, floor), hi):
                if _met_on_wrong(text, m, country, interview_day, send_day):
                    yield m.start(), m.end()
    if kind == Kind.thank_you:
        for m in _NO_REPLY.finditer(text, floor):
            yield m.start(), m.end()


def _met_on_wrong(
    text: str, m: re.Match[str], country: str | None, interview_day: dt.date, send_day: dt.date
) -> bool:
    """Does the date or weekday a claim gives for the interview contradict it? A bare weekday
    means one in the past week ("on Friday"), or the week before ("last Friday")."""
    elapsed = (send_day - interview_day).days
    if m.group("when"):
        when = _WHEN.match(text, m.start("when"))
        if when is None or not _plausible(text, when):
            return False
        day = resolve_date(when.groupdict(), country, interview_day, send_day)
        if day is None or day == interview_day:
            return False
        # "I look forward to speaking with you on Monday, November 30" is another meeting
        return not _ahead_of_interview(text, m.start("when"), when.end())
    name, prep = (
        (m.group("day"), m.group("prep"))
        if m.group("day")
        else (
            m.group("day2"),
            m.group("prep2"),
        )
    )
    span = (1, 13) if (prep or "").strip().lower() in ("last", "this past") else (0, 7)
    if _WEEKDAYS.index(name.lower()) == interview_day.weekday() and (span[0] <= elapsed <= span[1]):
        return False
    return not _ahead_of_interview(text, m.start(), m.end())


# --- the interviewer's timeline, in their own words ------------------------------------------
