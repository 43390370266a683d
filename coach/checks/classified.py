"""The sentence classifier's findings for a phrases rule: what its phrase families miss.

A phrases rule (coach.checks.phrases) may name classifier labels. Each sentence of the body the
classifier gives one of them fires too, unless a phrase already points into it, a construction
names it more exactly, or one of the rule's second readings withdraws it (the interview's topic,
a target, the writer's own need, a count of the writer's messages). A reading at SURE needs no
named target, and a rule's exception withdraws only the readings that hold its words, not a
part of the sentence read alone without them. Kept apart from the phrase matching so that each
second reading is one line here and one module of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from coach.checks.base import Hit
from coach.checks.matcher import Phrase, compile_phrases
from coach.models import Notes
from coach.semantic.classifier import SURE
from coach.text import Doc

if TYPE_CHECKING:
    from coach.checks.phrases import PhrasesParams


def classified_hits(
    doc: Doc, params: PhrasesParams, found: list[Hit], notes: Notes | None
) -> Iterator[Hit]:
    """The sentences that carry one of the rule's classifier labels, as hits on the sentence."""
    r = _readers()
    semantic, aimed, pleads, only_counted = r.semantic, r.aimed, r.pleads, r.only_counted
    built, may_hold, outweighed = r.built, r.may_hold, r.outweighed
    plain_praise, still_reads, BUILT_LABELS = r.plain_praise, r.still_reads, r.BUILT_LABELS

    model = semantic.classifier()
    rewrite = next((f.rewrite for f in params.families if f.rewrite), None)
    vetoed = compile_phrases(tuple(params.classifier_unless)) if params.classifier_unless else None
    sentences = semantic.sentences(doc)
    building = {w.label for w in params.classifier if w.label in BUILT_LABELS} or None
    if building is not None:
        building = {label for label in building if may_hold(doc, label)}
    wanted_labels = frozenset(w.label for w in params.classifier)
    for at, sentence in enumerate(sentences):
        if any(h.start < sentence.end and sentence.start < h.end for h in found):
            continue
        if not building:
            # without a construction to read, only a label the classifier gives can fire: a
            # sentence without one needs no exception searched (the readings are shared)
            scored, labels = _read(doc, model, at, sentence.start, sentence.text)
            if labels.isdisjoint(wanted_labels):
                continue
        # the rule's exceptions are constructions the classifier misreads; a construction of
        # the fault itself (coach.checks.frames) is read by its structure, not by the classifier
        vetoed_here = vetoed is not None and vetoed.search(sentence.text) is not None
        scored, labels = _read(doc, model, at, sentence.start, sentence.text)
        # an exception covers its own words: a reading of a part of the sentence without them
        # (coach.checks.clauses) stays the classifier's ("Best of luck with the audit - you
        # will need it with that crew")
        kept = scored
        if vetoed is not None and vetoed_here:
            kept = [(t, f) for t, f in scored[1:] if not vetoed.search(t)]
        if not kept and not building:
            continue
        if labels and params.classifier_unless_praise and plain_praise(sentence.text):
            continue
        for wanted in params.classifier:
            # a fault carried by the sentence's construction counts whatever its words weigh
            if (
                building and wanted.label in building and built(sentences, at, wanted.label, notes)
            ) or any(
                wanted.label in found
                and not outweighed(doc, sentences, at, wanted.label)
                and (
                    not params.classifier_reread
                    or still_reads(
                        model,
                        wanted.label,
                        sentences,
                        at,
                        text,
                        notes,
                        params.classifier_reread_floor,
                    )
                )
                and (
                    not params.classifier_needs_target
                    or sure(model, wanted.label, text)
                    or aimed(model, wanted.label, sentence.text, notes)
                )
                and (
                    not params.classifier_needs_writer or pleads(model, wanted.label, sentence.text)
                )
                and (not params.classifier_uncounted or not only_counted(model, wanted.label, text))
                for text, found in kept[: 1 if wanted.label in FORM_LABELS else None]
            ):
                fields = {
                    "excerpt": sentence.text,
                    "family": wanted.label,
                    "rewrite": rewrite or "",
                    "count": 1,
                }
                suggestion = f"Rewrite as: {rewrite}" if rewrite else None
                # the classifier's own findings are warnings unless the rule says otherwise: it
                # reads meaning at about 0.9 precision a sentence, so a person should look
                yield Hit(
                    sentence.start,
                    sentence.end,
                    fields,
                    suggestion,
                    severity=wanted.severity or "warning",
                )
                break


def sure(model: Any, label: str, text: str) -> bool:
    """Whether the classifier reads `label` in `text` with confidence (SURE). A named target
    screens out readings the classifier is unsure of, the trade's hazards told in strong words;
    a reading this sure is a jibe whose target the closed classes miss ("the last planner",
    "whoever drew up the rota", "the pottery"), as sure a fault as one beside thanks."""
    return bool(model.score(text).probs.get(label, 0.0) >= SURE)


def _read(
    doc: Doc, model: Any, at: int, start: int, text: str
) -> tuple[list[tuple[str, frozenset[str]]], frozenset[str]]:
    """The readings of sentence `at` (coach.checks.clauses) and all their labels, worked out
    once per message: each of the rules with a classifier reads the same sentences."""
    readings = _readers().readings
    memo: dict[int, tuple[Any, list[tuple[str, frozenset[str]]], frozenset[str]]]
    memo = doc.derived("classifier-readings", lambda _: {})
    found = memo.get(at)
    if found is None or found[0] is not model:
        scored = readings(model, _as_written_alone(doc, start, text))
        found = memo[at] = (model, scored, frozenset().union(*(f for _, f in scored)))
    return found[1], found[2]


#: labels of a message's form (capitals, emoji, slang) that a clause read alone cannot show
#: better than its whole sentence, and can show wrongly (a clause given a capital it lacked)
FORM_LABELS = frozenset({"tone-unprofessional"})


def _as_written_alone(doc: Doc, start: int, text: str) -> str:
    """The sentence as it would stand on its own: after an inline greeting ("Hi Sarah, it was
    a pleasure ...") it rightly opens in lower case, which read alone looks like a message
    written without capitals."""
    if text[:1].islower() and doc.masked[max(0, start - 3) : start].rstrip().endswith(
        (",", "—", "–")
    ):
        return text[:1].upper() + text[1:]
    return text


def satisfied_by_classifier(doc: Doc, label: str, blocked: Phrase | None = None) -> bool:
    """True when some sentence of the body carries `label` (thanks, interest, future), unless
    the sentence says what the rule's `unless` excludes ("... in the field")."""
    semantic = _readers().semantic
    model = semantic.classifier()
    return any(
        label in model.score(s.text).labels and (blocked is None or not blocked.search(s.text))
        for s in semantic.sentences(doc)
    )


@cache
def _readers() -> SimpleNamespace:
    """The classifier and the second readings, imported on first use (a command that only lists
    the rules never loads them), then looked up once: an import statement in a function costs a
    few microseconds each time it runs, and these ran for every rule and sentence of a message."""
    from coach import semantic
    from coach.checks.aimed import aimed, pleads
    from coach.checks.clauses import readings
    from coach.checks.counted import only_counted
    from coach.checks.frames import BUILT_LABELS, built, may_hold, outweighed
    from coach.checks.praise import plain_praise
    from coach.checks.reread import still_reads

    return SimpleNamespace(
        semantic=semantic,
        aimed=aimed,
        pleads=pleads,
        readings=readings,
        only_counted=only_counted,
        BUILT_LABELS=BUILT_LABELS,
        built=built,
        may_hold=may_hold,
        outweighed=outweighed,
        plain_praise=plain_praise,
        still_reads=still_reads,
    )
