"""Each notes field's own problem, said beside it (under its label) once the user leaves it.

A wrong value is said when the user leaves the field, never while they type; a fixed one is
taken back as soon as it is fixed. Dates that are possible but probably mistyped (an interview in
1999, a decision before the interview) are warnings, said the same way. What counts as wrong is
decided in ui.form, ui.form_problems and coach.plausible; this module only shows it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import gradio as gr

from ui import form as F
from ui import notes_tab
from ui.form_problems import field_of


def read_status(values: F.FormValues, shown: dict[str, str], today: dt.date) -> str:
    """The status above the form, listing the problems now said beside their fields."""
    from ui.notes_view import read_notes

    return read_notes(values, shown, today)[1]


ERROR, DOUBT = "fc-invalid", "fc-doubt"


def beside(key: str, problem: str) -> str:
    """The problem as said under its own field: without the field's name when it leads."""
    head, sep, rest = problem.partition(": ")
    if sep and field_of(problem) == key and "'s " not in head:
        return rest
    return problem


def _update(key: str, message: str | None, infos: dict[str, str | None], doubt: bool) -> Any:
    if message is None:
        return gr.update(info=infos.get(key) or "", elem_classes=[])  # (None would keep it)
    return gr.update(info=f"⚠ {message}", elem_classes=[DOUBT if doubt else ERROR])


class FieldErrors:
    """The wiring: `touched` (fields the user has left) and `shown` (key -> message beside
    it) are per-session states."""

    def __init__(self, nt: notes_tab.NotesTab, today: Callable[[], dt.date]):
        self.nt = nt
        self.today = today
        self.keys = list(F.FIELD_KEYS)
        self.infos = {k: getattr(nt.fields[k], "info", None) for k in self.keys}
        self.touched = gr.State([])
        self.shown = gr.State({})
        self.quiet: dict[str, Any] = {"show_progress": "hidden", "api_visibility": "private"}

    @property
    def outputs(self) -> list[Any]:
        return [*(self.nt.fields[k] for k in self.keys), self.shown, self.nt.status]

    @property
    def inputs(self) -> list[Any]:
        return [*self.nt.inputs, self.touched, self.shown]

    def show(self, mode: str) -> Callable[..., list[Any]]:
        """`leave`: say the problems of the fields left; `typing`: only take back fixed ones;
        `restore`: every field with something in it counts as left."""

        def handler(*args: Any) -> list[Any]:
            *form, touched, shown = args
            values = notes_tab.values_of(form)
            problems = F.field_problems(values, self.today())
            complete = F.to_notes(values).notes is not None
            touched = set(touched or ())
            if mode == "restore":
                touched |= {k for k in self.keys if str(values.get(k) or "").strip()}
            shown = dict(shown or {})
            new: dict[str, str] = {}
            for key in self.keys:
                problem = problems.get(key)
                if mode == "typing":
                    if key in shown and problem is not None:
                        new[key] = shown[key]
                elif problem is not None and key in touched:
                    new[key] = beside(key, problem)
            out = [
                _update(k, new.get(k), self.infos, complete)
                if new.get(k) != shown.get(k)
                else gr.skip()
                for k in self.keys
            ]
            # the status above the form lists what is now said beside the fields
            status = read_status(values, new, self.today()) if new != shown else gr.skip()
            return [*out, new, status]

        return handler

    def wire(self) -> None:
        """Listen for fields being left (a reading of the form calls `show` itself)."""
        for key in self.keys:
            component = self.nt.fields[key]
            if not hasattr(component, "blur"):
                continue
            component.blur(
                lambda touched, k=key: sorted({*(touched or ()), k}),
                self.touched,
                self.touched,
                **self.quiet,
            ).then(self.show("leave"), self.inputs, self.outputs, **self.quiet)


def wire_send_time(send: Any, notes_state: Any) -> None:
    """The Critique tab's send time: its problem under it once the user leaves the field (the
    verdict says it too), taken back as soon as it is fixed."""
    from ui.critique_view import SEND_TIME_INFO, send_time_problem

    quiet: dict[str, Any] = {"show_progress": "hidden", "api_visibility": "private"}

    def fine() -> Any:
        return gr.update(info=SEND_TIME_INFO, elem_classes=[])

    def left(value: str, state: Any) -> Any:
        problem = send_time_problem(value, state)
        if problem is None:
            return fine()
        return gr.update(info=f"⚠ {problem}", elem_classes=[ERROR])

    def typed(value: str, state: Any) -> Any:
        return fine() if send_time_problem(value, state) is None else gr.skip()

    send.blur(left, [send, notes_state], [send], **quiet)
    send.change(typed, [send, notes_state], [send], trigger_mode="always_last", **quiet)
