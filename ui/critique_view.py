"""What the Critique tab shows for a draft: the verdict, the draft with its faults marked, the
findings, the safe fixes' diff, a draft file opened, and its inputs as kept in the browser.

A CoachError (a bad draft, bad notes) is said in the page; anything unexpected is logged with
its traceback on the server and shown as one sentence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from coach.errors import CoachError
from ui import form as F
from ui.critique import critique, parse_send_time, read_draft_file
from ui.notes_view import NotesState
from ui.render import (
    diff_html,
    error_html,
    findings_html,
    highlight_html,
    info_html,
    legend_html,
    plural,
    reading_html,
    unexpected,
    verdict_html,
)

EMPTY_CRITIQUE = (
    "<p class='fc-none'>Paste a draft (subject line first, if any), or open an "
    ".eml, .md or .txt file. It is checked as you type.</p>"
)


SEND_TIME_INFO = "e.g. 2026-11-20 19:30, in the interview's zone; empty means now"


def send_time_problem(send: str | None, state: NotesState | None) -> str | None:
    """What is wrong with the Critique tab's send time, in plain words, or None."""
    try:
        parse_send_time(send, state.notes if state else None, "send time")
    except CoachError as exc:
        text = str(exc)
        while text.startswith("send time: "):  # the field's own name, said under it
            text = text.removeprefix("send time: ")
        return text
    return None


def run_critique(
    text: str,
    kind: str,
    to: str,
    send: str,
    state: NotesState | None,
    now: dt.datetime,
    opened: OpenedFile | None = None,
) -> tuple[str, str, str]:
    """(verdict, highlighted text, findings) HTML for the Critique tab. What the reader had to
    guess (a pasted email's charset, or the opened file's while the draft is its text) is said
    under the verdict."""
    if not (text or "").strip():
        return EMPTY_CRITIQUE, "", ""
    notes = state.notes if state else None
    try:
        checked = critique(text, notes, kind or None, to or None, send or None, now=now)
    except CoachError as exc:
        return error_html(str(exc), "Could not check this draft"), "", ""
    except Exception as exc:  # noqa: BLE001 - shown as one line; traceback goes to the log
        return unexpected(exc), "", ""
    extra = (
        ""
        if notes is not None
        else (
            " Checked without notes: names, details and timing need the Notes tab"
            + (f" ({escape(state.problem)})" if state and state.problem else "")
            + "."
        )
    )
    for remark in checked.remarks:
        extra += " " + escape(remark)
    result = checked.result
    from_file = opened_warnings(opened, text)
    guessed = [*checked.message.warnings, *from_file]
    source = opened.name if from_file and opened else "this email"
    verdict = verdict_html(result, checked.message.send_at, extra) + reading_html(guessed, source)
    marked = legend_html() + highlight_html(checked.message.text, result.findings, "cf")
    return verdict, marked, findings_html(result.findings, "cf", checked.message.text)


def apply_safe_fixes(
    text: str, kind: str, to: str, send: str, state: NotesState | None, now: dt.datetime
) -> tuple[str, str]:
    """(new draft text, diff HTML)."""
    if not (text or "").strip():
        return text, info_html("There is no draft to fix yet.")
    try:
        checked = critique(
            text, state.notes if state else None, kind or None, to or None, send or None, now=now
        )
    except CoachError as exc:
        return text, error_html(str(exc), "Could not check this draft")
    fixed, applied, diff = checked.fixed()
    if not applied:
        left = len(checked.result.findings)
        return text, info_html(
            f"No safe fixes to apply; {plural(left, 'finding')} "
            f"{'needs' if left == 1 else 'need'} a person's edit (see the suggestions)."
        )
    head = f"<p><strong>Applied {applied} safe fix{'es' if applied > 1 else ''}:</strong></p>"
    return fixed, head + diff_html(diff)


@dataclass
class OpenedFile:
    """A draft opened from a file: its name, the text put in the draft box, and what the reader
    guessed while reading it (coach.readers.Message.warnings)."""

    name: str = ""
    text: str = ""
    warnings: list[str] = field(default_factory=list)


def opened_warnings(opened: OpenedFile | None, text: str) -> list[str]:
    """The opened file's reader warnings while the draft is still the text read from it."""
    if isinstance(opened, OpenedFile) and opened.warnings and opened.text == text:
        return opened.warnings
    return []


def open_draft_file(
    path: str | None, state: NotesState | None
) -> tuple[Any, Any, Any, Any, str, Any]:
    """(draft text, kind, recipient, send time, status, OpenedFile) for an uploaded .eml, .md or
    .txt file. What the reader had to guess is said in the status, and beside the result while
    the draft is the text read."""
    from coach.readers import read_raw

    if not path:
        return "", "", "", "", "", OpenedFile()
    name = Path(path).name
    try:
        message = read_draft_file(read_raw(Path(path), name), name, state.notes if state else None)
    except CoachError as exc:
        skip = gr_skip()
        return skip, skip, skip, skip, error_html(str(exc), "Could not open it"), OpenedFile()
    send = message.send_at.isoformat() if message.send_at else ""
    note = info_html(
        f"Opened {name}"
        + (
            f" ({plural(len(message.attachments), 'attachment')} listed, not checked)"
            if message.attachments
            else ""
        )
        + "."
    ) + reading_html(message.warnings, name)
    kind = message.kind.value if message.kind else ""
    opened = OpenedFile(name, message.text, list(message.warnings))
    return message.text, kind, message.to or "", send, note, opened


def gr_skip() -> Any:
    import gradio as gr

    return gr.skip()


# --- kept in the browser, and put back after a reload

CRITIQUE_FIELDS = ("text", "kind", "to", "send")
CRITIQUE_KINDS = frozenset({"", *(k.value for k in F.KIND_LABELS)})


def critique_saved(text: Any, kind: Any, to: Any, send: Any) -> dict[str, str]:
    """The Critique tab's inputs as they are kept in the browser."""
    values = (text, kind, to, send)
    return {
        k: v if isinstance(v, str) else "" for k, v in zip(CRITIQUE_FIELDS, values, strict=True)
    }


# Run in the browser when the kept inputs arrive: fields the user has filled in meanwhile win.
RESTORE_JS = """(kept, ...shown) => {
  if (!kept || shown.some(v => typeof v === "string" && v.trim())) return shown;
  const v = JSON.parse(kept);
  return [v.text, v.kind, v.to, v.send];
}"""


def kept_json(saved: Any) -> str:
    """The stored Critique inputs as JSON for RESTORE_JS, or "" when there is nothing to put
    back (nothing stored, empty or malformed)."""
    import json

    values = critique_restored(saved)
    return json.dumps(values) if values else ""


def critique_restored(saved: Any) -> dict[str, str] | None:
    """The stored Critique inputs to put back, or None when there is nothing to restore (nothing
    stored, all of it empty, or a value of the wrong shape). A kind this version does not know is
    dropped; the draft and the other fields are still restored."""
    if not isinstance(saved, dict):
        return None
    values: dict[str, str] = {}
    for key in CRITIQUE_FIELDS:
        value = saved.get(key)
        if value is None:
            value = ""
        if not isinstance(value, str):
            return None
        values[key] = value
    if values["kind"] not in CRITIQUE_KINDS:
        values["kind"] = ""
    return values if any(values.values()) else None
