"""`detail-unsupported`: a topic the message claims was discussed ("our conversation about X",
"the X we talked about", "I was particularly interested in X": coach.checks.detail_claims) that
is in neither the notes nor the role.

A claimed topic is read as concepts, the way detail coverage reads a detail (coach.checks.detail).
A topic of only words common in follow-up prose names nothing that could be invented. A rare
word of the notes in it makes it a paraphrase of something real ("the humidity readings since
the roofers came" for "damp in the gallery since the roof repairs"), but a word of the role or
a title that no detail has, or a detail's place name after a preposition, says only whose or
where: a topic whose other words hold two rare ones the notes lack is invented ("the floating
pilot on the Kano reservoir" when the notes name Kano for a mini-grid). One rare word the notes
lack is too thin to call a topic invented ("the craftsmanship the team brings" is praise) unless
it is a name and no word of a detail is beside it ("a second office in Galway"). A topic about a
real detail that gives it another number or another name than the notes do is a near miss, and
invented too (coach.checks.detail_near). A plan of the reader's dated ahead ("the sampling robot
going in at milk reception this winter") that adds two rare words the notes lack, at least as
many as it shares with them, is a new project beside a real word, not a paraphrase of one. A
moment of the reader's story retold as a clause ("your account of the morning a south-westerly
stopped the first boat") is in the teller's words, not the notes', and is not judged. Nor is one aim
told as pursued without harming, or ahead of, another ("shortening calls without letting the
scores slip") unless it names what the notes lack: it retells a noted problem in other words.
A story of the reader's ("your story about ...") that touches a detail may hold one rare word
more, and a person of it is judged with the who-clause that says what the story told of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from coach.checks.base import CheckKind, Context, Hit, Params, per_message, per_notes
from coach.checks.detail_claims import claimed_topics, reader_work
from coach.checks.detail_near import near_miss, notes_acronyms, spelt_acronyms
from coach.checks.detail_slots import is_place
from coach.checks.detail_vocabulary import (
    is_name,
    known_words,
    name_concepts,
    text_vocabulary,
    vocabulary,
)
from coach.checks.detail_words import (
    DEFAULT,
    Normalise,
    _base,
    _found,
    concept,
    shorter_relatives,
    units,
)
from coach.models import Notes
from coach.pattern_cache import compile_pattern
from coach.plain import Field
from coach.text import WORD, Doc, lazy_compile


class UnsupportedParams(Params):
    max_words: int = Field(4, description="content words of the claimed topic to read")
    places: list[str] = Field(
        [],
        description="nouns for a place ('site', 'office'): a phrase such as 'at the Kildare "
        "site' says where a topic is, not what it is, so the topic is judged without it (an "
        "invented topic pinned to a real place: 'battery storage at the Kildare site')",
    )
    common: int = Field(
        0,
        ge=0,
        description="a claimed topic must hold a word in fewer than this many sentences of "
        "follow-up prose (rules/lexicon/follow-up-words.txt) to be reported: 'the thinking "
        "behind the move' names nothing specific; 0 reports any topic",
    )
    swapped: bool = Field(
        False,
        description="a system or product name the notes never use, told as what holds a "
        "detail's work ('loaded into Maximo' when the notes say SAP PM): coach.checks."
        "detail_swapped",
    )
    numbers: bool = Field(
        False,
        description="also report a detail told with another number than the notes give it, "
        "outside a claimed topic ('the survey of sixty panels' for 'the survey of 40 panels')",
    )
    presupposed: bool = Field(
        False,
        description="also report a project of the reader's that the message presupposes with "
        "'your' in words the notes never use ('your business plan', 'your new delivery app')",
    )
    attributed: bool = Field(
        False,
        description="also report a topic credited to the reader ('your point about X') that "
        "the notes credit to another interviewer ('Tad: dental packages')",
    )
    offers: bool = Field(
        False,
        description="also report thanks for an offer or invitation that no detail records "
        "('thank you for offering me a trial week on the boats'): coach.checks.detail_offers",
    )
    negated: bool = Field(
        False,
        description="also report a detail told as heard and denied where the notes deny "
        "nothing ('glad to hear that the roster never includes weekends' for 'on call one "
        "weekend in four'): coach.checks.detail_negated",
    )
    calendar: bool = Field(
        False,
        description="also report a detail told with another weekday or month than the notes "
        "give it ('the Friday sailing' for 'the Tuesday sailing'): coach.checks.detail_calendar",
    )
    slots: bool = Field(
        False,
        description="also report a detail told with another place or time of day than the "
        "notes give it ('shipped from Lisbon' for 'shipped from Porto', 'the vans leave at "
        "noon' for 'vans out 6 pm'): coach.checks.detail_slots",
    )
    synonym_common: int = Field(
        0,
        ge=0,
        description="a claimed word that WordNet gives as a synonym of a word of a detail, in "
        "fewer than this many sentences of follow-up prose, is that word: 'administering oaths' "
        "for 'swearing in witnesses' (coach.checks.detail_synonyms); 0 turns synonyms off",
    )
    normalise: Normalise = Field(DEFAULT, description="how words are compared")


#: rare words of a claimed topic, not in the notes, that make it invented although it also
#: names a place of the notes or a word of the role ("the floating solar pilot on the Kano
#: reservoir" for a Solar Engineer whose notes name Kano)
_LOOSE = 2


def _weak(
    notes: Notes, method: Normalise
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Concepts of the notes that do not alone make a claimed topic real: the words of the role
    and the people's titles that no detail has, nor a word of its family ("inspector" is no
    weak word where a detail has "inspections"); and the names a detail gives as a place, after
    a preposition, which say where a topic is, not what it is ("a pilot on the Kano reservoir"
    when a detail names "the Kano mini-grid"; a detail's own subject, "PAMGuard + Raven Pro
    workflow", is no place). Then the details' own concepts, and those cut short
    (coach.checks.detail.shorter_relatives), for a word of a detail in a topic."""
    named, details, related = per_notes(
        notes, f"detail-support:{method}", lambda n: _details_support(n, method), ("details",)
    )
    titles = [notes.role, *(p.title or "" for p in notes.interviewers)]
    context = frozenset(
        c
        for t in titles
        for c in text_vocabulary(t, method)
        if c not in details and not _found(c, details, related)
    )
    return context, named, details, related


def _details_support(
    notes: Notes, method: Normalise
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from coach.checks.detail_forms import proper_names
    from coach.checks.names_spelling import english_words

    details = frozenset().union(*(text_vocabulary(d, method) for d in notes.details))
    named = frozenset(
        c
        for d in notes.details
        for n in proper_names(d, english_words(), frozenset())
        if _is_place(d, n) and (c := concept(n, method)) is not None
    )
    return named, details, frozenset(shorter_relatives(set(details)))


def _is_place(detail: str, name: str) -> bool:
    """Whether the detail gives the name (lower case) after a preposition of place, within a
    few words ("courts in Bathurst and Edmundston")."""
    words = [w.lower() for w in WORD.findall(detail)]
    for i, word in enumerate(words):
        own = name in (word, word.removesuffix("'s").removesuffix("’s"))
        if own and any(w in _WHERE for w in words[max(0, i - _PLACE_REACH) : i]):
            return True
    return False


#: words back from a name to the preposition that makes it a place
_PLACE_REACH = 4


#: a time still to come: a plan of the reader's, not a detail told ("next spring", "this winter")
_LATER = lazy_compile(
    r"\b(?:next|this|by|before) (?:spring|summer|autumn|fall|winter|year|season|month|quarter)\b",
    re.I,
)

#: where the clause that tells a topic ends: "the mill you said the firm will open next year."
_CLAUSE_END = lazy_compile(r"[.!?;\n]")

#: a moment of a story the reader told, as a clause that needs no "when": "the morning a
#: south-westerly stopped the first boat", "the afternoon the wind came around". Retold in the
#: candidate's own words, it shares few with the notes' line for it
_ANECDOTE = lazy_compile(
    r"\s*(?:the|that) (?:day|morning|afternoon|evening|night|week|time|shift|season|winter|"
    r"summer|spring|autumn) (?:the|a|an|your|our|his|her|their|we|you|they|he|she|it)\b",
    re.I,
)

#: a story the reader told, named before the topic: "your story about", "his account of"
_STORY = lazy_compile(
    r"\b(?:story|stories|account|anecdote|tale)\s+(?:about|of)\s+(?:the\s+|a\s+|an\s+)?$", re.I
)
#: a person of the reader's story, then what the story tells of them: "the man in Toronto
#: you mentioned, who had searched for his grandfather's parish registers"
_WHO = lazy_compile(r"[^.!?;\n]{0,40}?\bwho(?:se)?\b(?P<rest>[^.!?;\n]*)", re.I)


def _told_of(
    text: str, end: int, details: frozenset[str], related: frozenset[str], method: Normalise
) -> bool:
    """Whether a claimed topic goes on to a clause about a person ("..., who wrote looking for
    her great-grandmother's baptism") that names a word of a detail: a detail told through an
    example the reader gave, not a topic of its own."""
    m = _WHO.match(text, end)
    if m is None:
        return False
    return any(
        _found(c, details, related)
        for w in WORD.findall(m.group("rest"))
        if (c := concept(w, method)) is not None and not c.startswith("~")
    )


#: a claim going on to a second topic: "your account of the morning ..., and of the delays"
_GOES_ON = lazy_compile(
    r"[^.!?;\n]*?,\s*(?:and|as well as)\s+(?:also\s+)?(?:about|of|on|regarding)\s+", re.I
)

#: where a topic named before its sentence's verb ends: the verb of how it stayed with the
#: candidate ("... stuck with me", "... stayed with me"), or a spaced dash that opens an aside
_VERB_AFTER = lazy_compile(
    r"\s(?:stuck|stayed|stays|sticks|struck|resonated|stood out)\b|\s[-–—]\s", re.I
)

#: one aim pursued without harming, or ahead of, another, both told as doings: "shortening calls
#: without letting the satisfaction scores slip", "fixing the knowledge base before chasing
#: shorter calls". It is the candidate's reading of a problem the notes jot in their own words
#: ("handle time down without hurting CSAT"), a paraphrase, not a topic of its own
_TRADE_OFF = lazy_compile(
    r"\s*(?:(?:the|your|our) )?[a-z]+ing\b[^.!?;\n]*?\b(?:without|before|rather than|instead of) "
    r"[a-z]+ing\b",
    re.I,
)

#: a template field: placeholder-left reports it, and the topic around it is not yet written
_PLACEHOLDER = lazy_compile(r"[\[{<]")

#: a name after one of these says where the topic is
_WHERE = frozenset({"at", "in", "on", "for", "near", "from", "across", "around", "to"})


@lru_cache(maxsize=16)
def _place_phrase(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """ "at the Kildare site", "in our Dublin office": where, not what. Compiled through the
    pattern store (coach.pattern_cache): the rule's place nouns make it the longest pattern a
    one-file check compiles, and they change only with the rule."""
    return compile_pattern(
        r"\s(?:at|in|near|on|from) (?:the |our |your |its |their |a )?(?:[\w'’\-]+ ){0,3}?"
        rf"(?:{'|'.join(re.escape(n) for n in nouns)})\b",
        re.I,
    )


def _parts(words: list[re.Match[str]], unit: str, method: Normalise) -> list[str]:
    """The word parts a unit of `units` stands for: of a hyphenated word read as two units
    ("short-staffed"), only the part of this one."""
    parts = [p for w in words for p in w.group().split("-") if p]
    if len(words) == 1 and len(parts) > 1:
        own = [p for p in parts if concept(p, method) == unit]
        return own or parts
    return parts


def invented_topics(
    doc: Doc,
    notes: Notes,
    method: Normalise,
    places: tuple[str, ...] = (),
    max_words: int = 4,
    common: int = 0,
    synonym_common: int = 0,
) -> list[tuple[int, int, str]]:
    """The invented topics (see `_invented_topics`), read once per message: detail-unsupported
    reports them and detail-missing takes them out (coach.checks.detail_agree), with the same
    parameters."""
    key = ("invented-topics", method, places, max_words, common, synonym_common)
    return per_message(
        doc,
        notes,
        key,
        lambda: list(
            _invented_topics(doc, notes, method, places, max_words, common, synonym_common)
        ),
    )


def _invented_topics(
    doc: Doc,
    notes: Notes,
    method: Normalise,
    places: tuple[str, ...],
    max_words: int,
    common: int,
    synonym_common: int,
) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each topic the message claims was discussed ("our conversation
    about X", "the X we talked about") that is in neither the notes nor the role. With
    `common`, a topic must name something specific: a word in fewer than `common` sentences
    of follow-up prose (coach.checks.detail_specific); "the thinking behind the move" names
    nothing that could be invented. With `synonym_common`, a claimed word in fewer sentences
    than that which is a synonym of a word of a detail is that word ("administering oaths" for
    "swearing in witnesses"; coach.checks.detail_synonyms)."""
    topics = claimed_topics(doc)
    if not topics:
        return  # most messages claim no topic: the notes' vocabulary is then never needed
    if common:
        from coach.checks.detail_specific import sentence_counts

        counts = sentence_counts()
    noted, shorter = per_notes(notes, f"vocabulary:{method}", lambda n: vocabulary(n, method))
    # the company's and people's names say nothing about the topic ("Acme's expansion")
    names = per_notes(
        notes,
        f"name-concepts:{method}",
        lambda n: name_concepts(n, method),
        uses=("company", "candidate", "interviewers"),
    )
    context, named, details, related = per_notes(
        notes, f"weak-support:{method}", lambda n: _weak(n, method)
    )
    bare = per_notes(notes, f"name-bases:{method}", lambda n: _name_bases(n, method))

    def _grouped(unit: list[re.Match[str]], c: str, bases: frozenset[str]) -> bool:
        """Whether a unit is a detail's word that meets the names only through a group."""
        own = {_base(p, method) for w in unit for p in w.group().split("-") if p}
        return c.startswith("=") and _found(c, details, related) and not own & bases

    place = _place_phrase(places) if places else None
    known = per_notes(notes, "detail-known-words", known_words)
    acronyms = notes_acronyms(notes)
    synonyms: frozenset[str] | None = None  # built on the first rare word the notes lack
    story = -1  # where the last moment of a story retold ends
    for start, topic in topics:
        clause = _CLAUSE_END.search(doc.plain, start)
        if _PLACEHOLDER.search(doc.plain, start, clause.start() if clause else len(doc.plain)):
            # a sentence left to fill in ("the lessons from [insert project name]", "..., and
            # I'd love to follow the [insert project] work"): a template, not yet written
            continue
        if _ANECDOTE.match(topic):
            story = start + len(topic)
            continue  # a moment of a story retold: its words are the teller's, not the notes'
        if 0 <= story <= start and _GOES_ON.fullmatch(doc.plain, story, start):
            continue  # "the morning the gale came, and of the knock-on effect": the same story
        if cut := _VERB_AFTER.search(topic):  # "the strain lost in a hot summer stuck with me"
            topic = topic[: cut.start()]
        if common and near_miss(topic, notes, method, names, known):
            words = list(WORD.finditer(topic))
            lead = len(topic) - len(topic.lstrip())
            yield start + lead, start + words[-1].end(), topic[lead : words[-1].end()]
            continue
        if place is not None:  # blank it out, keeping offsets
            topic = place.sub(lambda m: " " * len(m.group()), topic)
        claimed: set[str] = set()
        read = 0  # concepts read, but for words of the notes common in any follow-up
        specific = not common
        supported = False  # a rare concept of the notes is in the topic, not only as a place
        loose = 0  # rare concepts of the topic that the notes do not have
        backed = 0  # rare concepts of the topic that the notes have
        name = False  # a loose concept is a name
        touches = False  # a concept of a detail, rare or not, is in the topic
        end = 0
        words = list(WORD.finditer(topic))
        texts = [w.group().lower() for w in words]
        spelt = spelt_acronyms([w.group() for w in words], acronyms)
        # read up to max_words concepts; a generic one ("your past experience", "current
        # projects") names no topic of its own
        for first, last, c in units([w.group() for w in words], method):
            if c.startswith("~") or (c in names and not _grouped(words[first:last], c, bare)):
                continue  # "Acme's expansion"; but a word of a detail's that only shares a
                # synonym group with a word of the names is the detail's ("lorries" for a
                # detail's "truck turnaround" beside "Container Terminal")
            claimed.add(c)
            end = words[last - 1].end()
            # a name (a capitalised word that is no English word) is specific however often
            # follow-up prose names it: "a new operating centre in Leeds"
            rare = bool(common) and any(
                counts.get(_base(p, method), 0) < common or is_name(p)
                for p in _parts(words[first:last], c, method)
            )
            specific = specific or rare
            # a claimed word of a detail's family ("registered" for "registration") is no
            # invented topic, as it is no missing one for coverage
            hit = _found(c, noted, shorter) or first in spelt
            said = False
            if synonym_common and rare and not hit:
                if synonyms is None:
                    from coach.checks.detail_synonyms import notes_synonyms

                    synonyms = notes_synonyms(notes, method, synonym_common)
                parts = _parts(words[first:last], c, method)
                said = any(_base(p, method) in synonyms for p in parts)
            hit = hit or said
            if hit:
                where = c in named and any(t in _WHERE for t in texts[:first])
                touches = touches or (not where and (said or _found(c, details, related)))
                supported = supported or (rare and not (c in context or where))
            loose += rare and not hit
            backed += rare and hit
            # a name the notes lack ("Jurong", "Massey", "HACCP") names a topic alone; a
            # capitalised English word that is no place ("the Planning Division") is the
            # employer's own unit
            name = name or (rare and not hit and any(_named(w.group()) for w in words[first:last]))
            read += not hit or rare
            if read >= max_words:
                break
        found = supported or any(_found(c, noted, shorter) for c in claimed)
        # a story of the reader's that touches a detail is retold in the teller's words: one
        # rare word more than elsewhere is no new topic ("your story about the seeds lost in
        # one scorching dry season"), but a story of new things is ("the seasonal penguin census")
        retold = touches and not name and loose <= _LOOSE
        if retold and _STORY.search(doc.plain, max(0, start - 40), start):
            continue
        if not touches and _told_of(doc.plain, start + len(topic), details, related, method):
            continue  # "the man in Toronto you mentioned, who ... parish registers"
        if not name and _TRADE_OFF.match(topic):
            continue  # "shortening calls without letting the scores slip": an aim, retold
        # one rare word the notes lack, unless a name, is too thin a topic to call invented:
        # "the craftsmanship the team brings" praises; "a second office in Galway" names
        # ... and so, beside a word of a detail, is a new name ("load tests ahead of the Diwali
        # sale" for "load testing before the festive season sale")
        # the reader's work under way or intended, apart from every detail, is named by one
        # rare word: "the triploid trial you're planning"
        work = loose and not touches and reader_work(doc.plain, start, start + len(topic))
        weighty = not common or loose >= _LOOSE or (name and not touches) or work
        # a plan dated ahead, more new than noted, is a new project on a real detail's thing
        clause = _CLAUSE_END.search(doc.plain, start + len(topic))
        stop = clause.start() if clause else len(doc.plain)
        plan = bool(_LATER.search(doc.plain, start, stop))
        outweighed = bool(common) and plan and loose >= _LOOSE and loose >= backed
        if (
            specific
            and claimed
            and weighty
            and (not found or (common and (not supported or outweighed)))
        ):
            lead = len(topic) - len(topic.lstrip())
            yield start + lead, start + end, topic[:end].strip()


def _name_bases(notes: Notes, method: Normalise) -> frozenset[str]:
    """Bases of the words of the company's, the candidate's and the interviewers' names."""
    texts = [notes.company.name, *notes.company.aliases, notes.candidate.name]
    texts += [p.name for p in notes.interviewers]
    return frozenset(_base(w, method) for t in texts for w in WORD.findall(t))


def _named(word: str) -> bool:
    """Whether a word of a topic reads as a name: an acronym ("HACCP"), a capitalised word that
    is no English word ("Jurong"), or a place of the gazetteer ("Reading")."""
    if not word[:1].isupper():
        return False
    return (len(word) > 1 and word.isupper()) or is_name(word) or is_place(word)


def _take(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether start..end overlaps no span already reported; if so it is added to them."""
    if any(s <= start < e or start <= s < end for s, e in spans):
        return False
    spans.append((start, end))
    return True


class Unsupported(CheckKind):
    """`detail-unsupported`: a claimed topic that is in neither the notes nor the role."""

    name = "detail_unsupported"
    Params = UnsupportedParams

    def run(self, doc: Doc, ctx: Context, rule: Any, params: UnsupportedParams) -> Iterator[Hit]:
        notes = ctx.notes
        if notes is None or not notes.details:
            return
        places = tuple(params.places)
        spans: list[tuple[int, int]] = []
        for start, end, text in invented_topics(
            doc,
            notes,
            params.normalise,
            places,
            params.max_words,
            params.common,
            params.synonym_common,
        ):
            spans.append((start, end))
            yield Hit(
                start,
                end,
                {"topic": text},
                "Mention only topics you really discussed (see the notes' details)",
            )
        if params.presupposed:  # "your business plan", a project of the reader's
            from coach.checks.detail_claims import presupposed_projects

            known = per_notes(notes, "detail-known-words", known_words)
            for start, end, text in presupposed_projects(doc, known):
                if _take(spans, start, end):
                    yield Hit(start, end, {"topic": text}, "Mention only what you discussed")
        if params.attributed:
            from coach.checks.detail_owner import misattributed

            for start, end, text in misattributed(doc, notes, ctx.recipient, params.normalise):
                if _take(spans, start, end):
                    yield Hit(
                        start,
                        end,
                        {"topic": text},
                        "Credit each topic to the interviewer who raised it (see the notes)",
                    )
        if params.offers:  # "thank you for offering me a trial week", never offered
            from coach.checks.detail_offers import unrecorded_offers

            for start, end, text in unrecorded_offers(doc, notes, params.normalise):
                if _take(spans, start, end):
                    yield Hit(
                        start,
                        end,
                        {"topic": text},
                        "Thank them only for what they offered (see the notes' details)",
                    )
        if params.negated:  # "glad to hear that the roster never includes weekends"
            from coach.checks.detail_negated import denied_details

            for start, end, text in denied_details(doc, notes, params.normalise):
                if _take(spans, start, end):
                    yield Hit(start, end, {"topic": text}, "Check what you heard against the notes")
        if params.calendar:  # "the audit is planned for March" for "audit in November"
            from coach.checks.detail_calendar import wrong_calendar
            from coach.checks.detail_specific import own_spans

            for start, end, text in wrong_calendar(doc, notes, params.normalise, own_spans(doc)):
                if not any(s <= start < e for s, e in spans):
                    spans.append((start, end))
                    yield Hit(start, end, {"topic": text}, "Check the day against the notes")
        if params.slots:  # "the vans leave at noon" for "vans out 6 pm"
            from coach.checks.detail_slots import wrong_slots
            from coach.checks.detail_specific import own_spans

            for start, end, text, what in wrong_slots(doc, notes, params.normalise, own_spans(doc)):
                if _take(spans, start, end):
                    advice = "Check the place" if what == "place" else "Check the time"
                    yield Hit(start, end, {"topic": text}, f"{advice} against the notes")
        if params.numbers:
            from coach.checks.detail_retold import retold_wrong

            for start, end, text, advice in retold_wrong(
                doc, notes, ctx.kind, params.normalise, params.swapped
            ):
                if not any(s <= start < e for s, e in spans):
                    spans.append((start, end))
                    yield Hit(start, end, {"topic": text}, advice)
