"""`coach ask`: the coach chat from the command line, one question at a time.

The question is an argument, or `-` to read it (and a draft pasted under it) from standard
input. Exit status: 0 answered, 2 bad input, 3 the model is unavailable (only when the answer
needs one: a message drafted with --backend embedded or openai).
"""

from __future__ import annotations

import json
import sys

import click

from coach.errors import InputError


@click.command("ask")
@click.argument("question")
@click.option("--notes", "notes_path", metavar="FILE", help="Interview notes (YAML or JSON).")
@click.option(
    "--now", "now", metavar="TIME", help="Answer as of this ISO 8601 time (default: now)."
)
@click.option(
    "--backend",
    "backend_name",
    type=click.Choice(["embedded", "openai", "none"], case_sensitive=False),
    default="none",
    show_default=True,
    help="Model for a message you ask for; none writes it with the composer.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def ask(
    question: str, notes_path: str | None, now: str | None, backend_name: str, fmt: str
) -> None:
    """Answer QUESTION about your follow-ups from the articles, the rules, the plan and the
    checker. Paste a draft under the question (after a blank line) to have it checked; QUESTION
    `-` reads standard input."""
    from coach.chat import ask as answer
    from coach.cli.plan import _parse_now
    from coach.readers import load_notes

    if question == "-":
        question = sys.stdin.read()
    if not question.strip():
        raise InputError("QUESTION", "the question is empty")
    when = _parse_now(now)
    notes = load_notes(notes_path) if notes_path else None
    drafter, model = None, None
    backend = backend_name.lower()
    if backend != "none":
        drafter = _drafter(backend)
    if backend == "openai":
        model = _phraser()
    try:
        result = answer(
            question,
            notes,
            None,
            when,
            backend=backend,  # type: ignore[arg-type]  # click's Choice checked it
            drafter=drafter,
            model=model,
        )
    finally:
        if model is not None:
            model.close()
    if fmt == "json":
        click.echo(json.dumps(result.document(), indent=2, ensure_ascii=False))
    else:
        click.echo(result.answer)


def _phraser():  # type: ignore[no-untyped-def]
    """The openai-compatible backend to phrase answers, or None when none is configured: an
    answer never needs a model, so a missing one only means the deterministic wording."""
    from coach.backends import get_backend
    from coach.errors import ModelUnavailable

    try:
        return get_backend("openai")
    except ModelUnavailable:
        return None


def _drafter(name: str):  # type: ignore[no-untyped-def]
    """A drafter on the chosen backend; the backend starts only if a message is asked for."""

    def run(notes, kind, to, now):  # type: ignore[no-untyped-def]
        from coach.backends import get_backend
        from coach.drafting import draft_messages

        backend = get_backend(name)
        try:
            return draft_messages(notes, kind, to, backend, now=now).drafts[0]
        finally:
            backend.close()

    return run
