"""The follow-up plan: when each message is due, and why.

Pure functions of the notes, the history and the clock, so that `coach plan`, the web app and the
drafting loop agree with the dates the timing rules (RULEBOOK section 5) later check. All dates
are counted in the interview's zone (the UTC offset of interview.start), by calendar date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel

from coach import calendar as cal
from coach.checks.timeline import timeline_of
from coach.checks.timing import FOLLOW_UPS
from coach.errors import InputError
from coach.models import Channel, HistoryEntry, Interviewer, Kind, Notes, Stage
from coach.plan_time import (
    CLOSE,
    EVENING,
    MORNING,
    _at,
    _aware,
    _day,
    _moment,
    _offset_name,
    office_time,
    zone_of,
)

#: 004 gives follow-ups a window of 5-10 business days; the rules check the near end, the plan
#: also shows the far one
CHECK_IN_WINDOW_BUSINESS_DAYS = 10


@dataclass(frozen=True)
class Limits:
    """The timing rules' own parameters (rules/*.yaml), so the plan and the checks agree."""

    thank_you_hours: int
    thank_you_limit_hours: int
    check_in_business_days: int
    between_follow_ups_business_days: int
    max_follow_ups: int


@lru_cache(maxsize=1)
def limits() -> Limits:
    from coach.rulebook import load_rules

    rules = load_rules()
    late = rules["timing-thank-you-late"].params
    return Limits(
        thank_you_hours=int(late.warn_after_hours),
        thank_you_limit_hours=int(late.error_after_hours),
        check_in_business_days=rules["timing-check-in-early"].params.min_business_days,
        between_follow_ups_business_days=rules[
            "timing-too-soon-after-last"
        ].params.min_business_days,
        max_follow_ups=rules["timing-too-many"].params.max_follow_ups,
    )


Status = Literal["due", "upcoming", "done", "overdue", "skip"]
MOVE_ON: Literal["move_on"] = "move_on"


class PlanItem(BaseModel):
    """One message (or the move-on date) with its window, reason, rule ids and sources."""

    to: str | None
    scope: Literal["interviewer", "application"]
    kind: Kind | Literal["move_on"]
    channel: Channel | None = None
    earliest: dt.datetime | None = None  # sending before this breaks a rule
    target: dt.datetime | None = None  # the suggested send time
    latest: dt.datetime | None = None  # after this the item is overdue
    limit: dt.datetime | None = None  # after this the rule reports an error
    reason: str
    rules: list[str]
    sources: list[str]
    status: Status = "upcoming"
    sent_at: dt.datetime | None = None  # for done items: when the history says it was sent


class Plan(BaseModel):
    version: Literal[1] = 1
    company: str
    role: str
    zone: str  # the interview's UTC offset, e.g. "-05:00"
    now: dt.datetime
    items: list[PlanItem]


def _contact(notes: Notes, follow_ups: list[HistoryEntry]) -> Interviewer:
    """Company-wide messages go to whoever got the last follow-up, else the first interviewer."""
    for entry in reversed(follow_ups):
        person = notes.interviewer(entry.to) if entry.to else None
        if person is not None:
            return person
    return notes.interviewers[0]


def _matches(notes: Notes, entry: HistoryEntry, person: Interviewer) -> bool:
    """A history entry with no recipient is taken as sent to the whole panel."""
    if entry.to is None:
        return True
    found = notes.interviewer(entry.to)
    return found is not None and found.name == person.name


def _thank_yous(notes: Notes, sent: list[HistoryEntry], zone: dt.tzinfo) -> list[PlanItem]:
    """One per interviewer, timed from the interview's end (not its start)."""
    end = notes.interview.finished.astimezone(zone)
    target = max(_at(end.date(), EVENING, zone), end)
    latest = end + dt.timedelta(hours=limits().thank_you_hours)
    limit = end + dt.timedelta(hours=limits().thank_you_limit_hours)
    reason = (
        f"Thank each interviewer by the evening of the interview (003), within "
        f"{limits().thank_you_hours} hours of its end (001, 002): after {_moment(latest)} "
        f"timing-thank-you-late warns, after {_moment(limit)} it is an error (000, 004: 1-2 days)."
    )
    items = []
    for person in notes.interviewers:
        done = next(
            (e for e in sent if e.kind == Kind.thank_you and _matches(notes, e, person)), None
        )
        item = PlanItem(
            to=person.name,
            scope="interviewer",
            kind=Kind.thank_you,
            channel=notes.preferred_channel or Channel.email,
            earliest=end,
            target=target,
            latest=latest,
            limit=limit,
            reason=reason,
            rules=["timing-thank-you-late"],
            sources=["000", "001", "002", "003", "004"],
        )
        if done is not None:
            item.status, item.sent_at = "done", done.sent_at.astimezone(zone)
        elif notes.stage == Stage.rejected:
            item.status, item.rules, item.sources = "skip", [], ["001"]
            item.reason = "The stage is rejected: the rejection reply carries the thanks (001)."
        items.append(item)
    return items


def _materials(notes: Notes, sent: list[HistoryEntry], zone: dt.tzinfo, to: str) -> list[PlanItem]:
    end = notes.interview.finished.astimezone(zone)
    delivered = [e for e in sent if e.kind == Kind.materials]
    items = []
    for index, material in enumerate(notes.materials):
        due = material.promised_by.astimezone(zone) if material.promised_by else None
        if due:
            reason = (
                f"You promised {material.what} by {_moment(due)}; sending later is "
                "timing-materials-late (001: be prompt with requested material)."
            )
        else:
            reason = f"Send {material.what} promptly (001); no time was promised."
        item = PlanItem(
            to=to,
            scope="application",
            kind=Kind.materials,
            channel=Channel.email,
            earliest=end,
            target=min(due, max(_at(end.date(), EVENING, zone), end)) if due else end,
            latest=due,
            reason=reason,
            rules=["timing-materials-late"],
            sources=["001"],
        )
        if index < len(delivered):
            item.status, item.sent_at = "done", delivered[index].sent_at.astimezone(zone)
        elif notes.stage == Stage.rejected:
            item.status, item.rules = "skip", []
            item.reason = f"The stage is rejected: {material.what} is no longer needed."
        items.append(item)
    return items


def check_in_window(
    notes: Notes, channel: Channel | None = None
) -> tuple[dt.date, dt.date, str, list[str], list[str]]:
    """First check-in: (earliest date, latest date, reason, rule ids, sources).

    The rulebook's readings: a check-in on the decision date is early, one on the
    no_contact_before date is not, one on or after contact_on never is; with no timeline the
    floor is 5 business days after the interview (an interview on a Friday allows the next
    Friday). The window then stays open as long as 004's 5-10 business days.
    """
    zone, country, timeline = zone_of(notes), notes.country, timeline_of(notes)
    interview_day = cal.local_date(notes.interview.start, zone)
    rules, sources, why = ["timing-check-in-early"], [], []
    if timeline.contact_on:
        earliest = timeline.contact_on
        why.append(f"they invited contact on {_day(earliest)}: from then a check-in is never early")
        sources += ["001", "004"]
    elif timeline.decision_by or timeline.no_contact_before:
        candidates = []
        if timeline.decision_by:
            decided = timeline.decision_by
            candidates.append(cal.add_business_days(decided, 1, country))
            note = "" if cal.is_business_day(decided, country) else ", not a business day"
            why.append(
                f"they expect to decide by {_day(decided)}{note}; a check-in on or before that "
                "date is early, so wait for the next business day"
            )
            sources += ["000", "001", "004"]
        if timeline.no_contact_before:
            candidates.append(cal.next_business_day(timeline.no_contact_before, country))
            why.append(
                f"they asked not to be contacted before {_day(timeline.no_contact_before)} "
                "(that date itself is fine)"
            )
            sources += ["001"]
        earliest = max(candidates)
    else:
        earliest = cal.add_business_days(interview_day, limits().check_in_business_days, country)
        why.append(
            f"no timeline was given: 004 advises {limits().check_in_business_days}-"
            f"{CHECK_IN_WINDOW_BUSINESS_DAYS} business days after the interview; "
            "sooner is early (002: at least a week after the thank-you)"
        )
        sources += ["002", "004"]
    if earliest <= interview_day:
        earliest = cal.add_business_days(interview_day, 1, country)
    if (
        channel == Channel.phone
        and not timeline.contact_on
        and earliest == interview_day + dt.timedelta(days=1)
    ):
        earliest = cal.add_business_days(earliest, 1, country)
        why.append("a phone call the day after the interview is timing-next-day-call (001)")
        rules.append("timing-next-day-call")
        sources.append("001")
    if timeline.contact_on or timeline.decision_by or timeline.no_contact_before:
        span = CHECK_IN_WINDOW_BUSINESS_DAYS - limits().check_in_business_days
        latest = cal.add_business_days(earliest, span, country)
    else:
        latest = cal.add_business_days(interview_day, CHECK_IN_WINDOW_BUSINESS_DAYS, country)
    reason = "First check-in: " + "; ".join(why) + "."
    return earliest, latest, reason, rules, sorted(set(sources))


def _window(
    kind: Kind | Literal["move_on"],
    first: dt.date,
    last: dt.date | None,
    zone: dt.tzinfo,
    **kw: Any,
) -> PlanItem:
    """A date-based item: not before the start of `first`, by close of business on `last`."""
    start, until = _at(first, dt.time(0), zone), _at(last, CLOSE, zone) if last else None
    target = _at(first, MORNING, zone)
    return PlanItem(kind=kind, earliest=start, target=target, latest=until, **kw)


def _closed(
    notes: Notes, sent: list[HistoryEntry], now: dt.datetime, **common: Any
) -> list[PlanItem]:
    """Offer or rejection: nothing to chase; after a rejection, only a gracious reply."""
    if notes.stage == Stage.offer:
        why = "The stage is offer: there is nothing to chase."
        return [
            PlanItem(kind=Kind.check_in, status="skip", reason=why, rules=[], sources=[], **common)
        ]
    cite: dict[str, Any] = {"rules": ["rejection-follow-up"], "sources": ["001", "002"]}
    skip = PlanItem(
        kind=Kind.check_in,
        status="skip",
        **cite,
        **common,
        reason="The stage is rejected: a check-in or final follow-up now is "
        "rejection-follow-up (001 handle rejection graciously; 002 FAQ 7).",
    )
    reply = PlanItem(
        kind=Kind.rejection_reply,
        target=office_time(now, notes.country),
        **cite,
        **common,
        reason="Optional: thank them and ask to be considered for future openings "
        "(001, 002 FAQ 7); never a check-in, which would be rejection-follow-up.",
    )
    replied = next((e for e in sent if e.kind == Kind.rejection_reply), None)
    if replied is not None:
        reply.status, reply.sent_at = "done", replied.sent_at.astimezone(now.tzinfo)
    return [skip, reply]


def _follow_ups(
    notes: Notes, sent: list[HistoryEntry], zone: dt.tzinfo, now: dt.datetime
) -> list[PlanItem]:
    """Check-in, final follow-up and the move-on date for the application as a whole."""
    channel = notes.preferred_channel or Channel.email
    follow = [e for e in sent if e.kind in FOLLOW_UPS]
    common = {"to": _contact(notes, follow).name, "scope": "application", "channel": channel}
    if notes.stage in (Stage.offer, Stage.rejected):
        return _closed(notes, sent, now, **common)

    country = notes.country
    step, far = limits().between_follow_ups_business_days, CHECK_IN_WINDOW_BUSINESS_DAYS
    first, until, reason, rules, sources = check_in_window(notes, channel)
    check_in = _window(
        Kind.check_in, first, until, zone, reason=reason, rules=rules, sources=sources, **common
    )
    if follow:
        check_in.status, check_in.sent_at = "done", follow[0].sent_at.astimezone(zone)
        first = cal.local_date(follow[0].sent_at, zone)
    final = _window(
        Kind.final_follow_up,
        cal.add_business_days(first, step, country),
        cal.add_business_days(first, far, country),
        zone,
        **common,
        reason=f"One last check-in {step}-{far} business days after the first "
        f"({_day(first)}), if there is no answer (004); sooner is timing-too-soon-after-last.",
        rules=["timing-too-soon-after-last", "timing-too-many"],
        sources=["004"],
    )
    last = first if final.earliest is None else final.earliest.date()
    if len(follow) >= limits().max_follow_ups:
        final.status, final.sent_at = "done", follow[1].sent_at.astimezone(zone)
        last = cal.local_date(follow[-1].sent_at, zone)
    already = len(follow) > limits().max_follow_ups
    move_on = _window(
        MOVE_ON,
        cal.add_business_days(last, step, country),
        None,
        zone,
        to=None,
        scope="application",
        rules=["timing-too-many"],
        sources=["002", "004"],
        reason=f"With no answer {step} business days after the final follow-up, move on and "
        f"focus on other openings: 004 advises no more than {limits().max_follow_ups} "
        "follow-ups after the thank-you, and a third check-in is timing-too-many (002 FAQ 3)."
        + (f" Already {len(follow)} follow-ups were sent." if already else ""),
    )
    return [check_in, final, move_on]


def status_at(item: PlanItem, now: dt.datetime) -> Status:
    """Done and skip are facts; the rest depends on the clock."""
    if item.status in ("done", "skip"):
        return item.status
    if item.earliest is not None and now < item.earliest:
        return "upcoming"
    if item.latest is not None and now > item.latest:
        return "overdue"
    return "due"


def build_plan(
    notes: Notes, history: list[HistoryEntry] | None = None, now: dt.datetime | None = None
) -> Plan:
    """The schedule for every interviewer and the application; `history` defaults to the notes'."""
    zone = zone_of(notes)
    now = _aware(now, "now") if now is not None else dt.datetime.now(dt.UTC)
    now = now.astimezone(zone)
    entries = notes.history if history is None else history
    sent = sorted(entries, key=lambda e: e.sent_at)
    follow = [e for e in sent if e.kind in FOLLOW_UPS]
    items = [
        *_thank_yous(notes, sent, zone),
        *_materials(notes, sent, zone, _contact(notes, follow).name),
        *_follow_ups(notes, sent, zone, now),
    ]
    for item in items:
        item.status = status_at(item, now)
    return Plan(
        company=notes.company.name,
        role=notes.role,
        zone=_offset_name(zone.utcoffset(None) or dt.timedelta(0)),
        now=now,
        items=items,
    )


def check_recipients(notes: Notes, label: str, history: list[HistoryEntry] | None = None) -> None:
    """Every recipient in the notes' history must be an interviewer (or absent): a typo there
    would silently leave a thank-you marked as not sent."""
    for index, entry in enumerate(notes.history if history is None else history):
        if entry.to is not None and notes.interviewer(entry.to) is None:
            known = ", ".join(p.name for p in notes.interviewers)
            raise InputError(
                label,
                f"unknown recipient {entry.to!r} (the notes list: {known})",
                f"history.{index}.to",
            )
