"""`coach log`: record a sent message in the local history, list it, export or import it."""

from __future__ import annotations

import datetime as dt
import json

import click

from coach.errors import InputError, not_a_time

CLI = "command line"


def _sent_at(value: str | None) -> dt.datetime:
    if value is None:
        return dt.datetime.now().astimezone().replace(microsecond=0)
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise InputError("--at", not_a_time(value, exc)) from None
    if when.utcoffset() is None:
        raise InputError("--at", "time has no UTC offset (e.g. 2026-11-20T19:30:00-05:00)")
    return when


@click.command()
@click.option(
    "--kind",
    metavar="KIND",
    help="Message kind: thank_you, check_in, final_follow_up, materials, ...",
)
@click.option(
    "--channel",
    metavar="CHANNEL",
    default="email",
    show_default=True,
    help="email, phone, linkedin, letter",
)
@click.option("--to", "to", metavar="NAME", help="The recipient's name.")
@click.option(
    "--at", "at", metavar="TIME", help="When it was sent, ISO 8601 with offset (default: now)."
)
@click.option(
    "--company", metavar="NAME", help="The application's company (filters --list and --export)."
)
@click.option(
    "--db", metavar="PATH", help="History database (default: $COACH_DB or the user data folder)."
)
@click.option("--list", "list_", is_flag=True, help="Show the logged messages.")
@click.option("--export", "export", metavar="FILE", help="Write the log as JSON.")
@click.option("--import", "import_", metavar="FILE", help="Add messages from a JSON export.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def log(
    kind: str | None,
    channel: str,
    to: str | None,
    at: str | None,
    company: str | None,
    db: str | None,
    list_: bool,
    export: str | None,
    import_: str | None,
    fmt: str,
) -> None:
    """Record a sent message so `plan`, `check` and `draft` know the history."""
    from coach import history

    modes = [
        name
        for name, on in (
            ("--kind", kind),
            ("--list", list_),
            ("--export", export),
            ("--import", import_),
        )
        if on
    ]
    if len(modes) != 1:
        raise InputError(
            CLI,
            "give exactly one of --kind (to record a message), --list, --export FILE or "
            "--import FILE" + (f" (got {', '.join(modes)})" if modes else ""),
        )
    db_path = db or history.default_db_path()
    if list_:
        if company is not None:
            history.require_company(company, db_path)
        rows = history.entries(db_path, company)
        if fmt == "json":
            doc = history.HistoryFile(messages=rows)
            click.echo(json.dumps(doc.model_dump(mode="json"), indent=2))
        elif not rows:
            click.echo(f"No messages logged in {db_path}.")
        else:
            for row in rows:
                click.echo(
                    f"{row.sent_at.isoformat()}  {row.company}  {row.kind.value}  "
                    f"{row.channel.value}  {row.to or '-'}"
                )
        return
    if export:
        count = history.export_json(export, db_path, company)
        click.echo(f"Exported {count} message(s) to {export}.")
        return
    if import_:
        added, present = history.import_json(import_, db_path)
        click.echo(f"Imported {added} message(s) into {db_path}; {present} were already there.")
        return
    if not company:
        raise InputError("--company", "required to record a message")
    from pydantic import ValidationError

    from coach.errors import from_validation

    try:
        fields = {"kind": kind, "channel": channel, "to": to, "company": company}
        entry = history.LoggedMessage.model_validate({**fields, "sent_at": _sent_at(at)})
    except ValidationError as exc:
        problem = from_validation(CLI, exc)
        option = {"sent_at": "at"}.get(problem.key or "", problem.key)
        raise InputError(f"--{option}", problem.what) from None
    added = history.record(entry, db_path)
    what = f"{entry.kind.value} ({entry.channel.value}) to {entry.to or company}"
    if added:
        click.echo(f"Logged {what} at {entry.sent_at.isoformat()} for {company} in {db_path}.")
    else:
        click.echo(f"Already logged: {what} at {entry.sent_at.isoformat()} for {company}.")
