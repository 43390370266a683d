"""A system, product or code name the notes never use, told as what the employer's side runs or
moves to, in a sentence about a detail: for detail-unsupported. "the findings will be loaded
into Maximo" when the notes' work orders are in SAP PM, "LabWare goes live as the new LIMS"
for "LIMS go-live (SampleManager)", "the load calculations run in Carrier HAP" for "Trane
TRACE 3D Plus".

A name alone is not enough: messages name places, people and the candidate's own tools. It
counts only when a frame says a tool or system holds the work ("into X", "using X", "X goes
live", "moving ... to X", "run ... in X"), the sentence shares a rare concept with a detail
(for "run ... in X", the name's own clause does: "a friend who runs a café in Llandysul" names
a place), and the sentence is not the candidate's own record. The name is capitalised or
code-like, not an English word, no word of the notes, no city or country of the gazetteer
("the crossing into Chile" names a place), and no code of the notes written out ("English" for
"NO / EN / DE"); a sentence that asks ("are the reminders run in Welsh too?") tells nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache

from coach.checks.detail_abbrev import spells_code
from coach.checks.detail_near import notes_acronyms
from coach.checks.detail_slots import is_place
from coach.checks.detail_words import DEFAULT, Normalise, concepts
from coach.models import Notes
from coach.text import WORD, Doc, lazy_compile
from coach.wordset import Words


def _name(group: str) -> str:
    """A capitalised or code-like name of one to three words ("Maximo", "Carrier HAP",
    "LabWare", "Trane TRACE 3D"), as the named group."""
    head = r"(?:[A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{2,}[\w-]*)"
    more = r"(?: (?:[A-Z][A-Za-z]+|[A-Z]{2,}\w*|\d[\w.]*)){0,2}"
    return rf"(?P<{group}>{head}{more})"


#: frames that make the name a tool or system holding the work: "into X", "moving ... to X",
#: "run ... in X", "X goes live"
_FRAME_PARTS = (
    r"\b(?:into|onto|via|using|through)\s+" + _name("into"),
    r"\b(?:moving|move|moved|moves|switching|switch|switched|migrating|migrate|migrated|"
    r"shifting|shift|transferring|porting)\b[^.!?;\n]{0,60}?\b(?:to|into|onto)\s+" + _name("moved"),
    r"\b(?:run|runs|ran|running|done|does|do|kept|logged|tracked|recorded|stored|"
    r"entered|loaded|built|calculated|modelled|modeled|managed|scheduled|raised)\b"
    r"(?: \w+){0,4}? (?:in|on)\s+" + _name("held"),
    _name("live") + r" (?:goes|go|went|will go|is going|going) live\b",
)
_FRAMES = lazy_compile("|".join(_FRAME_PARTS))
#: each frame alone, with words one of which it needs, to ask whether a message has any frame:
#: the alternation tries every frame at every place (75 µs a message, most of them with none)
_FRAME_TESTS = tuple(
    (needs, lazy_compile(part))
    for needs, part in zip(
        (
            ("into", "onto", "via", "using", "through"),
            ("mov", "switch", "migrat", "shift", "transferring", "porting"),
            ("run", "ran", "do", "kept", "logged", "tracked", "recorded", "stored", "entered")
            + ("loaded", "built", "calculated", "modelled", "modeled", "managed", "scheduled")
            + ("raised",),
            (" live",),
        ),
        _FRAME_PARTS,
        strict=True,
    )
)
#: frames whose name is a system even when it is an English word ("into Deputy")
_STRONG = ("into", "moved", "live")
_SENTENCE = lazy_compile(r"[^.!?\n]+")
#: a capitalised or code-like word after the sentence's first
_CAPITAL_INSIDE = lazy_compile(r"\s(?:[A-Z][A-Za-z]*[a-z]|[A-Z]{2})")
#: a detail's concept in fewer than this many sentences of follow-up prose is rare: it ties a
#: sentence to that detail
_RARE = 50
_MONTHS = frozenset(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september")
    + ("october", "november", "december", "monday", "tuesday", "wednesday", "thursday")
    + ("friday", "saturday", "sunday")
)


def _fold(word: str) -> str:
    plain = unicodedata.normalize("NFKD", word)
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=256)
def _notes_words(notes_text: str) -> frozenset[str]:
    return frozenset(_fold(w) for w in re.findall(r"[^\W_]+", notes_text))


def _notes_text(notes: Notes) -> str:
    parts = [*notes.details, notes.role, notes.company.name, *notes.company.aliases]
    parts += [notes.candidate.name, notes.timeline.said or ""]
    for p in notes.interviewers:
        parts += [p.name, p.title or "", *p.aliases]
    parts += [m.what for m in notes.materials]
    return "\n".join(parts)


@lru_cache(maxsize=256)
def _rare_concepts(details: tuple[str, ...], method: Normalise) -> frozenset[str]:
    """Concepts of the details that follow-up prose seldom uses: they tie a sentence to one."""
    from coach.checks.detail_specific import sentence_counts

    counts = sentence_counts()
    out = set()
    for detail in details:
        for c in concepts(WORD.findall(detail), method):
            if counts.get(c, 0) < _RARE:
                out.add(c)
    return frozenset(out)


def swapped_names(
    doc: Doc,
    notes: Notes,
    english: Words,
    own: Callable[[Doc], list[tuple[int, int]]],
    method: Normalise = DEFAULT,
) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each name the notes never use, told as the system or tool that
    holds work of a detail."""
    text = doc.plain
    if not _has_frame(text, doc.body_start, doc.signature_start):
        return  # most messages: no frame at all
    known: frozenset[str] | None = None  # read once a frame is found: most messages have none
    rare: frozenset[str] | None = None
    spans: list[tuple[int, int]] | None = None
    for sentence in _SENTENCE.finditer(text, doc.body_start, doc.signature_start):
        said = sentence.group()
        if not _CAPITAL_INSIDE.search(said):
            continue  # no name past the sentence's first word
        if text[sentence.end() : sentence.end() + 1] == "?":
            continue  # asked, not told: "are the reminders run in Welsh too?"
        for frame in _FRAMES.finditer(said):
            key = next(k for k in ("into", "moved", "held", "live") if frame.group(k))
            name = frame.group(key)
            if _FIRST_PERSON.search(_clause_before(said, frame.start(key))):
                continue  # the candidate's own work: "I have done this for two sites in Pune"
            if known is None:
                known = _notes_words(_notes_text(notes))
            if not _unknown(name, known, english, strong=key in _STRONG):
                continue
            if spells_code(name, notes_acronyms(notes)):
                continue  # "switching to English" for the notes' "NO / EN / DE"
            if rare is None:
                rare = _rare_concepts(tuple(notes.details), method)
            if not concepts(WORD.findall(said), method) & rare:
                break  # a sentence about no detail
            if key == "held" and not _work_named(said, frame, method) & rare:
                continue  # "who runs a café in Llandysul": a place, unless the work is named there
            start = sentence.start() + frame.start(key)
            spans = own(doc) if spans is None else spans
            if any(s <= start < e for s, e in spans):
                continue
            yield start, start + len(name), name


def _has_frame(text: str, start: int, end: int) -> bool:
    """Whether `_FRAMES` matches in text[start:end]."""
    span = text[start:end]
    return any(
        any(word in span for word in needs) and frame.search(text, start, end)
        for needs, frame in _FRAME_TESTS
    )


def _work_named(said: str, frame: re.Match[str], method: Normalise) -> set[str]:
    """Concepts of the work a "run ... in X" frame's clause names: its words before the name,
    less the frame's verb ("runs" is no detail's work, though "run" and "lead" are one group)."""
    verb_end = frame.start() + len(frame.group().split()[0])
    clause = _clause_before(said, frame.start()) + said[verb_end : frame.start("held")]
    return concepts(WORD.findall(clause), method)


def _clause_before(sentence: str, end: int) -> str:
    """The clause the name stands in, up to the name: after the last comma, semicolon or
    clause word ("that", "how", "and") before it."""
    cuts = [m.end() for m in _CLAUSE.finditer(sentence, 0, end)]
    return sentence[cuts[-1] if cuts else 0 : end]


def _unknown(name: str, known: frozenset[str], english: Words, strong: bool) -> bool:
    """Whether the name is no word of the notes and reads as a name: code-like or mixed case
    ("HAP", "LabWare"), or capitalised and no English word ("Maximo"); a capitalised English
    word ("Deputy", "Carrier") only where the frame is strong ("into Deputy")."""
    words = re.findall(r"[^\W_]+", name)
    folded = [_fold(w) for w in words]
    if any(w in known for w in folded) or folded[0] in _MONTHS or len(folded[0]) < 3:
        return False
    if any(_short_form(w, known) for w in folded):
        return False  # "Postgres" for the notes' "PostgreSQL"
    if folded[0] in _NOT_SYSTEMS or _PERIOD.match(words[0]):
        return False
    if is_place(name):
        return False  # "the crossing into Chile": a place, not a system
    coded = any(w.isupper() and len(w) > 1 or (w[1:] != w[1:].lower()) for w in words)
    foreign = folded[0] not in english
    return coded or foreign or strong


#: the fewest letters a name and a word of the notes share at the start to be one name, the one
#: cut short ("Postgres" for "PostgreSQL", "Chile" for "Chilean")
_SHORT_FORM = 5


def _short_form(word: str, known: frozenset[str]) -> bool:
    """Whether the word starts a word of the notes, or a word of the notes starts it, over at
    least `_SHORT_FORM` letters: the same name cut short or lengthened."""
    if len(word) < _SHORT_FORM:
        return False
    return any(len(k) >= _SHORT_FORM and (k.startswith(word) or word.startswith(k)) for k in known)


#: what carries the conversation, or a season, not the work: "our call via Teams", "into
#: Christmas", "into FY27"
_NOT_SYSTEMS = frozenset(
    ("zoom", "teams", "meet", "google", "webex", "skype", "linkedin", "slack", "whatsapp")
    + ("outlook", "gmail", "email", "facetime", "calendly", "christmas", "easter", "ramadan")
    + ("diwali", "eid", "hanukkah", "thanksgiving", "matariki", "anzac")
)
_PERIOD = lazy_compile(r"^(?:FY|Q[1-4]|H[12])\d*$")

#: where a clause opens, for the clause a name stands in
_CLAUSE = lazy_compile(r"[,;:—–]|\b(?:and|but|that|how|where|which|while|so)\b", re.I)
#: the candidate as the doer: their own record, not the employer's system
_FIRST_PERSON = lazy_compile(r"\b(?:I|I've|I'd|I'm|me|my|mine)\b|\bI’", re.I)
