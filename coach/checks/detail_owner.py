"""A topic credited to the reader that the notes credit to another interviewer, for
`detail-unsupported`: "your thoughts on the dental packages" to the clinical director, when the
notes say "Tad: dental pkgs ~30/mth -> target 50". The topic is in the notes, but not as the
reader's: thanking someone for a colleague's point tells them the candidate mixed them up.

A detail names its owner with a leading "Name:" (the whole detail is theirs), or with the name
inside one of its clauses ("...; Hamish wants capnography on every GA": that clause is his). A
message credits a topic to the reader with "your" and a word for what a person says or plans
("your point about X", "your plan to X", "your firm line on X"); a group's or a title's ("your
team's plan", "your Clinical Director's wish") credits someone else, and is left alone. The
topic is the clause of the notes it shares most concepts with (two at least, and more than any
other clause); it is reported when that clause has owners and the reader is none of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from coach.checks.base import per_notes
from coach.checks.detail_words import Normalise, _found, concepts, shorter_relatives
from coach.models import Interviewer, Notes
from coach.text import WORD, Doc, lazy_compile

#: "your" and what a person says, thinks or plans, then what it is about
_CREDITED = lazy_compile(
    r"\byour (?:[a-z]+ ){0,2}?(?:insistence|thoughts|points?|explanation|plans?|aims?|goals?|"
    r"focus|line|overview|description|account|emphasis|vision|ideas?|approach|wish|concerns?|"
    r"comments?|remarks?|views?|perspective|take|stor(?:y|ies)|insights?|honesty|candou?r|worr(?:y|ies)|"
    r"passion|push|priorit(?:y|ies)|hopes?|ambitions?)"
    r" (?:on|about|of|for|to|regarding|around|into|behind|over|that|with)"
    r"\s+(?P<topic>[^.,;:!?\n—–]{3,160})",
    re.I,
)
#: what a credited noun is about, and the topic after it
_ABOUT = (
    r" (?:on|about|of|for|to|regarding|around|into|behind|over|that|with)"
    r"\s+(?P<topic>[^.,;:!?\n—–]{3,160})"
)


@lru_cache(maxsize=64)
def _credited_as(nouns: frozenset[str]) -> re.Pattern[str]:
    """ "your rule of ...", "your briefing on ...": the reader credited with a thing the notes
    name by its owner's possessive."""
    words = "|".join(sorted(map(re.escape, nouns)))
    return re.compile(rf"\byour (?:[a-z]+ ){{0,2}}?(?:{words})s?{_ABOUT}", re.I)


#: where a credited topic ends: the next clause of the sentence
_END = lazy_compile(
    r",|\b(?:and|but|so|which|because) (?:I|I'd|I'm|I've|it|that|this|we|you|also)\b", re.I
)
#: "Name:" at the head of a detail
_LEAD = lazy_compile(r"^\s*(?P<who>[^:;]{1,40}?):")
#: concepts two texts must share for one to be about the other
_SHARED = 2


def _forms(person: Interviewer) -> frozenset[str]:
    """The words a note-taker writes a person by: first name, surname, aliases."""
    return frozenset({person.first, person.last, *person.aliases})


def _named(text: str, people: list[Interviewer]) -> frozenset[str]:
    """Full names of the people the text names by a capitalised form of theirs, alone or as a
    possessive ("Dr. Vos's plan": the plan is hers)."""
    words = {w.removesuffix("'s").removesuffix("’s") for w in WORD.findall(text)}
    return frozenset(p.name for p in people if _forms(p) & words)


#: an owner's possessive and the noun it owns, in a detail: "Ruairidh's rule", "Dr. Vos's plan"
_OWNED = lazy_compile(r"\b(?P<who>[A-Z][^\W\d_]+)['’]s? (?P<noun>[a-z]+)\b")


def _owned_nouns(notes: Notes) -> frozenset[str]:
    """The nouns the details give their owners ("Ruairidh's rule", "Dr. Bhutia's briefing"):
    "your rule" or "your briefing" in a message credits that kind of thing to the reader, in the
    notes' own word for it, whether or not it is a word for what a person says."""
    people = notes.interviewers
    return frozenset(
        m.group("noun").lower()
        for detail in notes.details
        for m in _OWNED.finditer(detail)
        if _named(m.group("who"), people)
    )


def _clauses(notes: Notes, method: Normalise) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """(concepts, owners) of each clause of the details: a "Name:" lead owns all its
    detail's clauses; a name inside a clause owns that clause."""
    people = notes.interviewers
    names = _name_concepts(notes, method)
    out = []
    for detail in notes.details:
        lead = _LEAD.match(detail)
        whole = _named(lead.group("who"), people) if lead else frozenset()
        body = detail[lead.end() :] if lead and whole else detail
        for clause in body.split(";"):
            own = concepts(WORD.findall(clause), method) - names
            if own:
                out.append((frozenset(own), whole | _named(clause, people)))
    return tuple(out)


def _name_concepts(notes: Notes, method: Normalise) -> frozenset[str]:
    """Concepts of the people's names: a name says whose a topic is, not what it is."""
    return frozenset(concepts(WORD.findall(" ".join(p.name for p in notes.interviewers)), method))


def misattributed(
    doc: Doc, notes: Notes, reader: Interviewer | None, method: Normalise
) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each topic the message credits to the reader that the notes
    credit to another interviewer only."""
    if reader is None or len(notes.interviewers) < 2:
        return
    clauses = per_notes(
        notes,
        f"owned-clauses:{method}",
        lambda n: _clauses(n, method),
        uses=("details", "interviewers"),  # a batch's copies of one interview's notes: once
    )
    if not any(owners for _, owners in clauses):
        return
    names = _name_concepts(notes, method)
    owned = per_notes(notes, "owned-nouns", _owned_nouns, uses=("details", "interviewers"))
    found = list(_CREDITED.finditer(doc.plain, doc.body_start))
    if owned:
        seen = {m.start() for m in found}
        more = _credited_as(owned).finditer(doc.plain, doc.body_start)
        found += [m for m in more if m.start() not in seen]
    for m in found:
        topic = m.group("topic")
        cut = _END.search(topic)
        topic = topic[: cut.start()] if cut else topic
        said = concepts(WORD.findall(topic), method) - names
        if len(said) < _SHARED:
            continue
        related = shorter_relatives(set(said))
        shares = [sum(_found(c, said, related) for c in own) for own, _ in clauses]
        most = max(shares)
        best = [owners for n, (_, owners) in zip(shares, clauses, strict=True) if n == most]
        if most < _SHARED or len(best) > 1 or not best[0] or reader.name in best[0]:
            continue
        start = m.start()
        yield (
            start,
            m.start("topic") + len(topic.rstrip()),
            doc.plain[start : m.start("topic") + len(topic.rstrip())],
        )
