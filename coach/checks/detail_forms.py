"""Three ways a paraphrase names a detail that its concepts alone miss, for detail coverage.

- A number, in digits or in words: "a hundred and forty engines" for "140 buses". A number
  counts as one concept, from 10 up (smaller ones are everywhere), and not as a year or a day
  of the month.
- The head of a closed compound: "that quake claim" for "an earthquake insurance claim". A word
  of the detail made of two English words ("earth" + "quake") also stands for its last part.
- A day or a month of the detail's, in full or cut short: "the Tuesday and Thursday clinic"
  for "clinic Tues/Thurs". Day and month names are stop words (every follow-up has its dates),
  so one counts here only as a synonym group does: beside another concept of the same detail.
- A name of the detail: a capitalised word that is no English word and no name of the role,
  the company or the people ("Limuru", "iManage", "Utalii"). It points at one detail so surely
  that it covers it on its own, as the rulebook's own example does ("moving your dashboards
  over to Looker").
"""

from __future__ import annotations

import re
from functools import lru_cache

from coach.text import CARDINALS, WORD, lazy_compile
from coach.wordset import Words

_UNITS = CARDINALS
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000}
_NUMBER_WORD = "|".join([*_UNITS, *_TENS, *_SCALES])
#: "and" inside a number, after its magnitude only ("a hundred and forty")
_AND = "|".join(rf"(?<={s})\s+and\s+" for s in _SCALES)
#: a count in words ("a hundred and forty", "thirty-five"); "and" joins only after a magnitude
#: ("six, two and ten" is three)
NUMBER_IN_WORDS = (
    rf"\b(?:(?:a|an)\s+)?(?:{_NUMBER_WORD})(?:(?:{_AND}|[\s\-]+)(?:{_NUMBER_WORD}))*\b"
)
#: a run of number words, or digits
NUMBER = lazy_compile(
    NUMBER_IN_WORDS
    + r"|(?<![\d.,:/])\d{1,3}(?:,\d{3})+(?![\d,.]\d)|(?<![\d.,:/])\d+(?![\d:/]|[.,]\d)",
    re.I,
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
DATE_BEFORE = lazy_compile(rf"{_MONTH}\.?\s+$", re.I)
DATE_AFTER = lazy_compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b|^(?:st|nd|rd|th)\b", re.I)
SMALLEST = 10
#: a fraction just before a number word, which the number alone misreads
HALF = lazy_compile(r"\b(?:half|quarter)[\s-]+$", re.I)
#: before a bare magnitude, a vague multiple of it: "a few hundred scripts a day", "several
#: thousand corals" tell an order of size, no count to compare with a noted "~350"
_VAGUE = lazy_compile(r"\b(?:few|several|couple of|many)[\s-]+$", re.I)
_MAGNITUDES = frozenset({"hundred", "thousand", "million"})


def vague(text: str, number: re.Match[str]) -> bool:
    """Whether the number matched in `text` is a bare magnitude after a vague multiple ("a few
    hundred"): an order of size, not a count."""
    return number.group().lower() in _MAGNITUDES and bool(
        _VAGUE.search(text, max(0, number.start() - 12), number.start())
    )


def number_value(words: str) -> int | None:
    """The value of a run of number words, or of digits."""
    plain = words.replace(",", "")
    if plain.isdigit():
        return int(plain)
    total = current = 0
    for w in re.split(r"[\s\-]+", words.lower()):
        if w in ("a", "an", "and", ""):
            continue  # "a hundred" is the hundred's own: "a twelve-metre boat" is 12
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w == "thousand":
            total += max(current, 1) * 1000
            current = 0
    return total + current


@lru_cache(maxsize=8192)
def numbers(text: str) -> frozenset[str]:
    """The numbers a text names, from 10 up, as concepts ("#140"); not years or dates."""
    found = set()
    for m in NUMBER.finditer(text):
        value = number_value(m.group())
        if value is None or value < SMALLEST or HALF.search(text, 0, m.start()):
            continue  # "three and a half thousand" is no thousand
        if vague(text, m):
            continue  # "a few hundred" is no hundred
        if m.group()[0].isdigit():
            if 1900 <= value <= 2100:
                continue  # a year
            if DATE_BEFORE.search(text, max(0, m.start() - 12), m.start()) or DATE_AFTER.match(
                text[m.end() : m.end() + 12]
            ):
                continue  # a day of the month
        found.add(f"#{value}")
    return frozenset(found)


def message_numbers(text: str) -> frozenset[str]:
    """`numbers` of a message, not kept: messages are read once."""
    return numbers.__wrapped__(text)


#: a day or a month, capitalised, in full or cut short ("Tues", "Thurs", "Sept"), or a plural
_CALENDAR = lazy_compile(
    r"\b(?:Mon(?:day)?|Tue(?:s|sday)?|Wed(?:s|nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?|"
    r"Sat(?:urday)?|Sun(?:day)?|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|"
    r"July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)s?\b"
)
#: "May I ask ...": a sentence's first word is no month
_SENTENCE_START = lazy_compile(r"(?:^|[.!?]\s+|\n\s*)$")


@lru_cache(maxsize=8192)
def calendar(text: str) -> frozenset[str]:
    """The days and months a text names, as synonym groups ("=cal-tue" for "Tues" and
    "Tuesday"): never a concept alone."""
    found = set()
    for m in _CALENDAR.finditer(text):
        short = m.group()[:3]
        if short == "May" and _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()):
            continue
        found.add(f"=cal-{short.lower()}")
    return frozenset(found)


#: the shortest first part and last part of a closed compound ("earth" + "quake")
_HEAD_MIN = 4
_FIRST_MIN = 3


@lru_cache(maxsize=4096)
def compound_heads(detail: str, english: Words) -> tuple[tuple[str, str], ...]:
    """(word, head) for each closed compound of the detail: "earthquake" gives ("earthquake",
    "quake"). Both parts must be English words; the longest head wins."""
    out = []
    for word in WORD.findall(detail):
        lower = word.lower()
        if len(lower) < _HEAD_MIN + _FIRST_MIN or not lower.isalpha():
            continue
        for cut in range(_FIRST_MIN, len(lower) - _HEAD_MIN + 1):
            if lower[:cut] in english and lower[cut:] in english:
                out.append((word, lower[cut:]))
                break
    return tuple(out)


@lru_cache(maxsize=4096)
def proper_names(detail: str, english: Words, skip: frozenset[str]) -> frozenset[str]:
    """The detail's own names, lower-cased: capitalised (or mixed-case, "iManage") words that
    are no English word and no word of the role, the company or the people (`skip`, lower
    case), at least four letters long."""
    found = set()
    for word in WORD.findall(detail):
        for part in word.split("-"):
            if len(part) < 4 or part.islower() or part.isupper():
                continue  # acronyms are matched apart (detail.acronym_concepts)
            lower = part.lower().replace("’", "'")
            if lower.endswith("'s"):
                lower = lower[:-2]
            if lower in english or lower in skip:
                continue
            found.add(lower)
    return frozenset(found)
