"""`coach plan`: the follow-up schedule, as a table, as JSON, or as a calendar file."""

from __future__ import annotations

import datetime as dt
import json
import textwrap

import click

from coach.errors import InputError, not_a_time
from coach.models import HistoryEntry, Notes
from coach.next_step import due_next
from coach.plan import Plan, PlanItem

LABELS = {
    "thank_you": "thank-you",
    "check_in": "check-in",
    "final_follow_up": "final follow-up",
    "materials": "materials",
    "rejection_reply": "rejection reply",
    "move_on": "move on",
}


def _when(value: dt.datetime | None, year: int | None = None) -> str:
    """Short dates; the year only when it differs from the plan's own."""
    if value is None:
        return "-"
    return f"{value:%a %d %b}{'' if value.year == year else f' {value.year}'} {value:%H:%M}"


def _row(item: PlanItem, year: int) -> tuple[str, ...]:
    if item.status == "done":
        send = f"sent {_when(item.sent_at, year)}"
    elif item.status == "skip":
        send = "-"
    else:
        send = _when(item.target, year)
    window = ""
    if item.status not in ("done", "skip"):
        if item.earliest and item.latest:
            window = f"{_when(item.earliest, year)} to {_when(item.latest, year)}"
        elif item.earliest:
            window = f"from {_when(item.earliest, year)}"
        if item.limit:
            window += f" (limit {_when(item.limit, year)})"
    return item.status, LABELS.get(str(item.kind), str(item.kind)), item.to or "-", send, window


def render_text(plan: Plan, history_note: str = "") -> str:
    """A table a person reads top to bottom: one row per message, its reason underneath."""
    head = (
        f"Follow-up plan: {plan.company}, {plan.role} "
        f"(times at UTC{plan.zone}; now {_when(plan.now)})"
    )
    lines = [head]
    if history_note:
        lines.append(history_note)
    rows = [
        ("STATUS", "MESSAGE", "TO", "SEND", "WINDOW"),
        *(_row(i, plan.now.year) for i in plan.items),
    ]
    widths = [max(len(r[c]) for r in rows) for c in range(4)]
    lines.append("")
    for index, row in enumerate(rows):
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        lines.append("  ".join([*cells, row[4]]).rstrip())
        if index:
            item = plan.items[index - 1]
            cite = "; ".join(filter(None, [", ".join(item.rules), " ".join(item.sources)]))
            text = f"{item.reason} [{cite}]" if cite else item.reason
            lines += textwrap.wrap(text, 96, initial_indent="    ", subsequent_indent="    ")
    nxt = due_next(plan)
    lines.append("")
    if nxt is None:
        lines.append("Next: nothing left to send.")
    else:
        label = LABELS.get(str(nxt.kind), str(nxt.kind))
        to = f" to {nxt.to}" if nxt.to else ""
        when = _when(nxt.target or nxt.earliest, plan.now.year)
        lines.append(f"Next: {label}{to}, {nxt.status}, at {when}.")
    return "\n".join(lines)


def parse_time(value: str | None, option: str) -> dt.datetime | None:
    """An option's ISO 8601 time with its UTC offset (`--now`, `draft --send-at`)."""
    if value is None:
        return None
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise InputError(option, not_a_time(value, exc)) from None
    if when.utcoffset() is None:
        raise InputError(option, "time has no UTC offset (e.g. 2026-11-20T19:30:00-05:00)")
    return when


def _parse_now(value: str | None) -> dt.datetime | None:
    return parse_time(value, "--now")


def load_history(notes: Notes, label: str, db: str | None) -> tuple[list[HistoryEntry], str]:
    """The notes' own history wins; otherwise the local log (an explicit --db must know the
    company)."""
    from coach.plan import check_recipients

    check_recipients(notes, label)
    if notes.history:
        return notes.history, f"History: {len(notes.history)} message(s) from the notes."
    from coach.history import default_db_path, history_for

    entries = history_for(notes, db)
    where = db or default_db_path()
    return entries, (f"History: {len(entries)} message(s) from {where}." if entries else "")


@click.command()
@click.option(
    "--notes", "notes_path", required=True, metavar="FILE", help="Interview notes (YAML or JSON)."
)
@click.option(
    "--ics", "ics_path", metavar="FILE", help="Also write the due messages as an iCalendar file."
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option(
    "--db", metavar="PATH", help="History database (default: $COACH_DB or the user data folder)."
)
@click.option(
    "--to", "to", metavar="NAME", help="Only this interviewer's messages and the company-wide ones."
)
@click.option("--now", "now", metavar="TIME", help="Plan as of this ISO 8601 time (default: now).")
def plan(
    notes_path: str,
    ics_path: str | None,
    fmt: str,
    db: str | None,
    to: str | None,
    now: str | None,
) -> None:
    """The follow-up schedule: when each message is due, with reasons."""
    from coach.plan import build_plan
    from coach.readers import load_notes

    when = _parse_now(now)
    notes = load_notes(notes_path)
    history, note = load_history(notes, notes_path, db)
    schedule = build_plan(notes, history, when)
    if to is not None:
        person = notes.interviewer(to)
        if person is None:
            known = ", ".join(p.name for p in notes.interviewers)
            raise InputError("--to", f"unknown recipient {to!r} (the notes list: {known})")
        schedule.items = [
            i for i in schedule.items if i.scope == "application" or i.to == person.name
        ]
    if ics_path:
        from coach.ics import write_ics

        write_ics(schedule, ics_path)
    if fmt == "json":
        click.echo(json.dumps(schedule.model_dump(mode="json"), indent=2))
    else:
        click.echo(render_text(schedule, note))
