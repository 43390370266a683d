"""`coach draft`: draft follow-up messages from interview notes, each checked and revised.

Exit status: 0 every draft passes, 1 some draft still fails the guardrail, 2 bad input,
3 the model is unavailable. Progress goes to stderr, and only when stderr is a terminal, so
`--format json` output stays clean for scripts. Notes text that reads as an instruction to a
model is left out of drafting and named on stderr.
"""

from __future__ import annotations

import json
import sys

import click

from coach.errors import EXIT_FAILED, EXIT_OK
from coach.models import Draft, DraftReport, Kind, dump


@click.command("draft")
@click.option(
    "--notes",
    "notes_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="Interview notes (YAML or JSON).",
)
@click.option(
    "--kind",
    default=Kind.thank_you.value,
    show_default=True,
    help="Message kind: " + ", ".join(k.value for k in Kind) + ".",
)
@click.option("--to", help="One recipient: an interviewer's name, alias or email.")
@click.option(
    "--backend",
    "backend_name",
    type=click.Choice(["embedded", "openai"], case_sensitive=False),
    help="Model backend (default: COACH_BACKEND, else openai when OPENAI_BASE_URL "
    "is set, else embedded).",
)
@click.option(
    "--model",
    help="Model name for the endpoint (default: COACH_MODEL), or a "
    ".gguf file for the embedded backend.",
)
@click.option(
    "--send-at",
    "send_at",
    metavar="TIME",
    help="When you mean to send, ISO 8601 with offset (default: the time the timing rules "
    "suggest); each draft is checked as sent then.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def draft(
    notes_path: str,
    kind: str,
    to: str | None,
    backend_name: str | None,
    model: str | None,
    send_at: str | None,
    fmt: str,
) -> None:
    """Draft messages (one per interviewer unless --to), each checked and revised."""
    from coach.backends import get_backend
    from coach.cli.plan import parse_time
    from coach.drafting import draft_with_trace
    from coach.readers import load_notes, parse_kind

    notes = load_notes(notes_path)
    chosen = parse_kind(kind, "--kind", None)
    when = parse_time(send_at, "--send-at")
    backend = get_backend(backend_name, model)
    interactive = sys.stderr.isatty()
    progress = (lambda line: click.echo(line, err=True)) if interactive else None
    try:
        start = getattr(backend, "start", None)
        if callable(start):  # the embedded server: start it now, not inside the first draft
            if progress:
                progress(f"starting the {backend.name} model ({backend.model})")
            start()
        report, _traces, flags = draft_with_trace(
            notes, chosen, to, backend, progress=progress, send_at=when, now=when
        )
    finally:
        backend.close()
    for flag in [*flags, *report.warnings]:
        click.echo(f"coach: warning: {flag}", err=True)
    if fmt == "json":
        click.echo(json.dumps(dump(report), indent=2, ensure_ascii=False))
    else:
        click.echo(render_text(report))
    sys.exit(EXIT_OK if all(d.passed for d in report.drafts) else EXIT_FAILED)


def render_text(report: DraftReport) -> str:
    """Each draft as a person reads it: a header with its status, the message, its findings."""
    blocks = [_one(draft, i, len(report.drafts)) for i, draft in enumerate(report.drafts, 1)]
    passed = sum(d.passed for d in report.drafts)
    failed = len(report.drafts) - passed
    summary = f"{len(report.drafts)} draft{'s' * (len(report.drafts) != 1)}: {passed} pass"
    if failed:
        summary += f", {failed} still fail{'s' * (failed == 1)} (see the findings)"
    return "\n\n".join([*blocks, summary])


def _one(draft: Draft, index: int, total: int) -> str:
    status = "PASS" if draft.passed else "FAIL"
    rule = "=" * 72
    tokens = f"{draft.tokens.prompt}+{draft.tokens.completion} tokens"
    lines = [
        rule,
        f"[{index}/{total}] {status}  {draft.kind.value} to {draft.to} by {draft.channel.value}",
        f"send at {draft.send_at.isoformat() if draft.send_at else 'any time'}",
        f"written by {draft.origin}; {draft.backend} ({draft.model}), "
        f"{draft.model_calls} model call{'s' * (draft.model_calls != 1)}, {tokens}, "
        f"{draft.seconds:.1f} s",
        rule,
    ]
    if draft.subject is not None:
        lines += [f"Subject: {draft.subject}", ""]
    lines.append(draft.body)
    if draft.findings:
        lines += ["", "Findings:"]
        lines += [
            f"  {f.line}:{f.column} {f.severity} {f.rule}: {f.message}"
            + (f" ({f.suggestion})" if f.suggestion else "")
            for f in draft.findings
        ]
    return "\n".join(lines)
