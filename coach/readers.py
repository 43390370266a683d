"""Readers for notes (YAML/JSON) and messages (Markdown/text with front matter, or .eml).

Every reader either returns a validated model or raises InputError naming the file and key.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from coach.errors import InputError, describe, from_validation
from coach.models import Channel, Kind, Notes
from coach.text import lazy_compile

MAX_BYTES = 1_000_000
MESSAGE_SUFFIXES = (".eml", ".md", ".txt")
FRONT_KEYS = {"kind", "channel", "to", "send_at", "notes", "subject"}


def _yaml() -> tuple[Any, Any]:
    """PyYAML and its loader, imported on first use: a check whose notes come from the cache
    and whose front matter is simple never needs it. The C loader is several times faster;
    the pure-Python one is the fallback where libyaml is absent."""
    import yaml

    return yaml, getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Message(BaseModel):
    """One message as read: `text` is what findings point into (front matter excluded)."""

    model_config = ConfigDict(arbitrary_types_allowed=True, defer_build=True)

    path: str
    text: str
    kind: Kind | None = None
    channel: Channel = Channel.email
    to: str | None = None
    send_at: dt.datetime | None = None
    notes: Notes | None = None
    attachments: list[str] = []
    #: what was read with a guess (bytes that do not fit the declared charset, a header that
    #: cannot be read whose value the command line gives): shown to the user, never refused
    warnings: list[str] = []


def read_raw(path: Path, label: str | None = None) -> bytes:
    """A file's bytes, refusing folders, unreadable paths and files over 1 MB."""
    label = label or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(label, f"file is {size:,} bytes; the limit is {MAX_BYTES:,}")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(label, "no such file") from None
    except IsADirectoryError:
        raise InputError(label, "is a folder, not a file") from None
    except PermissionError:
        raise InputError(label, "permission denied") from None
    except OSError as exc:  # a name too long, a loop of links, a device error ...
        raise InputError(label, f"cannot be read: {exc.strerror or exc}") from None
    except ValueError:  # a path holding a NUL character
        raise InputError(label, "is not a valid path") from None


def read_bytes(path: Path, label: str | None = None) -> str:
    """Read a UTF-8 text file, refusing binaries, other encodings and files over 1 MB."""
    label = label or str(path)
    return decode(read_raw(path, label), label)


def _check_bytes(data: bytes, label: str) -> None:
    if len(data) > MAX_BYTES:
        raise InputError(label, f"input is {len(data):,} bytes; the limit is {MAX_BYTES:,}")
    if b"\0" in data[:8192]:
        raise InputError(label, "looks like a binary file (it holds NUL bytes), not text")


def decode(data: bytes, label: str) -> str:
    _check_bytes(data, label)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            label, f"is not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} (line {line})"
        ) from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n")


def parse_structured(text: str, label: str) -> Any:
    """Parse YAML (a superset of JSON) and name the line of a syntax error."""
    yaml, loader = _yaml()
    try:
        return yaml.load(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise InputError(label, f"malformed YAML: {where}{exc.problem}") from None
    except (yaml.YAMLError, ValueError) as exc:  # e.g. an impossible date such as 2026-02-30
        raise InputError(label, f"malformed YAML: {exc}") from None
    except RecursionError:
        raise InputError(label, "malformed YAML: nested too deeply") from None


def notes_from_data(data: Any, label: str) -> Notes:
    if not isinstance(data, dict):
        raise InputError(label, "notes must be a mapping with candidate, company, role, ...")
    try:
        return Notes.model_validate(data)
    except ValidationError as exc:
        raise from_validation(label, exc) from None


_NOTES_CACHE: dict[tuple[str, int, int], Notes] = {}


def load_notes(path: str | Path) -> Notes:
    """Load notes once per file version: a batch written from one file shares one Notes object,
    so checks that compare messages see them as one batch, and nothing is parsed twice."""
    path = Path(path)
    try:
        stat = os.stat(path)
        cache_key = (os.path.abspath(path), stat.st_mtime_ns, stat.st_size)
    except (OSError, ValueError):  # read_bytes names the problem
        cache_key = None
    if cache_key in _NOTES_CACHE:
        return _NOTES_CACHE[cache_key]
    notes = _load_notes_cached(path) if cache_key is not None else _load_notes(path)
    if cache_key is not None:
        if len(_NOTES_CACHE) > 256:
            _NOTES_CACHE.clear()
        _NOTES_CACHE[cache_key] = notes
    return notes


def _load_notes_cached(path: Path) -> Notes:
    """Validated notes from the on-disk cache (coach.cache) while the file is unchanged: a
    one-file `coach check` then needs neither YAML nor a pydantic validator."""
    import zlib

    from coach import models
    from coach.cache import cached

    name = f"notes-{zlib.crc32(os.path.abspath(path).encode()):08x}"
    # the models' source too: a checkout whose validation changed reads the notes afresh
    return cached(name, [path, Path(models.__file__)], lambda: _load_notes(path))


def _load_notes(path: Path) -> Notes:
    text = read_bytes(path)
    if path.suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"malformed JSON: line {exc.lineno}: {exc.msg}") from None
    else:
        data = parse_structured(text, str(path))
    return notes_from_data(data, str(path))


def notes_from_text(text: str, label: str = "notes") -> Notes:
    """Notes pasted as YAML or JSON text (the web app and its API)."""
    if not text.strip():
        raise InputError(label, "notes are empty")
    return notes_from_data(parse_structured(text, label), label)


_FRONT = lazy_compile(r"\A---[ \t]*\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S | re.M)


def _as_time(value: Any, label: str, key: str) -> dt.datetime:
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            raise InputError(label, f"not an ISO 8601 time: {value!r}", key) from None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        raise InputError(label, "a date alone has no time or offset", key)
    if not isinstance(value, dt.datetime):
        raise InputError(label, f"expected an ISO 8601 time, got {value!r}", key)
    if value.utcoffset() is None:
        raise InputError(label, "time has no UTC offset (e.g. 2026-11-20T19:30:00-05:00)", key)
    return value


_SIMPLE_LINE = lazy_compile(r"([a-z_]+):[ \t]+([A-Za-z0-9.][\w .:/@'+\-]*?)[ \t]*")
_YAML_SPECIAL = {"null", "true", "false", "yes", "no", "on", "off", "~", ".inf", ".nan"}
_YAML_TYPED = lazy_compile(  # values YAML reads as numbers or dates, not strings
    r"[-+]?(?:0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\.[0-9_]*)?"
    r"(?:[eE][-+]?[0-9]+)?|\.[0-9_]+)|\d{4}-\d\d?-\d\d?"
)


def _simple_front_matter(block: str) -> dict[str, str] | None:
    """Front matter of plain `key: value` lines, read without a YAML parser (a batch of ten
    thousand files spends most of its reading time there). Anything YAML could read
    differently (quotes, lists, numbers, null, comments) returns None and goes to YAML."""
    meta: dict[str, str] = {}
    for line in block.splitlines():
        m = _SIMPLE_LINE.fullmatch(line)
        if m is None:
            return None
        key, value = m.groups()
        if value.lower() in _YAML_SPECIAL or _YAML_TYPED.fullmatch(value) or key in meta:
            return None
        meta[key] = value
    return meta


def parse_front_matter(raw: str, label: str) -> tuple[dict[str, Any], str]:
    """Split YAML front matter from the text; the text as read is what follows it."""
    match = _FRONT.match(raw)
    if not match:
        if raw.startswith("---\n"):
            raise InputError(label, "malformed front matter: no closing '---' line")
        return {}, raw
    meta = _simple_front_matter(match.group(1))
    if meta is None:
        meta = parse_structured(match.group(1), label) or {}
    if not isinstance(meta, dict):
        raise InputError(label, "malformed front matter: expected key: value lines")
    unknown = set(meta) - FRONT_KEYS
    if unknown:
        raise InputError(
            label,
            f"unknown front-matter key (expected {', '.join(sorted(FRONT_KEYS))})",
            sorted(map(str, unknown))[0],
        )
    return meta, raw[match.end() :].lstrip("\n")


def _enum(cls: Any, value: Any, label: str, key: str) -> Any:
    try:
        return cls(str(value).strip())
    except ValueError:
        allowed = ", ".join(m.value for m in cls)
        raise InputError(
            label, f"unknown {key} {value!r} (expected one of: {allowed})", key
        ) from None


def parse_kind(value: Any, label: str) -> Kind:
    return _enum(Kind, value, label, "kind")


def parse_channel(value: Any, label: str) -> Channel:
    return _enum(Channel, value, label, "channel")


def parse_time(value: Any, label: str, key: str = "send_at") -> dt.datetime:
    return _as_time(value, label, key)


def _notes_ref(value: Any, base: Path | None, label: str) -> Notes:
    if isinstance(value, dict):
        return notes_from_data(value, f"{label}: notes")
    if isinstance(value, str):
        path = (base / value) if base is not None else Path(value)
        return load_notes(path)
    raise InputError(label, "expected a path or an inline mapping", "notes")


_MD_ESCAPE = lazy_compile(r"\\([-\\`*_{}\[\]()#+.!>])")
_SURROGATE = lazy_compile("[\udc80-\udcff]")
_LONE_SURROGATE = lazy_compile("[\ud800-\udfff]")
_CRLF = lazy_compile(r"[\r\n]")
#: longer header values are not given to the email package's header parser, whose time grows
#: with the square of the length (RFC 5322 allows 998 characters a line)
MAX_HEADER = 10_000


def _windows_1252_undefined(exc: UnicodeError) -> tuple[str, int]:
    """cp1252 leaves five bytes undefined; windows-1252 as mail clients and browsers read it
    (the WHATWG Encoding Standard) maps them to the control characters of the same number."""
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("coach-windows-1252", _windows_1252_undefined)
#: U+0080-U+009F, the C1 controls, as windows-1252 reads their bytes: an encoded word in
#: ISO-8859-1 ("=?ISO-8859-1?Q?=96?=") is decoded by the email package as a control character,
#: where mail clients show the en dash
_C1_AS_WINDOWS_1252 = {
    i: bytes([i]).decode("cp1252", "coach-windows-1252") for i in range(0x80, 0xA0)
}


def _replaced(data: bytes, codec: str, exc: UnicodeDecodeError, what: str) -> tuple[str, str]:
    """Decode with U+FFFD for the bytes that do not fit, and a warning saying where."""
    try:
        text = data.decode(codec, "replace")
        added = text.count("\ufffd") - data.decode(codec, "ignore").count("\ufffd")
    except Exception:  # a codec without error handling: fall back to UTF-8
        codec = "utf-8"
        text = data.decode(codec, "replace")
        added = text.count("\ufffd") - data.decode(codec, "ignore").count("\ufffd")
    line = data[: exc.start].count(b"\n") + 1
    return text, (
        f"{what} (byte 0x{data[exc.start]:02x} at offset {exc.start}, line {line}); "
        f"{added} character{'s' if added != 1 else ''} read as U+FFFD"
    )


def decode_text(data: bytes, charset: str | None, what: str) -> tuple[str, str | None]:
    """The text of a mail part (or header) in its declared charset, and a warning when the
    bytes do not fit it; a message is never refused for its charset.

    - ISO-8859-1, Latin-1 and windows-1252 are read as windows-1252, as mail clients and
      browsers do (the WHATWG Encoding Standard): mail labelled ISO-8859-1 often holds
      cp1252's curly quotes and dashes in bytes 0x80-0x9F, which ISO-8859-1 reads as controls;
    - no charset, or us-ascii, with 8-bit bytes: UTF-8, the project's own text encoding,
      without a warning when the bytes are UTF-8;
    - a charset Python does not know (or one that is not a text encoding): UTF-8, with a warning.
    """
    if data.isascii():
        return data.decode("ascii"), None
    label = (charset or "").strip().lower()
    try:
        codec = codecs.lookup(label).name if label else "ascii"
    except Exception:  # LookupError, or a label no codec name can be (a NUL in it)
        codec = ""
    if codec in ("iso8859-1", "cp1252"):
        return data.decode("cp1252", "coach-windows-1252"), None
    if codec not in ("", "ascii"):
        try:
            return data.decode(codec), None
        except UnicodeDecodeError as exc:
            return _replaced(data, codec, exc, f"{what} is not valid {_quote(label)}")
        except Exception:  # base64, rot13, idna ...: not a charset for text
            codec = ""
    if codec == "":
        declared = f"has unknown charset {_quote(label)}"
    else:
        declared = f"declares charset {_quote(label)}" if label else "declares no charset"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _replaced(data, "utf-8", exc, f"{what} {declared} and is not UTF-8")
    return text, (f"{what} {declared}; read as UTF-8" if codec == "" else None)


def _scrub(text: str, what: str, charset: str | None, warnings: list[str]) -> str:
    """Header text from the email package can hold the undecoded bytes of raw 8-bit headers or
    of encoded words in an unknown charset (as surrogates): decode them as UTF-8, else by the
    message's charset, as mail clients do. Other lone surrogates become U+FFFD, and C1 control
    characters (never meant in a header) are read as windows-1252, as for an ISO-8859-1 body."""
    if _SURROGATE.search(text):
        try:
            data = text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            data = text.encode("utf-8", "replace")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text, problem = decode_text(data, charset, what)
            if problem is None and charset:
                warnings.append(f"{what} holds raw 8-bit bytes; read as {charset}, as the body")
            else:
                other = charset and charset.lower().replace("-", "") != "utf8"
                warnings.append(
                    f"{what} holds raw 8-bit bytes that are not UTF-8"
                    + (f" nor {charset}" if other else "")
                    + "; those that do not fit read as U+FFFD"
                )
    return _LONE_SURROGATE.sub("\ufffd", text).translate(_C1_AS_WINDOWS_1252)


def _quote(value: str, limit: int = 80) -> str:
    return repr(value if len(value) <= limit else value[: limit - 3] + "...")


def _eml_text(
    data: bytes, label: str, given: set[str]
) -> tuple[dict[str, Any], str, list[str], list[str]]:
    """Meta data, text, attachments and warnings of an RFC 5322 message, read from its bytes.

    The email package raises on some malformed headers (a `To` cut off mid-address raises
    IndexError): a header that cannot be read is an input error naming it, or a warning when
    the command line supplies what it would have said (`given`: to, send_at, kind, notes)."""
    import email
    import email.policy
    from email.message import EmailMessage
    from email.utils import parsedate_to_datetime

    policy = email.policy.default
    warnings: list[str] = []
    try:
        msg = email.message_from_bytes(data.removeprefix(b"\xef\xbb\xbf"), policy=policy)
    except Exception as exc:
        raise InputError(label, f"unreadable email: {describe(exc)}") from None
    assert isinstance(msg, EmailMessage)
    try:
        charset = msg.get_content_charset()
    except Exception:
        charset = None
    raw: dict[str, str] = {}
    for name, value in msg.raw_items():
        raw.setdefault(name.lower(), _CRLF.sub("", str(value)))

    def header(name: str) -> str | None:
        """An unstructured header as text (encoded words decoded), or None when absent."""
        value = raw.get(name.lower())
        if value is None:
            return None
        what = f"the {name} header"
        value = _scrub(value, what, charset, warnings)
        if len(value) > MAX_HEADER:
            warnings.append(f"{what} is {len(value):,} characters long; read as written")
            return value.strip()
        try:
            value = str(policy.header_factory(name.lower(), value))
        except Exception as exc:
            warnings.append(f"{what} could not be decoded ({describe(exc)}); read as written")
        return _scrub(value, what, charset, warnings).strip()

    def unreadable(name: str, value: str, option: str, why: str) -> None:
        problem = f"unreadable {name} header {_quote(value)}: {why}"
        if option.removeprefix("--").replace("-", "_") not in given:
            raise InputError(label, problem, name)
        warnings.append(f"{problem}; {option} is used instead")

    meta: dict[str, Any] = {}
    if (to := raw.get("to")) is not None:
        to = _scrub(to, "the To header", charset, warnings)
        addresses: Any = []
        if len(to) > MAX_HEADER:
            unreadable("To", to, "--to", f"{len(to):,} characters long")
        else:
            try:
                addresses = policy.header_factory("to", to).addresses
            except Exception as exc:
                unreadable("To", to, "--to", describe(exc))
        for address in addresses:
            name = _scrub(address.display_name, "the To header", charset, warnings)
            addr = "" if address.addr_spec == "<>" else address.addr_spec
            if addr or name:
                meta["to"] = addr or name
                meta["_to_name"] = name
                break
    if date := _scrub(raw.get("date", ""), "the Date header", charset, warnings).strip():
        try:
            meta["send_at"] = parsedate_to_datetime(date)
        except Exception as exc:
            unreadable("Date", date, "--send-at", describe(exc))
    if kind := header("X-Coach-Kind"):
        meta["kind"] = kind
    if notes := header("X-Coach-Notes"):
        meta["notes"] = notes
    subject = header("Subject") or ""
    try:
        attachments = [
            _scrub(part.get_filename() or "unnamed", "an attachment's name", charset, warnings)
            for part in msg.iter_attachments()
        ]
    except Exception as exc:
        attachments = []
        warnings.append(f"the attachments could not be listed ({describe(exc)})")
    try:
        body_part = msg.get_body(preferencelist=("plain", "html"))
        ctype, payload, part_charset = "text/plain", None, None
        if body_part is not None:
            ctype = body_part.get_content_type()
            payload = body_part.get_payload(decode=True)
            part_charset = body_part.get_content_charset()
    except Exception as exc:
        raise InputError(label, f"unreadable MIME structure: {describe(exc)}") from None
    content, warning = decode_text(
        payload if isinstance(payload, bytes) else b"", part_charset, f"the {ctype} part"
    )
    if warning:
        warnings.append(warning)
    if ctype == "text/html":
        import html2text

        converter = html2text.HTML2Text()
        converter.body_width = 0
        converter.ignore_images = True
        converter.ignore_links = True
        # keep letters as written: by default "Sch&auml;fer" becomes "Schafer", a name
        # the candidate spelled right; bold and italics are not words of the message
        converter.unicode_snob = True
        converter.ignore_emphasis = True
        # html2text escapes Markdown ("\--" for a signature line, "1\." in a list): undo it,
        # so the text reads as the sender wrote it
        content = _MD_ESCAPE.sub(r"\1", converter.handle(content))
    body = content.replace("\r\n", "\n").strip("\n")
    text = f"Subject: {subject}\n\n{body}" if subject else body
    if _LONE_SURROGATE.search(text):  # from a codec such as utf-7, or an HTML &#xD800;
        text = _LONE_SURROGATE.sub("\ufffd", text)
        warnings.append("characters that are not text (lone surrogates) read as U+FFFD")
    return meta, text, attachments, warnings


def _as_bytes(raw: str | bytes) -> bytes:
    if isinstance(raw, bytes):
        return raw
    try:
        return raw.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return raw.encode("utf-8", "replace")


def parse_message(
    raw: str | bytes,
    label: str,
    *,
    base: Path | None = None,
    eml: bool = False,
    notes: Notes | None = None,
    kind: str | None = None,
    to: str | None = None,
    send_at: str | dt.datetime | None = None,
) -> Message:
    """Build a Message from a file's bytes (or its text). Command-line values override what the
    file says. An .eml file is parsed from its bytes, each text part decoded by its declared
    charset (text given as a str is taken as UTF-8); Markdown and text files must be UTF-8."""
    attachments: list[str] = []
    warnings: list[str] = []
    if eml:
        data = _as_bytes(raw)
        _check_bytes(data, label)
        given = {
            key
            for key, value in (("to", to), ("send_at", send_at), ("kind", kind), ("notes", notes))
            if value is not None and value != ""
        }
        meta, text, attachments, warnings = _eml_text(data, label, given)
    else:
        meta, text = parse_front_matter(raw if isinstance(raw, str) else decode(raw, label), label)
    if not text.strip() or not _body_of(text).strip():
        raise InputError(label, "empty body: there is no message text to check")
    if notes is None and meta.get("notes") is not None:
        notes = _notes_ref(meta["notes"], base, label)
    chosen_kind = kind if kind else meta.get("kind")
    channel = parse_channel(meta.get("channel", "email"), label)
    when = send_at if send_at else meta.get("send_at")
    recipient = to or meta.get("to")
    if recipient is not None and notes is not None:
        person = notes.interviewer(str(recipient))
        if person is None and meta.get("_to_name"):
            person = notes.interviewer(str(meta["_to_name"]))
        if person is None:
            known = ", ".join(p.name for p in notes.interviewers)
            raise InputError(
                label, f"unknown recipient {recipient!r} (the notes list: {known})", "to"
            )
        recipient = person.name
    elif recipient is None and notes is not None and len(notes.interviewers) == 1:
        recipient = notes.interviewers[0].name
    # every field is parsed and validated above, so construct without a second validation pass
    return Message.model_construct(
        path=label,
        text=text,
        kind=parse_kind(chosen_kind, label) if chosen_kind else None,
        channel=channel,
        to=str(recipient) if recipient is not None else None,
        send_at=_as_time(when, label, "send_at") if when else None,
        notes=notes,
        attachments=attachments,
        warnings=warnings,
    )


def _body_of(text: str) -> str:
    if text.lower().startswith("subject:"):
        return text.split("\n", 1)[1] if "\n" in text else ""
    return text


def read_message(path: str | Path, **overrides: Any) -> Message:
    path = Path(path)
    raw = read_raw(path)
    return parse_message(raw, str(path), base=path.parent, eml=path.suffix == ".eml", **overrides)


def iter_message_paths(target: Path) -> list[Path]:
    """A folder is searched recursively for .eml, .md and .txt files, in a stable order."""
    if target.is_dir():
        return sorted(p for p in target.rglob("*") if p.suffix in MESSAGE_SUFFIXES and p.is_file())
    return [target]
