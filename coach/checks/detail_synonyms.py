"""A detail named by a synonym: "the upkeep of the pumps" for "pump maintenance", "a roster"
for "the roll". Detail coverage and detail-unsupported read a message word that WordNet gives as
a synonym of a word of the notes (coach.synonyms: frequent senses of common words only) as that
word's concept, so a paraphrase counts as naming the detail, and is no invented topic.

The table's frequent senses still include loose ones, so a synonym counts only where it is no
stop word, no word of the role's, company's or people's names, and no generic group of the
lexicon ("project", "career"); a synonym in many sentences of follow-up prose ("care", "help")
counts only where follow-up prose seldom uses it, and vague praise ("our great conversation",
"everything we discussed") has no word for a synonym to stand for.
"""

from __future__ import annotations

from functools import lru_cache

from coach.checks.base import per_notes
from coach.checks.detail_words import Normalise, base, concept, stop_words
from coach.models import Notes
from coach.synonyms import synonyms
from coach.text import WORD


@lru_cache(maxsize=4096)
def word_synonyms(word: str, method: Normalise) -> frozenset[str]:
    """Bases of the word's synonyms, but for stop words and the word's own base."""
    names = synonyms(word)
    stop = stop_words(method)
    own = base(word, method)
    return frozenset(
        b
        for n in names
        if (b := base(n, method)) != own
        and b not in stop
        and not (concept(n, method) or "~").startswith("~")
    )


@lru_cache(maxsize=4096)
def _pairs(
    detail: str, skip: frozenset[str], method: Normalise
) -> tuple[tuple[str, str, str], ...]:
    """(base of a synonym, base of the detail's word, that word's concept) for the detail's
    words that count (no stop word, generic group or word of `skip`)."""
    out = []
    for word in WORD.findall(detail):
        for part in word.split("-"):
            c = concept(part, method)
            own = base(part, method)
            if c is None or c.startswith("~") or own in skip:
                continue
            out += [(b, own, c) for b in word_synonyms(part, method) if b not in skip]
    return tuple(out)


@lru_cache(maxsize=4096)
def detail_synonyms(detail: str, skip: frozenset[str], method: Normalise) -> dict[str, str]:
    """Base of a synonym -> the concept of the detail's word it stands for."""
    out: dict[str, str] = {}
    for b, _, c in _pairs(detail, skip, method):
        out.setdefault(b, c)
    return out


def synonym_concepts(
    detail: str,
    bases: frozenset[str],
    skip: frozenset[str],
    method: Normalise,
) -> set[str]:
    """Concepts of the detail that a message base (`bases`) names by a synonym."""
    table = detail_synonyms(detail, skip, method)
    return {table[b] for b in bases if b in table}


def notes_synonyms(notes: Notes, method: Normalise, rare: int) -> frozenset[str]:
    """Bases of the synonyms of the details' words where both are in fewer than `rare`
    sentences of follow-up prose: a claimed topic in such a word paraphrases a detail
    ("administering oaths" for "swearing in witnesses"), where a commoner pair is too loose to
    excuse an invented topic ("a grading lab" is not the notes' "Class 1 licence")."""

    def build(n: Notes) -> frozenset[str]:
        from coach.checks.detail_specific import sentence_counts

        counts = sentence_counts()
        return frozenset(
            b
            for d in n.details
            for b, own, _ in _pairs(d, frozenset(), method)
            if counts.get(b, 0) < rare and counts.get(own, 0) < rare
        )

    return frozenset(per_notes(notes, f"synonyms:{method}:{rare}", build, ("details",)))
