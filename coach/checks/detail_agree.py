"""What detail coverage reads once the topics detail-unsupported calls invented are taken out.

A topic the message claims was discussed that the notes do not hold is no detail of this
interview, however many of a detail's words it leans on: "our talk about the new overtime rules
for the night crews" shares "night" and "crews" with the notes' "crane crews on 3 shifts" but
refers to nothing discussed; nor does thanks for an offer no detail records, nor a detail told
as denied where the notes deny nothing ("glad to hear the roster never includes weekends" for
"on call one weekend in four": nothing true of it is left). RULEBOOK §2 has detail-missing fire
when the message refers to none of the details discussed, so a message whose only "detail" is
such a topic gets both findings, and one that also names a true detail only detail-unsupported.

A claimed topic that alone shares two concepts with one detail retells that detail, though with
another number or an added name ("the 48-hour window between picking and milling" for "milled
within 24 hours of picking"): it still refers to what was discussed, so it is kept, and so is a
topic detail-unsupported misreads as invented.
"""

from __future__ import annotations

from coach.checks.base import Context, per_notes
from coach.checks.detail_words import Normalise, concepts, covered, shorter_relatives
from coach.models import Notes
from coach.text import WORD, Doc

#: the rule whose topics are read, with its own parameters
UNSUPPORTED = "detail-unsupported"


def _retells(topic: str, notes: Notes, skip: frozenset[str], method: Normalise) -> bool:
    """Whether the topic alone shares two concepts with one detail."""
    from coach.checks.detail import _detail_concepts

    said = concepts(WORD.findall(topic), method, skip)
    shorter = shorter_relatives(said)
    return any(covered(_detail_concepts(d, skip, method), said, 2, shorter) for d in notes.details)


def _spans(doc: Doc, ctx: Context) -> list[tuple[int, int]]:
    from coach.checks.detail import _context_bases
    from coach.checks.detail_unsupported import invented_topics
    from coach.rulebook import load_rules

    rule = load_rules().get(UNSUPPORTED)
    notes = ctx.notes
    if rule is None or notes is None:
        return []
    p = rule.params
    method = p.normalise
    skip = per_notes(notes, f"context-bases:{method}", lambda n: _context_bases(n, method))
    out = [
        (start, end)
        for start, end, topic in invented_topics(
            doc, notes, method, tuple(p.places), p.max_words, p.common, p.synonym_common
        )
        if not _retells(topic, notes, skip, method)
    ]
    if p.presupposed:  # "your new delivery app", a project of the reader's
        from coach.checks.detail_claims import presupposed_projects
        from coach.checks.detail_vocabulary import known_words

        known = per_notes(notes, "detail-known-words", known_words)
        out += [
            (s, e)
            for s, e, topic in presupposed_projects(doc, known)
            if not _retells(topic, notes, skip, method)
        ]
    if p.offers:  # "thank you for offering me a trial week", never offered
        from coach.checks.detail_offers import unrecorded_offers

        out += [(s, e) for s, e, _ in unrecorded_offers(doc, notes, method)]
    if p.negated:  # "glad to hear the roster never includes weekends"
        from coach.checks.detail_negated import denied_details

        out += [(s, e) for s, e, _ in denied_details(doc, notes, method)]
    return out


def without_invented(doc: Doc, ctx: Context) -> Doc | None:
    """The message with each invented topic blanked out (offsets kept), or None when it claims
    none."""
    spans = doc.derived("invented-spans", lambda d: _spans(d, ctx))
    if not spans:
        return None
    text = doc.text
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return Doc(text)
