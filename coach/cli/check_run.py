"""What `coach check` does once its command line is read, by click (coach.cli.check) or by the
plain reader (coach.cli.fast): nothing here imports click, so a one-file check starts without it."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from coach.batch import expand_targets, read_target
from coach.cli.echo import echo
from coach.errors import EXIT_FAILED, EXIT_INPUT, EXIT_OK, InputError
from coach.models import HistoryEntry, Notes, Report
from coach.readers import load_notes, parse_kind, parse_time


def _fix_file(path: str, text: str, fixed: str, write: bool) -> str:
    """Write the fixed text back (under a text file's own front matter; into an .eml file's
    text part, every other byte kept); return the diff. With `write` false the .eml rewrite
    is still tried, so --diff says when --fix could not write it."""
    import difflib  # only --diff and --fix need it: a plain check starts without it

    diff = "".join(
        difflib.unified_diff(
            text.splitlines(True), fixed.splitlines(True), f"{path}", f"{path} (fixed)"
        )
    )
    if path == "-":
        return diff
    if path.endswith(".eml"):
        from coach.eml import rewrite

        new, notes = rewrite(Path(path).read_bytes(), text, fixed, path)
        for note in notes:
            echo(f"{path}: {note}", err=True)
        if write:
            _replace(Path(path), new)
        return diff
    if write:
        raw = Path(path).read_text("utf-8")
        if not raw.endswith(text) and not raw.isascii():
            # the reader composes accents typed as a letter and a combining mark; the fixed
            # file is written composed too
            raw = unicodedata.normalize("NFC", raw)
        if not raw.endswith(text):
            raise InputError(path, "changed while it was being checked; no fixes written")
        _replace(Path(path), (raw[: len(raw) - len(text)] + fixed).encode("utf-8"))
    return diff


def _replace(path: Path, data: bytes) -> None:
    """Write the whole file or nothing: a new file beside it, renamed over it."""
    import os
    import tempfile

    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temp, path.stat().st_mode & 0o7777)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class UsageProblem(Exception):
    """A bad --select or --ignore: click reports it as a usage error (status 2)."""


def run_check(
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
    """Check the files and exit with the status the findings give."""
    from coach.batch import check_files
    from coach.engine import Checker, apply_fixes
    from coach.formats import FORMATS
    from coach.rulebook import load_rules
    from coach.selection import expand

    rules = load_rules()
    try:
        checker = Checker(select=expand(select, rules), ignore=expand(ignore, rules))
    except ValueError as exc:
        raise UsageProblem(str(exc)) from None
    overrides = {
        "kind": parse_kind(kind, "--kind", None).value if kind else None,
        "to": to,
        "send_at": parse_time(send_at, "--send-at", None) if send_at else None,
    }
    notes = load_notes(notes_path) if notes_path else None

    targets = expand_targets(paths)
    show_progress = sys.stderr.isatty() and len(targets) > 50

    def progress(done: int, total: int) -> None:
        echo(f"\rchecked {done}/{total} parts of {len(targets)} files", err=True, nl=False)

    read_warnings: list[tuple[str, str]] = []
    messages, results, input_errors = check_files(
        targets,
        lambda target: read_target(target, notes, overrides),
        checker,
        _history(notes, db),
        keep_messages=fix or diff,
        progress=progress if show_progress else None,
        warnings=read_warnings,
    )
    if show_progress:
        echo("\r" + " " * 60 + "\r", err=True, nl=False)

    if messages is not None and (fix or diff):
        for message, result in zip(messages, results, strict=True):
            fixed, applied = apply_fixes(message.text, result.findings)
            if applied:
                try:
                    patch = _fix_file(message.path, message.text, fixed, write=fix and not diff)
                except InputError as exc:  # this file is left as it was; the others go on
                    echo(f"coach: {exc}", err=True)
                    continue
                if diff:
                    echo(patch, nl=False)
        if fix and not diff:
            messages = [
                read_target(m.path, notes, overrides) if m.path != "-" else m for m in messages
            ]
            results = checker.check_batch(messages, history=_history(notes, db))

    report = Report.of(results)
    output = FORMATS[fmt](report, rules, input_errors)
    output = _with_warnings(output, fmt, read_warnings)
    if output:
        echo(output)
    for path, warning in read_warnings:
        echo(f"{path}: input-warning {warning}", err=True)
    if input_errors:
        sys.exit(EXIT_INPUT)
    worst = {"error": ("error",), "warning": ("error", "warning")}[fail_on]
    failing = any(f.severity in worst for r in results for f in r.findings)
    sys.exit(EXIT_FAILED if failing else EXIT_OK)


def _with_warnings(output: str, fmt: str, warnings: list[tuple[str, str]]) -> str:
    """Warnings about how files were read (bytes that do not fit the declared charset; a header
    that cannot be read whose value an option gives) go to standard error in every format, and
    also into the output where the format has room: the JSON document's `input_warnings` list
    (present only when there are any, like `errors`) and GitHub `::warning` annotations."""
    if not warnings:
        return output
    if fmt == "json":
        import json

        doc = json.loads(output)
        doc["input_warnings"] = [{"path": p, "message": m} for p, m in warnings]
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    if fmt == "github":
        from coach.formats import _gh_escape

        notes = [
            f"::warning file={_gh_escape(p, True)},title=input-warning::{_gh_escape(m)}"
            for p, m in warnings
        ]
        return "\n".join([output, *notes] if output else notes)
    return output


def _history(notes: Notes | None, db: str | None) -> list[HistoryEntry]:
    """Sent messages from the history database, used when the notes carry none. A --db that
    does not exist or does not know the company is an input error, not an empty history."""
    if notes is None or notes.history:
        return []
    from coach.history import history_for

    return history_for(notes, db_path=db)
