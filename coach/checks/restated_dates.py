"""A decision date a message restates: the notes' date said again ("you hope to decide by Friday
the 27th"), a holiday, a weekday or a day counted from the send day standing for it ("the
decision was due yesterday", "you hope to decide next week", "by the end of the month"), a
passed date written as still ahead ("I understand you hope to reach a decision by Friday,
November 27" in a December message), and a weekday that its own date contradicts ("Thursday,
November 27")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence

from coach.checks.written_dates import (
    _AFTER_DATE,
    _DIGIT,
    _WEEKDAYS,
    _WHEN,
    _clause,
    _plausible,
    _valid,
    _weekday_number,
    dates_in,
    resolve_date,
    tense_around,
)
from coach.text import fold, lazy_compile


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


#: a day counted from the day of writing: "yesterday", "by the end of this week", "next week"
_RELATIVE_DAY = (
    r"(?P<rel>yesterday|today|tomorrow|(?:the\s+)?(?:(?:end|close|start|beginning)\s+of\s+"
    r"(?:the\s+)?|early\s+|late\s+|later\s+|earlier\s+)?(?:this|next|last)\s+(?:week|month)"
    r"|(?:the\s+)?(?:end|close)\s+of\s+the\s+month"
    rf"|(?:(?:this|next|coming|last)\s+)?(?:{'|'.join(_WEEKDAYS)}))\b"
)
#: the interviewer's decision restated with such a day: "you hoped to decide by today", "I
#: understand the panel planned to decide by yesterday", "the decision was due yesterday"
_RESTATED_RELATIVE = lazy_compile(
    r"(?:\b(?:you|they|he|she|(?-i:[A-Z][^\W\d_]+)|the\s+(?:team|panel|board|committee|"
    r"hiring\s+(?:team|manager)))(?:\s+|(?='))(?:\w+\s+){0,2}?(?:said|mentioned|told\s+(?:me|us)|"
    r"explained|indicated|expected|expect|expects|hoped|hope|hopes|planned|plan|plans|aimed|"
    r"aim|aims|intended|intend|intends|(?:were|are|was|is|'re)\s+(?:\w+ing)|estimated|thought|"
    r"would|will|'d|'ll)\b"
    r"[^.!?\n]{0,100}?\b(?:decision|decide|decided|decides|deciding|choose|chosen|sign(?:s|ed)?\s+off|"
    r"let\s+(?:me|us|candidates|everyone)\s+know|be\s+in\s+touch|get\s+back\s+to\s+(?:me|us))\b"
    r"|\b(?:the|a|your|their)\s+(?:final\s+)?decision\s+(?:was|is|'s|were|would\s+be|will\s+be|"
    r"had\s+been|has\s+been)\s+(?:still\s+|originally\s+)?(?:due|expected|planned|scheduled|set|"
    r"coming|made|taken)\b)"
    rf"[^.!?\n]{{0,40}}?\b(?:by|before|on|around|for|until|within|in)?\s*{_RELATIVE_DAY}",
    re.I,
)
#: words that date a restated plan to the time it was said: "you said you would decide next
#: week" may count its week from the interview
_REPORTED = lazy_compile(
    r"\b(?:said|mentioned|told|explained|indicated|expected|hoped|planned|aimed|intended|"
    r"estimated|thought|would|'d|were\s+hoping|was\s+hoping)\b",
    re.I,
)


def _relative_spans(rel: str, base: dt.date, said: bool = False) -> list[tuple[dt.date, dt.date]]:
    """The days a day word (`_RELATIVE_DAY`) may mean, counted from `base`, as spans: a weekday
    alone or "this Friday" is the next one (or `base` itself), "next Friday" that one or the
    one after, "last Friday" one of the two before. Words `said` on `base` (the interview) may
    also mean the weekday a week on ("by Friday", said on a Friday)."""
    words = rel.lower().split()
    if words[-1] in _WEEKDAYS:
        ahead = (_WEEKDAYS.index(words[-1]) - base.weekday()) % 7
        which = words[0] if len(words) > 1 else ""
        if which == "last":
            back = ahead - 7 if ahead else -7
            days = [back, back - 7]
        elif which == "next":
            days = [ahead or 7, (ahead or 7) + 7]
        else:
            days = [ahead, ahead + 7] if said else [ahead]
        return [(base + dt.timedelta(days=d),) * 2 for d in days]
    return [_relative_span(rel, base)]


def _relative_span(rel: str, base: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day a day word other than a weekday means, counted from `base`."""
    words = rel.lower().split()
    word = words[-1]
    if word == "month":
        step = {"next": 1, "last": -1}.get(words[-2], 0)
        n = base.year * 12 + base.month - 1 + step
        first = dt.date(n // 12, n % 12 + 1, 1)
        n += 1
        return first, dt.date(n // 12, n % 12 + 1, 1) - dt.timedelta(days=1)
    if word != "week":
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[word]
        day = base + dt.timedelta(days=shift)
        return day, day
    which = rel.lower().split()[-2]
    monday = base - dt.timedelta(days=base.weekday())
    monday += dt.timedelta(days={"this": 0, "next": 7, "last": -7}[which])
    return monday, monday + dt.timedelta(days=6)


def restated_relative_days(
    text: str, floor: int, interview_day: dt.date, send_day: dt.date, decision_by: dt.date
) -> Iterator[tuple[int, int, dt.date, dt.date]]:
    """Spans where the text restates the decision date as a day counted from the day of writing
    ("the decision was due yesterday", "you hope to decide next week") that is not the notes'
    decision date, with the first and last day the words mean. A week said as the interviewer's
    own words ("you said you would decide next week") may count from the interview; a day either
    side of the notes' date is allowed, as for a written date."""
    for m in _RESTATED_RELATIVE.finditer(text, floor):
        rel = m.group("rel")
        weekday = rel.lower().split()[-1] in _WEEKDAYS
        if weekday:
            when = _WHEN.match(text, m.start("rel") + len(rel) - len(rel.split()[-1]))
            if when is not None and when.end() > m.end():
                continue  # "by Friday, November 27": a date, read by restated_decision_dates
        bases = [send_day]
        if not rel.lower().startswith(("yesterday", "today", "tomorrow")) and _REPORTED.search(
            m.group()
        ):
            bases.append(interview_day)  # their words, counted from the day they said them
        spans = [span for b in bases for span in _relative_spans(rel, b, b != send_day)]
        slack = dt.timedelta(days=0 if weekday else 1)
        if any(lo - slack <= decision_by <= hi + slack for lo, hi in spans):
            continue
        yield m.start(), m.end(), *spans[0]


def weekday_contradictions(
    text: str, floor: int, country: str | None, interview_day: dt.date, send_day: dt.date
) -> Iterator[tuple[int, int, dt.date, str]]:
    """Spans of a weekday written with a date it is not ("Thursday, November 27" when the 27th
    is a Friday), with the date and the weekday written. A date without a year is the one
    nearest the interview; one whose weekday fits in the year before or after, or that lies
    more than half a year from the interview and the send day, is left alone (the year is in
    doubt)."""
    if not _DIGIT.search(text, floor):
        return
    for m in dates_in(text, floor):
        g = m.groupdict()
        if not g["wd"] or not _plausible(text, m):
            continue
        day = resolve_date({**g, "wd": None}, country, interview_day, send_day)
        if day is None:
            continue
        wd = _weekday_number(g["wd"])
        if wd == day.weekday():
            continue
        if min(abs((day - interview_day).days), abs((day - send_day).days)) > 183:
            continue
        if not (g["y1"] or g["y2"] or g["iy"] or g["ny"]) and any(
            (other := _valid(day.year + k, day.month, day.day)) is not None
            and other.weekday() == wd
            and min(abs((other - interview_day).days), abs((other - send_day).days)) <= 183
            for k in (-1, 1)
        ):
            continue
        yield m.start(), m.end(), day, g["wd"]


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
