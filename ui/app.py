"""The Follow-up Coach web app: `build_demo(...)` returns the gr.Blocks; `demo` is built on first
access (so importing this module starts nothing); `coach ui` serves it through ui.server.serve.

Tabs: Notes (the form, kept in the browser), Drafts, Critique (its draft and fields kept in the
browser too), Coach chat (its recent messages kept) and Next steps. Two
named API endpoints, /critique and /draft, give scripts the same results as `coach check` and
`coach draft` (see INTERFACES.md, "The web app's API").
"""

from __future__ import annotations

import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

import datetime as dt
from collections.abc import Callable
from typing import Any

import gradio as gr

import ui.server  # noqa: F401,E402 - sets gradio's queue settings before any Blocks exists
from ui import chat as C
from ui import (
    critique_open,
    critique_view,
    drafts_kept,
    drafts_tab,
    layout,
    next_steps_tab,
    notes_replace,
    notes_tab,
    notes_view,
)
from ui import form as F
from ui.api import add_api
from ui.drafts import Backends, Drafter
from ui.field_errors import FieldErrors, wire_send_time
from ui.notes_view import read_notes
from ui.services import Services
from ui.show import show_js

STORAGE_KEY = "follow-up-coach-notes"
CRITIQUE_KEY = "follow-up-coach-critique"  # the Critique tab's draft, kind, recipient, send time
CHAT_KEY = "follow-up-coach-chat"  # the Coach chat's last C.CHAT_KEEP messages
SYNC_JS = """() => {
  clearTimeout(window.fcSyncTimer);
  window.fcSyncTimer = setTimeout(() => document.querySelector('#fc-sync')?.click(), 150);
  return [];
}"""


def build_demo(
    *,
    backend: Any = None,
    backend_factory: Callable[[], Any] | None = None,
    drafter: Drafter | None = None,
    clock: Callable[[], dt.datetime] | None = None,
    secret: str | None = None,
) -> gr.Blocks:
    """The app. `backend` (e.g. a FakeBackend) or `backend_factory` (default: get_backend,
    called on the first draft) picks the model; `drafter` defaults to
    coach.drafting.draft_messages; `clock` is for tests."""
    from ui.server import state_secret

    services = Services(backends=Backends(backend_factory, backend), drafter=drafter)
    if clock is not None:
        services.clock = clock
    now = services.clock

    with gr.Blocks(
        title="Follow-up Coach", analytics_enabled=False, delete_cache=(3600, 86400)
    ) as demo:
        demo.coach_services = services  # type: ignore[attr-defined]
        key = secret or state_secret()
        # Kept in this browser's localStorage, encrypted, and put back on a reload: the notes,
        # the Critique tab's inputs and the chat, each under its own key.
        stored = gr.BrowserState(None, storage_key=STORAGE_KEY, secret=key)
        critique_stored = gr.BrowserState(None, storage_key=CRITIQUE_KEY, secret=key)
        chat_stored = gr.BrowserState(None, storage_key=CHAT_KEY, secret=key)
        # False until the stored Critique inputs have been looked at after a (re)load: until
        # then the still-empty fields must not overwrite what is stored.
        critique_ready = gr.State(False)
        # The draft file last opened in the Critique tab, and what reading it needed to guess
        c_opened = gr.State(critique_view.OpenedFile())
        page: layout.Page

        drafts_stored = gr.BrowserState(None, storage_key=drafts_kept.DRAFTS_KEY, secret=key)
        view_stored = gr.BrowserState(None, storage_key=drafts_kept.VIEW_KEY, secret=key)
        tab_stored = gr.BrowserState(None, storage_key=drafts_kept.TAB_KEY, secret=key)

        def render_drafts(drafts_state: Any, notes_state: Any) -> None:
            drafts_tab.render(
                drafts_state,
                notes_state,
                drafts_stored,
                lambda: [page.c_text, page.c_kind, page.c_to, page.c_send, page.tabs],
                now,
            )

        page = layout.build(render_drafts)
        (notes_state, names_state, banner, nt) = (
            page.notes_state,
            page.names_state,
            page.banner,
            page.nt,
        )
        d_to = page.d_to
        c_text, c_kind, c_to, c_send, c_fix, c_open, c_note = (
            page.c_text,
            page.c_kind,
            page.c_to,
            page.c_send,
            page.c_fix,
            page.c_open,
            page.c_note,
        )
        c_verdict, c_marked, c_findings, c_diff = (
            page.c_verdict,
            page.c_marked,
            page.c_findings,
            page.c_diff,
        )

        # --- notes: every change is checked, kept in the browser and shown -------------------
        # each field's problem said beside it once the user leaves it (ui/field_errors.py)
        errors = FieldErrors(nt, lambda: now().date())
        # With logins (coach ui --auth), each login's own history database; None: the default
        # log. Set when the page loads, from the login.
        user_db = gr.State(None)

        def read_form(mode: str) -> Callable[..., list[Any]]:
            """One reading of the form: kept in the browser, checked, and each field's own
            problem said beside it (`mode`: see FieldErrors.show), in one reply."""
            beside = errors.show(mode)

            def on_form(*args: Any) -> list[Any]:
                *form, touched, shown, db = args
                *updates, shown_now, _ = beside(*form, touched, shown)
                values = notes_tab.values_of(form)
                state, status, yaml_text, payload = read_notes(values, shown_now, now().date())
                names = [p.name for p in state.notes.interviewers] if state.notes else []
                banner_html = notes_view.banner(state, now(), db)
                head = [values, state, status, yaml_text, payload, banner_html, names]
                return [*head, *updates, shown_now]

            return on_form

        on_form = read_form("typing")
        form_inputs = [*nt.inputs, errors.touched, errors.shown, user_db]
        form_outputs = [
            stored,
            notes_state,
            nt.status,
            nt.yaml_view,
            nt.save_payload,
            banner,
            names_state,
            *(nt.fields[k] for k in errors.keys),
            errors.shown,
        ]

        def on_names(names: list[str], old: list[str]) -> list[Any]:
            if names == old:
                return [gr.skip()] * (3 + F.MAX_HISTORY)
            who = [(n, n) for n in names]
            return [
                gr.update(choices=[("Every interviewer", ""), *who], value=""),
                gr.update(choices=[("From the draft", ""), *who]),
                *notes_tab.names_update(names, old),
                names,
            ]

        hist_to = [nt.fields[k] for k in F.group_keys("history") if k.endswith("_to")]
        last_names = gr.State([])
        critique_inputs = [c_text, c_kind, c_to, c_send, notes_state, c_opened]
        critique_outputs = [c_verdict, c_marked, c_findings]

        def on_critique(
            text: str, kind: str, to: str, send: str, state: Any, opened: Any
        ) -> tuple[str, ...]:
            return critique_view.run_critique(text, kind, to, send, state, now(), opened)

        quiet: dict[str, Any] = {"show_progress": "hidden", "api_visibility": "private"}

        # a field left: its problem beside it, and in the status above the form
        errors.wire()
        wire_send_time(c_send, notes_state)

        def after_form(dep: Any) -> Any:
            """Then: new recipient choices if the names changed, and re-check the draft."""
            return dep.then(
                on_names, [names_state, last_names], [d_to, c_to, *hist_to, last_names], **quiet
            ).then(on_critique, critique_inputs, critique_outputs, **quiet)

        # Every reading of the form takes its turn, so an older reading (with older values)
        # never lands after a newer one. It takes a few milliseconds.
        in_turn: dict[str, Any] = {"concurrency_limit": 1, "concurrency_id": "notes-form"}

        def after_fill(dep: Any) -> Any:
            """Read the form after a handler that changes no field (a page load, a row added)."""
            return after_form(
                dep.then(read_form("restore"), form_inputs, form_outputs, **quiet, **in_turn)
            )

        # Any change to a field (typed, pasted, autofilled, or set by a handler) starts a short
        # timer in the browser; when it runs out the form is read once. Filling in an example
        # changes ~70 fields: that is one reading, not seventy round trips.
        gr.on([nt.fields[k].change for k in F.FIELD_KEYS], None, js=SYNC_JS)
        typed = nt.sync.click(
            on_form, form_inputs, form_outputs, trigger_mode="always_last", **quiet, **in_turn
        )
        after_form(typed)
        for dep in notes_tab.wire_rows(nt):
            after_fill(dep)
        fill_outputs = nt.inputs + nt.row_outputs

        def restore(saved: Any, request: gr.Request) -> list[Any]:
            """The kept notes, and the login's own history (when the app has logins)."""
            values = saved if isinstance(saved, dict) else {}
            return [*notes_tab.fill(values, only_changes=True), notes_view.login_db(request)]

        critique_fields = [c_text, c_kind, c_to, c_send]

        # The kept inputs go to the browser, which puts them only into fields still empty when
        # they arrive: a draft pasted while a slow page was restoring is newer, and stays.
        c_kept = gr.Textbox(visible=False, label="Kept Critique inputs")

        def now_kept(*shown: Any) -> list[Any]:
            values = critique_view.critique_saved(*shown)
            return [values if any(values.values()) else gr.skip(), True]

        # Setting the fields fires their change event, which checks the draft again.
        restored = (
            after_fill(demo.load(restore, [stored], [*fill_outputs, user_db], **quiet))
            .then(critique_view.kept_json, critique_stored, c_kept, **quiet)
            .then(None, [c_kept, *critique_fields], critique_fields, js=critique_view.RESTORE_JS)
            .then(now_kept, critique_fields, [critique_stored, critique_ready], **quiet)
        )

        # Open, paste, example, clear: each asks first on a filled form; and the Saves
        notes_replace.wire(nt, fill_outputs)

        # --- critique
        # the text the last "Apply safe fixes" produced: its diff is shown until the draft changes
        c_fixed = gr.State(None)

        def on_critique_change(
            text: str,
            kind: str,
            to: str,
            send: str,
            state: Any,
            opened: Any,
            ready: bool,
            fixed: str | None,
        ) -> tuple[Any, ...]:
            """Check the draft and keep its inputs in the browser (in the same reply: no
            second round trip per keystroke); a fix's diff goes once the draft is another."""
            keep = critique_view.critique_saved(text, kind, to, send) if ready else gr.skip()
            stale = fixed is not None and text != fixed
            diff = ("", None) if stale else (gr.skip(), gr.skip())
            return (*on_critique(text, kind, to, send, state, opened), keep, *diff)

        # Check: the same check (as typed, it has usually run already), and its verdict shown
        page.c_check.click(None, js=show_js("#critique-verdict"))
        gr.on(
            [c_text.change, c_kind.change, c_to.change, c_send.change, page.c_check.click],
            on_critique_change,
            [*critique_inputs, critique_ready, c_fixed],
            [*critique_outputs, critique_stored, c_diff, c_fixed],
            trigger_mode="always_last",
            show_progress="hidden",
            api_visibility="private",
        )

        def on_fix(
            text: str, kind: str, to: str, send: str, state: Any, _opened: Any
        ) -> tuple[str, str, str]:
            fixed, diff = critique_view.apply_safe_fixes(text, kind, to, send, state, now())
            return fixed, diff, fixed

        c_fix.click(
            on_fix,
            critique_inputs,
            [c_text, c_diff, c_fixed],
            api_visibility="private",
        )
        c_fix.click(None, js=show_js("#critique-diff"))  # on a phone the diff is far below
        # Open .eml / .md / .txt…: read, then (over a draft of the user's own) asked first
        critique_open.wire(c_open, notes_state, [c_text, c_kind, c_to, c_send], c_note, c_opened)

        # --- drafts (ui/drafts_tab.py)
        draft = drafts_tab.wire(
            page,
            services,
            key,
            notes_state=notes_state,
            drafts_stored=drafts_stored,
            view_stored=view_stored,
            tab_stored=tab_stored,
            restored=restored,
        )

        # --- chat (ui/chat.py)
        C.wire(demo, page, services, now, notes_state=notes_state, stored=chat_stored)

        # --- next steps (ui/next_steps_tab.py)
        next_steps_tab.wire(
            page,
            services,
            now,
            notes_state=notes_state,
            user_db=user_db,
            fill_outputs=fill_outputs,
            draft=draft,
            restored=restored,
            in_turn=in_turn,
        )
        drafts_tab.wire_stop(page, services, draft)

        add_api(services)
    return demo


def __getattr__(name: str) -> Any:
    """`demo` is built on first access: importing ui.app neither starts nor creates anything."""
    if name == "demo":
        globals()["demo"] = built = build_demo()
        return built
    raise AttributeError(name)


if __name__ == "__main__":
    from ui.server import serve

    serve(build_demo())
