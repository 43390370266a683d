"""What a learned decision of the two detail rules would weigh about one message: the readings
the hand rules already make, as a few numbers (scripts/loso_detail_decision.py fits and measures
it leave-one-set-out; it is not part of the checker, see that script for why).

Whether each rule's hand readings fire (and how many topics detail-unsupported reports), the
message's kind and length, the number of details in the notes, how much of the best-covered
detail the message's words hold (the concepts of coach.checks.detail_words, as detail-missing
compares them), and the per-sentence evidence of scripts/detail_unsupported_evidence.py (recall
cues, rare words the notes lack, covered share, WordLlama cosine to the nearest detail, new
numbers, denials) at its strongest over the sentences, and the mean cosine.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from detail_unsupported_evidence import FEATURES as _SENTENCE_FEATURES

from coach.checks.base import Context, per_notes
from coach.checks.detail_words import DEFAULT, Normalise, _found, concepts, shorter_relatives
from coach.text import WORD, Doc

#: the evidence of detail_unsupported_evidence taken at its strongest over the sentences (its
#: features but the first, the hand rule's verdict)
EVIDENCE = _SENTENCE_FEATURES[1:]
#: the message's features, in the order of the weights
FEATURES = (
    "dm_rule",
    "du_rule",
    "du_hits",
    "thank_you",
    "check_in",
    "linkedin_note",
    "details",
    "words",
    "best_share",
    "best_shared",
    "touched",
    *(f"max_{name}" for name in EVIDENCE),
    "mean_cosine",
)
RULES = ("detail-missing", "detail-unsupported")


def _detail_sets(notes: Any, method: Normalise) -> list[frozenset[str]]:
    from coach.checks.detail import _context_bases, _detail_concepts

    skip = per_notes(notes, f"context-bases:{method}", lambda n: _context_bases(n, method))
    return [_detail_concepts(d, skip, method) for d in notes.details]


def features(
    doc: Doc,
    ctx: Context,
    dm_fired: bool,
    du_spans: Sequence[tuple[int, int]],
    method: Normalise = DEFAULT,
) -> list[float]:
    """The message's features (FEATURES), from the readings the two rules made."""
    from detail_unsupported_evidence import sentence_features

    from coach.checks.detail import _context_bases

    notes = ctx.notes
    assert notes is not None and notes.details
    skip = per_notes(notes, f"context-bases:{method}", lambda n: _context_bases(n, method))
    text = concepts((t.text for t in doc.body_tokens), method, skip, mine=True)
    shorter = shorter_relatives(text)
    shares, counts = [], []
    for wanted in _detail_sets(notes, method):
        shared = sum(1 for c in wanted if _found(c, text, shorter))
        counts.append(shared)
        shares.append(shared / len(wanted) if wanted else 0.0)
    rows = [f for _, _, f in sentence_features(doc, notes, du_spans, method)]
    strongest = [max((r[i + 1] for r in rows), default=0.0) for i in range(len(EVIDENCE))]
    cosines = [r[5] for r in rows]
    kind = str(ctx.kind) if ctx.kind else ""
    words = len(WORD.findall(doc.body))
    return [
        float(dm_fired),
        float(bool(du_spans)),
        float(min(len(du_spans), 3)),
        float(kind in ("thank_you", "handwritten_note")),
        float(kind in ("check_in", "final_follow_up")),
        float(kind == "linkedin_note"),
        min(len(notes.details), 8) / 8,
        math.log1p(words) / 6,
        max(shares, default=0.0),
        min(max(counts, default=0), 4) / 4,
        sum(1 for c in counts if c) / len(counts),
        *strongest,
        sum(cosines) / len(cosines) if cosines else 0.0,
    ]


MISSING, UNSUPPORTED = RULES


def _hand(
    doc: Doc, ctx: Context, findings: list[Any], rule: Any, applicable: set[str]
) -> list[tuple[int, int]]:
    """The spans the rule's hand readings report: from the findings when it ran, else read now
    (a selection without it: its reading is still a feature of the other)."""
    if rule is None:
        return []
    if rule.id in applicable:
        return [
            (f.start, f.end)
            for f in findings
            if f.rule == rule.id and f.severity in ("error", "warning")
        ]
    notes = ctx.notes
    assert notes is not None
    if not rule.applies_to.matches(ctx.kind, ctx.channel, ctx.stage):
        return []
    from coach.checks import CHECKS

    return [(h.start, h.end) for h in CHECKS[rule.check["type"]].run(doc, ctx, rule, rule.params)]


def read(
    doc: Doc, ctx: Context, findings: list[Any], rules: dict[str, Any], applicable: set[str]
) -> tuple[list[float], list[tuple[int, int]]]:
    """The message's features, and the spans detail-unsupported's hand readings report."""
    missing = _hand(doc, ctx, findings, rules.get(MISSING), applicable)
    unsupported = _hand(doc, ctx, findings, rules.get(UNSUPPORTED), applicable)
    return features(doc, ctx, bool(missing), unsupported), unsupported
