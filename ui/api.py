"""The web app's named API endpoints, /critique, /draft and /chat (INTERFACES.md, "The web
app's API").

Both return JSON text, exactly as the CLI prints it: gradio_client 2.7 takes any dict with a
string "path" key (which a check result has) for a file, and tries to download it.
"""

from __future__ import annotations

import json

import gradio as gr

from coach.errors import CoachError
from ui.chat import chat_api
from ui.critique import critique_api
from ui.drafts import draft_api, installed_drafter
from ui.services import Services


def add_api(services: Services) -> None:
    """Register the endpoints on the gr.Blocks being built."""

    async def critique(draft: str, notes: str, kind: str, recipient: str, send_at: str) -> str:
        """Check one draft. Returns JSON text: one result in the `coach check --format json`
        result schema."""
        # async: about a millisecond of CPU runs on the event loop itself, which costs less than
        # handing it to a worker thread and back
        try:
            return json.dumps(critique_api(draft, notes, kind, recipient, send_at))
        except CoachError as exc:
            raise gr.Error(str(exc), print_exception=False) from None

    def draft(notes: str, kind: str, recipient: str) -> str:
        """Draft messages. Returns JSON text: the `coach draft --format json` document."""
        try:
            drafter = services.drafter or installed_drafter()
            with services.model_lock:
                report = draft_api(
                    drafter, services.backends, notes, kind, recipient, services.clock()
                )
            return json.dumps(report)
        except CoachError as exc:
            raise gr.Error(str(exc), print_exception=False) from None

    def chat(message: str, notes: str, history: str) -> str:
        """Answer a chat message. Returns JSON text: the `coach ask --format json` document
        (no model: a message asked for is written by the composer)."""
        try:
            return json.dumps(chat_api(message, notes, history, services.clock()))
        except CoachError as exc:
            raise gr.Error(str(exc), print_exception=False) from None

    # /critique is a few milliseconds of CPU: let every call run at once. /draft holds the
    # model, which takes one request at a time.
    gr.api(critique, api_name="critique", concurrency_limit=None)
    gr.api(draft, api_name="draft", concurrency_limit=1, concurrency_id="model")
    gr.api(chat, api_name="chat", concurrency_limit=None)
