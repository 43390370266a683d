"""Readers for notes (YAML/JSON) and messages (Markdown/text with front matter, or .eml).

Every reader either returns a validated model or raises InputError naming the file and key.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import unicodedata
from pathlib import Path
from typing import Any

from coach import plain
from coach.errors import InputError, from_validation, not_a_time
from coach.models import Channel, Kind, Notes
from coach.plain import Plain
from coach.text import lazy_compile

MAX_BYTES = 1_000_000
MESSAGE_SUFFIXES = (".eml", ".md", ".txt")
FRONT_KEYS = {"kind", "channel", "to", "send_at", "notes", "subject"}


def _yaml() -> tuple[Any, Any]:
    """PyYAML and its loader, imported on first use: a check whose notes come from the cache
    and whose front matter is simple never needs it. The C loader is several times faster;
    the pure-Python one is the fallback where libyaml is absent."""
    import yaml

    from coach.yaml_load import FastSafeLoader

    return yaml, FastSafeLoader


class Message(Plain):
    """One message as read: `text` is what findings point into (front matter excluded)."""

    model_config = {"arbitrary_types_allowed": True, "defer_build": True}

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
        wide = _wide_encoding(data)
        if wide:
            raise InputError(label, f"is {wide} text; save it as UTF-8 text")
        raise InputError(label, "looks like a binary file (it holds NUL bytes), not text")


def _wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32, as Windows editors save "Unicode" text: by its byte-order mark, or
    Latin text with every other byte NUL. Named, so the user is told to save it as UTF-8 rather
    than that it is not text."""
    for mark, name in (
        (b"\xff\xfe\0\0", "UTF-32"),
        (b"\0\0\xfe\xff", "UTF-32"),
        (b"\xff\xfe", "UTF-16"),
        (b"\xfe\xff", "UTF-16"),
    ):
        if data.startswith(mark):
            return name
    head = data[:512]
    pairs = len(head) // 2
    if pairs >= 2 and max(head[0::2].count(0), head[1::2].count(0)) == pairs:
        return "UTF-16"
    return None


def decode(data: bytes, label: str) -> str:
    _check_bytes(data, label)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            label,
            f"is not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} (line {line}); "
            "save it as UTF-8 text",
        ) from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n")


def parse_structured(text: str, label: str, first_line: int = 1) -> Any:
    """Parse YAML (a superset of JSON) and name the line of a syntax error, counted in the
    file: `first_line` is the file's line number of the text's first line (front matter
    starts on line 2)."""
    from coach.yaml_block import NOT_BLOCK, read_block

    plain = read_block(text)  # the plainest block YAML, read without the parser
    if plain is not NOT_BLOCK:
        return plain
    yaml, loader = _yaml()
    try:
        return yaml.load(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + first_line}, column {mark.column + 1}: " if mark else ""
        raise InputError(label, f"malformed YAML: {where}{exc.problem}") from None
    except (yaml.YAMLError, ValueError) as exc:  # e.g. an impossible date such as 2026-02-30
        raise InputError(label, f"malformed YAML: {exc}") from None
    except RecursionError:
        raise InputError(label, "malformed YAML: nested too deeply") from None


def notes_from_data(data: Any, label: str) -> Notes:
    if data is None:  # an empty file, or one of comments only
        raise InputError(label, "the file is empty: notes need candidate, company, role, ...")
    if not isinstance(data, dict):
        raise InputError(label, "notes must be a mapping with candidate, company, role, ...")
    try:
        return Notes.model_validate(data)
    except plain.ValidationError as exc:
        raise from_validation(label, exc, model=Notes) from None


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
    sources = [path, Path(models.__file__), Path(plain.__file__)]
    return cached(name, sources, lambda: _load_notes(path))


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


def _as_time(value: Any, label: str, key: str | None) -> dt.datetime:
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError as exc:
            raise InputError(label, not_a_time(value, exc), key) from None
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
    return _front_meta(match, raw, label), raw[match.end() :].lstrip("\n")


def _read_front(raw: str, label: str) -> tuple[dict[str, Any], str, Notes | None]:
    """`parse_front_matter`, with inline notes validated too (None if there are none, or if
    they do not validate: reading them later raises the error), both kept by the front
    matter's content (coach.front_cache): a file checked again imports no YAML."""
    match = _FRONT.match(raw)
    if not match:
        meta, text = parse_front_matter(raw, label)
        return meta, text, None

    def build() -> tuple[dict[str, Any], Notes | None]:
        meta = _front_meta(match, raw, label)
        inline = meta.get("notes")
        if isinstance(inline, dict):
            try:
                return meta, Notes.model_validate(inline)
            except plain.ValidationError:
                pass
        return meta, None

    from coach import front_cache

    meta, notes = front_cache.read(match.group(1), build)
    return meta, raw[match.end() :].lstrip("\n"), notes


def _front_meta(match: re.Match[str], raw: str, label: str) -> dict[str, Any]:
    meta = _simple_front_matter(match.group(1))
    if meta is None:
        first_line = raw.count("\n", 0, match.start(1)) + 1
        meta = parse_structured(match.group(1), label, first_line) or {}
    if not isinstance(meta, dict):
        raise InputError(label, "malformed front matter: expected key: value lines")
    unknown = set(meta) - FRONT_KEYS
    if unknown:
        raise InputError(
            label,
            f"unknown front-matter key (expected {', '.join(sorted(FRONT_KEYS))})",
            sorted(map(str, unknown))[0],
        )
    return meta


def _enum(cls: Any, value: Any, label: str, what: str, key: str | None = None) -> Any:
    try:
        return cls(str(value).strip())
    except ValueError:
        allowed = ", ".join(m.value for m in cls)
        raise InputError(
            label, f"unknown {what} {value!r} (expected one of: {allowed})", key
        ) from None


def parse_kind(value: Any, label: str, key: str | None = "kind") -> Kind:
    """A kind; `key` is None where `label` already names it (an option: `--kind`)."""
    return _enum(Kind, value, label, "kind", key)


def parse_channel(value: Any, label: str) -> Channel:
    return _enum(Channel, value, label, "channel", "channel")


def parse_time(value: Any, label: str, key: str | None = "send_at") -> dt.datetime:
    """A time with its offset; `key` is None where `label` already names it (`--send-at`)."""
    return _as_time(value, label, key)


def _notes_ref(value: Any, base: Path | None, label: str) -> Notes:
    if isinstance(value, dict):
        return notes_from_data(value, f"{label}: notes")
    if isinstance(value, str):
        path = (base / value) if base is not None else Path(value)
        return load_notes(path)
    raise InputError(label, "expected a path or an inline mapping", "notes")


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
    inline: Notes | None = None
    if eml:
        from coach import eml_read  # the email package is loaded only for an .eml file

        data = eml_read.as_bytes(raw)
        _check_bytes(data, label)
        given = {
            key
            for key, value in (("to", to), ("send_at", send_at), ("kind", kind), ("notes", notes))
            if value is not None and value != ""
        }
        meta, text, attachments, warnings = eml_read.eml_text(data, label, given)
    else:
        meta, text, inline = _read_front(raw if isinstance(raw, str) else decode(raw, label), label)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        # a letter typed as a base letter and a combining accent (as some macOS applications
        # write it) is the composed letter that the notes spell a name with
        text = unicodedata.normalize("NFC", text)
    if not text.strip() or not _body_of(text).strip():
        raise InputError(label, "empty body: there is no message text to check")
    if notes is None and meta.get("notes") is not None:
        notes = inline if inline is not None else _notes_ref(meta["notes"], base, label)
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
