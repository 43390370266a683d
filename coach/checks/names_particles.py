"""A name's particles changed or dropped: "van den Merwe" or "Mr. Merwe" for van der Merwe,
"Rolhas de Douro" for Rolhas do Douro. Each word is spelt right, so no near miss of a word
finds the slip; it is in the small words that join them, which the names rules otherwise pass
over as ordinary words (RULEBOOK 1: the name as the notes spell it)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from coach.checks.base import Hit, per_notes
from coach.models import Notes
from coach.text import Doc

#: the lower-case words that join the parts of a surname or a company's name in the languages
#: that have them ("of" and "and" are English, and a slip there is the grammar's)
PARTICLES = (
    "van", "von", "de", "der", "den", "del", "della", "di", "da", "do", "dos", "das", "du",
    "la", "le", "ten", "ter", "bin", "binti", "al", "el",
)  # fmt: skip
_PART = rf"(?:{'|'.join(PARTICLES)})"
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?"


class _Joined(NamedTuple):
    """A name's words around its particles: what comes before (a first name or a company's
    word), the particles, and the word after them."""

    pattern: re.Pattern[str]
    particles: tuple[str, ...]
    last: str
    owner: str


def _joined(notes: Notes, target: str) -> list[_Joined]:
    names = (
        [(p.name, p.name, True) for p in notes.interviewers]
        if target == "people"
        else [(n, notes.company.name, False) for n in (notes.company.name, *notes.company.aliases)]
    )
    out = []
    for name, owner, person in names:
        words = name.replace("’", "'").split()
        for i in range(1, len(words) - 1):
            if words[i] not in PARTICLES or words[i - 1] in PARTICLES:
                continue
            j = i
            while j < len(words) and words[j] in PARTICLES:
                j += 1
            if j == len(words) or not words[j][:1].isupper():
                continue
            before, last = words[i - 1], words[j]
            lead = rf"(?:{re.escape(before)}|{_HONORIFIC})" if person else re.escape(before)
            pattern = re.compile(
                rf"\b{lead}\s+(?P<p>(?:(?i:{_PART})\s+){{0,3}})(?P<w>{re.escape(last)})\b"
            )
            out.append(_Joined(pattern, tuple(words[i:j]), last, owner))
    return out


def particle_slips(doc: Doc, notes: Notes, target: str) -> Iterator[Hit]:
    """Where a name of the notes stands with other particles than its own, or none after its
    first word or an honorific."""
    joined = per_notes(
        notes,
        f"names:particles:{target}",
        lambda n: _joined(n, target),
        uses=("interviewers", "company"),
    )
    for name in joined:
        if name.last not in doc.text:
            continue
        for m in name.pattern.finditer(doc.masked):
            found = tuple(m.group("p").lower().split())
            if found == name.particles:
                continue
            start = m.start("p") if found else m.start("w")
            expected = " ".join((*name.particles, name.last))
            yield Hit(
                start,
                m.end("w"),
                {
                    "found": doc.masked[start : m.end("w")],
                    "expected": expected,
                    "owner": name.owner,
                },
                replacement=expected,
            )
