"""A detail jotted in shorthand, and the message that spells the word out.

Interview notes are written fast: "9 subbie final accts still open", "backlog approx 6 wks",
"monthly valns", "early warnings logged wkly". A message written from them spells the words
out ("the final accounts still open", "under three weeks"), and a stem of "accts" never meets
a stem of "accounts". A word of the detail that is no English word, in lower case (an acronym
is read by coach.checks.detail.acronym_concepts), stands for a longer English word of the
message that starts with its first letter and holds its letters in order: a truncation
("approx", "hols") or a contraction ("accts", "wks", "valns"). Each such word counts as the
detail's one concept, as any other word of the detail does, so one alone never covers a
detail that needs two.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from coach.checks.detail_words import Normalise, concept
from coach.text import WORD
from coach.wordset import Words

#: shorter shorthand ("wk", "ft") is too often another word's start
SHORTEST = 3
#: longer words of the notes are misspellings or names, not shorthand
LONGEST = 6


def _holds(short: str, word: str) -> bool:
    """Whether `word` starts with `short`'s first letter and holds all its letters in order."""
    if word[0] != short[0] or len(word) <= len(short) + 1:
        return False
    at = 1
    for letter in short[1:]:
        at = word.find(letter, at) + 1
        if at == 0:
            return False
    return True


#: letters that make a word pronounceable: shorthand drops them ("accts", "wkly", "mtg")
VOWELS = frozenset("aeiou")


@lru_cache(maxsize=4096)
def shorthand(detail: str, english: Words) -> tuple[str, ...]:
    """The detail's words that are shorthand: lower-case letters only, and no English word or
    no vowel after the first letter (SCOWL lists "accts" and "wks" as words)."""
    return tuple(
        dict.fromkeys(
            w
            for w in WORD.findall(detail)
            if SHORTEST <= len(w) <= LONGEST
            and w.isalpha()
            and w.islower()
            and (w not in english or not VOWELS.intersection(w[1:]))
        )
    )


def by_letter(words: Iterable[str], english: Words) -> dict[str, list[str]]:
    """The message's English words long enough to spell shorthand out, by first letter: read
    once a message, and only when a detail has shorthand."""
    out: dict[str, list[str]] = {}
    for word in {w.lower() for w in words if len(w) > SHORTEST + 1}:
        if word in english:
            out.setdefault(word[0], []).append(word)
    return out


def spelt_out(
    detail: str, letters: dict[str, list[str]], english: Words, method: Normalise
) -> dict[str, str]:
    """The detail's shorthand that the message's words (`by_letter`) spell out, each concept
    mapped to the concept of the word that spells it ("acct" to that of "accounts"). The
    detail is then read with the word in place of its shorthand, so a generic word ("mtg" for
    "meeting") counts as little as it would have written out."""
    found: dict[str, str] = {}
    for s in shorthand(detail, english):
        for word in letters.get(s[0], ()):
            if (
                _holds(s, word)
                and (c := concept(s, method)) is not None
                and (spelt := concept(word, method)) is not None
            ):
                found.setdefault(c, spelt)
    return found


#: the longest code of the notes read as a name's short form ("EN", "EU", "CZ"); longer
#: all-capital words are acronyms of several words (coach.checks.detail_near.spelt_acronyms)
CODE_LONGEST = 3


def spells_code(name: str, codes: frozenset[str]) -> bool:
    """Whether a capitalised name is one of the notes' short codes written out: notes jot a
    language, country or union as two or three capitals ("NO / EN / DE", "CZ/PL", "EU audit"),
    and a message writes the name, which starts with the code's first letter and holds its
    other letters in order ("English", "Polish", "European")."""
    if not name[:1].isupper():
        return False
    word = name.lower()
    return any(
        len(code) <= CODE_LONGEST and len(word) > len(code) and _leads(code.lower(), word)
        for code in codes
    )


def _leads(code: str, word: str) -> bool:
    """Whether the word starts with the code's first letter and holds its other letters in
    order among its next few ("pl" in "Polish", "en" in "English"; not "co" late in a word)."""
    if word[0] != code[0]:
        return False
    at = 1
    for letter in code[1:]:
        at = word.find(letter, at, len(code) + 1) + 1
        if at == 0:
            return False
    return True
