"""The follow-up plan for the page and the chat: what is due next, with dates and reasons.

The dates come from coach.plan (the same numbers the timing rules check); this module only
words them.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from coach.models import Notes
from coach.plan import Plan, PlanItem, build_plan
from ui.render import articles_html

try:  # due_next lives beside the plan; keep the page working if it moves
    from coach.next_step import due_next
except ImportError:  # pragma: no cover
    from coach.plan import due_next  # type: ignore[attr-defined,no-redef]

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


def plan_for(notes: Notes, now: dt.datetime | None = None) -> Plan:
    return build_plan(notes, now=now)


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
    if item.status == "overdue":
        return f"{label(item)} is overdue: send it now (it was due by {short(item.latest)})."
    if item.status == "due":
        return f"{label(item)} is due now: send it by {short(item.latest or when)}."
    return f"{label(item)} comes next: send it {short(when)} ({window(item)})."


def plan_html(plan: Plan, now: dt.datetime | None = None) -> str:
    rows = []
    for item in plan.items:
        send = short(item.target) if item.status not in ("done", "skip") else "-"
        rules = " ".join(f"<code>{escape(r)}</code>" for r in item.rules)
        cites = articles_html(item.sources)
        rows.append(
            f"<tr class='fc-st-{item.status}'><td><span class='fc-status fc-st-{item.status}'>"
            f"{STATUS.get(item.status, item.status)}</span></td>"
            f"<th scope='row'>{escape(label(item))}</th><td>{escape(send)}</td>"
            f"<td>{escape(window(item))}</td>"
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
        f"<table class='fc-plan'><caption>{caption}</caption><thead>{head}</thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
