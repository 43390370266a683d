"""An offer or invitation the message thanks the reader for, which the notes do not record, for
`detail-unsupported`: "thank you also for offering me a trial week on the boats", "thanks for
offering to introduce me to your agent". An offer is a promise made at the interview; thanking
someone for one they never made tells them the message was not written from the interview.

The offered thing runs from "offering" to the end of its clause. It is supported when a detail
shares two of its concepts (the role's, company's and people's words aside): "thank you for
offering to show me the grading bench again" when a detail says "showed grading bench". The
candidate's own offer ("I would be glad to offer ...") is no thanks, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coach.checks.base import per_notes
from coach.checks.detail_words import Normalise, _found, concepts, named_concepts, shorter_relatives
from coach.models import Notes
from coach.text import WORD, Doc, lazy_compile

#: thanks for an offer or invitation, and what was offered
_THANKED = lazy_compile(
    r"\b(?:thank(?:s| you)|grateful)\b[^.!?;\n]{0,30}?\bfor (?:(?:so )?(?:kindly )?"
    r"(?:offering|inviting me)|(?:the|your) (?:kind )?(?:offer|invitation))\b"
    r"(?P<offered>[^.!?;:\n—–]{3,160})",
    re.I,
)
#: where the offered thing ends: the candidate's answer to it ("...; I would be glad to come")
_END = lazy_compile(r",|\b(?:and|but|so) (?:I|I'd|I'm|I'll)\b", re.I)
#: an interviewer's everyday courtesy, which no note records: "offering to answer any
#: questions", "inviting me to get in touch"
_COURTESY = lazy_compile(r"\b(?:questions?|queries|get in touch|reach out|contact)\b", re.I)
#: concepts a detail must share with the offered thing to record it
_SHARED = 2


#: a word in fewer sentences of follow-up prose than this names something specific
_RARE = 10


def _specific(words: list[str], method: Normalise) -> bool:
    """Whether the offered thing names something: a word rare in follow-up prose, or a name
    ("a seat on Saturday's train", "your agent in Osaka"), not "to answer any questions"."""
    from coach.checks.detail_specific import sentence_counts
    from coach.checks.detail_words import _base

    counts = sentence_counts()
    return any(
        counts.get(_base(w, method), 0) < _RARE or (w[:1].isupper() and w.lower() != "i")
        for w in words
        if concepts([w], method)
    )


def _details(notes: Notes, method: Normalise) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(concepts(WORD.findall(d), method)) for d in notes.details)


def unrecorded_offers(doc: Doc, notes: Notes, method: Normalise) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each offer the message thanks the reader for that no detail
    records."""
    # the notes' concepts are read only for an offer thanked for, which most messages lack:
    # they are not worked out for each message's own notes
    context: frozenset[str] | None = None
    details: tuple[frozenset[str], ...] = ()
    for m in _THANKED.finditer(doc.plain, doc.body_start):
        offered = m.group("offered")
        cut = _END.search(offered)
        offered = offered[: cut.start()] if cut else offered
        if _COURTESY.search(offered):
            continue
        words = WORD.findall(offered)
        if context is None:
            context = named_concepts(notes, method)
            details = per_notes(
                notes, f"offer-details:{method}", lambda n: _details(n, method), uses=("details",)
            )
        said = concepts(words, method) - context
        if not said or not _specific(words, method):
            continue  # "thank you for inviting me to send questions" names nothing offered
        related = shorter_relatives(set(said))
        if any(sum(_found(c, said, related) for c in d) >= _SHARED for d in details):
            continue
        start, end = m.start(), m.start("offered") + len(offered.rstrip())
        yield start, end, doc.plain[start:end]
