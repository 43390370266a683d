"""Which of the notes' promised materials a message names: "my SQL sample" names "a sample SQL
query from my portfolio"."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.chased import first_span
from coach.chat.dates import day_of_month, time_of
from coach.chat.factset import Sent
from coach.chat.names import fold
from coach.models import Kind

#: words too common to name a material by
COMMON = {"with", "from", "that", "this", "the", "and", "for", "you", "our", "your", "my", "two"}


def _words(text: str) -> set[str]:
    # word by word, hyphens too; three letters and more, so that "SQL" or "CV" counts
    return {w for w in re.findall(r"[^\W_]{3,}", text.lower())} - COMMON


def named_material(folded: str, materials: list[str]) -> str | None:
    """The last material (of the notes' `materials[].what`) the folded text names by two of its
    words, or by its one word: "lane cost sample" names "a sample of my lane-cost analysis"."""
    said, found = _words(folded), None
    for what in materials:
        named = _words(what)
        if named and len(named & said) >= min(2, len(named)):
            found = what
    return found


#: the user says material went: "I sent the writing sample 17th 9am"
_WENT = re.compile(r"\b(?:sent|emailed|e-mailed|submitted|mailed|uploaded|delivered)\b", re.I)
_NOT = re.compile(r"\b(?:not|never|haven'?t|hasn'?t|didn'?t|yet to|should|can|could|will)\b", re.I)


def material_sent(clause: str, today: dt.date, materials: list[str]) -> Sent | None:
    """The notes' promised material the clause says the user sent, with its day and time."""
    went = _WENT.search(clause)
    if went is None or _NOT.search(clause[: went.start()]):
        return None
    tail = clause[went.end() :]
    cut = re.search(
        r"\s(?:and|but|then)\s", tail
    )  # "the sample 17th and thank yous ...": the first
    named = tail[: cut.start()] if cut else tail
    if named_material(fold(named), materials) is None:
        return None
    span = first_span(named, today)
    ordinal = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)\b", named)
    day = span[0] if span else None
    if day is None and ordinal is not None:
        day = day_of_month(int(ordinal.group(1)), today, True)
    return Sent(Kind.materials, day or today, at=time_of(named))
