"""A detail told with another weekday or month than the notes give it, for `detail-unsupported`:
"the parcels go on the Friday sailing" when the notes say "the Tuesday sailing", "the EU audit
is planned for March" for "EU export audit in November", "landslides close the line in July"
for "landslide season Jan-Mar".

A sentence (or a clause of one, split at ";") is about a detail when it shares two of the
detail's concepts. The interview's own day ("thank you for Tuesday's interview") and the
candidate's own plan ("I would be happy to run a mock audit in May") name no detail's day.
When every detail it is about names weekdays (or months), and the sentence names only others,
the sentence tells that detail wrong. Notes jot a range ("Jan-Mar", "Nov-Apr"): every month in
it counts. Sentences about the candidate's own record are left alone, and so is "May", which is
a month only after "in", "by", "until" or "each".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coach.checks.base import per_notes
from coach.checks.detail_words import Normalise, _found, concepts, named_concepts, shorter_relatives
from coach.models import Notes
from coach.text import WORD, Doc, lazy_compile

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|"
    r"(?:(?<=in )|(?<=by )|(?<=until )|(?<=each )|(?<=of ))May|"
    r"June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?s?"
#: a month or weekday, alone or as a range ("Jan-Mar", "Monday to Friday")
_CALENDAR = lazy_compile(
    rf"\b(?P<a>{_MONTH}|{_DAY})\b(?:\s?(?:-|–|to|through)\s?(?P<b>{_MONTH}|{_DAY})\b)?"
)
#: concepts a sentence shares with a detail to be about it
_SHARED = 2
#: the interview's own day: "thank you for Tuesday's interview", "our conversation on Tuesday"
_MEETING = lazy_compile(
    r"\b(?:interview|meeting|conversation|chat|talk|call|visit)s?\b(?:\W+\w+){0,2}\W*$"
    r"|^\W*(?:['’]s\s+)?(?:\w+\W+)?(?:interview|meeting|conversation|chat|talk|call|visit)",
    re.I,
)
_PART = lazy_compile(r"[^.!?;\n]+")
#: the candidate's own plan or offer, which names its own dates: "I would be happy to run a
#: mock audit in May"
_MINE = lazy_compile(r"\b(?:I|we)(?:['’]d|['’]ll| would| could| will| can| might)\b", re.I)


def _values(text: str) -> tuple[frozenset[int], frozenset[int]]:
    """(months 0-11, weekdays 0-6) the text names, ranges filled in."""
    months: set[int] = set()
    days: set[int] = set()
    for m in _CALENDAR.finditer(text):
        a = m.group("a")[:3].lower()
        b = (m.group("b") or m.group("a"))[:3].lower()
        for names, found in ((_MONTHS, months), (_DAYS, days)):
            if a in names and b in names:
                i, j = names.index(a), names.index(b)
                found.update((i + k) % len(names) for k in range((j - i) % len(names) + 1))
    return frozenset(months), frozenset(days)


Detail = tuple[frozenset[str], frozenset[int], frozenset[int]]


def _details(notes: Notes, method: Normalise) -> tuple[Detail, ...]:
    out = []
    for detail in notes.details:
        plain = _CALENDAR.sub(" ", detail)
        out.append((frozenset(concepts(WORD.findall(plain), method)), *_values(detail)))
    return tuple(out)


def wrong_calendar(
    doc: Doc, notes: Notes, method: Normalise, own: list[tuple[int, int]]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each weekday or month that tells a detail otherwise than the
    notes do."""
    text = doc.plain
    if not _CALENDAR.search(text, doc.body_start, doc.signature_start):
        return
    details = per_notes(
        notes, f"calendar-details:{method}", lambda n: _details(n, method), uses=("details",)
    )
    if not any(months or days for _, months, days in details):
        return
    context = named_concepts(notes, method)
    for part in _PART.finditer(text, doc.body_start, doc.signature_start):
        said = part.group()
        named = [
            m
            for m in _CALENDAR.finditer(said)
            if not _MEETING.search(said[max(0, m.start() - 40) : m.start()])
            and not _MEETING.match(said[m.end() : m.end() + 30])
        ]
        if not named or any(s <= part.start() < e for s, e in own):
            continue
        if _MINE.search(said, 0, named[0].start()):
            continue
        words = WORD.findall(_CALENDAR.sub(" ", said))
        mine = concepts(words, method) - context
        related = shorter_relatives(set(mine))
        about = []
        for own_concepts, months, days in details:
            shared = {c for c in own_concepts if _found(c, mine, related)}
            if len(shared) >= _SHARED:
                about.append((months, days))
        if not about:
            continue
        months, days = _values(said)
        for kind, told in ((0, months), (1, days)):
            noted = [d[kind] for d in about]
            if told and all(noted) and not told & frozenset().union(*noted):
                m = next((x for x in named if _values(x.group())[kind]), named[0])
                start = part.start() + m.start()
                yield start, part.start() + m.end(), m.group()
                break
