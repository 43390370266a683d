"""Typing slips of the words the fact reader reads ("interveiw", "tomorow", "recieved",
"wendesday", "untill"), mended before it reads them, so a slip does not hide the user's date
or event. The reader's patterns name each word once, spelled right; a person in a hurry
swaps two letters, doubles or undoubles one, or leaves one out of the middle.

Only those slips, of a word of at least five letters the reader knows, are mended: a
substitution ("think" for "thank") or a letter lost at an end ("phone" for "phoned") makes
another English word as often as a slip, so it is left as typed; and names and places are
never near enough to these words to change. (No slip mended here is an English word of the
project's lexicon, rules/lexicon/english-words.txt: tests/test_chat_slips.py checks.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from coach.chat.dates import MONTHS, WEEKDAYS

#: the event and time words the reader's patterns turn on, besides the month and day names
_EVENTS = [
    "interview",
    "interviewed",
    "interviewer",
    "interviewers",
    "decision",
    "decide",
    "decided",
    "deciding",
    "received",
    "rejected",
    "rejection",
    "emailed",
    "followed",
    "checked",
    "tomorrow",
    "yesterday",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "fortnight",
    "weekend",
    "business",
    "working",
    "until",
    "before",
    "after",
    "since",
    "already",
    "promised",
    "deadline",
]


def _vocabulary() -> frozenset[str]:
    names = [w for w in (*MONTHS, *WEEKDAYS) if len(w) >= 5 and w.isalpha()]
    return frozenset((*names, *_EVENTS))


VOCABULARY = _vocabulary()


def _slips(word: str) -> set[str]:
    """The slips of `word`: two neighbours swapped, a letter doubled or undoubled, a letter
    left out of the middle."""
    out = set()
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    for i in range(len(word)):
        out.add(word[: i + 1] + word[i] + word[i + 1 :])  # doubled
        if 0 < i < len(word) - 1:
            out.add(word[:i] + word[i + 1 :])  # left out (an undoubled letter too)
    out.discard(word)
    return out


@lru_cache(maxsize=1)
def _meant() -> dict[str, str]:
    """Each slip of a vocabulary word, with the word (a slip of two words is neither's)."""
    seen: dict[str, set[str]] = {}
    for word in VOCABULARY:
        for slip in _slips(word):
            seen.setdefault(slip, set()).add(word)
    return {s: next(iter(w)) for s, w in seen.items() if len(w) == 1 and s not in VOCABULARY}


_WORD = re.compile(r"[A-Za-z]{5,}")


def mended(text: str) -> str:
    """`text` with each slip of a reader's word replaced by the word, in its case."""
    meant = _meant()

    def mend(match: re.Match[str]) -> str:
        typed = match.group(0)
        word = meant.get(typed.lower())
        if word is None:
            return typed
        return word.capitalize() if typed[0].isupper() else word

    return _WORD.sub(mend, text)
