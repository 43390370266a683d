"""Checking a pasted or uploaded draft: the same guardrail as `coach check`, for one message.

The web app and its `/critique` endpoint both come here. A draft never names a file on the
server: a notes path in front matter or an X-Coach-Notes header is ignored, and the notes come
from the page (or the API call) instead.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import yaml

from coach.engine import Checker, apply_fixes
from coach.errors import InputError
from coach.models import Finding, Notes, Result
from coach.readers import (
    MAX_BYTES,
    Message,
    parse_front_matter,
    parse_kind,
    parse_message,
    parse_time,
)
from ui.form import parse_notes_text

DRAFT_LABEL = "draft"
EML_START = (
    "from:",
    "to:",
    "date:",
    "message-id:",
    "received:",
    "mime-version:",
    "return-path:",
    "subject:",
    "x-coach-",
)
_NOTES_HEADER = re.compile(r"^X-Coach-Notes:.*(?:\n[ \t].*)*\n?", re.I | re.M)


@lru_cache(maxsize=1)
def checker() -> Checker:
    """One Checker for the whole app: loading the rules is the slow part, checking is not."""
    return Checker()


@lru_cache(maxsize=64)
def notes_from_api_text(text: str) -> Notes:
    """Notes sent as YAML or JSON text; the same text is parsed once (API callers repeat it)."""
    return parse_notes_text(text, "notes")


def looks_like_eml(raw: str) -> bool:
    """An RFC 5322 message: header lines before the first blank line, one of them a known one."""
    head = raw.lstrip().split("\n\n", 1)[0].lower().splitlines()
    known = [line for line in head if line.startswith(EML_START)]
    return (
        bool(head)
        and len(known) >= 2
        and all(re.match(r"^[\w-]+:", line) or line[:1] in " \t" for line in head)
    )


def _without_notes_path(raw: str, eml: bool) -> tuple[str, bool]:
    """Drop a notes *path* from the draft (never read server files); report if one was there."""
    if eml:
        head, sep, body = raw.partition("\n\n")
        cleaned = _NOTES_HEADER.sub("", head + "\n").rstrip("\n")
        return cleaned + sep + body, cleaned != head.rstrip("\n")
    meta, body = parse_front_matter(raw, DRAFT_LABEL)
    if isinstance(meta.get("notes"), str):
        meta.pop("notes")
        front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True) if meta else ""
        return f"---\n{front}---\n{body}", True
    return raw, False


def parse_send_time(value: str | None, notes: Notes | None, label: str) -> dt.datetime | None:
    """ISO 8601 with an offset; in the page, a time without one is in the interview's zone."""
    text = (value or "").strip()
    if not text:
        return None
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        raise InputError(
            label, f"not a time like 2026-11-20 19:30: {text!r}", "send time"
        ) from None
    if when.tzinfo is None and notes is not None:
        return when.replace(tzinfo=notes.interview.zone)
    return parse_time(when, label, "send time")


@dataclass
class Checked:
    """A checked draft: `message.text` is what the findings point into; `prefix` is the front
    matter before it in the raw text (None when the raw text was an email, not plain text)."""

    message: Message
    result: Result
    remarks: list[str]
    prefix: str | None

    def fixed(self) -> tuple[str, int, str]:
        """The raw text with the safe fixes applied, how many, and a diff of the message text."""
        new_text, applied, diff = fix(self.message.text, self.result.findings)
        return (self.prefix or "") + new_text, applied, diff


def critique(
    raw: str,
    notes: Notes | None,
    kind: str | None = None,
    to: str | None = None,
    send_at: str | dt.datetime | None = None,
    *,
    label: str = DRAFT_LABEL,
    eml: bool | None = None,
    now: dt.datetime | None = None,
) -> Checked:
    """Check one draft, with remarks for the reader on anything ignored."""
    if len(raw.encode("utf-8", "replace")) > MAX_BYTES:
        raise InputError(label, f"the draft is over {MAX_BYTES:,} bytes")
    raw = raw.replace("\r\n", "\n").removeprefix("\ufeff")
    if eml is None:
        eml = looks_like_eml(raw)
    original = raw
    raw, dropped = _without_notes_path(raw, eml)
    remarks = (
        ["The notes path inside the draft was ignored; the notes on this page were used."]
        if dropped and notes is not None
        else []
    )
    if isinstance(send_at, str):
        send_at = parse_send_time(send_at, notes, label)
    message = parse_message(
        raw,
        label,
        eml=eml,
        notes=notes,
        kind=parse_kind(kind, label).value if kind else None,
        to=to or None,
        send_at=send_at,
    )
    text = message.text
    prefix = original[: len(original) - len(text)] if not eml and original.endswith(text) else None
    return Checked(message, checker().check(message, now=now), remarks, prefix)


def critique_api(draft: str, notes: str, kind: str, recipient: str, send_at: str) -> dict[str, Any]:
    """One result in the `coach check --format json` result schema."""
    parsed = notes_from_api_text(notes) if (notes or "").strip() else None
    when = parse_time(send_at.strip(), "send time", "send_at") if (send_at or "").strip() else None
    checked = critique(draft or "", parsed, kind or None, recipient or None, when)
    return checked.result.model_dump(mode="json")


def fix(raw: str, findings: list[Finding]) -> tuple[str, int, str]:
    """Apply the safe fixes; returns the new text, how many applied, and a unified diff."""
    fixed, applied = apply_fixes(raw, findings)
    diff = "".join(
        difflib.unified_diff(
            raw.splitlines(True), fixed.splitlines(True), "your draft", "with safe fixes", n=1
        )
    )
    return fixed, applied, diff


def split_subject(text: str) -> tuple[str | None, str]:
    """`Subject: ...` on the first line, then the body."""
    first, _, rest = text.partition("\n")
    if first.lower().startswith("subject:"):
        return first.split(":", 1)[1].strip() or None, rest.lstrip("\n")
    return None, text
