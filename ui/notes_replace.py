"""The Notes tab's actions that replace the whole form: Open notes file (YAML, JSON, or a
Markdown message carrying its notes), Use the pasted notes, Fill in an example and Clear the
form, and the two Save buttons beside them.

Nothing a user typed is lost silently: on a form with something in it, each replacing action
asks first in the browser (the save payload is empty while the form is). A file or pasted text
is read before the question, so one that cannot be read says why and asks nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import gradio as gr

from coach.errors import CoachError
from ui import form as F
from ui import notes_tab, upload_limit
from ui.notes_files import notes_in_markdown
from ui.notes_tab import NotesTab
from ui.notes_view import load_notes_text
from ui.render import error_html

SAVE_JS = """(payload) => {{
  const d = JSON.parse(payload || "{{}}");
  if (!d.{fmt}) {{ return []; }}
  const url = URL.createObjectURL(new Blob([d.{fmt}], {{type: "{mime}"}}));
  const a = document.createElement("a");
  a.href = url; a.download = d.stem + ".{fmt}";
  document.body.appendChild(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 2000);
  return [];
}}"""
ASK_CANCELLED = "\u2400cancelled"
LOST = "What the form holds now is lost (save it as YAML first to keep it)."
ASK_JS = """(payload) => (payload && !window.confirm("QUESTION LOST")) ? ["\u2400cancelled"] :
  [payload]""".replace("LOST", LOST)
# (the notes read, where they came from, the form's save payload): the notes are put in only
# when the form is empty or the user says yes
ASK_OPEN_JS = (
    """(text, name, payload) => [(text && payload && !window.confirm(
  "Replace your notes with " + name + "? LOST")) ? "\u2400cancelled" : text, name, payload]"""
).replace("LOST", LOST)
PASTED = "the pasted notes"


def wire(tab: NotesTab, fill_outputs: list[Any]) -> None:
    """Wire the toolbar's replacing actions and the Save buttons (inside the caller's Blocks)."""
    quiet: dict[str, Any] = {"show_progress": "hidden", "api_visibility": "private"}
    # the text of notes read and waiting for the user's yes, and where it came from
    pending = gr.Textbox(visible=False, label="Notes to open")
    pending_name = gr.Textbox(visible=False, label="Notes to open: from")

    def read_file(path: str | None) -> list[Any]:
        """A notes file (YAML or JSON: UTF-8 text, as `coach` reads notes files; or a Markdown
        message with its notes inline), read and checked; it goes into the form in the next
        step."""
        from coach.readers import read_bytes

        if not path:
            return ["", "", gr.skip()]
        name = Path(path).name
        try:
            text = read_bytes(Path(path), name)
            if name.lower().endswith(".md"):
                text = notes_in_markdown(text, name)
        except CoachError as exc:
            return ["", "", error_html(str(exc), "Could not open those notes")]
        return checked(text, name)

    def checked(text: str, name: str) -> list[Any]:
        values, error = load_notes_text(text, name)
        return ["", "", error] if values is None else [text, name, gr.skip()]

    def put_in(text: str, name: str, _payload: str) -> list[Any]:
        if not text or text == ASK_CANCELLED:
            return [gr.skip()] * (len(fill_outputs) + 1) + ["", ""]
        values, error = load_notes_text(text, name)
        if values is None:
            return [gr.skip()] * len(fill_outputs) + [error, "", ""]
        return [*notes_tab.fill(values), gr.skip(), "", ""]

    read_out = [pending, pending_name, tab.status]
    put_in_step: dict[str, Any] = {
        "fn": put_in,
        "inputs": [pending, pending_name, tab.save_payload],
        "outputs": [*fill_outputs, tab.status, pending, pending_name],
        "js": ASK_OPEN_JS,
        **quiet,
    }
    # These change fields, and so are read by the form's `change` listener (ui/app.py).
    tab.upload.upload(read_file, tab.upload, read_out, **quiet).then(**put_in_step)
    upload_limit.guard(tab.upload, tab.status, "Could not open those notes", "the form")
    tab.use_paste.click(
        lambda text: checked(text or "", PASTED), tab.paste, read_out, **quiet
    ).then(**put_in_step)

    for button, values, question in (
        (tab.example, notes_tab.example_values, "Replace your notes with the example?"),
        (tab.clear, F.empty_form, "Clear every field of your notes?"),
    ):
        button.click(
            overwrite(values, len(fill_outputs)),
            tab.save_payload,
            fill_outputs,
            js=ASK_JS.replace("QUESTION", question),
            **quiet,
        )
    for button, fmt, mime in (
        (tab.save_yaml, "yaml", "application/yaml"),
        (tab.save_json, "json", "application/json"),
    ):
        button.click(None, tab.save_payload, None, js=SAVE_JS.format(fmt=fmt, mime=mime))


def overwrite(values: Callable[[], Any], width: int) -> Callable[[str], list[Any]]:
    """Fill the form with `values()` once the user has said yes (or there was nothing to lose)."""

    def handler(answer: str) -> list[Any]:
        if answer == ASK_CANCELLED:
            return [gr.skip()] * width
        return notes_tab.fill(values())

    return handler
