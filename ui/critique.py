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
    decode,
    parse_front_matter,
    parse_kind,
    parse_message,
    parse_time,
)
from ui.notes_files import parse_notes_text

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
_HEADER_PARAM = r"""\b{}\s*=\s*(?:"([^"]*)"|([^\s;"]+))"""
_CHARSET = re.compile(_HEADER_PARAM.format("charset"), re.I)
_BOUNDARY = re.compile(_HEADER_PARAM.format("boundary"), re.I)
_CONTENT_TYPE = re.compile(r"content-type[ \t]*:", re.I)
#: windows-1252 leaves these five bytes undefined; the reader decodes them (in mail labelled
#: ISO-8859-1 or windows-1252) as the control characters of the same number
_CP1252_UNDEFINED = frozenset("\x81\x8d\x8f\x90\x9d")


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


def eml_bytes(raw: str) -> bytes:
    """The bytes a pasted email stands for, to be read as an uploaded .eml file is.

    Pasted text is characters, not bytes: a part sent as 8-bit text in ISO-8859-1 or
    windows-1252 shows in the browser as the characters it means ("Siobhán"). Read as UTF-8
    bytes under its declared charset, they would come back garbled ("SiobhÃ¡n"). So each part's
    body is encoded in the charset its Content-Type declares, which the reader decodes back to
    the same characters; headers, boundaries and parts that declare no charset are UTF-8. A part
    whose declared charset cannot hold its text (a character typed after pasting), or is not one
    known here, is declared UTF-8 instead: pasted, its characters are already what was meant.
    Text that is all ASCII is unchanged.
    """
    if raw.isascii():
        return raw.encode("ascii")
    boundaries: set[str] = set()
    out: list[bytes] = []
    head: list[str] = []
    body: list[str] = []
    in_head, blank = True, False
    for line in raw.split("\n"):
        if in_head:
            if line:
                head.append(line)
                continue
            in_head, blank = False, True
            content_type = " ".join(_content_type(head))
            boundaries.update(b for b in _params(_BOUNDARY, content_type) if b)
            continue
        edge = line.rstrip() if line.startswith("--") else ""
        closing = edge.endswith("--") and edge[2:-2] in boundaries
        if edge and (closing or edge[2:] in boundaries):
            out += _encoded_part(head, blank, body)
            out.append(line.encode("utf-8", "surrogatepass"))
            head, body, in_head, blank = [], [], not closing, False
            continue
        body.append(line)
    return b"\n".join(out + _encoded_part(head, blank, body))


def _content_type(head: list[str]) -> list[str]:
    """The lines of a header block's Content-Type header (it may be folded)."""
    found: list[str] = []
    for line in head:
        if found and line[:1] in " \t":
            found.append(line)
        elif found:
            break
        elif _CONTENT_TYPE.match(line):
            found.append(line)
    return found


def _params(pattern: re.Pattern[str], header: str) -> list[str]:
    return [a or b for a, b in pattern.findall(header)]


def _encode_body(text: str, charset: str) -> bytes | None:
    """`text` in `charset` as the reader decodes it (coach.eml_read.decode_text), or None when
    the charset cannot hold it, is unknown, or is not a charset for text."""
    import codecs

    try:
        codec = codecs.lookup(charset.strip().lower()).name
    except Exception:  # LookupError, or a label no codec name can be (a NUL in it)
        return None
    if codec in ("iso8859-1", "cp1252"):  # read as windows-1252, as mail clients do
        try:
            return text.encode("cp1252")
        except UnicodeEncodeError:
            pass
        try:
            return b"".join(
                bytes([ord(ch)]) if ch in _CP1252_UNDEFINED else ch.encode("cp1252") for ch in text
            )
        except UnicodeEncodeError:
            return None
    try:
        data = text.encode(codec)
        lines_kept = "\n".encode(codec) == b"\n" and "-".encode(codec) == b"-"
    except Exception:  # cannot hold the text, or base64, rot13 ...: not a charset for text
        return None
    return data if lines_kept else None


def _encoded_part(head: list[str], blank: bool, body: list[str]) -> list[bytes]:
    """The lines of one part: its header block (UTF-8), the blank line after it, and its body
    (as one item) in the charset its Content-Type declares."""
    text = "\n".join(body)
    content_type = _content_type(head)
    charsets = _params(_CHARSET, " ".join(content_type))
    data = None
    if text.isascii():
        data = text.encode("ascii")
    elif charsets:
        data = _encode_body(text, charsets[0])
        if data is None:  # the part cannot be written in its charset: declare it UTF-8
            head = [
                _CHARSET.sub("charset=utf-8", line, 1) if line in content_type else line
                for line in head
            ]
    if data is None:
        data = text.encode("utf-8", "surrogatepass")
    lines = [line.encode("utf-8", "surrogatepass") for line in head]
    return lines + [b""] * blank + ([data] if body else [])


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
        eml_bytes(raw) if eml else raw,  # an email is read from its bytes, by its charsets
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


def read_draft_file(data: bytes, name: str, notes: Notes | None) -> Message:
    """The Message in an uploaded file. An email (.eml, or a file that looks like one) is read
    from its bytes, each part by its declared charset (ISO-8859-1, windows-1252 ...), as
    `coach check` reads it; .md and .txt files are UTF-8. A notes path inside is dropped."""
    # latin-1 maps every byte to one character and back: the headers (ASCII) can be looked at
    # and edited as text without decoding the body
    as_latin1 = data.replace(b"\r\n", b"\n").decode("latin-1")
    if name.lower().endswith(".eml") or looks_like_eml(as_latin1.removeprefix("\xef\xbb\xbf")):
        cleaned, _ = _without_notes_path(as_latin1, True)
        return parse_message(cleaned.encode("latin-1"), name, eml=True, notes=notes)
    raw, _ = _without_notes_path(decode(data, name), False)
    return parse_message(raw, name, notes=notes)


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
