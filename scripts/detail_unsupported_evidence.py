"""What one body sentence says against the notes' details, as a few numbers: the evidence a
learned decision of `detail-unsupported` would weigh (scripts/loso_detail_unsupported.py fits
and measures it leave-one-set-out; it is not part of the checker, see that script for why).

Each feature is a fact a reviewer can check by reading the sentence beside the notes: whether
the hand rules already report a topic there, whether the sentence recalls the interview ("you
mentioned", "our talk about"), how many of its rare words the notes never use (in the sentence,
and in what it recalls: from the cue to the clause where the candidate's own words begin), how
much of it a detail covers (in words, and by the WordLlama cosine to the nearest detail), how
unlike any word of a detail its least supported rare word is, whether it gives a number the
notes do not, and whether it denies something beside a detail's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from coach.checks.base import per_notes
from coach.checks.detail_claims import claimed_topics
from coach.checks.detail_vocabulary import is_name, name_concepts, text_vocabulary, vocabulary
from coach.checks.detail_words import Normalise, _base, _found, shorter_relatives, units
from coach.models import Notes
from coach.text import WORD, Doc, lazy_compile

#: the features, in the order of the weights
FEATURES = (
    "rule",
    "recall",
    "new_rare",
    "recall_new",
    "covered",
    "cosine",
    "new_number",
    "negated",
    "told_new",
    "told_unlike",
    "told_number",
    "told_covered",
    "told_cosine",
)

#: a word in fewer sentences of follow-up prose than this is rare (as the rule's `common`)
_RARE = 10
#: rare new words counted, at most: a long sentence is not more invented for being long
_CAP = 3

#: the interview recalled: what was said, heard, shown or asked there
_RECALL = lazy_compile(
    r"\b(?:you (?:mentioned|said|told|described|explained|shared|showed|noted|raised|"
    r"pointed out|brought up|walked me|talked|spoke)|we (?:discussed|talked|spoke|covered|"
    r"went over|touched on)|(?:our|the) (?:conversation|discussion|chat|talk)|your (?:point|"
    r"story|stories|description|explanation|comments?|thoughts|insights?|account|mention)|"
    r"(?:hearing|learning|hear|learn) (?:about|how|that|more)|(?:enjoyed|loved|appreciated) "
    r"(?:hearing|learning|discussing))\b",
    re.I,
)

#: where what was recalled ends and the candidate's own words begin: "..., and I would ..."
_TOLD_END = lazy_compile(
    r"[;:—–]|,\s+(?:and|but|so|which|as)\s+(?:I|I'd|I'm|I've|I'll|my|it|this|that)\b"
    r"|\b(?:and|so) I\b|[.!?]",
    re.I,
)

_NEGATION = lazy_compile(r"\b(?:not|never|no|none|nor|without|neither)\b|n['’]t\b", re.I)

_NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "fifteen": "15",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "hundred": "100",
    "thousand": "1000",
    "dozen": "12",
    "half": "0.5",
    "fortnight": "14",
}
_NUMBER = lazy_compile(r"\d+(?:[.,:]\d+)*|\b[a-z]+\b", re.I)


def numbers(text: str) -> set[str]:
    """The numbers a text gives, digits and number words alike ("two" is "2", "2,000" is
    "2000")."""
    found = set()
    for m in _NUMBER.finditer(text):
        token = m.group().lower()
        if token[0].isdigit():
            found.add(token.replace(",", ""))
        elif token in _NUMBER_WORDS:
            found.add(_NUMBER_WORDS[token])
    return found


def _notes_numbers(notes: Notes) -> frozenset[str]:
    texts = [*notes.details, notes.timeline.said or "", notes.role]
    return frozenset().union(*(numbers(t) for t in texts))


def _details_support(notes: Notes, method: Normalise) -> tuple[frozenset[str], frozenset[str]]:
    details = frozenset().union(*(text_vocabulary(d, method) for d in notes.details))
    return details, frozenset(shorter_relatives(set(details)))


def sentence_features(
    doc: Doc,
    notes: Notes,
    spans: Sequence[tuple[int, int]],
    method: Normalise,
) -> list[tuple[int, int, list[float]]]:
    """(start, end, features) of each body sentence of the message (coach.semantic.sentences);
    `spans` are where the hand rules report a topic."""
    from coach.checks.detail_specific import sentence_counts
    from coach.semantic import cosine, embedding, sentences

    counts = sentence_counts()
    noted, shorter = per_notes(notes, f"vocabulary:{method}", lambda n: vocabulary(n, method))
    details, related = per_notes(
        notes, f"evidence-details:{method}", lambda n: _details_support(n, method), ("details",)
    )
    names = per_notes(
        notes,
        f"name-concepts:{method}",
        lambda n: name_concepts(n, method),
        uses=("company", "candidate", "interviewers"),
    )
    given = per_notes(notes, "evidence-numbers", _notes_numbers, ("details", "timeline", "role"))
    model = embedding()
    detail_vectors = [v for d in notes.details if (v := model.cached_vector(d)) is not None]
    claims = [start for start, _ in claimed_topics(doc)]
    detail_words = per_notes(notes, "evidence-detail-words", _detail_words, ("details",))
    out = []
    for s in sentences(doc):
        rule = any(a < s.end and s.start < b for a, b in spans)
        cue = _RECALL.search(s.text)
        at = [c - s.start for c in claims if s.start <= c < s.end]
        recall = bool(cue) or bool(at)
        told = ""
        if recall:
            begin = min([*at, cue.end() if cue else len(s.text)])
            stop = _TOLD_END.search(s.text, begin)
            told = s.text[begin : stop.start() if stop else len(s.text)]
        told_new, unlike = _told(told, method, counts, noted, shorter, names, detail_words, model)
        words = WORD.findall(s.text)
        total = covered = new = 0
        for first, last, c in units(words, method):
            if c in names or c.startswith("~"):
                continue
            total += 1
            parts = [p for w in words[first:last] for p in w.split("-") if p]
            if _found(c, details, related):
                covered += 1
            elif not _found(c, noted, shorter) and any(
                counts.get(_base(p, method), 0) < _RARE or is_name(p) for p in parts
            ):
                new += 1
        vector = model.vector(s.text)
        best = max((cosine(vector, d) for d in detail_vectors), default=0.0) if vector else 0.0
        share = covered / total if total else 0.0
        capped = min(new, _CAP)
        fresh = len(numbers(s.text) - given)
        features = [
            float(rule),
            float(recall),
            float(capped),
            float(recall) * capped,
            share,
            best,
            float(min(fresh, 2) if covered else 0),
            float(bool(_NEGATION.search(s.text)) and covered > 0),
            float(min(told_new, _CAP)),
            unlike,
            float(bool(numbers(told) - given) and _touches(told, method, details, related)),
            _share(told, method, details, related, names),
            _nearest(told, model, detail_vectors),
        ]
        out.append((s.start, s.end, features))
    return out


def _detail_words(notes: Notes) -> list[tuple[float, ...]]:
    """The vectors of the details' words of three letters or more, each once."""
    from coach.semantic import embedding

    model = embedding()
    seen = dict.fromkeys(w.lower() for d in notes.details for w in WORD.findall(d) if len(w) > 2)
    return [v for w in seen if (v := model.cached_vector(w)) is not None]


def _share(
    text: str,
    method: Normalise,
    details: frozenset[str],
    related: frozenset[str],
    names: frozenset[str],
) -> float:
    """The part of the text's concepts that a detail has (0 for no text)."""
    found = [
        _found(c, details, related)
        for _, _, c in units(WORD.findall(text), method)
        if c not in names and not c.startswith("~")
    ]
    return sum(found) / len(found) if found else 0.0


def _nearest(text: str, model: Any, detail_vectors: list[tuple[float, ...]]) -> float:
    """The cosine of the text to the nearest detail (0 for no text)."""
    from coach.semantic import cosine

    vector = model.vector(text) if text.strip() else None
    return max((cosine(vector, d) for d in detail_vectors), default=0.0) if vector else 0.0


def _touches(
    text: str, method: Normalise, details: frozenset[str], related: frozenset[str]
) -> bool:
    return any(_found(c, details, related) for _, _, c in units(WORD.findall(text), method))


def _told(
    told: str,
    method: Normalise,
    counts: dict[str, int],
    noted: frozenset[str],
    shorter: frozenset[str],
    names: frozenset[str],
    detail_words: list[tuple[float, ...]],
    model: Any,
) -> tuple[int, float]:
    """How many rare words of what the sentence recalls the notes lack, and how unlike any word
    of a detail the least like of them is (1 - its best cosine; 0 when there is none)."""
    from coach.semantic import cosine

    words = WORD.findall(told)
    new = 0
    unlike = 0.0
    for first, last, c in units(words, method):
        if c in names or c.startswith("~") or _found(c, noted, shorter):
            continue
        parts = [p for w in words[first:last] for p in w.split("-") if p]
        if not any(counts.get(_base(p, method), 0) < _RARE or is_name(p) for p in parts):
            continue
        new += 1
        for p in parts:
            v = model.cached_vector(p.lower())
            if v is None:
                continue
            best = max((cosine(v, d) for d in detail_words), default=0.0)
            unlike = max(unlike, 1.0 - best)
    return new, unlike
