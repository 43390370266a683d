"""The Drafts tab's written drafts: shown one card each, edited in place, and kept in the browser.

A draft's text box is the user's: Copy, Download .eml / .md and Check it in Critique all take
what the box holds now, and the edits are kept (with the drafts) across a reload, as the notes are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import gradio as gr

from coach.models import Draft
from ui.critique_open import CANCELLED, TO_CRITIQUE_JS
from ui.draft_download import DOWNLOAD_JS, payload
from ui.draft_run import RunSlot
from ui.drafts import draft_text
from ui.drafts_kept import (
    RUN_KEY,
    drafts_restored,
    drafts_saved,
    run_restored,
    view_restored,
    view_saved,
)
from ui.drafts_view import (
    ASK_CANCELLED,
    ASK_REWRITE_JS,
    attach_html,
    draft_card_html,
    drafting_steps,
    outcome,
    progress_html,
    run_progress,
)
from ui.render import error_html, findings_html
from ui.show import show_js
from ui.tab_kept import TAB_JS, TABS, picked

COPY_JS = """(text) => {
  const fallback = () => {
    const area = document.createElement("textarea");
    area.value = text; document.body.appendChild(area); area.select();
    document.execCommand("copy"); area.remove();
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).catch(fallback);
  } else { fallback(); }
  return [];
}"""


def item_text(item: dict[str, Any], draft: Draft) -> str:
    """The draft as the user last left it: their edit, else the text as written."""
    text = item.get("text")
    return text if isinstance(text, str) and text.strip() else draft_text(draft)


def render(
    drafts_state: Any,
    notes_state: Any,
    drafts_stored: Any,
    to_critique_outputs: Callable[[], list[Any]],
    now: Callable[[], dt.datetime],
) -> None:
    """Place the drafts (they change with each run) inside the caller's Drafts tab."""
    quiet: dict[str, Any] = {"show_progress": "hidden", "api_visibility": "private"}

    from gradio.context import Context

    # the notes are read, not listened to: a draft's box is rebuilt only when the drafts change
    page_load = Context.root_block.load  # type: ignore[union-attr]

    # the kept drafts are read too: until the page's restoring brings them back (seconds, on a
    # busy machine), the tab says so rather than "No drafts yet" under "1 draft written"
    @gr.render(
        inputs=[drafts_state, notes_state, drafts_stored],
        triggers=[page_load, drafts_state.change],
    )
    def show_drafts(items: list[dict[str, Any]], state: Any, kept: Any) -> None:
        if not items and drafts_restored(kept) is not None:
            gr.Markdown("Restoring your drafts…", elem_classes=["fc-none", "fc-drafts-restoring"])
            return
        if not items:
            gr.Markdown(
                "No drafts yet: fill in the notes, pick a kind, and press *Write drafts*.",
                elem_classes=["fc-none", "fc-drafts-none"],
            )
            return
        for i, item in enumerate(items):
            draft = Draft.model_validate(item["draft"])
            text = item_text(item, draft)
            notes = state.notes if state is not None else None
            head_html, found_html = checked_card(draft, text, notes, now(), i)
            with gr.Group(elem_classes=["fc-draft"]):
                head = gr.HTML(head_html)
                attach = attach_html(draft, notes)
                if attach:
                    gr.HTML(attach)
                # (gradio's own copy button sits inside the <label> and would take the label
                # from the text box; ours sits beside it)
                box = gr.Textbox(
                    text,
                    label=f"Draft to {draft.to}",
                    lines=10,
                    max_lines=30,
                    key=f"draft-{item.get('run') or 'kept'}-{i}",  # a new run: new boxes
                    interactive=True,
                )
                with gr.Row():
                    copy = gr.Button("Copy the draft", size="sm")
                    downloads = {
                        suffix: gr.Button(f"Download .{suffix}", size="sm")
                        for suffix in ("eml", "md")
                    }
                    to_critique = gr.Button("Check it in Critique", size="sm")
                copy.click(None, box, None, js=COPY_JS)
                found = gr.HTML(found_html)
                saving = gr.Textbox(visible=False, label="File to save")
            for suffix, button in downloads.items():
                button.click(payload(draft, suffix), [box, notes_state], saving, **quiet).then(
                    None, saving, None, js=DOWNLOAD_JS, **quiet
                )
            box.change(
                edited(i, draft, now),
                [box, notes_state, drafts_stored],
                [drafts_stored, head, found],
                trigger_mode="always_last",
                **quiet,
            )
            outputs = to_critique_outputs()
            to_critique.click(
                lambda text, _current, d=draft: (
                    [gr.skip()] * 5
                    if text == CANCELLED  # the user kept the draft already in Critique
                    else (
                        text,
                        d.kind.value,
                        d.to,
                        d.send_at.isoformat() if d.send_at else "",
                        gr.Tabs(selected="critique"),
                    )
                ),
                [box, outputs[0]],
                outputs,
                js=TO_CRITIQUE_JS,
                api_visibility="private",
            ).then(None, js=show_js("#critique-verdict"))


def checked_card(
    draft: Draft, text: str, notes: Any, now: dt.datetime, index: int
) -> tuple[str, str]:
    """(card head, findings) HTML for the text in the box. The verdict is about the text the
    user will send: once they edit it, it is checked again, as the draft it came from was."""
    if text.strip() == draft_text(draft).strip():
        return draft_card_html(draft, index), findings_html(
            draft.findings, f"d{index}", draft_text(draft)
        )
    from coach.errors import CoachError
    from ui.critique import critique

    try:
        checked = critique(
            text, notes, draft.kind.value, draft.to, draft.send_at, eml=False, now=now
        )
    except CoachError as exc:
        return draft_card_html(draft, index, edited=True), error_html(
            str(exc), "Could not check your edit"
        )
    result = checked.result
    again = draft.model_copy(
        update={
            "findings": result.findings,
            "passed": result.passed,
            "text_passed": result.text_passed,
        }
    )
    return draft_card_html(again, index, edited=True), findings_html(
        result.findings, f"d{index}", checked.message.text
    )


def edited(
    index: int, draft: Draft, now: Callable[[], dt.datetime]
) -> Callable[..., tuple[Any, ...]]:
    """On an edit: the text checked again, and the edit kept (the Download buttons take the
    box's text themselves: ui/draft_download.py)."""

    def handler(text: str, state: Any, stored: Any) -> tuple[Any, ...]:
        notes = state.notes if state is not None else None
        head, found = checked_card(draft, text, notes, now(), index)
        kept = drafts_saved(stored)
        if index < len(kept) and kept[index]["draft"].get("to") == draft.to:
            kept[index]["text"] = text
            return kept, head, found
        return gr.skip(), head, found

    return handler


def wire(
    page: Any,
    services: Any,
    key: str,
    *,
    notes_state: Any,
    drafts_stored: Any,
    view_stored: Any,
    tab_stored: Any,
    restored: Any,
) -> Drafting:
    """The Drafts tab's events: a drafting run (kept in the browser until it ends, so that a
    reload starts it again), and the drafts, the tab and the tab's choices kept across a
    reload. Returns the drafting handler with its inputs and outputs, for the Next steps tab,
    and its events, for Stop (`wire_stop`, once every event that drafts is wired)."""
    d_kind, d_to, d_go, d_status, drafts_state = (
        page.d_kind,
        page.d_to,
        page.d_go,
        page.d_status,
        page.drafts_state,
    )
    quiet: dict[str, Any] = {"show_progress": "hidden", "api_visibility": "private"}
    # a drafting run under way, kept in the browser until it ends: a reload starts it again
    run_stored = gr.BrowserState(None, storage_key=RUN_KEY, secret=key)
    # the run itself, on the server, for the Stop button
    slot = gr.State(RunSlot())
    shown, hidden = gr.update(visible=True), gr.update(visible=False)

    def on_draft(state: Any, kind: str, to: str, send: str, runs: RunSlot) -> Any:
        if send == ASK_CANCELLED:  # the user kept their edited drafts (ASK_REWRITE_JS)
            yield gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
            return
        running = {"kind": kind or "", "to": to or "", "send": send or ""}
        yield progress_html("Starting…"), gr.skip(), gr.skip(), running, shown
        steps = drafting_steps(services, state, kind, to, send, runs)
        try:
            for status, items in steps:
                if items is None:
                    yield status, gr.skip(), gr.skip(), gr.skip(), gr.skip()
                else:  # the new drafts replace the kept ones, edits and all
                    yield status, items, drafts_saved(items), gr.skip(), gr.skip()
        finally:
            steps.close()  # cancelled (Stop): the run stops too
        yield gr.skip(), gr.skip(), gr.skip(), {}, hidden  # (the browser keeps no None)

    draft_outputs = [d_status, drafts_state, drafts_stored, run_stored, page.d_stop]
    draft_inputs = [notes_state, d_kind, d_to, page.d_send, slot]
    events = [
        d_go.click(
            on_draft,
            draft_inputs,
            draft_outputs,
            js=ASK_REWRITE_JS,
            api_visibility="private",
            show_progress="hidden",
        )
    ]

    def resume_draft(state: Any, run: Any, runs: RunSlot) -> Any:
        """A run the reload interrupted, started again with the same choices."""
        if not run_restored(run):
            yield gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
            return
        yield from on_draft(state, run["kind"], run["to"], run["send"], runs)

    # --- kept across a reload: the drafts (and edits), the tab, the Drafts tab's choices
    # False until the kept view has been read back after a (re)load: the first tab's
    # select event on page load must not overwrite the tab that was kept.
    view_ready = gr.State(False)

    def keep_tab(tab_id: str) -> Callable[[bool], Any]:
        return lambda ready: tab_id if ready else gr.skip()

    # the tab and the choices are kept apart: a tab picked while a choice is saved must not
    # be overwritten by the choice's (older) copy of the view
    for tab_id, item in zip(TABS, page.tab_items, strict=True):
        item.select(keep_tab(tab_id), view_ready, tab_stored, **quiet)

    def keep_choices(current: Any, ready: bool, kind: str, to: str, send: str) -> Any:
        if not ready:
            return gr.skip()
        return view_saved(current, kind=kind, to=to, send=send)

    gr.on(
        [d_kind.change, d_to.change, page.d_send.change],
        keep_choices,
        [view_stored, view_ready, d_kind, d_to, page.d_send],
        view_stored,
        **quiet,
    )

    def restore_drafts(saved: Any, view: Any, tab: Any, state: Any, shown: Any) -> list[Any]:
        """The kept drafts and view, once the notes (and so the recipients) are back."""
        notes = state.notes if state is not None else None
        items = None if shown else drafts_restored(saved)
        kept = view_restored(view) or {}
        names = [p.name for p in notes.interviewers] if notes else []
        return [
            items if items is not None else gr.skip(),
            kept.get("kind") or gr.skip(),
            kept["to"] if kept.get("to") in names else gr.skip(),
            kept.get("send") or gr.skip(),
            tab if tab in TABS else "",
            True,
        ]

    tab_kept = gr.Textbox(visible=False, label="Kept tab")
    restored.then(
        restore_drafts,
        [drafts_stored, view_stored, tab_stored, notes_state, drafts_state],
        [drafts_state, d_kind, d_to, page.d_send, tab_kept, view_ready],
        **quiet,
    ).then(picked, tab_kept, tab_stored, js=TAB_JS, **quiet)
    events.append(
        restored.then(resume_draft, [notes_state, run_stored, slot], draft_outputs, **quiet)
    )
    return Drafting(on_draft, draft_inputs, draft_outputs, events, slot)


@dataclass
class Drafting:
    """The drafting handler with its inputs and outputs (the Next steps tab runs it too), the
    events that run it, and this session's run, for the Stop button."""

    handler: Callable[..., Any]
    inputs: list[Any]
    outputs: list[Any]
    events: list[Any]
    slot: Any


def wire_stop(page: Any, services: Any, drafting: Drafting) -> None:
    """Stop cancels the events writing drafts (Gradio closes their generator, which stops the
    run: ui/draft_run.py), then shows the drafts finished before it was pressed."""

    def on_stop(runs: RunSlot) -> Any:
        run = runs.run
        done: tuple[Any, ...] = (gr.skip(), gr.skip(), gr.skip(), {}, gr.update(visible=False))
        if run is None:
            yield done
            return
        run.request_stop()
        while run.running:
            run.wait(0.5)
            yield run_progress(run, ""), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        if not run.claim_report():
            yield done
            return
        status, items = outcome(run, services)
        if items is None:
            yield status, *done[1:]
        else:
            yield status, items, drafts_saved(items), *done[3:]

    page.d_stop.click(
        on_stop,
        drafting.slot,
        drafting.outputs,
        cancels=drafting.events,
        api_visibility="private",
        show_progress="hidden",
    )
