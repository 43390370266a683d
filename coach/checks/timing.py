"""Sensible timing, compared in the interview's time zone with business days.

One check kind, `timing`, measures one thing chosen by its `measure` parameter; the numbers come
from the rule files so the planner and the checks read the same ones.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any, Literal

from coach.calendar import add_business_days, business_days_between, local_date, next_business_day
from coach.checks.base import CheckKind, Context, Hit, Params
from coach.checks.matcher import compile_pattern
from coach.checks.phrases import anchor
from coach.models import Channel, HistoryEntry, Kind, Notes, Severity
from coach.text import Doc

FOLLOW_UPS = (Kind.check_in, Kind.final_follow_up)

Measure = Literal[
    "thank_you_late",
    "check_in_early",
    "too_soon_after_last",
    "too_many",
    "materials_late",
    "next_day_call",
    "claim_mismatch",
    "channel_same_day",
]


class TimingParams(Params):
    measure: Measure
    warn_after_hours: float = 24
    error_after_hours: float = 48
    min_business_days: int = 5
    max_follow_ups: int = 2


def _day(when: dt.datetime, notes: Notes) -> dt.date:
    return local_date(when, notes.interview.zone)


def _earlier(history: list[HistoryEntry], send_at: dt.datetime) -> list[HistoryEntry]:
    return sorted((h for h in history if h.sent_at < send_at), key=lambda h: h.sent_at)


class Timing(CheckKind):
    name = "timing"
    Params = TimingParams

    def run(self, doc: Doc, ctx: Context, rule: Any, params: TimingParams) -> Iterator[Hit]:
        if ctx.notes is None:
            return
        measure = getattr(self, f"_{params.measure}")
        yield from measure(doc, ctx, ctx.notes, params)

    def _thank_you_late(
        self, doc: Doc, ctx: Context, notes: Notes, p: TimingParams
    ) -> Iterator[Hit]:
        hours = (ctx.send_at - notes.interview.finished).total_seconds() / 3600
        if hours <= p.warn_after_hours:
            return
        severity: Severity = "error" if hours > p.error_after_hours else "warning"
        limit = notes.interview.finished + dt.timedelta(hours=p.warn_after_hours)
        hit = anchor(
            doc,
            "start",
            {
                "hours": round(hours),
                "days": round(hours / 24, 1),
                "limit": f"{p.warn_after_hours:g}",
            },
            f"Send it as soon as you can; the target was "
            f"{limit.astimezone(notes.interview.zone):%A %d %B %H:%M}",
        )
        hit.severity = severity
        yield hit

    def earliest_check_in(self, notes: Notes, p: TimingParams) -> tuple[dt.date, str]:
        """The first date a check-in is not early, with the reason (shared with the planner)."""
        tl, country = notes.timeline, notes.country
        interview_day = _day(notes.interview.start, notes)
        if tl.contact_on is not None:
            return tl.contact_on, f"the interviewer invited contact on {tl.contact_on:%d %B}"
        floor = add_business_days(interview_day, p.min_business_days, country)
        reason = f"{p.min_business_days} business days after the interview"
        if tl.decision_by is not None:
            floor = next_business_day(tl.decision_by + dt.timedelta(days=1), country)
            reason = f"the decision date, {tl.decision_by:%A %d %B}, has passed"
        if tl.no_contact_before is not None and tl.no_contact_before > floor:
            floor, reason = (
                tl.no_contact_before,
                f"they asked to wait until {tl.no_contact_before:%d %B}",
            )
        return floor, reason

    def _check_in_early(
        self, doc: Doc, ctx: Context, notes: Notes, p: TimingParams
    ) -> Iterator[Hit]:
        if ctx.kind not in FOLLOW_UPS:
            return
        day = _day(ctx.send_at, notes)
        earliest, reason = self.earliest_check_in(notes, p)
        tl = notes.timeline
        if tl.contact_on is not None and day >= tl.contact_on:
            return
        if day < earliest:
            yield anchor(
                doc,
                "start",
                {"earliest": f"{earliest:%A %d %B %Y}", "reason": reason},
                f"Wait until {earliest:%A %d %B %Y} ({reason})",
            )

    def _too_soon_after_last(
        self, doc: Doc, ctx: Context, notes: Notes, p: TimingParams
    ) -> Iterator[Hit]:
        if ctx.kind not in FOLLOW_UPS:
            return
        before = [h for h in _earlier(ctx.history, ctx.send_at) if h.kind in FOLLOW_UPS]
        if not before:
            return
        last = _day(before[-1].sent_at, notes)
        gap = business_days_between(last, _day(ctx.send_at, notes), notes.country)
        if gap < p.min_business_days:
            earliest = add_business_days(last, p.min_business_days, notes.country)
            yield anchor(
                doc,
                "start",
                {"gap": gap, "last": f"{last:%d %B}", "earliest": f"{earliest:%A %d %B %Y}"},
                f"Wait until {earliest:%A %d %B %Y}",
            )

    def _too_many(self, doc: Doc, ctx: Context, notes: Notes, p: TimingParams) -> Iterator[Hit]:
        if ctx.kind not in FOLLOW_UPS:
            return
        sent = [h for h in _earlier(ctx.history, ctx.send_at) if h.kind in FOLLOW_UPS]
        if len(sent) >= p.max_follow_ups:
            yield anchor(
                doc,
                "start",
                {"count": len(sent) + 1, "max": p.max_follow_ups},
                "Don't send it: after two follow-ups, move on to other opportunities",
            )

    def _materials_late(
        self, doc: Doc, ctx: Context, notes: Notes, p: TimingParams
    ) -> Iterator[Hit]:
        if ctx.kind != Kind.materials:
            return
        promised = [m for m in notes.materials if m.promised_by is not None]
        late = [m for m in promised if m.promised_by is not None and ctx.send_at > m.promised_by]
        if promised and len(late) == len(promised):
            m = late[0]
            assert m.promised_by is not None
            yield anchor(
                doc,
                "start",
                {
                    "what": m.what,
                    "promised": f"{m.promised_by.astimezone(notes.interview.zone):%A %d %B %H:%M}",
                },
                "Send it now and apologise briefly for the delay",
            )

    def _next_day_call(
        self, doc: Doc, ctx: Context, notes: Notes, p: TimingParams
    ) -> Iterator[Hit]:
        if ctx.channel != Channel.phone or ctx.kind not in FOLLOW_UPS:
            return
        day, interview_day = _day(ctx.send_at, notes), _day(notes.interview.start, notes)
        tl = notes.timeline
        if tl.contact_on is not None and day >= tl.contact_on:
            return
        if day <= interview_day + dt.timedelta(days=1):
            yield anchor(
                doc,
                "start",
                {"day": f"{day:%A %d %B}"},
                "Don't call the day after; email a thank-you instead",
            )

    def _channel_same_day(
        self, doc: Doc, ctx: Context, notes: Notes, p: TimingParams
    ) -> Iterator[Hit]:
        if ctx.kind not in (*FOLLOW_UPS, Kind.materials):
            return
        day = _day(ctx.send_at, notes)
        for h in ctx.history:
            if (
                h.kind in (*FOLLOW_UPS, Kind.materials)
                and h.channel != ctx.channel
                and _day(h.sent_at, notes) == day
                and h.sent_at != ctx.send_at
            ):
                yield anchor(
                    doc,
                    "start",
                    {"other": h.channel.value, "day": f"{day:%d %B}"},
                    "Keep to one channel a day; wait for an answer",
                )
                return

    def _claim_mismatch(
        self, doc: Doc, ctx: Context, notes: Notes, p: TimingParams
    ) -> Iterator[Hit]:
        """Two readings: a time phrase about the interview that the elapsed days contradict
        ("it's been two weeks", "our meeting yesterday"), and a date that has passed written as
        still ahead ("I look forward to hearing from you by 11 December" on 16 December)."""
        interview_day = _day(notes.interview.start, notes)
        send_day = _day(ctx.send_at, notes)
        elapsed = (send_day - interview_day).days
        why = f"the interview was {elapsed} days before this message"
        spans: list[tuple[int, int]] = []
        for rx, low, high, what in CLAIMS:
            for m in rx.finditer(doc.plain, doc.body_start):
                if what == "no-reply" and ctx.kind != Kind.thank_you:
                    continue
                if what in _ABOUT_LAST_CONTACT and ctx.kind == Kind.rejection_reply:
                    continue  # "thanks for the call today" is the call that gave the news
                if what == "date":
                    # "I look forward to speaking with you on Monday" is not about the interview
                    wrong = not _same_date(m, interview_day) and not _ahead_of_interview(
                        doc.plain, m.start(), m.end()
                    )
                else:
                    lo, hi = _bounds(m, low, high)
                    wrong = what == "no-reply" or not lo <= elapsed <= hi
                if wrong:
                    spans.append((m.start(), m.end()))
                    yield Hit(
                        m.start(),
                        m.end(),
                        {
                            "excerpt": doc.text[m.start() : m.end()],
                            "elapsed": elapsed,
                            "why": why,
                        },
                        "Say what is true for the day you send it",
                    )
        for start, end, day in passed_dates_as_ahead(
            doc.plain, doc.body_start, notes.country, interview_day, send_day
        ):
            if any(start < e and s < end for s, e in spans):
                continue  # already reported by the first reading
            yield Hit(
                start,
                end,
                {
                    "excerpt": doc.text[start:end],
                    "elapsed": elapsed,
                    "why": f"{day:%A %d %B %Y} had passed when this was sent "
                    f"({send_day:%A %d %B %Y})",
                },
                f'{day:%A %d %B} is past: say so in the past tense ("you had hoped to decide by '
                f'{day:%d %B}"), or name a day still ahead',
            )


_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_N = r"(?P<n>\d+|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten)"
#: "almost three weeks" allows less than three weeks, "over a week" more than one
_Q = (
    r"(?:(?P<q>almost|nearly|about|around|roughly|approximately|over|more than|just over|"
    r"a little over|just under|under|less than|close to)\s+)?"
)
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
# words that point at the interview itself, not at some other call or email
_MET = (
    r"\b(?:(?:our|the|my) (?:meeting|interview|conversation|call|chat|discussion)"
    r"|(?:met|spoke|talked|chatted|interviewed)(?: with)?(?: (?:me|you|us))?"
    r"|(?:meet|meeting|speak|speaking|talk|talking|chat|chatting) (?:with|to) (?:me|you|us)"
    r"|interviewing me|(?:your|the) time)"
)


def _claim(pattern: str) -> Any:
    return compile_pattern(pattern, case_sensitive=False)


def _bounds(m: Any, low: int, high: int) -> tuple[int, int]:
    """Days a time phrase can mean; `n` scales week and day counts, `q` loosens them."""
    groups = m.groupdict()
    if groups.get("n") is None:
        return low, high
    raw = groups["n"].lower()
    if raw in ("a couple of", "a few", "several"):  # vague: accept a wide range
        return 2 * low, 5 * high + low
    n = int(raw) if raw.isdigit() else _NUMBERS.get(raw, 1)
    lo, hi = n * low, n * high + (low if low > 1 else 1)
    q = (groups.get("q") or "").lower()
    if q in ("almost", "nearly", "just under", "under", "less than", "close to"):
        lo = max(0, lo - max(low, 2))
    elif q in ("over", "more than", "just over", "a little over"):
        hi += 2 * high + 2
    elif q:
        lo, hi = max(0, lo - low // 2 - 1), hi + high // 2 + 1
    return lo, hi


def _same_date(m: Any, interview_day: dt.date) -> bool:
    """A weekday or a day of the month named for the interview must be the interview's."""
    g = m.groupdict()
    if g.get("wd"):
        return _WEEKDAYS.index(g["wd"].lower()) == interview_day.weekday()
    month, day = (g.get("m1"), g.get("d1")) if g.get("m1") else (g.get("m2"), g.get("d2"))
    if not month or not day:
        return True
    number = next(
        (i + 1 for i, name in enumerate(_MONTHS) if name.startswith(month.lower()[:3])), None
    )
    return number is None or (number, int(day)) == (interview_day.month, interview_day.day)


_ABOUT_LAST_CONTACT = ("yesterday", "today", "last week", "date")
_SINCE = r"\b(?:it'?s|it has|it's been|it has been|after|over|now)\s+(?:been\s+)?(?:now\s+)?"
CLAIMS: list[tuple[Any, int, int, str]] = [
    (
        _claim(rf"{_SINCE}{_Q}{_N}\s+weeks?\b|{_MET}[^.!?\n]{{0,40}}?\b{_Q}{_N} weeks? ago\b"),
        6,
        8,
        "weeks",
    ),
    (
        _claim(rf"{_SINCE}{_Q}{_N}\s+days?\b|{_MET}[^.!?\n]{{0,40}}?\b{_Q}{_N} days? ago\b"),
        1,
        1,
        "days",
    ),
    (
        _claim(
            rf"{_MET} yesterday\b|\byesterday'?s (?:meeting|interview|conversation|call|chat)\b"
        ),
        1,
        1,
        "yesterday",
    ),
    (
        _claim(
            rf"{_MET} (?:today|this morning|this afternoon|earlier today)\b"
            r"|\b(?:today|this morning|this afternoon)'?s (?:meeting|interview|conversation|call"
            r"|chat)\b"
        ),
        0,
        0,
        "today",
    ),
    (
        _claim(rf"{_MET} last week\b|\blast week'?s (?:meeting|interview|conversation|call)\b"),
        2,
        13,
        "last week",
    ),
    (
        _claim(
            rf"{_MET}[^.!?\n]{{0,40}}? (?:on|last|this past) {_WD}\b"
            rf"|\b{_WD}'?s (?:meeting|interview|conversation|call|chat)\b"
        ),
        0,
        0,
        "date",
    ),
    (_claim(rf"{_MET}[^.!?\n]{{0,40}}? on (?:\w+,? )?{_DATE}"), 0, 0, "date"),
    (
        _claim(r"\b(?:I )?(?:haven'?t|have not) (?:yet )?heard (?:back|anything)\b"),
        0,
        0,
        "no-reply",
    ),
]


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
_WEEKDAY_ALONE = re.compile(rf"\b{_WEEKDAY_WORD}", re.I)
_ORDINAL = r"(?:st|nd|rd|th)?"
#: "Friday, November 27", "Friday 27 November 2026", "Nov. 27th", "the 27th", "27/11", ISO dates
_WHEN = re.compile(
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
_AFTER_DATE = re.compile(
    rf"\b(?:the|that)\s+following\s+(?P<wd>{_WEEKDAY_WORD})"
    rf"|\b(?:the\s+)?(?P<wd2>{_WEEKDAY_WORD})\s+(?:after\s+(?:that|it|this)\b|afterwards?\b)",
    re.I,
)
#: numeric dates need a word that makes them dates, so "3/4 of the team" is not the 3rd of April
_NUMERIC_LEAD = re.compile(r"\b(?:on|by|before|until|till|from|after|dated)\s+$", re.I)
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
_CUE = re.compile(
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
    r"looking\s+forward)\b"
    r"|would\s+(?:love|like|be\s+(?:happy|glad|delighted|available))\b"
    r"|(?:will|'ll|won't|shall|gonna|let's|let\s+us|going\s+to|(?:hope|hopes|hoping|plan|"
    r"plans|aim|aims|expect|expects)\s+to|hoping|planning|expecting|aiming|intend|intends|"
    r"intending|look(?:s|ing)?\s+forward|upcoming|forthcoming|approaching|coming\s+up|"
    r"ahead\s+of|in\s+advance\s+of|due(?!\s+(?:to|diligence)))\b))",
    re.I,
)
#: a word just before the date that looks forward on its own: "let me know by Friday, 27 November"
_LEAD_AHEAD = re.compile(
    r"\b(?:(?:by|before)(?:\s+(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:day|business|play)"
    r"(?:\s+on)?)?|until|till|til|no\s+later\s+than|on\s+or\s+before|in\s+time\s+for)\s+$",
    re.I,
)
#: between a forward word and the date, a word that makes the date the point something else is
#: measured from, not the thing ahead: "after our meeting on", "your email of", "the notes from"
_REFERENCE = re.compile(r"\b(?:after|following)\b|\b(?:from|of)\s+$", re.I)
#: where a clause ends: punctuation (a full stop only before a capital or the end, so "2 p.m. on"
#: stays whole), a dash, a comma, a conjunction that opens a clause with its own subject ("and I
#: look forward", not "hoped to finish and be in touch by"); on the right also a word that opens
#: a subordinate clause ("... by 11 December as you said" speaks of the date as ahead)
_LEFT_END = re.compile(
    r"[!?;:\n,—–]|\.(?=\s+[A-Z\"'(]|\s*$)"
    r"|\b(?:and|but|so|because|although|though|while|whereas)(?=\s+(?:i|you|we|they|he|she|it"
    r"|thank|thanks|please|let)\b)",
    re.I,
)
_RIGHT_END = re.compile(
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


_DIGIT = re.compile(r"\d")


def passed_dates_as_ahead(
    text: str,
    floor: int,
    country: str | None,
    interview_day: dt.date,
    send_day: dt.date,
) -> Iterator[tuple[int, int, dt.date]]:
    """Spans (from the forward-looking words to the date) where a date after the interview and
    before the send day is written as still ahead, with the date."""
    if not _DIGIT.search(text, floor):
        return
    named: list[tuple[int, int, dt.date]] = []
    for m in _WHEN.finditer(text, floor):
        g = m.groupdict()
        if not _plausible(text, m):
            continue
        day = resolve_date(g, country, interview_day, send_day)
        if day is not None:
            named.append((m.start(), m.end(), day))
    for m in _AFTER_DATE.finditer(text, floor):
        earlier = [(e, d) for s, e, d in named if e <= m.start()]
        if earlier:
            anchor_day = max(earlier)[1]  # the date named last before it
            wd = _weekday_number(m.group("wd") or m.group("wd2"))
            day = anchor_day + dt.timedelta(days=(wd - anchor_day.weekday() - 1) % 7 + 1)
            named.append((m.start(), m.end(), day))
    for start, end, day in sorted(named):
        if not interview_day < day < send_day:
            continue
        reading = tense_around(text, start, end, floor)
        if reading is not None and reading[0] == "ahead":
            yield min(start, reading[1]), max(end, reading[2]), day


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


#: the day a promise of contact names: "on Friday", "next Monday", "in two days", "on 12 April"
_NAMED_DAY = re.compile(
    rf"\b(?:(?P<pre>next|this coming|this|on|by)\s+)?{_WD}\b"
    r"|\bin (?P<rel>a day or two|a couple of days|a few days|(?:\d|two|three|four|five|six) days)\b"
    rf"|\b{_DATE}",
    re.I,
)
_RELATIVE = {"a day or two": 1, "a couple of days": 2, "a few days": 3}


def named_day(text: str, today: dt.date) -> dt.date | None:
    """The first day `text` names, counted from `today`: a weekday is the next one after today
    ("next Friday" skips this week's), "in a couple of days" adds days, a date is the next one."""
    m = _NAMED_DAY.search(text)
    if m is None:
        return None
    g = m.groupdict()
    if g.get("wd"):
        ahead = (_WEEKDAYS.index(g["wd"].lower()) - today.weekday() - 1) % 7 + 1
        day = today + dt.timedelta(days=ahead)
        if (g.get("pre") or "").lower() == "next" and (
            day.isocalendar()[:2] == today.isocalendar()[:2]
        ):
            day += dt.timedelta(days=7)
        return day
    if g.get("rel"):
        rel = g["rel"].lower()
        n = _RELATIVE.get(rel)
        if n is None:
            word = rel.split()[0]
            n = int(word) if word.isdigit() else _NUMBERS.get(word, 1)
        return today + dt.timedelta(days=n)
    month, number = (g.get("m1"), g.get("d1")) if g.get("m1") else (g.get("m2"), g.get("d2"))
    if not month or not number:
        return None
    index = next((i + 1 for i, name in enumerate(_MONTHS) if name.startswith(month.lower()[:3])))
    for year in (today.year, today.year + 1):
        try:
            day = dt.date(year, index, int(number))
        except ValueError:
            return None
        if day >= today:
            return day
    return None


def contact_too_soon(
    excerpt: str, notes: Notes | None, send_at: dt.datetime, min_business_days: int
) -> bool:
    """Does a promise of contact ("I'll call you on Friday") name a day before the timing rules
    allow another follow-up? That is before the earliest check-in (the interviewer's own date
    when they invited contact), and before `min_business_days` after this message."""
    zone = notes.interview.zone if notes is not None else send_at.tzinfo
    assert zone is not None
    country = notes.country if notes is not None else None
    today = local_date(send_at, zone)
    day = named_day(excerpt, today)
    if day is None:
        return False
    if notes is not None and notes.timeline.contact_on is not None:
        return day < notes.timeline.contact_on
    allowed = add_business_days(today, min_business_days, country)
    if notes is not None:
        params = TimingParams(measure="check_in_early", min_business_days=min_business_days)
        allowed = max(allowed, Timing().earliest_check_in(notes, params)[0])
    return day < allowed
