"""Writing fixes back into an .eml file: the text part is rewritten, every other byte is kept.

`coach check --fix` reads an email's text as "Subject: ...", a blank line and the decoded
text/plain part (see eml_read.eml_text). A fixed text is put back by

- finding that part's encoded payload in the file's bytes (it must occur exactly once);
- encoding the new text as the old was: the part's charset, its transfer encoding (7bit, 8bit,
  quoted-printable or base64), its line endings, and the blank lines around the text;
- and, when a fix changed the subject, replacing a plain ASCII Subject header's value.

Headers, other parts (an HTML alternative, attachments) and the MIME boundaries are left byte
for byte as they were. Where the new text cannot be written that way (an HTML-only message, a
character the part's charset cannot hold, an encoded subject), nothing is written and the
reason is raised as an InputError: the user's file is never half-changed.
"""

from __future__ import annotations

import base64
import email
import email.policy
import quopri
import re
import unicodedata
from email.message import EmailMessage

from coach.eml_read import unflow
from coach.errors import InputError

_SUBJECT = re.compile(rb"^Subject:[ \t]*(?P<value>[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)", re.M | re.I)


def _split(text: str) -> tuple[str | None, str]:
    """(subject, body) of a message text as the reader builds it."""
    if text.startswith("Subject: "):
        head, _, body = text.partition("\n\n")
        return head.removeprefix("Subject: "), body
    return None, text


def rewrite(data: bytes, old_text: str, new_text: str, label: str) -> tuple[bytes, list[str]]:
    """The file's bytes with `new_text` in place of `old_text`, and notes on what was left."""
    notes: list[str] = []
    old_subject, old_body = _split(old_text)
    new_subject, new_body = _split(new_text)
    if (old_subject is None) != (new_subject is None):
        raise InputError(label, "a fix added or removed the subject line; nothing was written")
    out = data
    if new_body != old_body:
        out = _rewrite_body(out, old_body, new_body, label, notes)
    if new_subject != old_subject and new_subject is not None:
        out = _rewrite_subject(out, new_subject, label, notes)
    return out, notes


def _rewrite_body(data: bytes, old_body: str, new_body: str, label: str, notes: list[str]) -> bytes:
    msg = email.message_from_bytes(data.removeprefix(b"\xef\xbb\xbf"), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None or part.get_content_type() != "text/plain":
        raise InputError(
            label,
            "the message has no plain-text part (its text was read from HTML); nothing was written",
        )
    if msg.is_multipart() and msg.get_body(preferencelist=("html",)) is not None:
        notes.append("its HTML alternative is left as it was")
    charset = part.get_content_charset() or "us-ascii"
    encoding = (part.get("Content-Transfer-Encoding") or "7bit").strip().lower()
    raw_payload = part.get_payload(decode=False)
    assert isinstance(raw_payload, str)
    try:
        encoded = raw_payload.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:  # an 8bit part the parser handed back decoded by its charset
        try:
            encoded = raw_payload.encode(charset, "surrogateescape")
        except (LookupError, UnicodeEncodeError):
            encoded = b""
    if not encoded.strip() or data.count(encoded) != 1:
        raise InputError(
            label, "the text part could not be told apart in the file; nothing was written"
        )
    decoded = part.get_payload(decode=True)
    assert isinstance(decoded, bytes)
    try:
        content = decoded.decode(charset)
    except (LookupError, UnicodeDecodeError):
        raise InputError(
            label, f"the text part is not valid {charset}; nothing was written"
        ) from None
    crlf = "\r\n" in content
    flat = content.replace("\r\n", "\n")
    if str(part.get_param("format", "")).lower() == "flowed":
        # read as coach.eml_read reads it: the fixed text goes back with hard line breaks
        # only, which format=flowed still shows as written
        flat = unflow(flat, delete_space=str(part.get_param("delsp", "")).lower() == "yes")
    if not flat.isascii():
        flat = unicodedata.normalize("NFC", flat)  # as the reader composes accents
    stripped = flat.strip("\n")
    if stripped != old_body:
        raise InputError(
            label, "the text part changed while it was being checked; nothing was written"
        )
    lead = flat[: len(flat) - len(flat.lstrip("\n"))]
    tail = flat[len(flat.rstrip("\n")) :]
    new_content = lead + new_body + tail
    if crlf:
        new_content = new_content.replace("\n", "\r\n")
    try:
        new_bytes = new_content.encode(charset)
    except (LookupError, UnicodeEncodeError):
        raise InputError(
            label,
            f"a fix needs characters the part's charset ({charset}) cannot hold; "
            "nothing was written",
        ) from None
    eol = b"\r\n" if b"\r\n" in encoded else b"\n"
    if encoding == "base64":
        lines = base64.encodebytes(new_bytes).splitlines()
        payload = eol.join(lines) + (eol if encoded.endswith((b"\n", b"\r")) else b"")
    elif encoding == "quoted-printable":
        payload = quopri.encodestring(new_bytes).replace(b"\n", eol)
        if not encoded.endswith((b"\n", b"\r")):
            payload = payload.rstrip(b"\r\n")
    elif encoding in ("7bit", "8bit", "binary"):
        if encoding == "7bit" and not new_bytes.isascii():
            raise InputError(
                label, "a fix needs characters a 7bit part cannot hold; nothing was written"
            )
        payload = new_bytes if crlf or eol == b"\n" else new_bytes.replace(b"\n", b"\r\n")
    else:
        raise InputError(
            label, f"the text part's transfer encoding {encoding!r} is unknown; nothing was written"
        )
    return data.replace(encoded, payload, 1)


def _rewrite_subject(data: bytes, subject: str, label: str, notes: list[str]) -> bytes:
    header_end = re.search(rb"\r?\n\r?\n", data)
    head = data[: header_end.start()] if header_end else data
    found = list(_SUBJECT.finditer(head))
    value = found[0].group("value") if len(found) == 1 else None
    if value is None or b"=?" in value or not value.isascii() or not subject.isascii():
        notes.append("the fix to the subject was not written (the Subject header is encoded)")
        return data
    start, end = found[0].span("value")
    return data[:start] + subject.encode("ascii") + data[end:]
