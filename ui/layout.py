"""The page's layout: header, banner and the five tabs, as components with labels.

What the components do is wired in ui/app.py; this module only places them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

import gradio as gr

from ui import notes_tab
from ui.critique_view import EMPTY_CRITIQUE, SEND_TIME_INFO
from ui.notes_tab import KIND_CHOICES
from ui.notes_view import NotesState

CHIPS = [
    "When should I follow up?",
    "Is this too pushy?",
    "What should a thank-you say?",
    "Write a thank-you note",
    "I was rejected. What now?",
]


@dataclass
class Page:
    notes_state: Any
    names_state: Any
    banner: Any
    tabs: Any
    nt: notes_tab.NotesTab
    d_kind: Any
    d_to: Any
    d_send: Any
    d_go: Any
    d_stop: Any
    d_status: Any
    drafts_state: Any
    c_text: Any
    c_kind: Any
    c_to: Any
    c_send: Any
    c_check: Any
    c_fix: Any
    c_open: Any
    c_note: Any
    c_verdict: Any
    c_marked: Any
    c_findings: Any
    c_diff: Any
    chatbot: Any
    chips: list[Any]
    q_box: Any
    q_send: Any
    next_tab: Any
    p_html: Any
    p_draft: Any
    p_ics: Any
    p_refresh: Any
    p_item: Any
    p_sent: Any
    p_note: Any
    p_undo: Any
    tab_items: list[Any]


def build(render_drafts: Callable[[Any, Any], None]) -> Page:
    """Lay out the page inside the caller's gr.Blocks; `render_drafts(drafts_state)` places
    the drafts, which change with each run."""
    notes_state = gr.State(NotesState())
    names_state = gr.State([])
    gr.HTML(
        "<div class='fc-header'><h1>Follow-up Coach</h1><p>Write and check the messages "
        "that follow a job interview, against rules drawn from five career-advice "
        "articles.</p></div>"
    )
    banner = gr.HTML(elem_id="banner")
    tab_items = []
    # tabs wrap onto a second row on a narrow screen, rather than hiding in a menu
    with gr.Tabs(overflow_behavior="wrap", elem_id="fc-tabs") as tabs:
        with gr.Tab("1 · Notes", id="notes") as tab:
            tab_items.append(tab)
            nt = notes_tab.build()
        with gr.Tab("2 · Drafts", id="drafts") as tab:
            tab_items.append(tab)
            gr.Markdown(
                "One draft per interviewer, written by the model and checked by "
                "every rule; a draft that keeps failing is composed from your notes."
            )
            with gr.Row():
                d_kind = gr.Dropdown(
                    [("Whatever is due next", ""), *KIND_CHOICES],
                    value="",
                    label="Message kind",
                )
                d_to = gr.Dropdown([("Every interviewer", "")], value="", label="Recipient")
                d_send = gr.Textbox(
                    label="Send time",
                    placeholder="when the plan suggests",
                    info="When you will send, e.g. 2026-11-23 09:00 in the interview's zone; "
                    "each draft is checked as sent then",
                )
            with gr.Row():
                d_go = gr.Button("Write drafts", variant="primary", scale=0, min_width=200)
                # shown while drafts are being written
                d_stop = gr.Button("Stop", variant="stop", scale=0, min_width=120, visible=False)
            d_status = gr.HTML(elem_id="draft-status")
            drafts_state = gr.State([])

            render_drafts(drafts_state, notes_state)

        with gr.Tab("3 · Critique", id="critique") as tab, gr.Row():
            tab_items.append(tab)
            with gr.Column(scale=5):
                c_text = gr.Textbox(
                    label="Your draft",
                    lines=16,
                    max_lines=40,
                    placeholder="Subject: Thank you for today's interview\n\nDear Sarah,\n…",
                    elem_id="critique-draft",
                )
                # under the draft, where the person is looking; Check also brings the verdict
                # into view (on a phone it is stacked ~1,000 px below the draft)
                with gr.Row():
                    c_check = gr.Button("Check", variant="primary", elem_id="critique-check")
                    c_fix = gr.Button("Apply safe fixes")
                    c_open = gr.UploadButton(
                        "Open .eml / .md / .txt…",
                        file_types=[".eml", ".md", ".txt"],
                        elem_id="critique-open",
                    )
                with gr.Row():
                    c_kind = gr.Dropdown(
                        [("Detect from the text", ""), *KIND_CHOICES],
                        value="",
                        label="Kind",
                    )
                    c_to = gr.Dropdown(
                        [("From the draft", "")],
                        value="",
                        allow_custom_value=True,
                        label="Recipient",
                    )
                c_send = gr.Textbox(
                    label="Send time",
                    placeholder="now",
                    info=SEND_TIME_INFO,
                    elem_id="critique-send",
                )
                c_note = gr.HTML(elem_id="critique-note")
            with gr.Column(scale=6):
                c_verdict = gr.HTML(EMPTY_CRITIQUE, elem_id="critique-verdict")
                c_marked = gr.HTML(elem_id="critique-highlight")
                c_findings = gr.HTML(elem_id="critique-findings")
                c_diff = gr.HTML(elem_id="critique-diff")
        with gr.Tab("4 · Coach chat", id="chat") as tab:
            tab_items.append(tab)
            chatbot = gr.Chatbot(
                label="Coach",
                height=480,
                elem_id="coach-chat",
                placeholder="Ask about your follow-ups. Answers come from "
                "your notes and the rulebook, with the rules cited.",
                buttons=["copy"],
                feedback_options=None,
            )
            with gr.Row(elem_classes=["fc-chips"]):
                chips = [gr.Button(text, size="sm") for text in CHIPS]
            with gr.Row():
                q_box = gr.Textbox(
                    label="Your question",
                    scale=6,
                    lines=1,  # gradio: with one line, Enter sends and Shift+Enter adds a line
                    max_lines=12,
                    elem_id="coach-question",
                    placeholder="When should I follow up? Enter sends; Shift+Enter for a "
                    "new line (paste a draft under a question to have it checked).",
                )
                q_send = gr.Button("Ask", variant="primary", scale=1)
        with gr.Tab("5 · Next steps", id="next") as next_tab:
            tab_items.append(next_tab)
            p_html = gr.HTML(elem_id="plan")
            with gr.Row():
                p_draft = gr.Button("Draft the next message", variant="primary")
                p_ics = gr.DownloadButton("Download calendar (.ics)", value=None, interactive=False)
                p_refresh = gr.Button("Refresh")
            with gr.Row():
                p_item = gr.Dropdown(
                    label="Message you have sent",
                    choices=[],
                    info="Recorded in the local history; the plan and the timing checks use it",
                    scale=3,
                )
                p_sent = gr.Button("Mark as sent", scale=1)
                p_undo = gr.Button("Undo", scale=0, visible=False, min_width=100)
            p_note = gr.Markdown(elem_id="sent-note")
    found = locals()
    return Page(**{f.name: found[f.name] for f in fields(Page)})
