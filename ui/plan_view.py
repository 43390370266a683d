"""The follow-up plan for the page and the chat: what is due next, with dates and reasons.

The dates come from coach.plan (the same numbers the timing rules check); this module only
words them.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from coach.models import Channel, HistoryEntry, Notes
from coach.next_step import due_next
from coach.plan import Plan, PlanItem, build_plan
from ui.render import articles_html

LABELS = {
    "thank_you": "Thank-you note",
    "check_in": "Check-in",
    "final_follow_up": "Final follow-up",
    "materials": "Promised materials",
    "rejection_reply": "Reply to the rejection",
    "move_on": "Move on",
}
STATUS = {
    "due": "Due now",
    "overdue": "Overdue",
    "upcoming": "Not yet",
    "done": "Sent",
    "skip": "Skip",
}


def plan_for(notes: Notes, now: dt.datetime | None = None, db: str | None = None) -> Plan:
    """The plan from the notes' own history or, when they carry none, the local history log."""
    history = None
    if not notes.history:
        from coach.errors import CoachError
        from coach.history import history_for

        try:
            history = history_for(notes, db) or None
        except CoachError:
            history = None
    return build_plan(notes, history=history, now=now)


def mark_sent(
    notes: Notes, item_label: str, now: dt.datetime, db: str | None = None
) -> tuple[str, Notes, dict[str, str]]:
    """Record the plan item named `item_label` as sent now, in the history log and in the
    notes' own "Messages already sent" (with what the log held for this company before, so
    nothing it knew is dropped). Returns the sentence for the page (the time in the
    interview's zone, as the plan shows it), the notes with the message, and the entry (for
    an undo)."""
    from coach.history import LoggedMessage, record

    plan = plan_for(notes, now, db)
    item = next((i for i in plan.items if label(i) == item_label), None)
    if item is None or item.kind == "move_on":
        raise ValueError(f"no message {item_label!r} in the plan")
    when = now.astimezone(notes.interview.zone).replace(microsecond=0)
    entry = LoggedMessage(
        kind=item.kind,
        channel=item.channel or notes.preferred_channel or Channel.email,
        to=item.to,
        sent_at=when,
        company=notes.company.name,
    )
    record(entry, db)
    history = _known_history(notes, db)
    sent = HistoryEntry(kind=entry.kind, channel=entry.channel, to=entry.to, sent_at=when)
    if not any(_same(h, sent) for h in history):
        history.append(sent)
    history.sort(key=lambda h: h.sent_at)
    updated = notes.model_copy(update={"history": history})
    undo = entry.model_dump(mode="json")
    return f"{label(item)} recorded as sent {short(when)}.", updated, undo


def undo_sent(notes: Notes, undo: dict[str, str], db: str | None = None) -> tuple[str, Notes]:
    """Take back a "Mark as sent": the entry leaves the log and the notes' history."""
    from coach.history import LoggedMessage, forget

    entry = LoggedMessage.model_validate(undo)
    forget(entry, db)
    gone = HistoryEntry(kind=entry.kind, channel=entry.channel, to=entry.to, sent_at=entry.sent_at)
    history = [h for h in notes.history if not _same(h, gone)]
    name = LABELS.get(str(entry.kind), str(entry.kind))
    who = f" to {entry.to}" if entry.to else ""
    return (
        f"Undone: {name}{who} is no longer recorded as sent.",
        notes.model_copy(update={"history": history}),
    )


def _same(a: HistoryEntry, b: HistoryEntry) -> bool:
    return (a.kind, a.channel, a.to or "", a.sent_at) == (b.kind, b.channel, b.to or "", b.sent_at)


def _known_history(notes: Notes, db: str | None) -> list[HistoryEntry]:
    """The notes' own history and what the log holds for the company, once each."""
    from coach.errors import CoachError
    from coach.history import history_for

    known = list(notes.history)
    try:
        logged = history_for(notes, db)
    except CoachError:
        logged = []
    for h in logged:
        h = h.model_copy(update={"sent_at": h.sent_at.astimezone(notes.interview.zone)})
        if not any(_same(h, k) for k in known):
            known.append(h)
    return known


def sendable(plan: Plan) -> list[str]:
    """Labels of the plan's messages that can still be marked as sent."""
    return [
        label(i) for i in plan.items if i.kind != "move_on" and i.status not in ("done", "skip")
    ]


COLOURS = {
    "overdue": "#b42318",
    "due": "#b54708",
    "upcoming": "#3538cd",
    "done": "#067647",
    "skip": "#98a2b3",
}


def timeline_svg(plan: Plan) -> str:
    """The plan as a picture: one marker per message on a line from the interview to moving on,
    coloured by status, with today marked."""
    dated = [
        (item, when)
        for item in plan.items
        if (when := item.sent_at or item.target or item.earliest) is not None
    ]
    if not dated:
        return ""
    first = min(w for _, w in dated)
    last = max(max(w for _, w in dated), plan.now)
    span = max((last - first).total_seconds(), 1.0)
    width, left, right = 900, 40, 40

    def x(when: dt.datetime) -> float:
        return left + (width - left - right) * (when - first).total_seconds() / span

    parts = [
        f"<line x1='{left}' y1='40' x2='{width - right}' y2='40' stroke='#98a2b3' "
        "stroke-width='2'/>"
    ]
    now_x = x(plan.now)
    parts.append(
        f"<line x1='{now_x:.0f}' y1='18' x2='{now_x:.0f}' y2='62' stroke='#101828' "
        f"stroke-dasharray='4 3'/><text x='{now_x:.0f}' y='14' text-anchor='middle' "
        "font-size='13' fill='#101828'>today</text>"
    )
    for n, (item, when) in enumerate(sorted(dated, key=lambda d: d[1])):
        cx, colour = x(when), COLOURS.get(item.status, "#475467")
        y = 84 + 17 * (n % 4)
        anchor = "start" if cx < 200 else "end" if cx > width - 200 else "middle"
        parts.append(
            f"<circle cx='{cx:.0f}' cy='40' r='7' fill='{colour}'>"
            f"<title>{escape(label(item))}: {escape(short(when))}</title></circle>"
            f"<line x1='{cx:.0f}' y1='47' x2='{cx:.0f}' y2='{y - 11}' stroke='{colour}'/>"
            f"<text x='{cx:.0f}' y='{y}' text-anchor='{anchor}' font-size='13' "
            f"fill='{colour}'>{escape(label(item))}, {when:%d %b}</text>"
        )
    return (
        f"<div class='fc-timeline-wrap'><svg class='fc-timeline' role='img' "
        f"viewBox='0 0 {width} 150' width='100%' "
        f"aria-label='Timeline of the follow-up plan'>{''.join(parts)}</svg></div>"
        f"{timeline_list(plan, dated)}"
    )


def timeline_list(plan: Plan, dated: list[tuple[PlanItem, dt.datetime]]) -> str:
    """The same timeline running down the screen, which a phone shows instead of the picture
    (style.css): 900 units of width cannot hold six labels at a readable size in 390 px, and
    a picture that scrolls sideways hid its later labels from people who never swiped it."""
    rows: list[tuple[dt.datetime, int, str, str]] = [
        (when, 1, label(item), item.status) for item, when in dated
    ]
    rows.append((plan.now, 0, "today", "today"))
    items = []
    for when, _, name, status in sorted(rows, key=lambda r: (r[0], r[1])):
        colour = COLOURS.get(status, "#101828" if status == "today" else "#475467")
        items.append(
            f"<li class='fc-tl-{status}' style='--fc-dot: {colour}'>"
            f"<strong>{when:%a %d %b}</strong> {escape(name)}</li>"
        )
    return (
        "<ol class='fc-timeline-list' aria-label='Timeline of the follow-up plan'>"
        f"{''.join(items)}</ol>"
    )


def short(when: dt.datetime | None) -> str:
    return "-" if when is None else f"{when:%a %d %b %Y, %H:%M}"


def label(item: PlanItem) -> str:
    name = LABELS.get(str(item.kind), str(item.kind))
    return f"{name} to {item.to}" if item.to and item.kind != "move_on" else name


def window(item: PlanItem) -> str:
    if item.status == "done":
        return f"sent {short(item.sent_at)}"
    if item.status == "skip":
        return "not needed"
    if item.earliest and item.latest:
        text = f"from {short(item.earliest)} to {short(item.latest)}"
    elif item.earliest:
        text = f"from {short(item.earliest)}"
    elif item.latest:
        text = f"by {short(item.latest)}"
    else:
        text = ""
    if item.limit:
        text += f" (an error after {short(item.limit)})"
    return text


def next_sentence(plan: Plan, now: dt.datetime | None = None) -> str:
    item = due_next(plan, now)
    if item is None:
        return "Nothing left to send."
    when = item.target or item.earliest
    if item.kind == "move_on":
        return f"If there is still no answer, move on from {short(when)}."
    # "Promised materials" is plural: the sentence agrees with it ("are overdue", "send them")
    if item.kind == "materials":
        be, was, comes, it = "are", "they were", "come", "them"
    else:
        be, was, comes, it = "is", "it was", "comes", "it"
    if item.status == "overdue":
        due = short(item.latest)
        return f"{label(item)} {be} overdue: send {it} now ({was} due by {due})."
    if item.status == "due":
        return f"{label(item)} {be} due now: send {it} by {short(item.latest or when)}."
    return f"{label(item)} {comes} next: send {it} {short(when)} ({window(item)})."


def plan_html(plan: Plan, now: dt.datetime | None = None) -> str:
    rows = []
    for item in plan.items:
        send = short(item.target) if item.status not in ("done", "skip") else "-"
        rules = " ".join(f"<code>{escape(r)}</code>" for r in item.rules)
        cites = articles_html(item.sources)
        rows.append(
            f"<tr class='fc-st-{item.status}'><td><span class='fc-status fc-st-{item.status}'>"
            f"{STATUS.get(item.status, item.status)}</span></td>"
            f"<th scope='row'>{escape(label(item))}</th>"
            f"<td data-label='Send at'>{escape(send)}</td>"
            f"<td data-label='Window'>{escape(window(item))}</td>"
            f"<td><p>{escape(item.reason)}</p><p class='fc-rules'>{rules}</p>"
            f"<p class='fc-from'>{cites}</p></td></tr>"
        )
    head = (
        "<tr><th scope='col'>Status</th><th scope='col'>Message</th><th scope='col'>Send at</th>"
        "<th scope='col'>Window</th><th scope='col'>Why</th></tr>"
    )
    caption = (
        f"Follow-up plan for {escape(plan.role)} at {escape(plan.company)} "
        f"(times in the interview's zone, UTC{escape(plan.zone)}; now {short(plan.now)})"
    )
    return (
        f"<div class='fc-next' role='status'><strong>Next:</strong> "
        f"{escape(next_sentence(plan, now))}</div>"
        f"{timeline_svg(plan)}"
        f"<table class='fc-plan'><caption>{caption}</caption><thead>{head}</thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
