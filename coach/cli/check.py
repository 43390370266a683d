"""`coach check`: check message files, folders or standard input against the rulebook."""

from __future__ import annotations

import click

from coach.cli.check_run import UsageProblem, run_check


@click.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--notes", "notes_path", type=click.Path(dir_okay=False), help="Interview notes (YAML or JSON)."
)
@click.option("--kind", help="Message kind, e.g. thank_you (inferred when absent).")
@click.option("--to", help="Recipient: an interviewer's name or email.")
@click.option("--send-at", help="Send time, ISO 8601 with offset (default: now).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "junit", "sarif", "github"]),
    default="text",
    show_default=True,
)
@click.option("--select", help="Only these rule ids, families or prefixes (comma-separated).")
@click.option("--ignore", help="Skip these rule ids, families or prefixes.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning"]),
    default="error",
    show_default=True,
    help="Lowest severity that makes the exit status 1.",
)
@click.option(
    "--fix", is_flag=True, help="Apply the safe fixes in place (.eml: the text part only)."
)
@click.option("--diff", is_flag=True, help="Show the safe fixes as a diff; change nothing.")
@click.option(
    "--db", type=click.Path(dir_okay=False), help="History database (default: user data dir)."
)
def check(
    paths: tuple[str, ...],
    notes_path: str | None,
    kind: str | None,
    to: str | None,
    send_at: str | None,
    fmt: str,
    select: str | None,
    ignore: str | None,
    fail_on: str,
    fix: bool,
    diff: bool,
    db: str | None,
) -> None:
    """Check follow-up messages: files, folders (.eml, .md, .txt) or - for standard input."""
    try:
        run_check(paths, notes_path, kind, to, send_at, fmt, select, ignore, fail_on, fix, diff, db)
    except UsageProblem as exc:
        raise click.UsageError(str(exc)) from None
