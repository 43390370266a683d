"""A draft's Download buttons: the file is made from the text the box holds when the button is
pressed, sent with that click, and saved by the browser.

(A gr.DownloadButton saves the file it was last given, at once: one rewritten after each edit
lagged behind the typing, so a person who typed and pressed Download got the draft without
their last words.)
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

from coach.models import Draft
from ui.drafts import eml_bytes, file_name, md_text

# the payload is base64, so the browser saves exactly the bytes made here
DOWNLOAD_JS = """(payload) => {
  if (!payload) { return []; }
  const d = JSON.parse(payload);
  const bytes = Uint8Array.from(atob(d.data), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], {type: d.type}));
  const a = document.createElement("a");
  a.href = url; a.download = d.name;
  document.body.appendChild(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 2000);
  return [];
}"""
FORMATS = {"eml": "message/rfc822", "md": "text/markdown"}


def payload(draft: Draft, suffix: str) -> Callable[[str, Any], str]:
    """The handler for one card's Download .eml or .md: (box text, notes state) -> what
    DOWNLOAD_JS saves."""

    def handler(text: str, state: Any) -> str:
        notes = state.notes if state is not None else None
        if suffix == "eml":
            data = eml_bytes(draft, notes, text)
        else:
            data = md_text(draft, notes, text).encode("utf-8")
        return json.dumps(
            {
                "name": file_name(draft, suffix),
                "type": FORMATS[suffix],
                "data": base64.b64encode(data).decode("ascii"),
            }
        )

    return handler
