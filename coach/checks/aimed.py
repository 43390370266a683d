"""A fault aimed at someone needs someone to aim at.

Hostility and accusation are aimed at the reader or the employer (RULEBOOK §3), so a sentence
that carries one names a person ("you", "they", "whoever you chose", "nobody", the writer's own
"I"), a person or the company of the notes, or the hiring itself. The sentence classifier
(coach.semantic) reads manner from words and their mean vector, and the blunt facts of a trade
carry the same words as a jibe ("Walkers never look, and a tram can't swerve", "A loose strap
drops a load in a second"). A sentence that names no one and speaks of the interview's own
subject (a word of the notes' details) describes the work: it aims at nobody, whatever its words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from coach.checks.base import per_notes
from coach.checks.detail_words import concept, stem
from coach.checks.reread import topic_stems
from coach.models import Notes
from coach.text import WORD, lazy_compile

#: a person named by a pronoun or an indefinite: someone a sentence could be aimed at
_PERSON = lazy_compile(
    r"\b(?:I|me|my|mine|myself|we|us|our|ours|ourselves|you|your|yours|yourself|yourselves|"
    r"they|them|their|theirs|he|him|his|she|her|hers|whoever|whomever|anyone|anybody|someone|"
    r"somebody|nobody|everyone|everybody|no one|no-one)\b",
    re.I,
)


#: the hiring itself, which a jibe may target without naming anyone ("what must be the slowest
#: hiring process in the trade")
_EXCHANGE_WORDS = (
    "hiring recruitment recruiting process application applicant candidate interview decision "
    "shortlist panel reply response answer email message letter call silence feedback offer "
    "vacancy role position job post treatment"
)


@lru_cache(maxsize=1)
def _exchange() -> frozenset[str]:
    """Stems of the hiring's own nouns (worked out on first use: the stemmer loads then)."""
    return frozenset(stem(w) for w in _EXCHANGE_WORDS.split())


def _names(notes: Notes) -> frozenset[str]:
    """Words of the notes' people and company as written (a name is written with its capital, and
    "a" is no initial): naming one names a target."""
    texts = [
        notes.company.name,
        *notes.company.aliases,
        notes.candidate.name,
        *(p.name for p in notes.interviewers),
        *(a for p in notes.interviewers for a in p.aliases),
    ]
    return frozenset(w for t in texts for w in WORD.findall(t) if w[:1].isupper())


def aimed_at_no_one(sentence: str, notes: Notes | None) -> bool:
    """Whether the sentence names no one and speaks of the interview's subject: no pronoun or
    indefinite for a person, no person or company of the notes, nothing of the hiring itself,
    and a word of a detail."""
    if notes is None or not notes.details or _PERSON.search(sentence):
        return False
    words = WORD.findall(sentence)
    names = per_notes(notes, "aimed-names", _names, uses=("company", "candidate", "interviewers"))
    if any(w in names or stem(w) in _exchange() for w in words):
        return False
    stems = topic_stems(notes)
    return any(concept(w) is not None and stem(w) in stems for w in words)
