"""A detail heard and retold denied, for `detail-unsupported`: "I was glad to hear that the
on-call roster never includes weekends" when the notes say the roster covers one weekend in
four, "it was interesting to hear that the farms no longer need any hives" when hives are
brought in. A clause told as heard ("to hear that", "learning that") that retells a detail (two
of its concepts, the role's, company's and people's words aside) and denies it ("never", "no
longer", "not", "nobody") where the detail denies nothing, says the opposite of what was said.

Only a clause told as heard is read: the candidate's own plans and views ("I would never ...")
deny nothing of the interview. A detail that itself denies something ("no crunch", "not before
May") may be retold denied, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coach.checks.base import per_message, per_notes
from coach.checks.detail_words import Normalise, _found, concepts, named_concepts, shorter_relatives
from coach.models import Notes
from coach.text import WORD, Doc, lazy_compile

#: a clause told as heard at the interview, and what was heard
_HEARD = lazy_compile(
    r"\b(?:hear|heard|hearing|learn|learned|learnt|learning)\s+that\s+"
    r"(?P<heard>[^.!?;:\n—–]{3,200})",
    re.I,
)
#: a denial inside what was heard that says a thing does not happen at all: "never", "no
#: longer" ("not yet replaced", "nobody goes out before training" tell a rule or a state, and
#: are how careful paraphrases deny the opposite)
_DENIAL = lazy_compile(r"\b(?:never|no longer)\b")
#: any denial of a detail, which may then be retold denied
_DETAIL_DENIAL = lazy_compile(r"\b(?:never|no longer|not|nobody|no one|none|nothing|no)\b|n['’]t\b")
#: where a second thing heard begins ("..., and that the staff run them on their own"), or the
#: candidate's own words do (", and I would happily ...")
_AND_THAT = lazy_compile(r",?\s+(?:and|but)\s+(?:also\s+)?that\s+|,?\s+(?:and|but|so)\s+I\b")
#: concepts a detail must share with what was heard to be the thing retold
_SHARED = 2


def _details(notes: Notes, method: Normalise) -> tuple[tuple[frozenset[str], bool], ...]:
    """Each detail's concepts, and whether it denies something itself."""
    return tuple(
        (frozenset(concepts(WORD.findall(d), method)), bool(_DETAIL_DENIAL.search(d.lower())))
        for d in notes.details
    )


def denied_details(doc: Doc, notes: Notes, method: Normalise) -> list[tuple[int, int, str]]:
    """(start, end, text) of each thing heard that retells a detail and denies it, read once per
    message: detail-unsupported reports them and detail-missing takes them out."""
    return per_message(
        doc, notes, ("denied-details", method), lambda: list(_denied(doc, notes, method))
    )


def _denied(doc: Doc, notes: Notes, method: Normalise) -> Iterator[tuple[int, int, str]]:
    context = named_concepts(notes, method)
    details = per_notes(
        notes, f"negated-details:{method}", lambda n: _details(n, method), uses=("details",)
    )
    text = doc.plain
    for m in _HEARD.finditer(text, doc.body_start, doc.signature_start):
        at = m.start("heard")
        for part in _AND_THAT.split(m.group("heard")):
            start = text.find(part, at)
            at = start + len(part)
            denial = _DENIAL.search(part.lower())
            if denial is None:
                continue
            said = concepts(WORD.findall(part), method) - context
            related = shorter_relatives(set(said))
            if any(
                not denies and sum(_found(c, said, related) for c in d) >= _SHARED
                for d, denies in details
            ):
                yield start, at, part.strip()
