"""A real detail retold wrong, for detail-unsupported: another count than the notes give it
(coach.checks.detail_numbers), another number on a numbered thing of the notes ("Block 12" when
the trial is on "Block 7"), or a system name the notes never use (coach.checks.detail_swapped).
Each is a span the rule reports unless an earlier reading already covers it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

from coach.checks.base import per_notes
from coach.checks.detail_words import Normalise
from coach.models import Notes
from coach.text import Doc, lazy_compile

#: a numbered thing: "Block 7", "Line 3", "Bay 12", "Gate 4B" (a capitalised word, then digits)
_LABELLED = lazy_compile(r"\b(?P<word>[A-Z][a-z]{2,})[ -](?P<n>\d{1,4}[A-Z]?)\b")
#: words before a number that say when or how much, not which one
_NOT_LABELS = frozenset(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september")
    + ("october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug")
    + ("sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday")
    + ("friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs")
    + ("fri", "sat", "sun", "page", "chapter", "version", "week", "day", "year", "years")
    + ("level", "phase", "stage", "step", "round", "room")
)


def _labels(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in _LABELLED.finditer(text):
        word = m.group("word").lower()
        if word not in _NOT_LABELS:
            out.setdefault(word, set()).add(m.group("n").upper())
    return out


@lru_cache(maxsize=256)
def _noted_labels(texts: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """What the notes number, and with which numbers: {"block": {"7"}}."""
    found = _labels("\n".join(texts))
    return {w: frozenset(ns) for w, ns in found.items()}


def wrong_labels(
    doc: Doc, notes: Notes, own: Callable[[Doc], list[tuple[int, int]]]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each numbered thing the notes number otherwise: the notes' "Block
    7" told as "Block 12". A word the notes never number is left alone."""
    texts = (*notes.details, notes.timeline.said or "", *(m.what for m in notes.materials))
    noted = _noted_labels(texts)
    if not noted:
        return
    for m in _LABELLED.finditer(doc.plain, doc.body_start, doc.signature_start):
        numbers = noted.get(m.group("word").lower())
        wrong = numbers and m.group("n").upper() not in numbers
        if wrong and not any(s <= m.start() < e for s, e in own(doc)):
            yield m.start(), m.end(), m.group()


def retold_wrong(
    doc: Doc, notes: Notes, kind: str | None, method: Normalise, swapped: bool
) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, text, advice) of each detail retold with another number, numbered thing or
    system name than the notes give it."""
    from coach.checks.detail import _context_bases
    from coach.checks.detail_numbers import wrong_numbers
    from coach.checks.detail_specific import own_spans

    def skip() -> frozenset[str]:
        return per_notes(  # type: ignore[no-any-return]
            notes, f"context-bases:{method}", lambda n: _context_bases(n, method)
        )

    for start, end, text in wrong_numbers(doc, notes, skip, method, own_spans):
        yield start, end, text, "Check the number against the notes' details"
    for start, end, text in wrong_labels(doc, notes, own_spans):
        yield start, end, text, "Check the number against the notes' details"
    if swapped and kind != "materials":  # a materials email names the candidate's own tools
        from coach.checks.detail_swapped import swapped_names
        from coach.checks.names_spelling import english_words

        for start, end, text in swapped_names(doc, notes, english_words(), own_spans, method):
            yield start, end, text, "Check the name against the notes' details"
