"""What to do next with a plan: the one item to act on (the web app shows it) and when to send
a draft (the drafting loop's `send_at`). Both read the plan, so they agree with `coach plan`.
"""

from __future__ import annotations

import datetime as dt

from coach.errors import InputError
from coach.models import KIND_CHANNELS, HistoryEntry, Kind, Notes
from coach.plan import FOLLOW_UPS, Plan, PlanItem, build_plan, status_at
from coach.plan_time import office_time

_URGENCY = {"overdue": 0, "due": 1, "upcoming": 2}


def due_next(plan: Plan, now: dt.datetime | None = None) -> PlanItem | None:
    """The one item to act on next: the most urgent overdue or due message, else the soonest
    upcoming one. `now` may be later than the plan's own clock (a page left open)."""
    now = (now or plan.now).astimezone(plan.now.tzinfo)
    open_items = []
    for item in plan.items:
        status = status_at(item, now)
        if status in _URGENCY:
            when = item.latest or item.target or item.earliest or now
            if status == "upcoming":
                when = item.earliest or when
            open_items.append((_URGENCY[status], when, item.model_copy(update={"status": status})))
    if not open_items:
        return None
    return min(open_items, key=lambda t: (t[0], t[1]))[2]


_SAME_WINDOW = {
    Kind.linkedin_note: Kind.thank_you,
    Kind.handwritten_note: Kind.thank_you,
}


def suggested_send_time(
    notes: Notes,
    kind: Kind | str,
    to: str | None = None,
    now: dt.datetime | None = None,
    *,
    history: list[HistoryEntry] | None = None,
) -> dt.datetime:
    """When a draft of `kind` to `to` should go out: the plan's target if it is still ahead,
    else now (moved into office hours for company-wide messages). The timing rules accept it."""
    kind = Kind(kind)
    person = notes.interviewer(to) if to else notes.interviewers[0]
    if person is None:
        known = ", ".join(p.name for p in notes.interviewers)
        raise InputError("notes", f"unknown recipient {to!r} (the notes list: {known})", "to")
    plan = build_plan(notes, history, now)
    now = plan.now.replace(second=0, microsecond=0)
    wanted = _SAME_WINDOW.get(kind, kind)
    candidates = [i for i in plan.items if i.kind == wanted and i.status != "skip"]
    if wanted == Kind.thank_you:
        candidates = [i for i in candidates if i.to == person.name]
    elif wanted == Kind.check_in:
        candidates = [i for i in plan.items if i.kind in FOLLOW_UPS and i.status != "done"]
    else:
        candidates = [i for i in candidates if i.status != "done"] or candidates
    item = candidates[0] if candidates else None
    if item is None or item.status == "skip" or item.target is None:
        when = office_time(now, notes.country)
    elif now < item.target:
        when = item.target
    elif item.scope == "interviewer" or kind == Kind.materials:
        when = now
    else:
        when = office_time(now, notes.country)
    if kind in _SAME_WINDOW:  # the thank-you it follows goes by email that day
        planned = [item.target] if item is not None and item.target is not None else []
        return _clear_of_other_channels(when, kind, notes, history, planned)
    return when


def _clear_of_other_channels(
    when: dt.datetime,
    kind: Kind,
    notes: Notes,
    history: list[HistoryEntry] | None,
    planned: list[dt.datetime],
) -> dt.datetime:
    """A LinkedIn note or a card goes on a day when no message went by another channel
    (channel-multiple-same-day): the connection request follows the emailed thank-you (002
    "Connect on LinkedIn"), the next business morning."""
    zone = notes.interview.zone
    taken = {
        h.sent_at.astimezone(zone).date()
        for h in (notes.history if history is None else history)
        if h.channel != KIND_CHANNELS[kind]
    } | {t.astimezone(zone).date() for t in planned}
    local = when.astimezone(zone)
    while local.date() in taken:
        local = office_time(local.replace(hour=23, minute=59), notes.country)
    return local.astimezone(when.tzinfo) if when.tzinfo else local
