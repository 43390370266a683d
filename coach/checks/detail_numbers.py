"""A detail told with another number than the notes give it, wherever it stands in the message,
for detail-unsupported: "the survey of sixty panels" for "the survey of 40 panels", "all 2,000
hives" for "1,200 hives", "the 1958 bison" for "the 1938 bison". A claimed topic with a wrong
number is a near miss already (coach.checks.detail_near); this reads the other sentences.

A number of the message is compared with a number of a detail when the words beside the two
(three on each side) share a concept: then they count the same thing. It is a wrong number when
it matches no number of the notes and differs by more than rounding (a quarter; a year, by any
amount). An amount with a decimal and a magnitude ("EUR 6.8m", "$2.5 million") is read at its
value. A number below 10 is compared only with one of the notes that counts the very word after
it ("four quad rollovers" for "2 quad rollovers"): small numbers are everywhere, but one told of
the same noun counts the same thing, or the noun after a describing word ("ten graders" for "four
seasonal graders"). Where both numbers count a word, or carry a unit, the one must be beside
the other ("eighty ATP swabs" for "ATP swabs, approx 40/shift"): "thirty students" is no count of
the "minus-80 freezer" whose rota is beside both, nor "sixty seats" of a "35 km/h" wind. A
number the notes give elsewhere is no proof: "two weeks" for spares that take "10-12 weeks" is
wrong though the shutdown takes "two weeks". Days of the month and the candidate's own record
are left alone, and so are the base of a rate ("twelve in a hundred") and a vague multiple of a
magnitude ("a few hundred scripts a day" for "approx 350 scripts/day": an order of size).
A share in per cent is measured, not rounded: "15% moisture" for "under 12% moisture" is another
share. A number worked out from one detail's numbers is theirs, told otherwise: their product
("some 360 pairs a year" for "2 collections/yr, ~180 pairs each") or a Celsius reading in
Fahrenheit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from coach.checks.detail_forms import (
    DATE_AFTER,
    DATE_BEFORE,
    HALF,
    NUMBER,
    SMALLEST,
    number_value,
    vague,
)
from coach.checks.detail_units import PERCENT, TIME_UNITS, unit_counts
from coach.checks.detail_words import DEFAULT, Normalise, _base, concept
from coach.models import Notes
from coach.text import WORD, Doc, lazy_compile

#: the candidate's own count: "my twelve years", "my 300 hives"
_MINE = lazy_compile(r"\b(?:my|mine)\s+(?:\w+\s+)?$", re.I)
#: the candidate's record earlier in the sentence, with no turn to the reader's side after it:
#: "the menus from my last post include a wedding of 500"
_MY_RECORD = lazy_compile(
    r"\bmy (?:last|previous|former|current|old|own|present)\b(?![^.!?\n]*\b(?:you|your)\b)"
    r"[^.!?\n]*$",
    re.I,
)
#: a count that points back to what the message has just named: "French and Italian ... those
#: two languages" counts them, not the notes' "9 languages"
_BACK = lazy_compile(r"\b(?:those|these)\s+$", re.I)
#: before the base of a rate: "twelve in a hundred", "eight flasks in every hundred"
_PER = lazy_compile(r"\b(?:in|out of) (?:every |each )?$", re.I)
_BASES = frozenset({10, 100, 1000})
#: words on each side of a number whose concepts say what it counts
_WINDOW = 3
#: words on each side of a number of the notes: a note puts the count after its topic ("ATP
#: swabs on fillers, approx 40/shift"), where prose puts it before ("eighty ATP swabs")
_NOTES_WINDOW = 5
#: characters on each side of a number to look for those words in
_REACH = 80
#: the end of a sentence or clause: the words beyond it count something else
_STOP = lazy_compile(r"[.!?;:\n]")
#: how far apart two counts may be and still be one rounded to the other
_ROUNDING = 1.25
#: an amount of money with a magnitude: "EUR 6.8m", "$2.5 million", "£40k" ("a 12 m boat" is
#: metres)
_AMOUNT = lazy_compile(
    r"(?:[€$£]|\b(?:EUR|USD|GBP|AUD|NZD|CAD) ?)(?P<n>\d+(?:\.\d+)?)"
    r" ?(?P<scale>k|m|bn|million|billion)\b"
)
_SCALE = {"k": 1_000, "m": 1_000_000, "million": 1_000_000, "bn": 10**9, "billion": 10**9}
#: the smallest count read when the word after it is the same in the notes and the message
_SMALL = 2


class _Number:
    __slots__ = ("value", "year", "start", "end", "noun", "head", "unit", "per")

    def __init__(
        self,
        value: int,
        year: bool,
        start: int,
        end: int,
        noun: str = "",
        head: str = "",
        unit: str = "",
    ):
        self.value, self.year, self.start, self.end = value, year, start, end
        self.noun = noun  # a small count's: the base of the word it counts
        # ... or of the word after that, where the first describes it ("four seasonal graders")
        self.head = head
        self.unit = unit  # a word after it that no concept reads: a unit ("35 km/h")
        self.per = ""  # the period of a rate it gives ("/wk", "every working day"), or ""


def _numbers(text: str, start: int = 0, method: Normalise | None = None) -> list[_Number]:
    """The numbers of the text from 10 up, not days of the month, and amounts with a
    magnitude; with `method`, also the counts from 2 up with the base of the word they count."""
    found = []
    amounts = []
    for m in _AMOUNT.finditer(text, start):
        amount = int(float(m.group("n")) * _SCALE[m.group("scale")])
        amounts.append((m.start("n"), m.end()))
        found.append(_Number(amount, False, m.start("n"), m.end()))
    if method is not None:  # "48h", "40/shift", "calls double": a count of a unit
        for count, begin, end, unit in unit_counts(text, start):
            amounts.append((begin, end))
            found.append(_Number(count, False, begin, end, _base(unit, method)))
    for m in NUMBER.finditer(text, start):
        if any(s <= m.start() < e for s, e in amounts):
            continue
        value = number_value(m.group())
        if value is None or value < _SMALL:
            continue
        if value in _BASES and _PER.search(text, max(0, m.start() - 12), m.start()):
            continue  # "twelve in a hundred": the base of a rate, not a count
        if vague(text, m):
            continue  # "a few hundred": an order of size, not a count
        noun = _counted(text, m.end(), method) if method is not None else None
        if value < SMALLEST:
            if noun and method is not None:
                head = _counted(text, m.end() + 1 + len(_noun_word(text, m.end())), method) or ""
                found.append(_Number(value, False, m.start(), m.end(), noun, head))
            continue
        if text[m.end() : m.end() + 1].isalpha() or HALF.search(text, 0, m.start()):
            continue  # "the 1930s", "4WD"; "three and a half thousand"
        digits = m.group()[0].isdigit()
        if digits and (
            DATE_BEFORE.search(text, max(0, m.start() - 12), m.start())
            or DATE_AFTER.match(text[m.end() : m.end() + 12])
        ):
            continue
        year = digits and 1800 <= value <= 2100 and "," not in m.group()
        unit = "" if noun or year else _noun_word(text, m.end()).lower()
        found.append(_Number(value, year, m.start(), m.end(), "" if year else noun or "", "", unit))
    for number in found:
        number.per = _period(text, number.end)
    return found


#: the period a count is given per, a few words after it: "60 crates/wk", "a dozen crates every
#: working day", "40 trucks a week"
_RATE = lazy_compile(
    r"^(?:[\w'’-]+ ){0,3}?[\w'’-]*?(?:\s*/\s*|\s+(?:a|an|per|each|every) (?:working |business )?)"
    r"(?P<p>days?|wks?|weeks?|months?|yrs?|years?|hrs?|hours?|h)\b",
    re.I,
)
#: days in each period, by the calendar and by the working week
_DAYS = {"day": 1.0, "wk": 7.0, "week": 7.0, "month": 30.4, "yr": 365.0, "year": 365.0}
_WORKING = {"day": 1.0, "wk": 5.0, "week": 5.0, "month": 21.7, "yr": 250.0, "year": 250.0}
_HOURS = {"h": 1.0, "hr": 1.0, "hour": 1.0}


def _period(text: str, end: int) -> str:
    """The period of the rate a number gives, within its clause: "wk" of "60 crates/wk"."""
    clause = _STOP.split(text[end : end + 48], 1)[0]
    m = _RATE.match(clause.lstrip(" -"))
    if m is None:
        return ""
    period = m.group("p").lower()
    return period if period in _DAYS or period in _HOURS else period.removesuffix("s")


def _rate_of(said: _Number, noted: _Number) -> bool:
    """Whether two counts given per different periods are one rate: "about a dozen crates
    every working day" for "~60 crates/wk" (five working days), "some 40 a day" for
    "280 a week"."""
    if not said.per or not noted.per or said.per == noted.per:
        return False
    for table in (_DAYS, _WORKING, _HOURS):
        if said.per in table and noted.per in table:
            worked = noted.value / table[noted.per] * table[said.per]
            low, high = sorted((said.value, worked))
            if low > 0 and high <= low * _ROUNDING:
                return True
    return False


def _noun_word(text: str, end: int) -> str:
    """The word right after the number ending at `end`, or ""."""
    after = WORD.match(text, end + 1) if text[end : end + 1] in (" ", "-") else None
    return after.group() if after is not None else ""


def _counted(text: str, end: int, method: Normalise) -> str | None:
    """The base of the word right after a small count ("quad" in "2 quad rollovers")."""
    after = WORD.match(text, end + 1) if text[end : end + 1] in (" ", "-") else None
    if after is None or after.group()[:1].isdigit():
        return None
    base = _base(after.group(), method)
    return base if concept(after.group(), method) or base in _time_units() else None


def _beside(
    text: str, number: _Number, skip: frozenset[str], method: Normalise, window: int = _WINDOW
) -> frozenset[str]:
    """Concepts of the words on each side of the number, within its sentence or clause."""
    before = _STOP.split(text[max(0, number.start - _REACH) : number.start])[-1]
    after = _STOP.split(text[number.end : number.end + _REACH], 1)[0]
    out = set()
    for word in WORD.findall(before)[-window:] + WORD.findall(after)[:window]:
        for part in word.split("-"):
            c = concept(part, method) if part and not part[:1].isdigit() else None
            if c is not None and not c.startswith("~") and _base(part, method) not in skip:
                out.add(c)
    return frozenset(out)


@lru_cache(maxsize=1024)
def _detail_numbers(
    detail: str, skip: frozenset[str], method: Normalise
) -> tuple[tuple[_Number, frozenset[str]], ...]:
    return tuple(
        (n, _beside(detail, n, skip, method, _NOTES_WINDOW)) for n in _numbers(detail, 0, method)
    )


@lru_cache(maxsize=1024)
def _detail_values(details: tuple[str, ...]) -> bool:
    """Whether a detail has a number: most have none, and then nothing more is read."""
    return any(_numbers(d, 0, DEFAULT) for d in details)


@lru_cache(maxsize=1024)
def _noted(
    details: tuple[str, ...], skip: frozenset[str], method: Normalise
) -> tuple[tuple[_Number, frozenset[str]], ...]:
    """Each number of a detail with the concepts beside it, where it has some."""
    return tuple(p for d in details for p in _detail_numbers(d, skip, method) if p[1])


def _same_thing(
    said: _Number, noted: _Number, around: frozenset[str], words: frozenset[str]
) -> bool:
    """Whether two numbers count the same thing: words beside them share a concept, and a count
    below 10 counts the very word the other counts ("four quad rollovers", "2 quad rollovers").
    A count of hours, days or times counts the same unit, beside another word the two share
    ("twelve days" of the shutdown for "shutdown, 8 days", not "24 hours" for it, nor any
    "eighteen hours" for it)."""
    if not words & around:
        return False
    units = _time_units()
    if said.noun in units or noted.noun in units:
        # and something beside the unit: "eighteen hours straight on the wharf" is no "36-hour
        # window from pound to plane", though both are hours
        unit = concept(said.noun, DEFAULT) if said.noun else None
        return said.noun == noted.noun and bool((words & around) - {unit})
    return min(said.value, noted.value) >= SMALLEST or said.noun in (noted.noun, noted.head)


def _same_noun(
    said: _Number, around: frozenset[str], noted: _Number, words: frozenset[str]
) -> bool:
    """Whether the word one number counts is beside the other, or either counts none that is
    read: "eighty ATP swabs" for "ATP swabs, approx 40/shift" count one thing; "thirty students"
    and "the minus-80 freezer alarms" do not, though "schedule" and "roster" are beside both,
    nor do "sixty seats" and a wind of "35 km/h"."""
    mine = _counts(said)
    theirs = _counts(noted)
    if not mine or not theirs:
        return True
    return bool(mine & (theirs | words) or theirs & around)


def _counts(number: _Number) -> set[str]:
    """The concepts of the word a number counts, or its unit ("~km" of "35 km/h")."""
    out = {c for n in (number.noun, number.head) if n and (c := concept(n, DEFAULT))}
    return out or ({f"~{number.unit}"} if number.unit.isalpha() else set())


@lru_cache(maxsize=1)
def _time_units() -> frozenset[str]:
    return frozenset(_base(u, DEFAULT) for u in TIME_UNITS)


def _differs(said: _Number, noted: _Number) -> bool:
    if said.year or noted.year:
        return said.year and noted.year and said.value != noted.value
    low, high = sorted((said.value, noted.value))
    if said.noun == noted.noun == _percent():  # "15% moisture" for "under 12% moisture"
        return high > low * _SHARE_ROUNDING
    return high > low * _ROUNDING


def _same_share(
    said: _Number,
    counts: list[_Number],
    details: tuple[str, ...],
    skip: frozenset[str],
    method: Normalise,
) -> bool:
    """Whether a detail that gives one of the shares compared gives this one too: a note puts
    a share now and its target side by side ("~5% last season; target under 2%")."""
    for detail in details:
        shares = [n for n, _ in _detail_numbers(detail, skip, method) if n.noun == said.noun]
        if any(n in counts for n in shares) and not all(_differs(said, n) for n in shares):
            return True
    return False


@lru_cache(maxsize=1)
def _percent() -> str:
    return _base(PERCENT, DEFAULT)


#: how far apart two shares may be and still be one rounded to the other: a note gives a share
#: as measured ("~4% misprints"), so "3%" or "15%" for "2%" or "12%" is another share
_SHARE_ROUNDING = 1.1


#: a temperature in Celsius: "4-6 C", "8 °C", "-18C"
_CELSIUS = lazy_compile(r"(?<![\w.])(-?\d+(?:\.\d+)?)(?:\s*-\s*(-?\d+(?:\.\d+)?))?\s*°?\s*C\b")
#: how near a number must be to one worked out from a detail's numbers to be that one
_WORKED = 1.05


@lru_cache(maxsize=1024)
def _worked_out(details: tuple[str, ...]) -> frozenset[float]:
    """What a reader works out from the numbers of one detail, and may tell instead of them:
    their product ("2 collections/yr, ~180 pairs each" is "360 pairs a year"), and a
    temperature in Fahrenheit ("kept 4-6 C" is "39 to 43 degrees"). A sum is not one: small
    counts add up to another small count too often ("3 repairs; 2 outages" is no "5 outages")."""
    out: set[float] = set()
    for detail in details:
        values = [v for m in NUMBER.finditer(detail) if (v := number_value(m.group())) is not None]
        for i, a in enumerate(values):
            for b in values[i + 1 :]:
                if a > 1 and b > 1:
                    out.add(a * b)
        for m in _CELSIUS.finditer(detail):
            out.update(float(t) * 9 / 5 + 32 for t in m.groups() if t is not None)
    return frozenset(out)


def _worked(value: int, details: tuple[str, ...]) -> bool:
    return value >= SMALLEST and any(
        max(value, w) <= min(value, w) * _WORKED for w in _worked_out(details) if w > 0
    )


def wrong_numbers(
    doc: Doc,
    notes: Notes,
    skip: Callable[[], frozenset[str]],
    method: Normalise,
    own: Callable[[Doc], list[tuple[int, int]]],
) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each number of the body that counts what a detail's number counts
    but is another number. `skip` gives the bases that name nothing (the role's, the company's,
    the people's), `own` the spans of the candidate's own record: both are read only when a
    detail and the message have a number."""
    details = tuple(notes.details)
    if not _detail_values(details):
        return
    text = doc.plain
    said = _numbers(text, doc.body_start, method)
    if not said:
        return
    bases = skip()
    noted = _noted(details, bases, method)
    if not noted:
        return
    for number in said:
        # a number the notes give elsewhere is no proof: "two weeks" for spares that take
        # "10-12 weeks" is wrong, though the shutdown takes "two weeks"
        if _MINE.search(text, max(0, number.start - 24), number.start) or _MY_RECORD.search(
            text, max(0, number.start - 160), number.start
        ):
            continue
        around = _beside(text, number, bases, method)
        if not around:
            continue
        pairs = [
            (n, words)
            for n, words in noted
            if n.year == number.year and _same_thing(number, n, around, words)
        ]
        counts = [n for n, _ in pairs]
        if not counts or not all(_differs(number, n) for n in counts):
            continue
        if number.noun == _percent() and _same_share(number, counts, details, bases, method):
            continue  # "under two percent" for "rejects ~5% last season; target under 2%"
        if not number.year and _worked(number.value, details):
            continue  # "some 360 pairs a year" for "2 collections, ~180 pairs each"
        if any(_rate_of(number, n) for n in counts):
            continue  # "a dozen crates every working day" for "~60 crates/wk"
        if _BACK.search(text, max(0, number.start - 12), number.start):
            continue  # "French and Italian ... those two languages": what was just named
        if not any(_same_noun(number, around, n, words) for n, words in pairs):
            continue  # "thirty students" beside "the minus-80 freezer": another thing counted
        if not any(s <= number.start < e for s, e in own(doc)):
            yield number.start, number.end, text[number.start : number.end]
