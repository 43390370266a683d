"""Drafting from the web app: which backend, running the drafting loop off the page's thread,
and the draft as text to copy or as an .eml file to open in a mail program.

The drafting loop itself lives in coach.drafting (`draft_messages`); the app only calls it, so a
draft from the page is the same as one from `coach draft`.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
import threading
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from typing import Any

from coach.errors import CoachError, InputError
from coach.models import Draft, DraftReport, Kind, Notes

Drafter = Callable[..., DraftReport]


class DraftingUnavailable(CoachError):
    """This build has no drafting loop (coach.drafting); the rest of the app still works."""

    exit_code = 3


def installed_drafter() -> Drafter:
    try:
        from coach.drafting import draft_messages
    except ImportError:
        raise DraftingUnavailable(
            "drafting", "not available in this build (coach.drafting is missing)"
        ) from None
    return draft_messages


class Backends:
    """The model backend, created on first use and shared by every session.

    `factory` is called once (e.g. `get_backend`); a failure is not cached, so fixing the set-up
    (starting Ollama, say) and trying again works without restarting the app.
    """

    def __init__(self, factory: Callable[[], Any] | None = None, backend: Any = None):
        self._factory = factory
        self._backend = backend
        self._lock = threading.Lock()

    def get(self) -> Any:
        with self._lock:
            if self._backend is None:
                if self._factory is None:
                    from coach.backends import get_backend

                    self._factory = get_backend
                self._backend = self._factory()
            return self._backend

    def describe(self) -> str:
        backend = self._backend
        return f"{backend.name} ({backend.model})" if backend is not None else "the model"

    def close(self) -> None:
        with self._lock:
            if self._backend is not None and hasattr(self._backend, "close"):
                self._backend.close()
            self._backend = None


def parse_kind_choice(kind: str | None, notes: Notes, now: dt.datetime | None = None) -> Kind:
    """The kind asked for, or, when none is, the message the plan says is due next."""
    if kind:
        try:
            return Kind(kind.strip())
        except ValueError:
            allowed = ", ".join(k.value for k in Kind)
            raise InputError(
                "kind", f"unknown kind {kind!r} (expected one of: {allowed})"
            ) from None
    try:
        from coach.next_step import due_next
        from coach.plan import build_plan

        item = due_next(build_plan(notes, now=now), now)
    except (ImportError, CoachError, ValueError):
        item = None
    if item is not None and item.kind in list(Kind):
        return Kind(item.kind)
    return Kind.thank_you


def check_recipient(notes: Notes, to: str | None) -> str | None:
    if not to:
        return None
    person = notes.interviewer(to)
    if person is None:
        known = ", ".join(p.name for p in notes.interviewers)
        raise InputError("recipient", f"unknown recipient {to!r} (the notes list: {known})")
    return person.name


def run_drafter(
    drafter: Drafter,
    notes: Notes,
    kind: Kind,
    to: str | None,
    backend: Any,
    progress: Callable[[str], None] | None = None,
    now: dt.datetime | None = None,
    send_at: dt.datetime | None = None,
) -> DraftReport:
    """Call the drafting loop, passing `progress`, `now` and `send_at` where it takes them (a
    stand-in drafter in a test may not)."""
    kwargs: dict[str, Any] = {"to": to, "backend": backend}
    try:
        accepts = inspect.signature(drafter).parameters
    except (TypeError, ValueError):
        accepts = {}  # type: ignore[assignment]
    for name, value in (("progress", progress), ("now", now), ("send_at", send_at)):
        if value is not None and name in accepts:
            kwargs[name] = value
    report = drafter(notes, kind, **kwargs)
    if isinstance(report, dict):
        report = DraftReport.model_validate(report)
    return report


def draft_text(draft: Draft) -> str:
    """What the user copies: the subject line first (for email), then the body."""
    if draft.subject:
        return f"Subject: {draft.subject}\n\n{draft.body.strip()}\n"
    return draft.body.strip() + "\n"


def split_text(text: str) -> tuple[str, str]:
    """(subject, body) of a draft as the user sees it: a first line "Subject: ..." is the
    subject (the way draft_text writes it); the rest is the body."""
    lines = (text or "").replace("\r\n", "\n").split("\n")
    if lines and lines[0].lower().startswith("subject:"):
        return lines[0].split(":", 1)[1].strip(), "\n".join(lines[1:]).strip()
    return "", "\n".join(lines).strip()


def eml_bytes(draft: Draft, notes: Notes | None, text: str | None = None) -> bytes:
    """An unsent email (X-Unsent: 1 makes mail programs open it as a draft to send). `text`,
    when given, is the draft as the user edited it (subject line first, as draft_text shows
    it): the file holds the user's words, not the model's."""
    if text is not None:
        subject, body = split_text(text)
        draft = draft.model_copy(update={"subject": subject, "body": body})
    msg = EmailMessage()
    person = notes.interviewer(draft.to) if notes is not None else None
    address = person.email if person is not None and person.email else ""
    msg["To"] = formataddr((draft.to, address)) if address else draft.to
    if draft.subject:
        msg["Subject"] = draft.subject
    if draft.send_at is not None:
        msg["Date"] = format_datetime(draft.send_at)
    msg["X-Coach-Kind"] = draft.kind.value
    msg["X-Unsent"] = "1"
    msg.set_content(draft.body.strip() + "\n")
    return bytes(msg)


_PLAIN = str.maketrans({"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "þ": "th"})


def slug(text: str) -> str:
    """A file-name part: accented letters lose their accents ("Zoé Lefèvre" -> "zoe-lefevre"),
    letters with no ASCII form stay as they are, and the rest becomes hyphens."""
    import unicodedata

    plain = "".join(
        c
        for c in unicodedata.normalize("NFKD", text.lower().translate(_PLAIN))
        if not unicodedata.combining(c)
    )
    return re.sub(r"[^\w]+|_", "-", plain).strip("-") or "draft"


def file_name(draft: Draft, suffix: str) -> str:
    """A downloaded draft's file name: what it is and to whom ("thank-you-sarah-chen.eml")."""
    return f"{draft.kind.value.replace('_', '-')}-{slug(draft.to)}.{suffix}"


def md_text(draft: Draft, notes: Notes | None, text: str | None = None) -> str:
    """The draft as a Markdown message file (INTERFACES.md: front matter, then the text as the
    user edited it), with the notes inline: `coach check FILE` then checks what the page
    checked, with nothing else to hand it."""
    import yaml

    meta: dict[str, Any] = {"kind": draft.kind.value, "channel": draft.channel.value}
    meta["to"] = draft.to
    if draft.send_at is not None:
        meta["send_at"] = draft.send_at.isoformat()
    if notes is not None:
        from ui.notes_files import notes_dict

        meta["notes"] = notes_dict(notes)
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=100)
    body = draft_text(draft) if text is None else text.replace("\r\n", "\n").strip() + "\n"
    return f"---\n{front}---\n{body}"


def draft_api(
    drafter: Drafter,
    backends: Backends,
    notes_text: str,
    kind: str,
    recipient: str,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """The `coach draft --format json` document for notes given as YAML or JSON text."""
    from ui.critique import notes_from_api_text

    notes = notes_from_api_text(notes_text or "")
    chosen = parse_kind_choice(kind, notes, now)
    to = check_recipient(notes, recipient)
    report = run_drafter(drafter, notes, chosen, to, backends.get(), now=now)
    return report.model_dump(mode="json")
