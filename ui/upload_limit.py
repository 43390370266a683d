"""Files opened in the page may be at most 1 MB (Gradio's `max_file_size`, so the server refuses
bigger ones too). Gradio reports a bigger file only in a toast that fades; here the browser
checks the size before anything is sent, and the page says which file and what the limit is in
the status line beside the button that opened it, changing nothing the user typed.
"""

from __future__ import annotations

import json
from typing import Any

import gradio as gr

from ui.render import error_html

MAX_UPLOAD_BYTES = 1024 * 1024
LIMIT_TEXT = "1 MB"
TOO_BIG_SUFFIX = "-too-big"

# A chosen file over the limit never reaches Gradio's own handler (this listener runs first, on
# the window, in the capture phase): it is noted, and the upload button's hidden twin
# (`<button id>-too-big`) is clicked to put the message in the page.
HEAD_JS = """<script>
window.addEventListener("change", (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== "file" || !input.files) return;
  const big = [...input.files].find((file) => file.size > LIMIT);
  const button = input.nextElementSibling;  // Gradio's UploadButton: <input hidden><button>
  const twin = button && button.id && document.getElementById(button.id + "SUFFIX");
  if (!big || !twin) return;
  event.stopImmediatePropagation();
  window.fcTooBig = Object.assign(window.fcTooBig || {}, {
    [button.id]: JSON.stringify({name: big.name, size: big.size}),
  });
  input.value = "";
  twin.click();
}, true);
</script>""".replace("LIMIT", str(MAX_UPLOAD_BYTES)).replace("SUFFIX", TOO_BIG_SUFFIX)


def too_big_message(chosen: str, kept: str) -> str:
    """The sentence for a file over the limit: its name, its size, the limit, and what is kept."""
    try:
        data = json.loads(chosen or "{}")
        name, size = str(data["name"]), int(data["size"])
    except (ValueError, KeyError, TypeError):
        name, size = "The file", MAX_UPLOAD_BYTES + 1
    shown = f"{size / MAX_UPLOAD_BYTES:.1f} MB"
    shown = "just over 1 MB" if shown == "1.0 MB" else shown
    return (
        f"{name} is {shown}; a file opened here may be at most {LIMIT_TEXT}. "
        f"Nothing was read from it, and {kept} is as it was."
    )


def guard(upload: Any, status: Any, title: str, kept: str) -> None:
    """Say in `status` when the file chosen with `upload` (which needs an elem_id) is too big.
    Call inside the Blocks; `title` heads the message, `kept` names what stays as it was."""
    if not upload.elem_id:
        raise ValueError("the upload button needs an elem_id for its size check")
    chosen = gr.Textbox(visible=False, label="File too big to open")
    twin = gr.Button("File too big", visible="hidden", elem_id=f"{upload.elem_id}{TOO_BIG_SUFFIX}")
    twin.click(
        lambda text: error_html(too_big_message(text, kept), title),
        chosen,
        status,
        js=f"() => [(window.fcTooBig || {{}})[{json.dumps(upload.elem_id)}] || '']",
        show_progress="hidden",
        api_visibility="private",
    )
