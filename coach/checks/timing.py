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
        interview_day = _day(notes.interview.start, notes)
        elapsed = (_day(ctx.send_at, notes) - interview_day).days
        for rx, low, high, what in CLAIMS:
            for m in rx.finditer(doc.plain, doc.body_start):
                if what == "no-reply" and ctx.kind != Kind.thank_you:
                    continue
                if what in _ABOUT_LAST_CONTACT and ctx.kind == Kind.rejection_reply:
                    continue  # "thanks for the call today" is the call that gave the news
                if what == "date":
                    wrong = not _same_date(m, interview_day)
                else:
                    lo, hi = _bounds(m, low, high)
                    wrong = what == "no-reply" or not lo <= elapsed <= hi
                if wrong:
                    yield Hit(
                        m.start(),
                        m.end(),
                        {"excerpt": doc.text[m.start() : m.end()], "elapsed": elapsed},
                        "Say what is true for the day you send it",
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
