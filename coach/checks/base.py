"""Shared types for check kinds: parameters, hits and the context a check sees."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from coach.models import Channel, HistoryEntry, Interviewer, Kind, Notes, Severity, Stage
from coach.plain import Plain
from coach.text import Doc

if TYPE_CHECKING:
    from coach.rulebook import Rule

_T = TypeVar("_T")


class Params(Plain):
    # parameters usually come from the rules cache, which needs no validator (coach.plain)
    model_config = {"extra": "forbid", "defer_build": True}


class Hit:
    """A span a check found, with the fields its rule's message fills.

    Hit, Peer and Context are plain classes, not dataclasses: a dataclass is built by
    generating and compiling its methods when its module is imported (about 2.5M
    instructions each, measured), and a one-file `coach check` imports these on every run."""

    __slots__ = ("start", "end", "fields", "suggestion", "replacement", "severity")

    def __init__(
        self,
        start: int,
        end: int,
        fields: dict[str, Any] | None = None,
        suggestion: str | None = None,
        replacement: str | None = None,  # a safe automatic fix for [start, end)
        severity: Severity | None = None,  # overrides the rule's severity (escalation)
    ) -> None:
        self.start = start
        self.end = end
        self.fields: dict[str, Any] = {} if fields is None else fields
        self.suggestion = suggestion
        self.replacement = replacement
        self.severity = severity

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Hit)
        return (
            self.start,
            self.end,
            self.fields,
            self.suggestion,
            self.replacement,
            self.severity,
        ) == (
            other.start,
            other.end,
            other.fields,
            other.suggestion,
            other.replacement,
            other.severity,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass was

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"Hit({shown})"


class Peer:
    """Another message of the same batch, for checks that compare messages."""

    __slots__ = ("path", "to", "doc")

    def __init__(self, path: str, to: str | None, doc: Doc) -> None:
        self.path = path
        self.to = to
        self.doc = doc


class Context:
    """What a check sees besides the text: the notes, the message's kind, channel, recipient
    and send time, the messages already sent, and the batch's other messages."""

    __slots__ = ("notes", "kind", "channel", "to", "send_at", "history", "peers", "recipient")

    def __init__(
        self,
        notes: Notes | None,
        kind: Kind | None,
        channel: Channel,
        to: str | None,
        send_at: dt.datetime,
        history: list[HistoryEntry] | None = None,
        peers: list[Peer] | None = None,
    ) -> None:
        self.notes = notes
        self.kind = kind
        self.channel = channel
        self.to = to
        self.send_at = send_at
        self.history: list[HistoryEntry] = [] if history is None else history
        self.peers: list[Peer] = [] if peers is None else peers
        self.recipient: Interviewer | None = (
            notes.interviewer(to) if notes is not None and to is not None else None
        )

    @property
    def stage(self) -> Stage | None:
        return self.notes.stage if self.notes else None


class CheckKind:
    name: ClassVar[str]
    Params: ClassVar[type[Plain]] = Params

    def run(self, doc: Doc, ctx: Context, rule: Rule, params: Any) -> Iterable[Hit]:
        raise NotImplementedError


_PER_NOTES: dict[tuple[int, Any], tuple[Notes, Any]] = {}
_BY_CONTENT: dict[tuple[str, int], Any] = {}
#: each content seen, as a number: a lookup then hashes the number, not the nested content
_CONTENT_IDS: dict[tuple[Any, ...], int] = {}
#: each field's content seen, as a number (from the same count, so never one of the above)
_FIELD_IDS: dict[tuple[str, Any], int] = {}
_NEXT_ID = itertools.count()


def _frozen(value: Any) -> Any:
    """A model, list or dict as nested tuples that compare and hash by content (no validator or
    serializer is built for it: a warm one-file check builds none)."""
    kind = type(value)
    if kind in _ATOMS:
        return value
    # (lists, not generators, inside: a generator's frame cost more than the freezing itself)
    if kind is list or kind is tuple:
        return tuple([_frozen(v) for v in value])
    if kind is dict:
        return tuple([(k, _frozen(v)) for k, v in value.items()])
    if isinstance(value, Plain):
        return (kind.__name__, *[(k, _frozen(v)) for k, v in value.__dict__.items()])
    return value


_ATOMS = frozenset({str, int, float, bool, type(None), dt.date, dt.datetime, dt.time})


def _of_object(notes: Notes, name: Any, build: Callable[[Notes], Any]) -> Any:
    """`build(notes)`, kept while this notes object lives (a new object with a reused id is
    told apart by identity)."""
    key = (id(notes), name)
    hit = _PER_NOTES.get(key)
    if hit is not None and hit[0] is notes:
        return hit[1]
    if len(_PER_NOTES) > 4096:
        _PER_NOTES.clear()
    value = build(notes)
    _PER_NOTES[key] = (notes, value)
    return value


def _field_id(notes: Notes, name: str) -> int:
    """A number for the content of one field of the notes, worked out once per notes object:
    the content keys of `_content_id` are then short tuples of numbers, not the nested content
    hashed again for each set of fields a check reads."""
    ids: dict[str, int] = _of_object(notes, "field-ids", lambda n: {})
    found = ids.get(name)
    if found is None:
        content = (name, _frozen(getattr(notes, name)))
        found = _FIELD_IDS.get(content)
        if found is None:
            if len(_FIELD_IDS) > 4096:
                _FIELD_IDS.clear()
            found = _FIELD_IDS[content] = next(_NEXT_ID)
        ids[name] = found
    return found


def _content_id(notes: Notes, uses: tuple[str, ...]) -> int:
    """A number for the content of these fields of the notes, the same for equal content while
    it is remembered (numbers are never reused, so a forgotten content only costs a rebuild)."""
    content = (uses, *(_field_id(notes, f) for f in uses))
    found = _CONTENT_IDS.get(content)
    if found is None:
        if len(_CONTENT_IDS) > 4096:
            _CONTENT_IDS.clear()
        found = _CONTENT_IDS[content] = next(_NEXT_ID)
    return found


def per_notes(
    notes: Notes,
    name: str,
    build: Callable[[Notes], Any],
    uses: tuple[str, ...] | None = None,
) -> Any:
    """Derive something from the notes once, not once per message.

    With `uses` (the names of the notes' fields that `build` reads), the result is kept by their
    content: a batch whose every message carries its own copy of the notes, or notes that differ
    only in a field `build` does not read, prepares it once. Without, it is kept per object."""
    if uses is None:
        return _of_object(notes, name, build)
    key = (name, _of_object(notes, uses, lambda n: _content_id(n, uses)))
    if key in _BY_CONTENT:
        return _BY_CONTENT[key]
    if len(_BY_CONTENT) > 4096:
        _BY_CONTENT.clear()
    value = build(notes)
    _BY_CONTENT[key] = value
    return value


def per_message(doc: Doc, notes: Notes, key: tuple[Any, ...], build: Callable[[], _T]) -> _T:
    """`build()`, worked out once per message and notes however many rules ask: a reading two
    rules share with the same parameters (detail-unsupported's invented topics, which
    detail-missing also takes out of the message). Kept on the message's `Doc`, so it lives as
    long as the check; the notes are kept too, so other notes never see it."""
    memo: dict[tuple[Any, ...], tuple[Notes, Any]] = doc.derived("per-message", lambda _: {})
    found = memo.get(key)
    if found is None or found[0] is not notes:
        found = memo[key] = (notes, build())
    return found[1]  # type: ignore[no-any-return]
