"""How a name may be spelt: the forms of each name the notes give, the words they spell out, and
whether a word nearly spells a name, in letters or in sound.

String distance (Damerau-Levenshtein, Jaro-Winkler) and phonetic codes (Metaphone, NYSIIS) come
from jellyfish, a maintained Rust-backed library that imports in a few milliseconds. An ordinary
English word (from SCOWL's list) is never taken for a name unless it is a name's exact letters in
lower case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import jellyfish

from coach.checks.base import per_notes
from coach.models import Interviewer, Notes
from coach.rulebook import rules_dir
from coach.text import WORD, lazy_compile, strip_accents
from coach.wordset import Words, WordSet, sorted_lines

HONORIFIC = lazy_compile(r"\b(Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?(?=\s+[A-Z])")
HONORIFIC_NORMAL = {
    "professor": "Prof.",
    "doctor": "Dr.",
    "mr": "Mr.",
    "mrs": "Mrs.",
    "ms": "Ms.",
    "miss": "Miss",
    "mx": "Mx.",
    "dr": "Dr.",
    "prof": "Prof.",
}


def english_words() -> Words:
    """SCOWL's words: a one-file check asks about a few dozen, which bisection in the sorted
    list from coach's on-disk cache answers without building the set (coach.wordset); once
    built, the set itself, whose `in` is the cheapest there is."""
    words = _english_word_list()
    built = words.built
    return words if built is None else built


@lru_cache(maxsize=1)
def _english_word_list() -> WordSet:
    from coach.cache import cached, enabled

    path = rules_dir() / "lexicon" / "english-words.txt"
    if not enabled():
        return WordSet.of(_read_words(path))
    return WordSet(cached("english-words-sorted", [path], lambda: sorted_lines(_read_words(path))))


def _read_words(path: Path) -> frozenset[str]:
    lines = path.read_text("utf-8").splitlines()
    return frozenset(w for w in lines if w and w[0] != "#")


@lru_cache(maxsize=65536)
def key(word: str) -> str:
    """Loose form for comparison: no accents, case, apostrophes or hyphens."""
    return strip_accents(word).lower().replace("'", "").replace("’", "").replace("-", "")


@lru_cache(maxsize=65536)
def bare(word: str) -> str:
    """The word without a possessive ending, with a straight apostrophe."""
    word = word.replace("’", "'")
    for suffix in ("'s", "'S"):
        if word.endswith(suffix) and len(word) > 3:
            return word[: -len(suffix)]
    return word


class Form(NamedTuple):
    """One accepted spelling of a name (a first name, last name, alias or company word)."""

    text: str
    owner: str  # the full name this form belongs to


def _phonetic_equal(a: str, b: str) -> bool:
    return jellyfish.metaphone(a) == jellyfish.metaphone(b) or jellyfish.nysiis(
        a
    ) == jellyfish.nysiis(b)


@lru_cache(maxsize=65536)
def sounds_alike(word: str, form: str) -> bool:
    """The same sound in both phonetic codes, spelt differently: taken for the name only where
    the name stands (after its honorific, before its surname), never as a near miss anywhere."""
    a, b = key(word), key(form)
    if a == b or min(len(a), len(b)) < 3:
        return False
    return jellyfish.metaphone(a) == jellyfish.metaphone(b) and (
        jellyfish.nysiis(a)[:2] == jellyfish.nysiis(b)[:2]
    )


@lru_cache(maxsize=65536)
def near_miss(word: str, form: str) -> bool:
    """Close in spelling or in sound, but not the same word."""
    a, b = key(word), key(form)
    if a == b or min(len(a), len(b)) < 3 or abs(len(a) - len(b)) > 2:
        return False
    distance = jellyfish.damerau_levenshtein_distance(a, b)
    longest = max(len(a), len(b))
    if distance == 1:
        return longest >= 4 or _phonetic_equal(a, b)
    if distance == 2 and longest >= 6:
        return _phonetic_equal(a, b) or jellyfish.jaro_winkler_similarity(a, b) >= 0.9
    if distance == 3 and longest >= 6 and a[0] == b[0]:
        # spelling variants of one name that sound alike: Rebekah/Rebecca, Katharine/Kathryn
        return jellyfish.nysiis(a) == jellyfish.nysiis(b)
    return False


@lru_cache(maxsize=65536)
def near_in_name(word: str, form: str) -> bool:
    """A wider slip, taken for the name only where the rest of the name stands beside it: a
    long word three edits off that sounds the same for its first five consonants
    ("Northumberland" for "Northumbrian", not "Harbourside" for "Harbourview")."""
    a, b = key(word), key(form)
    if a == b or min(len(a), len(b)) < 7 or abs(len(a) - len(b)) > 3 or a[:3] != b[:3]:
        return False
    if jellyfish.metaphone(a)[:5] != jellyfish.metaphone(b)[:5] or len(jellyfish.metaphone(a)) < 5:
        return False
    distance = jellyfish.damerau_levenshtein_distance(a, b)
    return distance <= 3 and jellyfish.jaro_winkler_similarity(a, b) >= 0.92


def _forms_of_people(people: Iterable[Interviewer]) -> list[Form]:
    forms = []
    for person in people:
        # particles written in lower case ("de la", "van", "bin") are not names to near-miss
        parts = [p for p in re.split(r"\s+", person.name) if len(p) > 1 and not p.islower()]
        for text in (*parts, *person.aliases):
            forms.append(Form(text.replace("’", "'"), person.name))
            if "-" in text:  # each part of a hyphenated name is accepted on its own
                forms.extend(Form(p, person.name) for p in text.split("-") if len(p) > 1)
    return forms


def _notes_texts(notes: Notes, role: bool = True) -> list[str]:
    """Everything the notes spell out about the people, the company and the interview (with
    `role` false, all but the role: the fields of `_TEXT_FIELDS`)."""
    texts = [
        notes.candidate.name,
        notes.company.name,
        *notes.company.aliases,
        *([notes.role] if role else []),
        *notes.details,
        notes.timeline.said or "",
    ]
    for person in notes.interviewers:
        texts += [person.name, person.title or "", *person.aliases]
    return texts


#: the fields of the notes that `_notes_texts` reads besides the role
_TEXT_FIELDS = ("candidate", "company", "details", "timeline", "interviewers")


@lru_cache(maxsize=8192)
def _words_of(text: str) -> frozenset[str]:
    return frozenset(bare(w) for w in WORD.findall(text))


def _known_words(notes: Notes) -> frozenset[str]:
    """Words the notes spell out: exact matches of these are never flagged."""
    rest, role = known_parts(notes)
    return rest | role


def known_parts(notes: Notes) -> tuple[frozenset[str], frozenset[str]]:
    """`_known_words` as two sets, the role's words and the rest's: a word of either is known.

    Those of every field but the role are kept by their content (coach.checks.base.per_notes):
    messages that each carry their own copy of an interview's notes, written for roles that
    differ, look a word up in the role's few words too, instead of building the whole set again
    (60 us a message) or copying it into a union with them."""
    rest = per_notes(notes, "known-words-but-role", _known_but_role, _TEXT_FIELDS)
    return rest, _words_of(notes.role)


def _known_but_role(notes: Notes) -> frozenset[str]:
    return frozenset().union(*(_words_of(text) for text in _notes_texts(notes, role=False)))


def _targets(notes: Notes, target: str) -> tuple[list[Form], set[str], set[str], dict[str, Form]]:
    if target == "people":
        forms = _forms_of_people(notes.interviewers)
    else:
        names = [notes.company.name, *notes.company.aliases]
        forms = [Form(w, notes.company.name) for n in names for w in _name_words(n) if len(w) > 2]
    own = {bare(w) for w in notes.candidate.name.split()}
    loose = {key(f.text): f for f in forms}
    for joined, form in _joined_forms(notes, target).items():
        loose.setdefault(joined, form)
    return (forms, own, {f.text for f in forms}, loose)


_ARTICLES = frozenset({"the", "a", "an"})


def _name_words(name: str) -> list[str]:
    """The words of a company's name that spell it: not a leading article ("the" of "the Glass
    Studio", which a sentence may capitalise) nor an ordinary lower-case word inside it ("of",
    "and"), which are English, not the name."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in _ARTICLES:
        words = words[1:]
    return [w for w in words if not (w.islower() and w in english_words())]


def _joined_forms(notes: Notes, target: str) -> dict[str, Form]:
    """Names of two or more words written as one ('Vanderberg' for 'van der Berg', 'Blueharbour'
    for 'Blue Harbour'), keyed by their letters; the form is the words as the notes write them."""
    if target == "people":
        names = [(p.name, p.name) for p in notes.interviewers]
    else:
        names = [(n, notes.company.name) for n in (notes.company.name, *notes.company.aliases)]
    out: dict[str, Form] = {}
    for name, owner in names:
        words = name.replace("’", "'").split()
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 3) + 1):
                span = words[i:j]
                if all(len(w) > 1 for w in span):
                    out.setdefault(key("".join(span)), Form(" ".join(span), owner))
    return out
