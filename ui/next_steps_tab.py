"""The Next steps tab's events: the plan, Mark as sent (and its undo) and "Draft the next
message". Marking a message as sent records it in the login's history and in the notes' own
"Messages already sent", so the plan, the banner and the Notes tab agree at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import gradio as gr

from coach.errors import CoachError
from coach.models import Kind
from ui import notes_tab, notes_view
from ui.drafts import slug
from ui.drafts_tab import Drafting
from ui.drafts_view import ASK_REWRITE_JS
from ui.layout import Page
from ui.notes_files import from_notes
from ui.render import info_html, problem_html
from ui.services import Services
from ui.show import show_js


def wire(
    page: Page,
    services: Services,
    now: Callable[[], dt.datetime],
    *,
    notes_state: Any,
    user_db: Any,
    fill_outputs: list[Any],
    draft: Drafting,
    restored: Any,
    in_turn: dict[str, Any],
) -> None:
    """Wire the tab inside the caller's gr.Blocks; `draft` is the Drafts tab's drafting, run
    by "Draft the next message" (whose event joins the ones Stop cancels). `restored` is the
    page load's restoring of the kept notes, and `in_turn` the queue the form's readings take
    turns in."""
    next_tab, p_html, p_ics, p_refresh, p_draft = (
        page.next_tab,
        page.p_html,
        page.p_ics,
        page.p_refresh,
        page.p_draft,
    )
    banner, d_kind, d_to, tabs = page.banner, page.d_kind, page.d_to, page.tabs

    def no_calendar() -> Any:
        """No plan, no calendar: the button is greyed out beside the reason (enabled with no
        file, a click did nothing at all)."""
        return gr.DownloadButton(value=None, interactive=False)

    def on_plan(state: Any, db: str | None = None) -> tuple[Any, ...]:
        if state is None or state.notes is None:
            why = state.problem if state else "the notes are empty"
            return (
                info_html(f"The plan needs complete notes ({why})."),
                no_calendar(),
                gr.Dropdown(choices=[], value=None),
            )
        try:
            from coach.ics import write_ics
            from ui.plan_view import plan_for, plan_html, sendable

            plan = plan_for(state.notes, now(), db)
            path = services.files / f"follow-ups-{slug(state.notes.company.name)}.ics"
            write_ics(plan, path)
            choices = sendable(plan)
            return (
                plan_html(plan, now()),
                gr.DownloadButton(value=str(path), interactive=True),
                gr.Dropdown(choices=choices, value=choices[0] if choices else None),
            )
        except CoachError as exc:
            return problem_html(exc), no_calendar(), gr.Dropdown(choices=[], value=None)

    # The plan follows the notes the page shows. After a reload the tab can be shown before
    # the kept notes are back (picked at once, or put back as the tab last open, which fires no
    # select): planning again once they are restored corrects it. Taking turns with the form's
    # readings, a plan made from the still-empty form never lands after that one.
    plan_io: dict[str, Any] = {
        "inputs": [notes_state, user_db],
        "outputs": [p_html, p_ics, page.p_item],
        "api_visibility": "private",
        **in_turn,
    }
    for event in (next_tab.select, p_refresh.click):
        event(on_plan, **plan_io)
    restored.then(on_plan, show_progress="hidden", **plan_io)

    # the last message marked as sent, until it is undone (or another is marked)
    p_marked = gr.State(None)
    hidden = gr.Button(visible=False)
    unchanged = [gr.skip()] * len(fill_outputs)

    def on_mark_sent(state: Any, item: str | None, db: str | None) -> tuple[Any, ...]:
        """Record it; the plan, the banner and the notes' "Messages already sent" all show
        it at once (the time in the interview's zone), with an undo."""
        from ui.plan_view import mark_sent

        if state is None or state.notes is None or not item:
            note = "Choose a message first (the plan needs complete notes)."
            return (note, *on_plan(state, db), gr.skip(), gr.skip(), hidden, *unchanged)
        try:
            done, updated, entry = mark_sent(state.notes, item, now(), db)
        except (CoachError, ValueError, OSError) as exc:
            note = f"Could not record it: {exc}"
            return (note, *on_plan(state, db), gr.skip(), gr.skip(), hidden, *unchanged)
        new = notes_view.NotesState(updated, "")
        return (
            done,
            *on_plan(new, db),
            notes_view.banner(new, now(), db),
            entry,
            gr.Button(visible=True),
            *notes_tab.fill(from_notes(updated)),
        )

    def on_undo(state: Any, entry: Any, db: str | None) -> tuple[Any, ...]:
        from ui.plan_view import undo_sent

        if state is None or state.notes is None or not entry:
            return (gr.skip(),) * 6 + (hidden, *unchanged)
        try:
            done, updated = undo_sent(state.notes, entry, db)
        except (CoachError, ValueError, OSError) as exc:
            return (f"Could not undo it: {exc}", *(gr.skip(),) * 5, hidden, *unchanged)
        new = notes_view.NotesState(updated, "")
        return (
            done,
            *on_plan(new, db),
            notes_view.banner(new, now(), db),
            None,
            hidden,
            *notes_tab.fill(from_notes(updated)),
        )

    sent_outputs = [
        page.p_note,
        p_html,
        p_ics,
        page.p_item,
        banner,
        p_marked,
        page.p_undo,
        *fill_outputs,
    ]
    page.p_sent.click(
        on_mark_sent,
        [notes_state, page.p_item, user_db],
        sent_outputs,
        api_visibility="private",
    )
    page.p_undo.click(
        on_undo, [notes_state, p_marked, user_db], sent_outputs, api_visibility="private"
    )

    def on_next_draft(state: Any, db: str | None) -> tuple[Any, ...]:
        from ui.plan_view import due_next, plan_for

        if state is None or state.notes is None:
            return gr.skip(), gr.skip(), gr.Tabs(selected="notes")
        item = due_next(plan_for(state.notes, now(), db), now())
        kind = str(item.kind) if item is not None and item.kind in list(Kind) else ""
        return kind, (item.to or "") if item else "", gr.Tabs(selected="drafts")

    # it writes the draft, as its name says, on the Drafts tab, whose progress line is shown
    # (on a phone the tab opened scrolled to where this button was: at the end of old drafts).
    # Like Write drafts, it asks before replacing a draft the user edited (ASK_REWRITE_JS,
    # asked once the Drafts tab, with the edited drafts, is in view).
    switched = p_draft.click(
        on_next_draft, [notes_state, user_db], [d_kind, d_to, tabs], api_visibility="private"
    )
    switched.then(None, js=show_js("#draft-status"))
    draft.events.append(
        switched.then(
            draft.handler,
            draft.inputs,
            draft.outputs,
            js=ASK_REWRITE_JS,
            api_visibility="private",
            show_progress="hidden",
        )
    )
