"""A detail retold with another place, time of day or length of time than the notes give it,
for `detail-unsupported`: "the starter came from his grandmother's shop in Dingle" when the notes
say "... shop in Kenmare", "the trucks leave for the port at noon" for "trucks leave 5 pm", "the
crossing takes four days" for "crossing ~2 days".

Each slot is matched to the detail its own clause retells (split at ",", ":", "(", "—"): a
detail is its referent when the two share two concepts, or one that is rare in follow-up prose
(a name, a trade word: "firmware", "cooperage"), the words of the role, the company and the
people aside; of several, those sharing the most. A clause that retells no detail ("..., and
the drive back to Truro was lovely") compares nothing, nor does one in the candidate's own
voice after any verb of hearing ("I'm happy to move from Leeds"). Then the typed slots are
compared with the referent's (coach.checks.detail_clock reads times and lengths):

- a place is a name (a capitalised word that is no English word, or a country's name) after a
  preposition of place, or joined to one ("to Lima and Quito"), in a sentence that reports what
  was told ("it was useful to learn that", "your point that"). A detail's places are read the
  same way, or are cities and countries of the gazetteer ("mostly Paarl + Ceres"): a name
  that is no place ("photos sent on WhatsApp") gives the detail none. A place is wrong when
  the referent names places, the notes name it nowhere, it is no city of a country they name
  ("Gdansk" for "Poland"), and its clause names none of the referent's places (half right is
  no invention);
- a time of day is wrong when the referent gives times and none is within half an hour of it;
- a length is wrong when the referent gives lengths of the same order and none is within a
  quarter of it ("six weeks" beside "18 hrs backup" measures something else).

The candidate's own record and wishes ("I have worked at a lodge in Tromso", "I would love to
visit Quito"), questions, the interview's own hour and a slot denied in its clause ("so nobody
is on the line for fourteen hours") name no detail's slot.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from coach.checks.base import per_notes
from coach.checks.detail_clock import (
    Span,
    Time,
    durations,
    far_apart,
    same_length,
    same_time,
    times,
)
from coach.checks.detail_words import Normalise, _base, _found, concept, shorter_relatives
from coach.models import Notes
from coach.text import WORD, Doc, lazy_compile, strip_accents

#: concepts a sentence shares with a detail to be about it, when none of them is rare
_SHARED = 2
#: a word in fewer sentences of follow-up prose than this is rare: one such shared word is
#: enough to say which detail a sentence retells
_RARE = 10

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
#: the candidate in a clause: what it tells is the candidate's side, not a detail retold
_FIRST_PERSON = lazy_compile(r"\bI\b|\bI['’]|\b(?i:me|my|mine|myself)\b")
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


def is_place(name: str) -> bool:
    """Whether the name is a city or country of the gazetteer ("Chile", "Leeds"): a place,
    which no frame makes a system or tool."""
    return strip_accents(name.lower()) in _countries()


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


#: a slot denied in its clause: "so nobody is on the line for fourteen hours", "not from Lima"
_DENIED = lazy_compile(
    r"\b(?:no|not|never|nobody|no one|none|nothing|without|rather than|instead of)\b|n['’]t\b",
    re.I,
)


def _negated(said: str, at: int) -> bool:
    """Whether the clause of `said` up to offset `at` denies what follows (a slot denied is
    not told: "so nobody works fourteen hours" for "two ten-hour shifts")."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(said, 0, at)]
    return bool(_DENIED.search(said, breaks[-1] if breaks else 0, at))


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
    lengths: tuple[Span, ...]


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
    # the people's own spelling too: "Zdeňka - tours ..." names whose detail, not what it is
    people = [w.lower() for p in notes.interviewers for w in WORD.findall(p.name)]
    context = frozenset(c for w in (*skip, *people) if (c := concept(w, method)) is not None)
    out = []
    for detail in notes.details:
        # a detail's places are a name after a preposition of place, as a message's are
        # ("2 remote in Ostrava"), or a city or country of the gazetteer however jotted ("mostly
        # Franschhoek + Paarl"); "photos sent on WhatsApp" names a channel, no place
        named = set().union(*(p[2] for p in places(detail, english, skip)))
        named |= {n for n in _name_words(detail, english, skip) if n in _countries()}
        words = [w for w in WORD.findall(detail) if strip_accents(w.lower()) not in named]
        own = frozenset(c for w in words if (c := concept(w, method)) is not None) - context
        out.append(Detail(own, frozenset(named), tuple(times(detail)), tuple(durations(detail))))
    return context, tuple(out)


def _referents(
    words: list[str], details: tuple[Detail, ...], context: frozenset[str], method: Normalise
) -> list[Detail]:
    """The details a clause of these words retells: two shared concepts, or one rare; of
    several, those that share the most ("trade orders arrive on WhatsApp before the buyers
    visit" is about the orders, not the buyers abroad of another detail)."""
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
    scored = []
    for detail in details:
        shared = [c for c in detail.concepts if _found(c, mine.keys(), related)]
        rare = any(mine.get(c, False) for c in shared)
        if len(shared) >= _SHARED or (shared and rare):
            scored.append((len(shared), detail))
    best = max((n for n, _ in scored), default=0)
    return [d for n, d in scored if n == best]


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
    if not any(d.places or d.times or d.lengths for d in details):
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
        told_lengths = [d for d in durations(said) if not _MEETING.search(said, 0, d.start)]
        if not told_places and not told_times and not told_lengths:
            continue
        starts = [p[0] for p in told_places] + [t.start for t in told_times]
        first = min(starts + [d.start for d in told_lengths])
        if _MINE.search(said, 0, first):
            continue
        every_place = told_places  # each place named, for "Lima and Quito" (half right)
        told_places = [p for p in told_places if not _own_clause(said, p[0])]
        told_times = [t for t in told_times if not _own_clause(said, t.start)]
        told_lengths = [d for d in told_lengths if not _own_clause(said, d.start)]
        told_places = [p for p in told_places if not _negated(said, p[0])]
        told_times = [t for t in told_times if not _negated(said, t.start)]
        told_lengths = [d for d in told_lengths if not _negated(said, d.start)]
        named = set().union(*(p[2] for p in told_places)) if told_places else set()

        def about(at: int, said: str = said, named: set[str] = named) -> list[Detail]:
            """The details the clause around `at` retells, if it is no clause of the candidate's."""
            breaks = [m.end() for m in _CLAUSE_BREAK.finditer(said, 0, at)]
            after = _CLAUSE_BREAK.search(said, at)
            clause = said[breaks[-1] if breaks else 0 : after.start() if after else len(said)]
            told = [m.end() for m in _TOLD.finditer(clause)]
            if _FIRST_PERSON.search(clause, told[-1] if told else 0):
                return []  # the candidate's own side: "I'm glad to move from Lisbon"
            words = [w for w in WORD.findall(clause) if strip_accents(w.lower()) not in named]
            return _referents(words, details, context, method)

        for start, end, name in told_places:
            if name & known or not _TOLD.search(said, 0, start):
                continue
            found = about(start)
            noted = frozenset().union(*(d.places for d in found))
            if not noted or _within(said[start:end], noted):
                continue
            if any(o & noted for s, _, o in every_place if _same_clause(said, s, start)):
                continue  # "Lima and Quito" for "Lima + Cusco": half right, not invented
            yield part.start() + start, part.start() + end, said[start:end], "place"
            break
        for t in told_times:
            clocks = [c for d in about(t.start) for c in d.times]
            if clocks and not any(same_time(t, c) for c in clocks):
                yield part.start() + t.start, part.start() + t.end, said[t.start : t.end], "time"
                break
        for d in told_lengths:
            noted_lengths = [n for r in about(d.start) for n in r.lengths if not far_apart(d, n)]
            if noted_lengths and not any(same_length(d, n) for n in noted_lengths):
                yield part.start() + d.start, part.start() + d.end, said[d.start : d.end], "time"
                break
