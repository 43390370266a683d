"""`duplicate-across-interviewers`: two messages of one batch to different interviewers that are
nearly the same text, the interviewers' names aside."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from coach.checks.base import CheckKind, Context, Hit, Params, per_notes
from coach.checks.phrases import anchor
from coach.models import Notes
from coach.plain import Field
from coach.text import Doc


class DuplicateParams(Params):
    similarity: float = Field(90.0, description="rapidfuzz ratio (0-100) that counts as the same")


class Duplicate(CheckKind):
    """`duplicate-across-interviewers`: two messages of a batch nearly the same, names aside."""

    name = "duplicate"
    Params = DuplicateParams

    def run(self, doc: Doc, ctx: Context, rule: Any, params: DuplicateParams) -> Iterator[Hit]:
        if not ctx.peers or ctx.to is None or ctx.notes is None:
            return
        from rapidfuzz import fuzz

        names = per_notes(
            ctx.notes, "interviewer-words", _interviewer_words, uses=("interviewers",)
        )
        mine = _without_names(doc, names)
        for peer in ctx.peers:
            if peer.to is None or peer.to == ctx.to:
                continue
            # below the cutoff rapidfuzz returns 0 early, so most pairs cost next to nothing
            score = fuzz.ratio(
                mine, _without_names(peer.doc, names), score_cutoff=params.similarity
            )
            if score >= params.similarity:
                yield anchor(
                    doc,
                    "start",
                    {"other": peer.to, "path": peer.path, "score": round(score)},
                    f"Make this note different from the one to {peer.to}: mention "
                    "what you discussed with each person",
                )
                return


def _interviewer_words(notes: Notes) -> frozenset[str]:
    return frozenset(w.lower() for p in notes.interviewers for w in (*p.name.split(), *p.aliases))


def _without_names(doc: Doc, names: frozenset[str]) -> str:
    """The body's words in lower case, interviewers' names left out (computed once per doc)."""
    cached: str | None = getattr(doc, "_without_names", None)
    if cached is None:
        cached = " ".join(w for t in doc.body_tokens if (w := t.text.lower()) not in names)
        doc._without_names = cached  # type: ignore[attr-defined]
    return cached
