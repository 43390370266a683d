"""The plan as an iCalendar file: one event, with a reminder, per message still to send.

A message whose time has already passed when the plan is made is not written at that past time,
where no reminder would ever go off: its event starts a quarter of an hour from the plan's now,
rounded up to five minutes, so that the reminder fires at once, and it says when it was due.

Times stay in the interview's UTC offset (a VTIMEZONE with that one fixed offset), so a calendar
shows the same moments the timing rules use. UIDs depend only on the application, the message
and its recipient, so re-importing an updated plan moves events instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from coach.errors import InputError
from coach.plan import Plan, PlanItem

PRODID = "-//Follow-up Coach//coach plan//EN"
EVENT_MINUTES = 15
ALARM_BEFORE = dt.timedelta(minutes=15)
PENDING = ("due", "upcoming", "overdue")

SUMMARIES = {
    "thank_you": "Send a thank-you note to {to}",
    "check_in": "Check in with {to}",
    "final_follow_up": "Final follow-up with {to}",
    "materials": "Send the promised materials to {to}",
    "rejection_reply": "Reply to the rejection ({to})",
    "move_on": "Move on from {company} if there is still no answer",
}


def _uid(plan: Plan, item: PlanItem, ordinal: int) -> str:
    key = "|".join(
        [" ".join(plan.company.casefold().split()), str(item.kind), item.to or "", str(ordinal)]
    )
    return hashlib.sha256(key.encode()).hexdigest()[:24] + "@follow-up-coach"


def _fixed_zone(plan: Plan) -> tuple[dt.tzinfo, Any]:
    """The plan's offset as a named tzinfo plus its VTIMEZONE (None for UTC, written as Z)."""
    import icalendar

    offset = plan.now.utcoffset() or dt.timedelta(0)
    if not offset:
        return dt.UTC, None
    tzid = f"UTC{plan.zone}"
    vtz = icalendar.Timezone()
    vtz.add("tzid", tzid)
    standard = icalendar.TimezoneStandard()
    standard.add("dtstart", dt.datetime(1970, 1, 1))
    standard.add("tzoffsetfrom", offset)
    standard.add("tzoffsetto", offset)
    standard.add("tzname", tzid)
    vtz.add_component(standard)
    return dt.timezone(offset, tzid), vtz


def _soon(now: dt.datetime) -> dt.datetime:
    """The first five-minute mark at least ALARM_BEFORE after `now`: its reminder fires now."""
    at = (now + ALARM_BEFORE).replace(second=0, microsecond=0)
    if at < now + ALARM_BEFORE:
        at += dt.timedelta(minutes=1)
    return at + dt.timedelta(minutes=-at.minute % 5)


def event_start(item: PlanItem, now: dt.datetime) -> dt.datetime | None:
    """When the item's event starts: its target (or earliest time), or soon after `now` when
    that has passed."""
    start = item.target or item.earliest
    if start is None or start >= now:
        return start
    return _soon(now)


def _description(item: PlanItem, now: dt.datetime) -> str:
    lines = [item.reason]
    due = item.target or item.earliest
    if due is not None and due < now:
        lines.insert(0, f"Overdue: it was due {due:%Y-%m-%d %H:%M}; this reminder is for now.")
    if item.earliest or item.latest:
        span = [
            f"not before {item.earliest:%Y-%m-%d %H:%M}" if item.earliest else "",
            f"by {item.latest:%Y-%m-%d %H:%M}" if item.latest else "",
        ]
        lines.append("Window: " + ", ".join(s for s in span if s) + ".")
    if item.rules:
        lines.append("Rules: " + ", ".join(item.rules) + ".")
    if item.sources:
        lines.append("Sources: articles " + ", ".join(item.sources) + ".")
    return "\n".join(lines)


def plan_to_calendar(plan: Plan) -> Any:
    """An icalendar.Calendar with a VEVENT and a display VALARM per pending item."""
    import icalendar

    zone, vtimezone = _fixed_zone(plan)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"Follow-ups: {plan.company}")
    if vtimezone is not None:
        calendar.add_component(vtimezone)
    stamp = plan.now.astimezone(dt.UTC).replace(microsecond=0)
    seen: dict[tuple[str, str], int] = {}
    for item in plan.items:
        start = event_start(item, plan.now)
        if item.status not in PENDING or start is None:
            continue
        ordinal = seen.get((str(item.kind), item.to or ""), 0)
        seen[(str(item.kind), item.to or "")] = ordinal + 1
        summary = SUMMARIES.get(str(item.kind), str(item.kind)).format(
            to=item.to or plan.company, company=plan.company
        )
        description = _description(item, plan.now)
        event = icalendar.Event()
        event.add("uid", _uid(plan, item, ordinal))
        event.add("dtstamp", stamp)
        event.add("dtstart", start.astimezone(zone))
        event.add("duration", dt.timedelta(minutes=EVENT_MINUTES))
        event.add("summary", summary)
        event.add("description", description)
        event.add("categories", ["follow-up", str(item.kind)])
        event.add("x-coach-status", item.status)
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", -ALARM_BEFORE)
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar


def to_ics(plan: Plan) -> bytes:
    return bytes(plan_to_calendar(plan).to_ical())


def write_ics(plan: Plan, path: str | Path) -> int:
    """Write the calendar file; returns the number of events."""
    data = to_ics(plan)
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        raise InputError(str(path), f"cannot write the calendar: {exc.strerror or exc}") from None
    return data.count(b"BEGIN:VEVENT")
