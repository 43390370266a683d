"""What the Drafts tab shows while the model writes and after: progress as it works, the run's
summary (how many drafts pass the checks), and the head of each draft's card.

A CoachError (incomplete notes, the model unavailable) is said in the page; anything unexpected
is logged with its traceback on the server and shown as one sentence.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from html import escape
from typing import Any

from coach.errors import CoachError
from coach.models import Draft
from ui import form as F
from ui.drafts import check_recipient, parse_kind_choice, write_eml
from ui.notes_view import NotesState
from ui.render import (
    ORIGIN_LABEL,
    counts,
    error_html,
    problem_html,
    timing_advice,
    unexpected,
    when_text,
)
from ui.services import Services


def progress_html(text: str) -> str:
    return (
        f"<div class='fc-progress' role='status' aria-live='polite'>"
        f"<span class='fc-spinner' aria-hidden='true'></span>{escape(text)}</div>"
    )


def drafting_steps(
    services: Services,
    state: NotesState | None,
    kind: str,
    to: str,
    send: str = "",
) -> Iterator[tuple[str, list[dict[str, Any]] | None]]:
    """Yields (status HTML, drafts or None while working): the page shows progress meanwhile.
    `send` is when the user will send (empty: when the plan suggests)."""
    notes = state.notes if state else None
    if notes is None:
        why = state.problem if state else "the notes are empty"
        yield (
            error_html(
                f"Drafting needs complete notes: {why}. Fix them on the Notes tab.", "Notes needed"
            ),
            None,
        )
        return
    try:
        from ui.critique import parse_send_time

        send_at = parse_send_time(send, notes, "Send time")
        chosen = parse_kind_choice(kind or None, notes, send_at or services.clock())
        recipient = check_recipient(notes, to or None)
    except CoachError as exc:
        yield problem_html(exc), None
        return
    who = recipient or (
        f"{len(notes.interviewers)} interviewers"
        if len(notes.interviewers) > 1
        else notes.interviewers[0].name
    )
    what = F.KIND_LABELS[chosen].lower()
    messages: queue.Queue[str] = queue.Queue()
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["report"] = services.draft(notes, chosen, recipient, messages.put, send_at)
        except BaseException as exc:  # noqa: BLE001 - handed to the page below
            box["error"] = exc

    started = time.monotonic()
    worker = threading.Thread(target=work, name="coach-draft", daemon=True)
    worker.start()
    latest = f"Writing a {what} for {who}"
    while worker.is_alive():
        worker.join(0.5)
        while not messages.empty():
            latest = messages.get_nowait()
        yield progress_html(f"{latest}… {time.monotonic() - started:.0f} s"), None
    error = box.get("error")
    if isinstance(error, CoachError):
        yield problem_html(error), None
        return
    if error is not None:
        yield unexpected(error), None
        return
    report = box["report"]
    folder = services.files / f"drafts-{time.time_ns()}"
    items = [
        {"draft": d.model_dump(mode="json"), "eml": str(write_eml(d, notes, folder))}
        for d in report.drafts
    ]
    failing = sum(not d.text_passed for d in report.drafts)
    timed = [d for d in report.drafts if d.text_passed and not d.passed]
    seconds = time.monotonic() - started
    when = timing_advice([f for d in report.drafts for f in d.findings])
    text = f"{len(items)} draft(s) written in {seconds:.0f} s" + (
        f"; {failing} still fail the checks: edit them before sending."
        if failing
        else "; every one passes the checks." + (f" {when}" if when else "")
        if not timed
        else f"; the text of every one passes the checks. {when}"
    )
    box_class = "fc-alert" if failing else "fc-okbox"
    warned = "".join(
        f"<div class='fc-reading' role='status'>{escape(w)}</div>"
        for w in getattr(report, "warnings", [])
    )
    yield f"{warned}<div class='{box_class}' role='status'>{escape(text)}</div>", items


def draft_card_html(draft: Draft, index: int, edited: bool = False) -> str:
    """The card's head: to whom, the verdict, who wrote the text. `edited`: the verdict is
    of the user's edit, checked again, not of what the model wrote."""
    c = counts(draft.findings)
    when = timing_advice(draft.findings)
    if draft.passed:
        badge = "<span class='fc-badge fc-pass'>Passes the checks</span>" + (
            f"<span class='fc-badge fc-late'>{escape(when)}</span>" if when else ""
        )
    elif draft.text_passed:  # only when it is sent fails: the text is ready
        badge = (
            "<span class='fc-badge fc-pass'>Ready to send</span>"
            f"<span class='fc-badge fc-late'>{escape(timing_advice(draft.findings))}</span>"
        )
    else:
        badge = (
            f"<span class='fc-badge fc-fail'>{c['error']} error(s), {c['warning']} "
            "warning(s)</span>"
        )
    origin, explain = ORIGIN_LABEL.get(draft.origin, (draft.origin, ""))
    if edited:
        origin, explain = "Edited by you", "Your edit, checked again as you typed."
    send = f"Send {when_text(draft.send_at)}" if draft.send_at else "Send when ready"
    return (
        f"<div class='fc-draft-head'><h3>{escape(draft.to)}: "
        f"{escape(F.KIND_LABELS[draft.kind])}</h3>{badge}"
        f"<span class='fc-badge' title='{escape(explain, quote=True)}'>Origin: "
        f"{escape(origin)}</span></div><p class='fc-draft-meta'>{escape(send)}, by "
        f"{escape(draft.channel.value)} · {escape(explain)} · {escape(draft.backend)} "
        f"{escape(draft.model)}, {draft.model_calls} call(s), {draft.seconds:.1f} s</p>"
    )
