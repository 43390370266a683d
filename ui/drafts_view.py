"""What the Drafts tab shows while the model writes and after: progress as it works, the run's
summary (how many drafts pass the checks), and the head of each draft's card.

A CoachError (incomplete notes, the model unavailable) is said in the page; anything unexpected
is logged with its traceback on the server and shown as one sentence.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Generator
from html import escape
from typing import Any

from coach.errors import CoachError
from coach.models import Draft, Kind
from ui import form as F
from ui.draft_run import DraftRun, RunSlot
from ui.drafts import check_recipient, parse_kind_choice
from ui.notes_view import NotesState
from ui.render import (
    ORIGIN_LABEL,
    counts,
    error_html,
    plural,
    problem_html,
    timing_advice,
    unexpected,
    when_text,
)
from ui.services import Services


def progress_html(text: str, detail: str = "", done: int = 0, total: int = 0) -> str:
    """The working line; with `total`, a bar of the drafts finished so far."""
    bar = (
        f"<progress class='fc-progress-bar' max='{total}' value='{done}' "
        f"aria-label='Drafts finished'>{done} of {total}</progress>"
        if total
        else ""
    )
    more = f"<span class='fc-progress-note'>{escape(detail)}</span>" if detail else ""
    return (
        f"<div class='fc-progress' role='status' aria-live='polite'>"
        f"<span class='fc-spinner' aria-hidden='true'></span><div class='fc-progress-text'>"
        f"<span>{escape(text)}</span>{bar}{more}</div></div>"
    )


STEP = re.compile(r"^\[(\d+)/(\d+)\]\s*")
WAIT = "Drafting can take a few minutes. Stop keeps the drafts already finished."


def run_progress(run: DraftRun, start: str) -> str:
    """Which draft the loop is on ("Draft 1 of 2: drafting the thank-you to Sarah Chen"), from
    the line it reports as each draft begins; `start` until it reports one."""
    seconds = f"{run.seconds:.0f} s"
    if run.stop.is_set():
        return progress_html(
            f"Stopping: the model is finishing its current reply… {seconds}",
            "The drafts finished before Stop are kept.",
        )
    step = STEP.match(run.latest)
    if step is None:
        return progress_html(f"{run.latest or start}… {seconds}", WAIT)
    total = int(step.group(2))
    line = run.latest[step.end() :]
    text = f"Draft {step.group(1)} of {total}: {line[:1].upper()}{line[1:]}… {seconds}"
    return progress_html(text, WAIT, int(step.group(1)) - 1, total)


def drafting_steps(
    services: Services,
    state: NotesState | None,
    kind: str,
    to: str,
    send: str = "",
    slot: RunSlot | None = None,
) -> Generator[tuple[str, list[dict[str, Any]] | None], None, None]:
    """Yields (status HTML, drafts or None while working): the page shows progress meanwhile.
    `send` is when the user will send (empty: when the plan suggests). The run is kept in
    `slot`, for Stop; closing this generator (Gradio's cancel, a page gone) stops the run."""
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
    start = f"Writing a {F.KIND_LABELS[chosen].lower()} for {who}"
    run = DraftRun(services, notes, chosen, recipient, send_at).start()
    if slot is not None:
        slot.run = run
    try:
        while run.running:
            run.wait(0.5)
            yield run_progress(run, start), None
    finally:
        run.request_stop()  # (nothing to stop once it has ended)
    if run.claim_report():
        yield outcome(run, services)


def outcome(run: DraftRun, services: Services) -> tuple[str, list[dict[str, Any]] | None]:
    """(status HTML, drafts or None) for a run that has ended: its drafts, or those finished
    before the user pressed Stop."""
    error = run.error
    if isinstance(error, CoachError):
        return problem_html(error), None
    if error is not None:
        return unexpected(error), None
    report = run.report
    assert report is not None
    drafts = report.drafts if run.kept is None else report.drafts[: run.kept]
    seconds = f"{run.seconds:.0f} s"
    if not drafts:
        return (
            "<div class='fc-reading' role='status'>Stopped before the first draft was "
            f"finished ({seconds}).</div>"
        ), None
    # each run's drafts carry its own stamp: a run whose drafts equal the last one's (a quick
    # model, the same text, the same millisecond) is still a change the page must draw, and
    # its boxes are new ones, not the old boxes with the user's edit still typed in them
    stamp = uuid.uuid4().hex[:12]
    items = [{"draft": d.model_dump(mode="json"), "run": stamp} for d in drafts]
    failing = sum(not d.text_passed for d in drafts)
    every = "it passes" if len(items) == 1 else "every one passes"
    timed = [d for d in drafts if d.text_passed and not d.passed]
    when = timing_advice([f for d in drafts for f in d.findings])
    if run.kept is None:
        text = f"{plural(len(items), 'draft')} written in {seconds}"
    else:  # stopped with some written: there were at least two
        left = " or ".join(d.to for d in report.drafts[run.kept :])
        text = (
            f"Stopped: {len(items)} of {len(report.drafts)} drafts written in {seconds}, "
            f"none yet to {left}"
        )
    text += (
        f"; {failing} still fail the checks: edit them before sending."
        if failing
        else f"; {every} the checks." + (f" {when}" if when else "")
        if not timed
        else f"; the text of {'it' if len(items) == 1 else 'every one'} passes the checks. {when}"
    )
    box_class = "fc-alert" if failing else "fc-okbox"
    warned = "".join(
        f"<div class='fc-reading' role='status'>{escape(w)}</div>"
        for w in getattr(report, "warnings", [])
    )
    return f"{warned}<div class='{box_class}' role='status'>{escape(text)}</div>", items


# Write drafts replaces the drafts shown, edits and all: with an edited one on the page, it asks
# first; a No reaches the server as the send time ASK_CANCELLED, and nothing is written
ASK_CANCELLED = "\u2400cancelled"
ASK_REWRITE_JS = """(...args) => {
  const names = Array.from(document.querySelectorAll(".fc-draft-head[data-fc-edited]"))
    .map((el) => el.dataset.fcEdited);
  if (names.length && !window.confirm("Write new drafts? Your edits to the draft to "
      + names.join(" and ") + " will be replaced (copy or download them first to keep them).")) {
    args[3] = "\u2400cancelled";
  }
  return args;
}"""


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
            f"<span class='fc-badge fc-fail'>{plural(c['error'], 'error')}, "
            f"{plural(c['warning'], 'warning')}</span>"
        )
    origin, explain = ORIGIN_LABEL.get(draft.origin, (draft.origin, ""))
    mark = ""
    if edited:
        origin, explain = "Edited by you", "Your edit, checked again as you typed."
        mark = f" data-fc-edited='{escape(draft.to, quote=True)}'"
    send = f"Send {when_text(draft.send_at)}" if draft.send_at else "Send when ready"
    return (
        f"<div class='fc-draft-head'{mark}><h3>{escape(draft.to)}: "
        f"{escape(F.KIND_LABELS[draft.kind])}</h3>{badge}"
        f"<span class='fc-badge' title='{escape(explain, quote=True)}'>Origin: "
        f"{escape(origin)}</span></div><p class='fc-draft-meta'>{escape(send)}, by "
        f"{escape(draft.channel.value)} · {escape(explain)} · {escape(draft.backend)} "
        f"{escape(draft.model)}, {plural(draft.model_calls, 'call')}, {draft.seconds:.1f} s</p>"
    )


def attach_html(draft: Draft, notes: Any) -> str:
    """For a materials draft, what to attach before sending (the notes' promised materials):
    the draft says they are attached, but the text and the .eml download carry no files, so
    the reminder sits beside the box, never inside the message."""
    if draft.kind != Kind.materials:
        return ""
    promised = [m.what for m in getattr(notes, "materials", None) or []]
    what = "; ".join(promised) if promised else "the materials you promised"
    return (
        "<div class='fc-reading fc-attach' role='note'><strong>Attach before sending:</strong> "
        f"{escape(what)}. The draft and its downloads carry no files: add them in your mail "
        "program.</div>"
    )
