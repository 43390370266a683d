"""`detail-unsupported`: a topic the message claims was discussed ("our conversation about X",
"the X we talked about", "to hear about X") that is in neither the notes nor the role.

A claimed topic is read as concepts, the way detail coverage reads a detail (coach.checks.detail).
A topic of only words common in follow-up prose names nothing that could be invented. A rare
word of the notes in it makes it a paraphrase of something real ("the humidity readings since
the roofers came" for "damp in the gallery since the roof repairs"), but a word of the role or
a title that no detail has, or a detail's place name after a preposition, says only whose or
where: a topic whose other words hold two rare ones the notes lack is invented ("the floating
pilot on the Kano reservoir" when the notes name Kano for a mini-grid).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from pydantic import Field

from coach.checks.base import CheckKind, Context, Hit, Params, per_notes
from coach.checks.detail import (
    DEFAULT,
    Normalise,
    _base,
    _found,
    concept,
    concepts,
    shorter_relatives,
    units,
)
from coach.models import Notes
from coach.text import WORD, Doc, lazy_compile

# A claim that a topic was discussed, with the topic after it ("our conversation about X") ...
CLAIM = lazy_compile(
    r"\b(?:(?:our|the|that|a) (?:\w+ )?(?:conversation|discussion|chat|talk|exchange)s? "
    r"(?:about|on|regarding|around|of)"
    r"|(?:we|you) (?:discussed|talked about|covered|spoke about|went over|walked me through)"
    # the verb in any form: "hearing about", "to hear about", "to talk through"
    r"|(?:discussing|talk(?:ing)? (?:about|through)|(?:hear|learn)(?:ing)?(?: more)? about|"
    r"hearing your thoughts on)"
    r"|your (?:insights?|thoughts|perspective|views?) (?:on|about|into))\s+"
    r"(?P<topic>[^.,;:!?\n—–]{3,120})",
    re.I,
)
# ... or before it ("the retry handling we talked about")
CLAIM_BEFORE = lazy_compile(
    r"\b(?:the|your|our) (?P<topic>(?:[^\W\d_][\w'’\-]* ){1,6}?)(?:that |which )?(?:we|you) "
    r"(?:discussed|talked about|spoke about|covered|went over|touched on)\b",
    re.I,
)
_TOPIC_END = lazy_compile(
    r"\b(?:and (?:I|I'd|I'm|would|will|look|hope|it|how|why|what|am|was)|"
    r"which|that|because|as well|so|but|with you"
    # the verb of the sentence the claim opens: "hearing about your plans was helpful"
    r"|was|were|has been|have been|made me|gave me|left me)\b",
    re.I,
)
# a topic named before the claim is a noun phrase: "what we discussed" names none
_NOT_A_NOUN_PHRASE = lazy_compile(r"\b(?:what|how|why|where|when|who|to|is|are|was|were)\b", re.I)
# "the migration we discussed is exactly ..." names its topic before the claim, not after it
_NOT_A_TOPIC = lazy_compile(
    r"(?:is|was|are|were|has|had|have|will|would|could|should|sounds?|"
    r"seems?|really|very|so|too|earlier|today|yesterday|last)\b",
    re.I,
)


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
    normalise: Normalise = Field(DEFAULT, description="how words are compared")


def _vocabulary(notes: Notes, method: Normalise) -> frozenset[str]:
    """Concepts of what the notes name: each text's units, and each of its words alone."""
    texts = [
        *notes.details,
        notes.role,
        notes.company.name,
        notes.timeline.said or "",
        *(p.title or "" for p in notes.interviewers),
        *notes.company.aliases,
        *(m.what for m in notes.materials),
    ]
    return frozenset().union(*(_text_vocabulary(text, method) for text in texts))


@lru_cache(maxsize=8192)
def _text_vocabulary(text: str, method: Normalise) -> frozenset[str]:
    """Concepts of one text of the notes: its units, and each of its words alone."""
    words = WORD.findall(text)
    alone = {c for w in words for p in w.split("-") if (c := concept(p, method)) is not None}
    return frozenset(concepts(words, method) | alone)


def _name_concepts(notes: Notes, method: Normalise) -> frozenset[str]:
    texts = [
        notes.company.name,
        *notes.company.aliases,
        notes.candidate.name,
        *(p.name for p in notes.interviewers),
    ]
    return frozenset(c for t in texts for c in concepts(WORD.findall(t), method))


#: rare words of a claimed topic, not in the notes, that make it invented although it also
#: names a place of the notes or a word of the role ("the floating solar pilot on the Kano
#: reservoir" for a Solar Engineer whose notes name Kano)
_LOOSE = 2


def _weak(notes: Notes, method: Normalise) -> tuple[frozenset[str], frozenset[str]]:
    """Concepts of the notes that do not alone make a claimed topic real: the words of the role
    and the people's titles that no detail has; and the details' own names, which after a
    preposition say where a topic is, not what it is ("a pilot on the Kano reservoir")."""
    from coach.checks.detail_forms import proper_names
    from coach.checks.names_spelling import english_words

    details = frozenset().union(*(_text_vocabulary(d, method) for d in notes.details))
    titles = [notes.role, *(p.title or "" for p in notes.interviewers)]
    context = frozenset().union(*(_text_vocabulary(t, method) for t in titles)) - details
    named = frozenset(
        c
        for d in notes.details
        for n in proper_names(d, english_words(), frozenset())
        if (c := concept(n, method)) is not None
    )
    return context, named


#: a template field: placeholder-left reports it, and the topic around it is not yet written
_PLACEHOLDER = lazy_compile(r"[\[{<]")

#: a name after one of these says where the topic is
_WHERE = frozenset({"at", "in", "on", "for", "near", "from", "across", "around", "to"})

_TOPIC_SPLIT = lazy_compile(
    r"\s+(?:and|as well as|along with)\s+(?=(?:about|the|your|how|what)\b)", re.I
)


def _segments(topics: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """ "the role and about Acme's plans for Looker" claims two topics; each is read alone."""
    for start, topic in topics:
        at = 0
        for part in _TOPIC_SPLIT.split(topic):
            offset = topic.find(part, at)
            at = offset + len(part)
            yield start + offset, part


@lru_cache(maxsize=16)
def _place_phrase(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """ "at the Kildare site", "in our Dublin office": where, not what."""
    return re.compile(
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
) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each topic the message claims was discussed ("our conversation
    about X", "the X we talked about") that is in neither the notes nor the role. With
    `common`, a topic must name something specific: a word in fewer than `common` sentences
    of follow-up prose (coach.checks.detail_specific); "the thinking behind the move" names
    nothing that could be invented."""
    if common:
        from coach.checks.detail_specific import sentence_counts

        counts = sentence_counts()
    vocabulary = per_notes(notes, f"vocabulary:{method}", lambda n: _vocabulary(n, method))
    shorter = per_notes(
        notes, f"vocabulary-shorter:{method}", lambda _: shorter_relatives(set(vocabulary))
    )
    topics = []
    for m in CLAIM.finditer(doc.plain, doc.body_start):
        topic = m.group("topic")
        if _NOT_A_TOPIC.match(topic):
            continue
        cut = _TOPIC_END.search(topic)
        topics.append((m.start("topic"), topic[: cut.start()] if cut else topic))
    topics += [
        (m.start("topic"), m.group("topic"))
        for m in CLAIM_BEFORE.finditer(doc.plain, doc.body_start)
        if not _NOT_A_NOUN_PHRASE.search(m.group("topic"))
    ]
    # the company's and people's names say nothing about the topic ("Acme's expansion")
    names = per_notes(
        notes,
        f"name-concepts:{method}",
        lambda n: _name_concepts(n, method),
        uses=("company", "candidate", "interviewers"),
    )
    context, named = per_notes(notes, f"weak-support:{method}", lambda n: _weak(n, method))
    place = _place_phrase(places) if places else None
    for start, topic in _segments(topics):
        if _PLACEHOLDER.search(topic):
            continue  # a topic left to fill in ("the lessons from [insert project name]")
        if place is not None:  # blank it out, keeping offsets
            topic = place.sub(lambda m: " " * len(m.group()), topic)
        claimed: set[str] = set()
        read = 0  # concepts read, but for words of the notes common in any follow-up
        specific = not common
        supported = False  # a rare concept of the notes is in the topic, not only as a place
        loose = 0  # rare concepts of the topic that the notes do not have
        end = 0
        words = list(WORD.finditer(topic))
        texts = [w.group().lower() for w in words]
        # read up to max_words concepts; a generic one ("your past experience", "current
        # projects") names no topic of its own
        for first, last, c in units([w.group() for w in words], method):
            if c in names or c.startswith("~"):
                continue
            claimed.add(c)
            end = words[last - 1].end()
            rare = bool(common) and any(
                counts.get(_base(p, method), 0) < common
                for p in _parts(words[first:last], c, method)
            )
            specific = specific or rare
            # a claimed word of a detail's family ("registered" for "registration") is no
            # invented topic, as it is no missing one for coverage
            hit = _found(c, vocabulary, shorter)
            if hit and rare:
                where = c in named and any(t in _WHERE for t in texts[:first])
                supported = supported or not (c in context or where)
            loose += rare and not hit
            read += not hit or rare
            if read >= max_words:
                break
        found = supported or any(_found(c, vocabulary, shorter) for c in claimed)
        if specific and claimed and (not found or (common and not supported and loose >= _LOOSE)):
            lead = len(topic) - len(topic.lstrip())
            yield start + lead, start + end, topic[:end].strip()


class Unsupported(CheckKind):
    """`detail-unsupported`: a claimed topic that is in neither the notes nor the role."""

    name = "detail_unsupported"
    Params = UnsupportedParams

    def run(self, doc: Doc, ctx: Context, rule: Any, params: UnsupportedParams) -> Iterator[Hit]:
        notes = ctx.notes
        if notes is None or not notes.details:
            return
        places = tuple(params.places)
        for start, end, text in invented_topics(
            doc, notes, params.normalise, places, params.max_words, params.common
        ):
            yield Hit(
                start,
                end,
                {"topic": text},
                "Mention only topics you really discussed (see the notes' details)",
            )
