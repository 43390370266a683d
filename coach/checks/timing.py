"""Sensible timing, compared in the interview's time zone with business days.

One check kind, `timing`, measures one thing chosen by its `measure` parameter; the numbers come
from the rule files so the planner and the checks read the same ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, Literal

from coach.calendar import (
    add_business_days,
    business_days_between,
    holidays_for,
    local_date,
    next_business_day,
)
from coach.checks.base import CheckKind, Context, Hit, Params
from coach.checks.material_names import names_material
from coach.checks.phrases import anchor
from coach.checks.restated_dates import (
    passed_dates_as_ahead,
    restated_decision_dates,
    restated_relative_days,
    weekday_contradictions,
)
from coach.checks.timeline import named_day, timeline_of
from coach.checks.timing_text import claims_about_the_interview
from coach.models import Channel, HistoryEntry, Kind, Notes, Severity, Stage
from coach.text import Doc, dated

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


#: measures of when a message is sent, not of what it says: a message failing only these has
#: text that is ready, to send at another time (Result.text_passed). A claim in the text that
#: does not fit the dates (claim_mismatch), and one follow-up too many (too_many), are not
#: among them: an edit, or not sending at all, is the answer to those.
SEND_TIME_MEASURES = frozenset(
    {
        "thank_you_late",
        "materials_late",
        "check_in_early",
        "too_soon_after_last",
        "next_day_call",
        "channel_same_day",
    }
)
#: of those, the ones that say it is late (send it today) rather than early (wait)
LATE_MEASURES = frozenset({"thank_you_late", "materials_late"})


class TimingParams(Params):
    measure: Measure
    warn_after_hours: float = 24
    error_after_hours: float = 48
    min_business_days: int = 5
    max_follow_ups: int = 2


#: messages that follow up on a day: check-ins, materials, and a LinkedIn note, which on the day
#: of a check-in is the same question on a second platform (002 FAQ 4)
#: the messages checked for a second channel the same day; every message already sent counts
#: beside them, the thank-you too ("another follow-up on a different channel": a connection
#: request the evening of the emailed thank-you is two platforms at once, 002 FAQ 4; 002's
#: "Connect on LinkedIn" comes after the thank-you, so from the next day)
_SAME_DAY_KINDS = (*FOLLOW_UPS, Kind.materials, Kind.linkedin_note, Kind.handwritten_note)


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
        last = notes.interview.finished + dt.timedelta(hours=p.error_after_hours)
        form, zone = "%A %-d %B %H:%M", notes.interview.zone
        past = f" and the limit {dated(last.astimezone(zone), form)}" if severity == "error" else ""
        hit = anchor(
            doc,
            "start",
            {
                "hours": round(hours),
                "days": round(hours / 24, 1),
                "limit": f"{p.warn_after_hours:g}",
            },
            f"Send it as soon as you can; the target was {dated(limit.astimezone(zone), form)}"
            + past,
        )
        hit.severity = severity
        yield hit

    def earliest_check_in(self, notes: Notes, p: TimingParams) -> tuple[dt.date, str]:
        """The first date a check-in is not early, with the reason (shared with the planner)."""
        tl, country = timeline_of(notes), notes.country
        interview_day = _day(notes.interview.start, notes)
        if tl.contact_on is not None:
            return (
                tl.contact_on,
                f"the interviewer invited contact on {dated(tl.contact_on, '%-d %B')}",
            )
        floor = add_business_days(interview_day, p.min_business_days, country)
        reason = f"{p.min_business_days} business days after the interview"
        if tl.no_contact_before is not None and tl.decision_by is None:
            # a date they asked to wait until is their timeline: the five-day floor is for a
            # check-in with none, and on that date a check-in is not early (RULEBOOK 5)
            floor = tl.no_contact_before
        if tl.decision_by is not None:
            floor = next_business_day(tl.decision_by + dt.timedelta(days=1), country)
            # the reason for waiting until `floor`, true on any day it is read: the message is
            # only ever shown before that day, when the decision date may be still ahead
            reason = "the first business day after the decision date, " + dated(
                tl.decision_by, "%A %-d %B"
            )
        if tl.no_contact_before is not None and tl.no_contact_before > floor:
            floor, reason = (
                tl.no_contact_before,
                f"they asked to wait until {dated(tl.no_contact_before, '%-d %B')}",
            )
        return floor, reason

    def _check_in_early(
        self, doc: Doc, ctx: Context, notes: Notes, p: TimingParams
    ) -> Iterator[Hit]:
        if ctx.kind not in FOLLOW_UPS:
            return
        day = _day(ctx.send_at, notes)
        earliest, reason = self.earliest_check_in(notes, p)
        tl = timeline_of(notes)
        if tl.contact_on is not None and day >= tl.contact_on:
            return
        if (
            tl.decision_by is not None
            and day > tl.decision_by
            and day.weekday() >= 5
            and not (tl.no_contact_before is not None and day < tl.no_contact_before)
            and day not in holidays_for(notes.country, day.year)
        ):
            # the weekend after the decision date: the date has passed (RULEBOOK 5) and the
            # message is read on the first business day; a public holiday after it is still
            # the office's day off, and a check-in then is early
            return
        if day < earliest:
            yield anchor(
                doc,
                "start",
                {"earliest": f"{dated(earliest, '%A %-d %B %Y')}", "reason": reason},
                f"Wait until {dated(earliest, '%A %-d %B %Y')} ({reason})",
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
                {
                    "gap": gap,
                    "last": f"{dated(last, '%-d %B')}",
                    "earliest": f"{dated(earliest, '%A %-d %B %Y')}",
                },
                f"Wait until {dated(earliest, '%A %-d %B %Y')}",
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
        """Late when the material this message sends was promised earlier. Which one it sends is
        read from the text ("my three references"); when the text names none, every material
        still to send (the planner's order: the n-th materials message delivers the n-th) must
        be late."""
        if ctx.kind != Kind.materials:
            return
        promised = [m for m in notes.materials if m.promised_by is not None]
        if not promised:
            return
        delivered = sum(1 for h in _earlier(ctx.history, ctx.send_at) if h.kind == Kind.materials)
        pending = [m for m in notes.materials[delivered:] if m.promised_by is not None]
        pool = pending or promised
        named = [m for m in pool if names_material(m.what, doc.plain[doc.body_start :])]
        judged = named or pool
        late = [m for m in judged if m.promised_by is not None and ctx.send_at > m.promised_by]
        if late and (named or len(late) == len(judged)):
            m = late[0]
            assert m.promised_by is not None
            yield anchor(
                doc,
                "start",
                {
                    "what": m.what,
                    "promised": dated(
                        m.promised_by.astimezone(notes.interview.zone), "%A %-d %B %H:%M"
                    ),
                },
                "Send it now and apologise briefly for the delay",
            )

    def _next_day_call(
        self, doc: Doc, ctx: Context, notes: Notes, p: TimingParams
    ) -> Iterator[Hit]:
        if ctx.channel != Channel.phone or ctx.kind not in FOLLOW_UPS:
            return
        day, interview_day = _day(ctx.send_at, notes), _day(notes.interview.start, notes)
        tl = timeline_of(notes)
        if tl.contact_on is not None and day >= tl.contact_on:
            return
        if day <= interview_day + dt.timedelta(days=1):
            yield anchor(
                doc,
                "start",
                {"day": f"{dated(day, '%A %-d %B')}"},
                "Don't call the day after; email a thank-you instead",
            )

    def _channel_same_day(
        self, doc: Doc, ctx: Context, notes: Notes, p: TimingParams
    ) -> Iterator[Hit]:
        if ctx.kind not in _SAME_DAY_KINDS:
            return
        day = _day(ctx.send_at, notes)
        for h in ctx.history:
            if (
                h.channel != ctx.channel
                and _day(h.sent_at, notes) == day
                and h.sent_at != ctx.send_at
            ):
                yield anchor(
                    doc,
                    "start",
                    {"other": h.channel.value, "day": f"{dated(day, '%-d %B')}"},
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
        tl = timeline_of(notes)
        contacts = frozenset(
            {_day(h.sent_at, notes) for h in _earlier(ctx.history, ctx.send_at)}
            | ({tl.contact_on} if tl.contact_on is not None and tl.contact_on < send_day else set())
        )
        calls = frozenset(
            _day(h.sent_at, notes)
            for h in _earlier(ctx.history, ctx.send_at)
            if h.channel == Channel.phone
        )

        def taken(start: int, end: int) -> bool:
            return any(start < e and s < end for s, e in spans)

        def claim(start: int, end: int, why: str, fix: str) -> Hit:
            spans.append((start, end))
            return Hit(
                start, end, {"excerpt": doc.text[start:end], "elapsed": elapsed, "why": why}, fix
            )

        for start, end in claims_about_the_interview(
            doc.plain,
            doc.body_start,
            ctx.kind,
            notes.country,
            interview_day,
            send_day,
            contacts,
            calls,
            news=ctx.kind == Kind.rejection_reply or notes.stage == Stage.rejected,
        ):
            yield claim(start, end, why, "Say what is true for the day you send it")
        if tl.decision_by is not None:
            given = f"the notes give {dated(tl.decision_by, '%A %-d %B %Y')} as the decision date"
            restate = f"Restate the date they gave: {dated(tl.decision_by, '%A %-d %B')}"
            for start, end, day in restated_decision_dates(
                doc.plain, doc.body_start, notes.country, interview_day, send_day
            ):
                if abs((day - tl.decision_by).days) > 1:
                    yield claim(start, end, f"{given}, not {dated(day, '%A %-d %B %Y')}", restate)
            for start, end, first, last in restated_relative_days(
                doc.plain, doc.body_start, interview_day, send_day, tl.decision_by
            ):
                if taken(start, end):
                    continue
                said = dated(first, "%A %-d %B %Y")
                if (last - first).days > 7:
                    said = dated(first, "%B %Y")
                elif last != first:
                    said = f"the week of {dated(first, '%-d %B')}"
                yield claim(start, end, f"{given}, not {said}", restate)
        for start, end, day, written in weekday_contradictions(
            doc.plain, doc.body_start, notes.country, interview_day, send_day
        ):
            if not taken(start, end):
                yield claim(
                    start,
                    end,
                    f"{dated(day, '%-d %B %Y')} is a {dated(day, '%A')}, "
                    f"not a {written.strip('.').capitalize()}",
                    f"Check the date: {dated(day, '%-d %B')} is a {dated(day, '%A')}",
                )
        anchors = [d for d in (tl.contact_on, tl.decision_by, tl.no_contact_before) if d]
        for start, end, day in passed_dates_as_ahead(
            doc.plain, doc.body_start, notes.country, interview_day, send_day, anchors
        ):
            if not taken(start, end):  # else already reported by an earlier reading
                yield claim(
                    start,
                    end,
                    f"{dated(day, '%A %-d %B %Y')} had passed when this was sent "
                    f"({dated(send_day, '%A %-d %B %Y')})",
                    f"{dated(day, '%A %-d %B')} is past: say so in the past tense "
                    f'("you had hoped to decide by '
                    f'{dated(day, "%-d %B")}"), or name a day still ahead',
                )


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
    contact_on = timeline_of(notes).contact_on if notes is not None else None
    if contact_on is not None:
        return day < contact_on
    allowed = add_business_days(today, min_business_days, country)
    if notes is not None:
        params = TimingParams(measure="check_in_early", min_business_days=min_business_days)
        allowed = max(allowed, Timing().earliest_check_in(notes, params)[0])
    return day < allowed
