"""Near misses of a detail in a claimed topic, for `detail-unsupported`: a topic that is about a
real detail but gives it another number or another name than the notes do.

- Another number: "the plan to fit cameras to 60 boats" where the detail says "cameras on 40
  boats"; "the 48-hour closure" for "a 36-hr closure". The topic shares a word with a detail
  that has a number (from 10 up, no year or day: coach.checks.detail_forms.numbers), and names
  a number that no detail has.
- Another name: "the turbines at Ballymore" where the detail says "turbines at Kilcullen";
  "your Fairtrade audit" where the detail says "SMETA audit in May". The topic shares a word
  with a detail that has names of its own (capitalised words that are no English word, or
  acronyms), names none of them, and names one the notes lack.

A word of the topic that spells out an acronym of the notes ("medical ICU" for "MICU",
"infectious disease" for "ID") is a word of the notes (`spelt_acronyms`), so a paraphrase that
expands an acronym is neither an invented topic nor a new name.
"""

from __future__ import annotations

from functools import lru_cache

from coach.checks.detail_abbrev import spells_code
from coach.checks.detail_forms import message_numbers, numbers, proper_names
from coach.checks.detail_words import Normalise, _found, concept, shorter_relatives
from coach.models import Notes
from coach.text import WORD
from coach.wordset import Words

#: words an acronym's letters skip
_FUNCTION = frozenset({"a", "an", "and", "the", "of", "to", "for", "in", "on", "at", "by", "with"})


#: months and weekdays, which notes jot short ("EU audit in Feb", "demo Thu")
_CALENDAR = (
    ("january", "february", "march", "april", "may", "june", "july", "august", "september")
    + ("october", "november", "december", "monday", "tuesday", "wednesday", "thursday")
    + ("friday", "saturday", "sunday")
)
_SHORT = {"sept": "september", "tues": "tuesday", "thur": "thursday", "thurs": "thursday"}


@lru_cache(maxsize=256)
def _spelt_calendar(known: frozenset[str]) -> frozenset[str]:
    """The months and weekdays the notes name short, spelt out: "the February audit" names the
    notes' "Feb", no new name."""
    short = {full[:3]: full for full in _CALENDAR} | _SHORT
    return frozenset(full for word, full in short.items() if word in known)


def notes_acronyms(notes: Notes) -> frozenset[str]:
    """The acronyms of the details: all-capital words of two to five letters ("MICU", "ID")."""
    return _acronyms(tuple(notes.details))


@lru_cache(maxsize=256)
def _acronyms(details: tuple[str, ...]) -> frozenset[str]:
    return frozenset(
        w for d in details for w in WORD.findall(d) if 2 <= len(w) <= 5 and w.isupper()
    )


def spelt_acronyms(words: list[str], acronyms: frozenset[str]) -> set[int]:
    """Indexes of the words that spell out an acronym of the notes: a run of two to four words
    whose initials, or an all-capital word's letters, make it ("medical ICU" for "MICU",
    "infectious disease" for "ID")."""
    found: set[int] = set()
    if not acronyms:
        return found
    for i in range(len(words)):
        letters = ""
        for k in range(i, min(i + 4, len(words))):
            word = words[k]
            if word.lower() in _FUNCTION:
                break
            letters += word if word.isupper() and len(word) > 1 else word[:1].upper()
            if k > i and letters in acronyms:
                found.update(range(i, k + 1))
                break
    return found


#: words before a name that make it a place ("at Kilcullen", "out of Ballymore")
_WHERE = frozenset({"at", "in", "on", "from", "near", "out", "outside", "around"})
#: how far back from a name to its preposition, or on from a name to the word it qualifies
_REACH = 3


def _names(words: list[str], english: Words) -> dict[int, str]:
    """Index -> name (lower case) of the words that are names: capitalised words that are no
    English word (coach.checks.detail_forms.proper_names), or acronyms of three to five
    letters."""
    out = {}
    for i, word in enumerate(words):
        if 4 <= len(word) <= 6 and word.endswith("s") and word[:-1].isupper():
            word = word[:-1]  # an acronym's plural ("LEDs", "ATVs") is the acronym
        if 3 <= len(word) <= 5 and word.isupper():
            out[i] = word.lower()
        elif found := proper_names(word, english, frozenset()):
            out[i] = next(iter(found))
    return out


def _slots(
    words: list[str], names: dict[int, str], method: Normalise
) -> tuple[frozenset[int], dict[int, frozenset[str]]]:
    """Where each name stands: the names in place position (a preposition of place a few
    words before), and for each name the concepts of the words it qualifies (the next few
    words: "Chenin" qualifies "block" in "old-vine Chenin block")."""
    lower = [w.lower() for w in words]
    places = frozenset(i for i in names if any(w in _WHERE for w in lower[max(0, i - _REACH) : i]))
    heads = {
        i: frozenset(
            c
            for w in words[i + 1 : i + 1 + _REACH]
            for p in w.split("-")
            if (c := concept(p, method)) is not None
        )
        for i in names
    }
    return places, heads


class _Detail:
    """What a near miss compares: a detail's concepts, numbers and names, and where they
    stand."""

    def __init__(self, detail: str, method: Normalise, english: Words):
        words = WORD.findall(detail)
        self.concepts = frozenset(
            c for w in words for p in w.split("-") if (c := concept(p, method)) is not None
        )
        self.related = frozenset(shorter_relatives(set(self.concepts)))
        self.numbers = numbers(detail)
        names = _names(words, english)
        self.names = frozenset(names.values())
        places, heads = _slots(words, names, method)
        self.places = frozenset(names[i] for i in places)
        self.heads = frozenset().union(*heads.values()) - {None}


@lru_cache(maxsize=256)
def _details(details: tuple[str, ...], method: Normalise) -> tuple[_Detail, ...]:
    from coach.checks.names_spelling import english_words

    english = english_words()
    return tuple(_Detail(d, method, english) for d in details)


def near_miss(
    topic: str,
    notes: Notes,
    method: Normalise,
    skip: frozenset[str],
    known: frozenset[str],
) -> bool:
    """Whether the claimed topic is a detail with another number or another name than the
    notes give it. The detail is the one the topic shares most concepts with; `skip` holds
    concepts that say nothing of the topic (the company's and the people's names), `known` the
    lower-cased words of the notes."""
    from coach.checks.names_spelling import english_words

    details = _details(tuple(notes.details), method)
    words = WORD.findall(topic)
    spelt = spelt_acronyms(words, notes_acronyms(notes))
    own = {
        c
        for i, w in enumerate(words)
        if i not in spelt
        for p in w.split("-")
        if (c := concept(p, method)) is not None and c not in skip and not c.startswith("~")
    }
    shares = [sum(_found(c, d.concepts, d.related) for c in own) for d in details]
    most = max(shares, default=0)
    if not most:
        return False
    said = message_numbers(topic)
    if (
        said
        and not said & frozenset().union(*(d.numbers for d in details))
        and any(n == most and d.numbers for n, d in zip(shares, details, strict=True))
    ):
        return True  # "60 boats" for "40 boats"
    names = {i: n for i, n in _names(words, english_words()).items() if i not in spelt}
    codes = notes_acronyms(notes)
    new = {
        i
        for i, n in names.items()
        if n not in known
        and n not in _spelt_calendar(known)
        and not spells_code(words[i], codes)  # "European" for the notes' "EU"
    }
    if not new:
        return False
    places, heads = _slots(words, names, method)
    said_names = frozenset(names.values())
    for n, d in zip(shares, details, strict=True):
        if n < most or not d.names or d.names & said_names:
            continue
        if d.places and new & places:
            return True  # "at Ballymore" for "at Kilcullen"
        if any(heads[i] & d.heads & d.concepts for i in new - places):
            return True  # "the Fairtrade audit" for "the SMETA audit"
    return False
