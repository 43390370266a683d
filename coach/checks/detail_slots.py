"""A detail retold with another place or another time of day than the notes give it, for
`detail-unsupported`: "the starter came from his grandmother's shop in Dingle" when the notes say
"... shop in Kenmare", "the trucks leave for the port at noon" for "trucks leave 5 pm".

Each sentence (or clause, split at ";") is matched to the details it retells: a detail is its
referent when the two share two concepts, or one that is rare in follow-up prose (a name, a
trade word: "firmware", "cooperage"), the words of the role, the company and the people aside.
Then the typed slots of the sentence are compared with the referent's. A place is a name (a
capitalised word that is no English word) after a preposition of place, or joined to one ("to
Lima and Quito"); it is wrong when a referent names places and none of them is it. A time of day
is a clock time with its half of the day ("6 pm", "18:30", "ten at night", "noon"); it is wrong
when a referent gives times and no time of the notes is within half an hour of it (a bare
"6:30" is read either side of noon). The candidate's own record and plans ("I would be glad to
visit Quito"), questions and the interview's own hour name no detail's slot.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from coach.checks.base import per_notes
from coach.checks.detail_words import Normalise, _base, _found, concept, shorter_relatives
from coach.models import Notes
from coach.text import WORD, Doc, lazy_compile, strip_accents

#: concepts a sentence shares with a detail to be about it, when none of them is rare
_SHARED = 2
#: a word in fewer sentences of follow-up prose than this is rare: one such shared word is
#: enough to say which detail a sentence retells
_RARE = 10
#: minutes either way that still tell the same time of day ("about six" for "6:15 pm")
_CLOSE = 30
_DAY = 24 * 60
_HALF_DAY = 12 * 60

#: a sentence or a clause; a full stop inside a word ("G.A.P.", "p.m.") ends none
_PART = lazy_compile(r"(?:[^.!?;\n]|[.!?](?=[^\s.!?]))+")
#: the candidate's own plan, offer or wish, which names its own places and hours
_MINE = lazy_compile(
    r"\b(?:I|we)(?:['’]d|['’]ll| would| could| will| can| might| hope| plan| want)\b"
    r"|\bmy (?:last|previous|former|current|old|own)\b",
    re.I,
)
#: a clause of the candidate's record or of a wish, whatever comes before it: "I have worked two
#: seasons at a lodge in Tromsø", "a catalogue in Quechua would be a gift to Potosí"
_OWN_CLAUSE = lazy_compile(
    r"\bmy\b|\b(?:would|could|might)\b|\b\w+ years (?:in|at|of|with|on)\b"
    # "I planned berth windows in Belem", "I have since looked at firms in Lagos", "someone who
    # grew up in the Boland": the candidate's past, not what was heard
    r"|\b(?:I|me who) (?:have |had |['’]ve )?(?:since |also |already |once |first )?"
    r"(?:(?!(?:heard|learned|understood|enjoyed|appreciated|liked|loved|noted|noticed|"
    r"realised|realized|gathered|felt|kept|left|thought|been|wondered|asked|wanted)\b)"
    r"[a-z]+ed|grew up|ran|led|spent|taught|built|did|made|worked|studied)\b"
    r"|\bI (?:have|had) \w+ years\b",
    re.I,
)
#: where a clause ends, for `_OWN_CLAUSE`
_CLAUSE_BREAK = lazy_compile(r"[,:()—–]")
#: a frame that reports what the interview told, before a place in the same sentence: "it was
#: useful to learn that", "hearing about", "your point that", "our discussion of"; a place in
#: free prose ("tailoring in Hoi An has a long tradition") is the candidate's own setting
_TOLD = lazy_compile(
    r"\b(?:hear(?:d|ing)?|learn(?:ed|t|ing)?|understood|underst(?:and|ood) from you"
    r"|(?:you|he|she|they) (?:said|mentioned|explained|described|told me|showed me)"
    r"|your (?:point|story|stories|explanation|description|account|plans?)"
    r"|(?:discussion|conversation|talk|chat|exchange)s? (?:about|of|on|around))\b",
    re.I,
)
#: months and weekdays, which are capitalised but no places (coach.checks.detail_calendar
#: reads them)
_CALENDAR_WORDS = frozenset(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september")
    + ("october", "november", "december", "monday", "tuesday", "wednesday", "thursday")
    + ("friday", "saturday", "sunday")
)
#: the interview's own hour or place: "thank you for meeting me at 10 am", "our call at noon"
_MEETING = lazy_compile(
    r"\b(?:interview|meeting|meet|met|conversation|chat|talk|call|visit)(?:ing|ed|s)?\b", re.I
)

_NUMBER_WORDS = {
    w: i + 1
    for i, w in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
        + ("eleven", "twelve")
    )
}
_HOUR = r"(?:1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
#: "6 pm", "6:30 a.m.", "6pm"
_MERIDIEM = lazy_compile(
    r"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?(?P<x>[ap])\.?m\b\.?", re.I
)
#: "ten at night", "four in the morning", "eight o'clock in the evening"
_PERIOD = lazy_compile(
    rf"\b(?P<h>{_HOUR})(?:[:.](?P<m>[0-5]\d)|\s(?P<half>thirty))?(?:\so['’]clock)?\s"
    r"(?P<p>in the morning|in the afternoon|in the evening|at night)\b",
    re.I,
)
#: "18:30", "08:00" (a 24-hour clock when the hour is past 12 or written with its zero)
_CLOCK = lazy_compile(r"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:]|\s?[ap]\.?m\b)")
#: "noon", "midday", "midnight"
_NAMED = lazy_compile(r"\b(?P<n>noon|midday|midnight)\b", re.I)
#: "1600 hours", "sixteen hundred hours"
_MILITARY = lazy_compile(
    r"\b(?:(?P<d>[01]\d|2[0-3])(?P<m>[0-5]\d)|(?P<w>[a-z]+teen|zero [a-z]+|ten|eleven|twelve|"
    r"twenty(?:-[a-z]+)?) hundred) hours\b",
    re.I,
)
_TEENS = {
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "twenty-one": 21,
    "twenty-two": 22,
    "twenty-three": 23,
    "zero six": 6,
    "zero seven": 7,
    "zero eight": 8,
    "zero nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}


class Time(NamedTuple):
    """A time of day in minutes after midnight; `exact` is False for a bare "6:30", which may
    be either side of noon."""

    start: int
    end: int
    minutes: int
    exact: bool


def _hour(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBER_WORDS[text.lower()]


def times(text: str) -> list[Time]:
    """The times of day the text names, in order."""
    found: list[Time] = []
    for m in _MERIDIEM.finditer(text):
        h = _hour(m["h"]) % 12 + (12 if m["x"].lower() == "p" else 0)
        found.append(Time(m.start(), m.end(), h * 60 + int(m["m"] or 0), True))
    for m in _PERIOD.finditer(text):
        h, period = _hour(m["h"]) % 12, m["p"].lower()
        if period in ("in the afternoon", "in the evening") or (period == "at night" and h >= 6):
            h += 12
        minutes = h * 60 + (int(m["m"]) if m["m"] else 30 if m["half"] else 0)
        found.append(Time(m.start(), m.end(), minutes, True))
    for m in _CLOCK.finditer(text):
        h = int(m["h"])
        exact = h > 12 or m["h"].startswith("0") or h == 0
        found.append(Time(m.start(), m.end(), h * 60 + int(m["m"]), exact))
    for m in _NAMED.finditer(text):
        minutes = 0 if m["n"].lower() == "midnight" else _HALF_DAY
        found.append(Time(m.start(), m.end(), minutes, True))
    for m in _MILITARY.finditer(text):
        if m["d"]:
            found.append(Time(m.start(), m.end(), int(m["d"]) * 60 + int(m["m"]), True))
        elif (hour := _TEENS.get(m["w"].lower())) is not None:
            found.append(Time(m.start(), m.end(), hour * 60, True))
    overlapping = {
        i
        for i, a in enumerate(found)
        for j, b in enumerate(found)
        if i != j and a.start < b.end and b.start < a.end and (a.end - a.start) < (b.end - b.start)
    }
    return sorted((t for i, t in enumerate(found) if i not in overlapping), key=lambda t: t.start)


def same_time(a: Time, b: Time) -> bool:
    """Whether two times of day are within `_CLOSE` minutes, either side of noon when one of
    them does not say which."""
    period = _DAY if a.exact and b.exact else _HALF_DAY
    gap = abs(a.minutes - b.minutes) % period
    return min(gap, period - gap) <= _CLOSE


#: a preposition of place, before a name: "from Lima", "to the Azores"
_WHERE = lazy_compile(
    r"\b(?:in|from|to|at|near|via|outside|around|into|towards?|across)\s+(?:the\s+)?$", re.I
)
#: a name joined to a place before it: "to Lima and Quito", "Paris + Lyon", "Lima, Quito"
_JOINED = lazy_compile(r"^\s*(?:,|\+|&|/|and|or)\s*(?:the\s+)?$", re.I)
#: a run of capitalised words, with the small words some place names hold ("Dar es Salaam")
_CAPITALS = lazy_compile(
    r"(?<![\w'’])[A-ZÀ-Ý][\w'’\-]*(?:\s(?:(?:de|del|da|do|dos|es|la|el|di|upon)\s)?"
    r"(?!I\b)[A-ZÀ-Ý][\w'’\-]*)*"
)


def _name_words(text: str, english: Any, skip: frozenset[str]) -> set[str]:
    """The words of the text that are names: capitalised, no English word, no acronym and no
    word of `skip` (the role, the company, the people), accents folded, lower case."""
    out = set()
    for word in WORD.findall(text):
        for part in word.split("-"):
            if len(part) < 3 or part.islower() or part.isupper():
                continue
            lower = strip_accents(part.lower().replace("’", "'")).removesuffix("'s")
            if lower in skip or lower in _CALENDAR_WORDS:
                continue
            if lower in english and lower not in _country_names():  # "Japan", "Turkey"
                continue
            out.add(lower)
    return out


def places(text: str, english: Any, skip: frozenset[str]) -> list[tuple[int, int, set[str]]]:
    """(start, end, name words) of each place the text names after a preposition of place, or
    joined to such a place."""
    out: list[tuple[int, int, set[str]]] = []
    last_end = -1
    for m in _CAPITALS.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        joined = last_end >= 0 and bool(_JOINED.match(text[last_end : m.start()]))
        if not (_WHERE.search(before) or joined):
            continue
        words = _name_words(m.group(), english, skip)
        if words:
            out.append((m.start(), m.end(), words))
            last_end = m.end()
    return out


def _own_clause(said: str, at: int) -> bool:
    """Whether the clause of `said` around offset `at` is the candidate's record or a wish."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(said, 0, at)]
    after = _CLAUSE_BREAK.search(said, at)
    return bool(
        _OWN_CLAUSE.search(said, breaks[-1] if breaks else 0, after.start() if after else len(said))
    )


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Country code of each city of coach/data/cities.tsv (scripts/build_places.py, from
    GeoNames) and of each country's name and its words ("poland", "zealand")."""
    from holidays.registry import COUNTRIES

    out: dict[str, str] = {}
    try:
        text = (Path(__file__).resolve().parent.parent / "data" / "cities.tsv").read_text("utf-8")
    except OSError:  # a trimmed install: no city is read as in a country
        text = ""
    for line in text.splitlines():
        name, _, code = line.partition("\t")
        out[strip_accents(name)] = code
    for key, (_, code, *_rest) in COUNTRIES.items():
        for name in (key.replace("_", " "), *key.split("_")):
            out.setdefault(name, code)
    return out


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """The countries' names, lower case, some of which are English words ("japan", "chile")."""
    from holidays.registry import COUNTRIES

    return frozenset(key.replace("_", " ") for key in COUNTRIES)


def _within(told: str, noted: frozenset[str]) -> bool:
    """Whether a place told is a city of a country the notes name there ("Gdansk" for
    "Poland"), or the country of a city they name."""
    codes = _countries()
    told_code = codes.get(strip_accents(told.lower()))
    return told_code is not None and any(codes.get(n) == told_code for n in noted)


def _same_clause(said: str, a: int, b: int) -> bool:
    """Whether offsets a and b of `said` are in one clause (no comma or colon between)."""
    return not _CLAUSE_BREAK.search(said, min(a, b), max(a, b))


def _known(notes: Notes) -> frozenset[str]:
    """Every word of the notes, accents folded, lower case: a place they name anywhere (another
    detail's, the company's) may be told beside a detail and is no invention."""
    from coach.checks.detail_vocabulary import known_words

    return frozenset(strip_accents(w) for w in known_words(notes)) | known_words(notes)


class Detail(NamedTuple):
    concepts: frozenset[str]
    places: frozenset[str]
    times: tuple[Time, ...]


def _skip(notes: Notes) -> frozenset[str]:
    texts = [notes.role, notes.company.name, *notes.company.aliases, notes.candidate.name]
    texts += [p.name for p in notes.interviewers] + [
        a for p in notes.interviewers for a in p.aliases
    ]
    texts += [p.title or "" for p in notes.interviewers]
    return frozenset(
        strip_accents(w.lower().replace("’", "'")).removesuffix("'s")
        for t in texts
        for w in WORD.findall(t)
        for w in (w, *w.split("-"))
    )


def _details(notes: Notes, method: Normalise) -> tuple[frozenset[str], tuple[Detail, ...]]:
    from coach.checks.names_spelling import english_words

    english = english_words()
    skip = _skip(notes)
    context = frozenset(c for w in skip if (c := concept(w, method)) is not None)
    out = []
    for detail in notes.details:
        named = _name_words(detail, english, skip)
        words = [w for w in WORD.findall(detail) if strip_accents(w.lower()) not in named]
        own = frozenset(c for w in words if (c := concept(w, method)) is not None) - context
        out.append(Detail(own, frozenset(named), tuple(times(detail))))
    return context, tuple(out)


def _referents(
    words: list[str], details: tuple[Detail, ...], context: frozenset[str], method: Normalise
) -> list[Detail]:
    """The details a sentence of these words retells: two shared concepts, or one rare."""
    from coach.checks.detail_specific import sentence_counts

    counts = sentence_counts()
    mine: dict[str, bool] = {}
    for w in words:
        c = concept(w, method)
        if c is None or c in context:
            continue
        rare = counts.get(_base(w, method), 0) < _RARE
        mine[c] = mine.get(c, False) or rare
    related = shorter_relatives(set(mine))
    out = []
    for detail in details:
        shared = [c for c in detail.concepts if _found(c, mine.keys(), related)]
        rare = any(mine.get(c, False) for c in shared)
        if len(shared) >= _SHARED or (shared and rare):
            out.append(detail)
    return out


def wrong_slots(
    doc: Doc, notes: Notes, method: Normalise, own: list[tuple[int, int]]
) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, text, what) of each place or time of day that retells a detail otherwise
    than the notes do; `what` is "place" or "time"."""
    from coach.checks.names_spelling import english_words

    context, details = per_notes(
        notes,
        f"slot-details:{method}",
        lambda n: _details(n, method),
        uses=("details", "role", "company", "candidate", "interviewers"),
    )
    if not any(d.places or d.times for d in details):
        return
    english = english_words()
    skip = per_notes(
        notes, "slot-skip", _skip, uses=("role", "company", "candidate", "interviewers")
    )
    known = per_notes(notes, "slot-known", _known)
    text = doc.plain
    for part in _PART.finditer(text, doc.body_start, doc.signature_start):
        said = part.group()
        if any(s <= part.start() < e for s, e in own) or text[part.end() : part.end() + 1] == "?":
            continue
        told_places = places(said, english, skip)
        told_times = [t for t in times(said) if not _MEETING.search(said, 0, t.start)]
        if not told_places and not told_times:
            continue
        first = min([p[0] for p in told_places] + [t.start for t in told_times])
        if _MINE.search(said, 0, first):
            continue
        told_places = [p for p in told_places if not _own_clause(said, p[0])]
        told_times = [t for t in told_times if not _own_clause(said, t.start)]
        named = set().union(*(p[2] for p in told_places)) if told_places else set()

        def about(at: int, said: str = said, named: set[str] = named) -> list[Detail]:
            """The details the clause around `at` retells, or else its sentence."""
            breaks = [m.end() for m in _CLAUSE_BREAK.finditer(said, 0, at)]
            after = _CLAUSE_BREAK.search(said, at)
            clause = said[breaks[-1] if breaks else 0 : after.start() if after else len(said)]
            for span in (clause, said):
                words = [w for w in WORD.findall(span) if strip_accents(w.lower()) not in named]
                found = _referents(words, details, context, method)
                if found:
                    return found
            return []

        for start, end, name in told_places:
            if name & known or not _TOLD.search(said, 0, start):
                continue
            noted = frozenset().union(*(d.places for d in about(start)))
            if not noted or _within(said[start:end], noted):
                continue
            if any(o & noted for s, _, o in told_places if _same_clause(said, s, start)):
                continue  # "Lima and Quito" for "Lima + Cusco": half right, not invented
            yield part.start() + start, part.start() + end, said[start:end], "place"
            break
        for t in told_times:
            clocks = [c for d in about(t.start) for c in d.times]
            if clocks and not any(same_time(t, c) for c in clocks):
                yield part.start() + t.start, part.start() + t.end, said[t.start : t.end], "time"
                break
