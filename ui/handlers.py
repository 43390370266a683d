"""What the page's events do, as plain functions of their inputs (no gradio layout here).

Every handler turns a CoachError (bad notes, a bad draft, the model unavailable) into a message
in the page; anything unexpected is logged with its traceback on the server and shown as one
sentence, never as a stack trace.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import queue
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from coach.errors import CoachError, ModelUnavailable
from coach.models import Draft, Kind, Notes
from coach.readers import Message
from ui import form as F
from ui.critique import critique
from ui.drafts import (
    Backends,
    Drafter,
    check_recipient,
    draft_text,
    installed_drafter,
    parse_kind_choice,
    run_drafter,
    slug,
    write_eml,
)
from ui.render import (
    ORIGIN_LABEL,
    counts,
    diff_html,
    error_html,
    findings_html,
    highlight_html,
    info_html,
    legend_html,
    reading_html,
    timing_advice,
    verdict_html,
    when_text,
)

log = logging.getLogger("coach.ui")


@dataclass
class Services:
    """What the app depends on, passed in rather than made at import (tests swap them)."""

    backends: Backends = field(default_factory=Backends)
    drafter: Drafter | None = None
    clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)
    model_lock: threading.Lock = field(default_factory=threading.Lock)
    files: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="coach-ui-")))

    def draft(
        self,
        notes: Notes,
        kind: Kind,
        to: str | None,
        progress: Callable[[str], None] | None = None,
        send_at: dt.datetime | None = None,
    ) -> Any:
        drafter = self.drafter or installed_drafter()
        with self.model_lock:  # one small CPU model: drafts take turns
            return run_drafter(
                drafter, notes, kind, to, self.backends.get(), progress, self.clock(), send_at
            )


def unexpected(exc: BaseException) -> str:
    log.exception("unexpected error in the web app")
    return error_html(
        f"{type(exc).__name__}: {exc}. The details are in the server's log.", "Unexpected problem"
    )


def problem_html(exc: CoachError) -> str:
    if isinstance(exc, ModelUnavailable) or getattr(exc, "exit_code", 0) == 3:
        return error_html(
            f"{exc}. Check COACH_BACKEND / OPENAI_BASE_URL, or run `make install` "
            "to fetch the embedded model.",
            "The model is unavailable",
        )
    return error_html(str(exc))


# --- notes


@dataclass
class NotesState:
    notes: Notes | None = None
    problem: str = "the notes are empty"


def read_notes(
    values: F.FormValues, shown: dict[str, str] | None = None, today: dt.date | None = None
) -> tuple[NotesState, str, str, str]:
    """(state, status HTML, YAML to show, the save payload) for what the form holds. With
    `shown` (the problems said beside their fields), a wrong value is listed only once it is
    shown beside its field, i.e. once the user has left it: nothing complains mid-typing."""
    if F.is_blank(values):
        return (
            NotesState(),
            info_html(
                "Fill in your interview below, or open a notes file. "
                "Nothing you type is lost on reload."
            ),
            "",
            "",
        )
    outcome = F.to_notes(values)
    if outcome.notes is not None:
        notes = outcome.notes
        data = F.notes_dict(notes)
        status = (
            "<div class='fc-okbox' role='status'><strong>Notes complete.</strong> Drafts, "
            "checks and the plan use them; they stay in this browser.</div>"
        )
        if today is not None:
            from coach.plausible import implausible

            doubts = "".join(f"<li>{escape(w)}</li>" for _, w in implausible(notes, today))
            if doubts:
                status += f"<div class='fc-reading' role='status'><ul>{doubts}</ul></div>"
        state = NotesState(notes, "")
    else:
        data = F.draft_data(values)
        listed = [
            p
            for p in outcome.problems
            if shown is None or F.is_missing(p) or F.field_of(p) is None or F.field_of(p) in shown
        ]
        items = "".join(f"<li>{escape(p)}</li>" for p in listed)
        head = (
            f"Notes incomplete: {len(listed)} to fix."
            if listed
            else "Notes incomplete: finish the field you are filling in."
        )
        status = (
            f"<div class='fc-alert' role='alert'><strong>{head}</strong>"
            + (f"<ul>{items}</ul>" if items else "")
            + "<p>Checks that need the notes wait until these are fixed; each is also said "
            "beside its field.</p></div>"
        )
        state = NotesState(None, outcome.problems[0])
    stem = "notes-" + slug(str(data.get("company", {}).get("name", "interview")))
    payload = json.dumps({"stem": stem, "yaml": F.notes_yaml(data), "json": F.notes_json(data)})
    return state, status, F.notes_yaml(data), payload


def summary(notes: Notes) -> str:
    people = ", ".join(p.name for p in notes.interviewers)
    return (
        f"{notes.candidate.name}, {notes.role} at {notes.company.name}; interviewed "
        f"{when_text(notes.interview.start)} by {people}; stage: "
        f"{F.STAGE_LABELS[notes.stage].lower()}."
    )


def login_db(request: Any) -> str | None:
    """The history database of the signed-in login (coach ui --auth), or None for the default
    log when the app has no logins."""
    user = getattr(request, "username", None)
    if not user:
        return None
    from coach.history import login_db_path

    return str(login_db_path(str(user)))


def banner(state: NotesState, now: dt.datetime, db: str | None = None) -> str:
    if state.notes is None:
        text = (
            "Start with the Notes tab: your interview, its interviewers and what you discussed."
            if state.problem == "the notes are empty"
            else f"Notes incomplete ({state.problem}): fix them on the Notes tab."
        )
        return f"<div class='fc-banner fc-missing' role='status'>{escape(text)}</div>"
    try:
        from ui.plan_view import next_sentence, plan_for

        nxt = " Next: " + next_sentence(plan_for(state.notes, now, db), now)
    except (CoachError, ValueError) as exc:
        nxt = f" (No plan: {exc})"
    return (
        f"<div class='fc-banner fc-ready' role='status'>{escape(summary(state.notes))}"
        f"<strong>{escape(nxt)}</strong></div>"
    )


def load_notes_text(text: str, label: str) -> tuple[F.FormValues | None, str]:
    """Form values for a notes file's text, or None and an error message."""
    try:
        return F.from_notes(F.parse_notes_text(text, label)), ""
    except CoachError as exc:
        return None, error_html(str(exc), "Could not open those notes")


# --- critique

EMPTY_CRITIQUE = (
    "<p class='fc-none'>Paste a draft (subject line first, if any), or open an "
    ".eml, .md or .txt file. It is checked as you type.</p>"
)


SEND_TIME_INFO = "e.g. 2026-11-20 19:30, in the interview's zone; empty means now"


def send_time_problem(send: str | None, state: NotesState | None) -> str | None:
    """What is wrong with the Critique tab's send time, in plain words, or None."""
    from ui.critique import parse_send_time

    try:
        parse_send_time(send, state.notes if state else None, "send time")
    except CoachError as exc:
        text = str(exc)
        while text.startswith("send time: "):  # the field's own name, said under it
            text = text.removeprefix("send time: ")
        return text
    return None


def run_critique(
    text: str,
    kind: str,
    to: str,
    send: str,
    state: NotesState | None,
    now: dt.datetime,
    opened: OpenedFile | None = None,
) -> tuple[str, str, str]:
    """(verdict, highlighted text, findings) HTML for the Critique tab. What the reader had to
    guess (a pasted email's charset, or the opened file's while the draft is its text) is said
    under the verdict."""
    if not (text or "").strip():
        return EMPTY_CRITIQUE, "", ""
    notes = state.notes if state else None
    try:
        checked = critique(text, notes, kind or None, to or None, send or None, now=now)
    except CoachError as exc:
        return error_html(str(exc), "Could not check this draft"), "", ""
    except Exception as exc:  # noqa: BLE001 - shown as one line; traceback goes to the log
        return unexpected(exc), "", ""
    extra = (
        ""
        if notes is not None
        else (
            " Checked without notes: names, details and timing need the Notes tab"
            + (f" ({escape(state.problem)})" if state and state.problem else "")
            + "."
        )
    )
    for remark in checked.remarks:
        extra += " " + escape(remark)
    result = checked.result
    from_file = opened_warnings(opened, text)
    guessed = [*checked.message.warnings, *from_file]
    source = opened.name if from_file and opened else "this email"
    verdict = verdict_html(result, checked.message.send_at, extra) + reading_html(guessed, source)
    marked = legend_html() + highlight_html(checked.message.text, result.findings, "cf")
    return verdict, marked, findings_html(result.findings, "cf", checked.message.text)


def apply_safe_fixes(
    text: str, kind: str, to: str, send: str, state: NotesState | None, now: dt.datetime
) -> tuple[str, str]:
    """(new draft text, diff HTML)."""
    if not (text or "").strip():
        return text, info_html("There is no draft to fix yet.")
    try:
        checked = critique(
            text, state.notes if state else None, kind or None, to or None, send or None, now=now
        )
    except CoachError as exc:
        return text, error_html(str(exc), "Could not check this draft")
    fixed, applied, diff = checked.fixed()
    if not applied:
        left = len(checked.result.findings)
        return text, info_html(
            f"No safe fixes to apply; {left} finding(s) need a person's edit (see the suggestions)."
        )
    head = f"<p><strong>Applied {applied} safe fix{'es' if applied > 1 else ''}:</strong></p>"
    return fixed, head + diff_html(diff)


@dataclass
class OpenedFile:
    """A draft opened from a file: its name, the text put in the draft box, and what the reader
    guessed while reading it (coach.readers.Message.warnings)."""

    name: str = ""
    text: str = ""
    warnings: list[str] = field(default_factory=list)


def opened_warnings(opened: OpenedFile | None, text: str) -> list[str]:
    """The opened file's reader warnings while the draft is still the text read from it."""
    if isinstance(opened, OpenedFile) and opened.warnings and opened.text == text:
        return opened.warnings
    return []


def read_draft_file(data: bytes, name: str, notes: Notes | None) -> Message:
    """The Message in an uploaded file. An email (.eml, or a file that looks like one) is read
    from its bytes, each part by its declared charset (ISO-8859-1, windows-1252 ...), as
    `coach check` reads it; .md and .txt files are UTF-8. A notes path inside is dropped."""
    from coach.readers import decode, parse_message
    from ui.critique import _without_notes_path, looks_like_eml

    # latin-1 maps every byte to one character and back: the headers (ASCII) can be looked at
    # and edited as text without decoding the body
    as_latin1 = data.replace(b"\r\n", b"\n").decode("latin-1")
    if name.lower().endswith(".eml") or looks_like_eml(as_latin1.removeprefix("\xef\xbb\xbf")):
        cleaned, _ = _without_notes_path(as_latin1, True)
        return parse_message(cleaned.encode("latin-1"), name, eml=True, notes=notes)
    raw, _ = _without_notes_path(decode(data, name), False)
    return parse_message(raw, name, notes=notes)


def open_draft_file(
    path: str | None, state: NotesState | None
) -> tuple[Any, Any, Any, Any, str, Any]:
    """(draft text, kind, recipient, send time, status, OpenedFile) for an uploaded .eml, .md or
    .txt file. What the reader had to guess is said in the status, and beside the result while
    the draft is the text read."""
    from coach.readers import read_raw

    if not path:
        return "", "", "", "", "", OpenedFile()
    name = Path(path).name
    try:
        message = read_draft_file(read_raw(Path(path), name), name, state.notes if state else None)
    except CoachError as exc:
        skip = gr_skip()
        return skip, skip, skip, skip, error_html(str(exc), "Could not open it"), OpenedFile()
    send = message.send_at.isoformat() if message.send_at else ""
    note = info_html(
        f"Opened {name}"
        + (
            f" ({len(message.attachments)} attachment(s) listed, not checked)"
            if message.attachments
            else ""
        )
        + "."
    ) + reading_html(message.warnings, name)
    kind = message.kind.value if message.kind else ""
    opened = OpenedFile(name, message.text, list(message.warnings))
    return message.text, kind, message.to or "", send, note, opened


def gr_skip() -> Any:
    import gradio as gr

    return gr.skip()


# --- drafts


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


def draft_card_html(draft: Draft, index: int) -> str:
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
    send = f"Send {when_text(draft.send_at)}" if draft.send_at else "Send when ready"
    return (
        f"<div class='fc-draft-head'><h3>{escape(draft.to)}: "
        f"{escape(F.KIND_LABELS[draft.kind])}</h3>{badge}"
        f"<span class='fc-badge' title='{escape(explain, quote=True)}'>Origin: "
        f"{escape(origin)}</span></div><p class='fc-draft-meta'>{escape(send)}, by "
        f"{escape(draft.channel.value)} · {escape(explain)} · {escape(draft.backend)} "
        f"{escape(draft.model)}, {draft.model_calls} call(s), {draft.seconds:.1f} s</p>"
    )


def draft_for_chat(draft: Draft) -> str:
    c = counts(draft.findings)
    verdict = (
        "passes the checks"
        if draft.passed
        else f"ready to send; {timing_advice(draft.findings)}"
        if draft.text_passed
        else f"{c['error']} error(s) left"
    )
    quoted = [f"> {line}" if line.strip() else ">" for line in draft_text(draft).splitlines()]
    lines = [
        f"**To {draft.to}** ({ORIGIN_LABEL.get(draft.origin, (draft.origin,))[0]}; {verdict}):",
        "",
        *quoted,  # a quote wraps; a code block would run off the side
        "",
    ]
    lines += [f"- `{f.rule}`: {f.message}" for f in draft.findings]
    if draft.send_at:
        lines.append(f"\nSend it {when_text(draft.send_at)}.")
    return "\n".join(lines)


# --- kept in the browser: the Critique tab's inputs and the chat, restored after a reload

CRITIQUE_FIELDS = ("text", "kind", "to", "send")
CRITIQUE_KINDS = frozenset({"", *(k.value for k in F.KIND_LABELS)})
# The chat kept across a reload is capped at its last CHAT_KEEP messages (25 questions and
# answers): a reply can carry whole drafts, and the browser keeps ~5 MB per site for every
# stored value together (notes, draft and chat). Older messages are dropped from the stored copy
# only; the page shows the whole conversation until it is reloaded.
CHAT_KEEP = 50
CHAT_ROLES = ("user", "assistant")


def critique_saved(text: Any, kind: Any, to: Any, send: Any) -> dict[str, str]:
    """The Critique tab's inputs as they are kept in the browser."""
    values = (text, kind, to, send)
    return {
        k: v if isinstance(v, str) else "" for k, v in zip(CRITIQUE_FIELDS, values, strict=True)
    }


def critique_restored(saved: Any) -> dict[str, str] | None:
    """The stored Critique inputs to put back, or None when there is nothing to restore (nothing
    stored, all of it empty, or a value of the wrong shape). A kind this version does not know is
    dropped; the draft and the other fields are still restored."""
    if not isinstance(saved, dict):
        return None
    values: dict[str, str] = {}
    for key in CRITIQUE_FIELDS:
        value = saved.get(key)
        if value is None:
            value = ""
        if not isinstance(value, str):
            return None
        values[key] = value
    if values["kind"] not in CRITIQUE_KINDS:
        values["kind"] = ""
    return values if any(values.values()) else None


def _message_text(message: Any) -> str | None:
    """A chat message's text: gradio hands messages back with their content as a list of parts
    ({"type": "text", "text": ...}); the handlers add them with plain strings."""
    content = message.get("content") if isinstance(message, dict) else None
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = [p.get("text") for p in content if isinstance(p, dict) and p.get("type") == "text"]
        texts = [p for p in parts if isinstance(p, str)]
        if texts and len(texts) == len(parts):
            return "\n\n".join(texts)
    return None


def chat_saved(history: Any) -> list[dict[str, str]]:
    """The chat as it is kept in the browser: its last CHAT_KEEP text messages, as plain
    {role, content} pairs, starting with a question."""
    kept: list[dict[str, str]] = []
    for message in history if isinstance(history, list) else []:
        text = _message_text(message)
        if text is not None and message.get("role") in CHAT_ROLES:
            kept.append({"role": message["role"], "content": text})
    kept = kept[-CHAT_KEEP:]
    while kept and kept[0]["role"] != "user":
        kept.pop(0)
    return kept


def chat_restored(saved: Any) -> list[dict[str, str]] | None:
    """The stored chat to show again, or None when there is nothing to restore (nothing stored,
    an empty chat, or a value of the wrong shape)."""
    if not isinstance(saved, list) or not saved:
        return None
    for message in saved:
        if not (
            isinstance(message, dict)
            and message.get("role") in CHAT_ROLES
            and isinstance(message.get("content"), str)
        ):
            return None
    return chat_saved(saved) or None
