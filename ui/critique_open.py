"""Open .eml / .md / .txt… on the Critique tab, without losing a draft the user typed.

The file is read first: one that cannot be read says why and changes nothing. When the draft box
holds other text, the browser then asks before replacing it (as the Notes tab's Open does), and
a No keeps the draft and says the file was not opened.
"""

from __future__ import annotations

import json
from typing import Any

import gradio as gr

from ui import upload_limit
from ui.critique_view import OpenedFile, open_draft_file
from ui.notes_view import NotesState
from ui.render import info_html

CANCELLED = "\u2400cancelled"
# Browser code: true when putting `incoming` into the Critique draft box would lose text the
# user has nowhere else. The box's text is not lost when it is empty, the same, the file's
# text as last opened, or a copy of a draft still in a Drafts box (Check it in Critique).
LOSES = """(mine, incoming, last) => {
  mine = (mine || "").trim();
  const copies = Array.from(document.querySelectorAll(".fc-draft textarea"), t => t.value.trim());
  return Boolean(mine) && mine !== (incoming || "").trim() && mine !== (last || "").trim()
    && !copies.includes(mine);
}"""
REPLACE = "The text in the draft box now is lost."
# (what was read as JSON, the draft box now, the text last opened from a file): the read text
# goes in only when nothing would be lost, or the user says yes
ASK_JS = (
    """(read, current, last) => {
  if (!read) return [read, current, last];
  const f = JSON.parse(read);
  if ((LOSES)(current, f.text, last)
      && !window.confirm("Replace your draft with " + f.name + "? REPLACE")) {
    return ["CANCELLED", current, last];
  }
  return [read, current, last];
}""".replace("LOSES", LOSES)
    .replace("REPLACE", REPLACE)
    .replace("CANCELLED", CANCELLED)
)
# (a Drafts box's text, the Critique draft now): Check it in Critique, asked first likewise
TO_CRITIQUE_JS = (
    (
        """(text, current) => ((LOSES)(current, text, "")
  && !window.confirm("Replace the draft in Critique with this one? REPLACE"))
  ? ["CANCELLED", current] : [text, current]"""
    )
    .replace("LOSES", LOSES)
    .replace("REPLACE", REPLACE)
    .replace("CANCELLED", CANCELLED)
)


def read_upload(path: str | None, state: NotesState | None) -> tuple[str, Any]:
    """(the file's message as JSON for the next step, or "" when there is none; the status
    line, shown now only when the file could not be read)."""
    text, kind, to, send, note, opened = open_draft_file(path, state)
    if not isinstance(text, str) or not opened.name:
        return "", note if isinstance(note, str) and note else gr.skip()
    read = {"text": text, "kind": kind, "to": to, "send": send, "note": note}
    return json.dumps({**read, "name": opened.name, "warnings": opened.warnings}), gr.skip()


def put_in(read: str, _current: str, _last: str) -> list[Any]:
    """The draft fields from the file read, once the user has said yes (or had nothing to lose);
    on a No, the draft stays and the status says the file was not opened."""
    skip = gr.skip()
    if not read:
        return [skip] * 6 + ["", skip]
    if read == CANCELLED:
        kept = info_html("Kept your draft; the file was not opened.")
        return [skip] * 4 + [kept, skip, "", skip]
    f = json.loads(read)
    opened = OpenedFile(f["name"], f["text"], list(f["warnings"]))
    return [f["text"], f["kind"], f["to"], f["send"], f["note"], opened, "", f["text"]]


def wire(upload: Any, notes_state: Any, fields: list[Any], note: Any, opened: Any) -> None:
    """Wire the upload button: `fields` are the draft, kind, recipient and send time."""
    quiet: dict[str, Any] = {"show_progress": "hidden", "api_visibility": "private"}
    read = gr.Textbox(visible=False, label="Draft file to open")
    last = gr.Textbox(visible=False, label="Draft text last opened")
    upload_limit.guard(upload, note, "Could not open it", "your draft")
    upload.upload(read_upload, [upload, notes_state], [read, note], **quiet).then(
        put_in, [read, fields[0], last], [*fields, note, opened, read, last], js=ASK_JS, **quiet
    )
