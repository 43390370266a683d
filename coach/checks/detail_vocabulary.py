"""What the notes name, as detail-unsupported reads a claimed topic against it: the concepts of
every text of the notes (details, titles, the timeline, materials, the role), the acronyms a
detail spells out, every word lower-cased (a name among them is no new name), and the concepts
of the people's and company's names, which say nothing about a topic. Kept apart from the
judgement (coach.checks.detail_unsupported) because it is built once per notes and cached.
"""

from __future__ import annotations

from functools import lru_cache

from coach.checks.base import per_notes
from coach.checks.detail_words import Normalise, concept, concepts, shorter_relatives
from coach.models import Notes
from coach.text import WORD

#: every field of the notes but the role: what is derived from them (the details, which are
#: most of the work) is kept by their content, and the role's few words are added per notes
_BUT_ROLE = ("candidate", "company", "interviewers", "details", "timeline", "materials")


def vocabulary(notes: Notes, method: Normalise) -> tuple[frozenset[str], frozenset[str]]:
    """Concepts of what the notes name (each text's units, and each of its words alone), and
    those cut short (coach.checks.detail_words.shorter_relatives)."""
    rest, rest_shorter = per_notes(
        notes, f"vocabulary-but-role:{method}", lambda n: _vocabulary_but_role(n, method), _BUT_ROLE
    )
    role = text_vocabulary(notes.role, method)
    return rest | role, rest_shorter | frozenset(shorter_relatives(set(role)))


def _vocabulary_but_role(notes: Notes, method: Normalise) -> tuple[frozenset[str], frozenset[str]]:
    texts = [
        *notes.details,
        notes.company.name,
        notes.timeline.said or "",
        *(p.title or "" for p in notes.interviewers),
        *notes.company.aliases,
        *(m.what for m in notes.materials),
    ]
    spelt = frozenset().union(*(_spelt_vocabulary(d, method) for d in notes.details))
    found = frozenset().union(spelt, *(text_vocabulary(text, method) for text in texts))
    return found, frozenset(shorter_relatives(set(found)))


@lru_cache(maxsize=8192)
def _spelt_vocabulary(detail: str, method: Normalise) -> frozenset[str]:
    """Concepts of the acronyms of three or more letters that the detail spells out ("AFB" for
    "American foulbrood"): a message may name the thing by its acronym."""
    from coach.checks.detail import _runs

    found = (concept(a, method) for a in _runs(detail, compounds=True) if len(a) >= 3)
    return frozenset(c for c in found if c is not None)


@lru_cache(maxsize=8192)
def text_vocabulary(text: str, method: Normalise) -> frozenset[str]:
    """Concepts of one text of the notes: its units, and each of its words alone."""
    words = WORD.findall(text)
    alone = {c for w in words for p in w.split("-") if (c := concept(p, method)) is not None}
    return frozenset(concepts(words, method) | alone)


def is_name(word: str) -> bool:
    from coach.checks.detail_forms import proper_names
    from coach.checks.names_spelling import english_words

    return bool(proper_names(word, english_words(), frozenset()))


def known_words(notes: Notes) -> frozenset[str]:
    """Every word of the notes, lower-cased: a name among them is no new name."""
    rest = per_notes(notes, "detail-known-words-but-role", _known_but_role, _BUT_ROLE)
    return rest | _lower_words_of(notes.role)


def _known_but_role(notes: Notes) -> frozenset[str]:
    texts = [
        *notes.details,
        notes.company.name,
        *notes.company.aliases,
        notes.candidate.name,
        notes.timeline.said or "",
        *(p.name for p in notes.interviewers),
        *(p.title or "" for p in notes.interviewers),
        *(m.what for m in notes.materials),
    ]
    return frozenset().union(*map(_lower_words_of, texts))


@lru_cache(maxsize=8192)
def _lower_words_of(text: str) -> frozenset[str]:
    """One text's words, lower-cased, each hyphenated one also as its parts (kept per text: a
    batch's notes share most of their texts even where each message has notes of its own)."""
    words = (w.lower() for p in WORD.findall(text) for w in (p, *p.split("-")))
    return frozenset(w.removesuffix("'s").removesuffix("’s") for w in words)


def name_concepts(notes: Notes, method: Normalise) -> frozenset[str]:
    texts = [
        notes.company.name,
        *notes.company.aliases,
        notes.candidate.name,
        *(p.name for p in notes.interviewers),
    ]
    return frozenset(c for t in texts for c in concepts(WORD.findall(t), method))
