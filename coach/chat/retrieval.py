"""Finding the guide entries a question is about, by meaning and by keywords.

Meaning: the question's sentence vector (coach.semantic's static embedding) against each
entry's example questions and topic, whose vectors are worked out once and kept in coach's
on-disk cache. Keywords: each entry's `cues` patterns. A cue is strong evidence, a vector a
tie-breaker and a net for wordings no cue foresaw.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from coach.guide import Entry, guide_dir, load_guide

CUE_WEIGHT = 0.12
CUE_CAP = 3
#: below this, the question is about nothing in the guide
MIN_SCORE = 0.55


@dataclass(frozen=True)
class Hit:
    entry: Entry
    score: float
    semantic: float
    cues: int


@lru_cache(maxsize=1)
def _vectors() -> dict[str, list[tuple[float, ...]]]:
    from coach.cache import cached
    from coach.semantic.vectors import WEIGHTS, package_dir

    files = [*sorted(guide_dir().glob("*.yaml")), package_dir() / WEIGHTS]
    return cached("guide-vectors", files, _build_vectors)


def _build_vectors() -> dict[str, list[tuple[float, ...]]]:
    from coach.semantic import embedding

    model = embedding()
    out: dict[str, list[tuple[float, ...]]] = {}
    for entry in load_guide().entries.values():
        texts = [*entry.questions, entry.topic]
        out[entry.id] = [v for v in (model.vector(t) for t in texts) if v is not None]
    return out


@lru_cache(maxsize=1)
def _cues() -> dict[str, list[re.Pattern[str]]]:
    return {e.id: [re.compile(c, re.I) for c in e.cues] for e in load_guide().entries.values()}


def cue_hits(entry_id: str, text: str) -> int:
    return sum(1 for p in _cues()[entry_id] if p.search(text))


def retrieve(question: str, limit: int = 3) -> list[Hit]:
    """The best entries for the question, best first."""
    from coach.semantic import cosine, embedding

    guide = load_guide()
    vector = embedding().vector(question)
    hits = []
    for entry_id, vectors in _vectors().items():
        semantic = max((cosine(vector, v) for v in vectors), default=0.0) if vector else 0.0
        cues = cue_hits(entry_id, question)
        score = semantic + CUE_WEIGHT * min(cues, CUE_CAP)
        hits.append(Hit(guide.entries[entry_id], score, semantic, cues))
    hits.sort(key=lambda h: -h.score)
    return hits[:limit]


def warm() -> None:
    """Load the guide, its vectors and the embedding before the first question."""
    _vectors()
    _cues()
