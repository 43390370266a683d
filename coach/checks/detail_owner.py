"""A topic credited to the reader that the notes credit to another interviewer, for
`detail-unsupported`: "your thoughts on the dental packages" to the clinical director, when the
notes say "Tad: dental pkgs ~30/mth -> target 50". The topic is in the notes, but not as the
reader's: thanking someone for a colleague's point tells them the candidate mixed them up.

A detail names its owner with a leading "Name:" or "Name - " (the whole detail is theirs), or
with the name inside one of its clauses ("...; Hamish wants capnography on every GA": that
clause is his). A message credits a topic to the reader with "your" and a word for what a person
says or plans ("your point about X", "your plan to X", "your firm line on X"); a group's or a
title's ("your team's plan", "your Clinical Director's wish") credits someone else, and is left
alone. The topic is the clause of the notes it shares most concepts with (two at least, and more
than any other clause; a clock time, "6:30", counts as one and does not end the topic); it is
reported when that clause has owners and the reader is none of them, or when several clauses
tie and all are other interviewers'.

A message also credits a topic to the reader by telling it as the reader's doing ("you showed
me how a lot is graded", "you also raised the monthly tests") or by thanking the reader for it
("thank you for the walk round the still"): a thanks or a showing is owed to whoever gave it.
Such a reading runs to its clause's end, leaves out the role's and company's words (a thanks
for discussing the role names none of a colleague's topics), counts only what a clause is about,
not the place at its end where it is done (a walk through the hangar is no colleague's tool
control "in the hangar"), and is left alone when it names another interviewer ("thank you for
Beto's tour").

A message credits a topic to a colleague by name as well ("Wade's point about the water",
"Marcus's Saturday demonstrations"): it is reported when the notes give it to another
interviewer only, as a "your" reading is.
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
    r"passion|push|priorit(?:y|ies)|hopes?|ambitions?|walk-?through|rundown|breakdown|tour|"
    r"demonstration|demo)"
    r" (?:on|about|of|for|to|regarding|around|into|behind|over|that|with)"
    r"\s+(?P<topic>(?:[^.,;:!?\n—–]|(?<=\d)[:.,](?=\d)|,(?= \w+(?:,| and\b| or\b))){3,160})",
    re.I,
)
#: what a credited noun is about, and the topic after it
_ABOUT = (
    r" (?:on|about|of|for|to|regarding|around|into|behind|over|that|with)"
    r"\s+(?P<topic>(?:[^.,;:!?\n—–]|(?<=\d)[:.,](?=\d)|,(?= \w+(?:,| and\b| or\b))){3,160})"
)


@lru_cache(maxsize=64)
def _credited_as(nouns: frozenset[str]) -> re.Pattern[str]:
    """ "your rule of ...", "your briefing on ...": the reader credited with a thing the notes
    name by its owner's possessive."""
    words = "|".join(sorted(map(re.escape, nouns)))
    return re.compile(rf"\byour (?:[a-z]+ ){{0,2}}?(?:{words})s?{_ABOUT}", re.I)


#: the reader as the one who told, showed or gave it: "you also raised the monthly tests", "the
#: moment you took the sample to the meter and showed me how a lot is graded", "thank you for
#: the walk round the still" (thanking someone for a thing credits it to them)
_DONE_BY_READER = lazy_compile(
    r"(?:\byou (?:also |then |even |kindly |generously |patiently )?(?:showed|explained|described|"
    r"raised|mentioned|told|spoke|talked|walked|took|led|gave|shared|demonstrated|pointed|"
    r"brought|outlined|introduced|guided|set)\b"
    # the reader heard or watched at it: "hearing you explain how the ticket money is shared"
    r"|\b(?:hearing|watching|seeing|listening to) you (?:explain|describe|show|talk|walk|"
    r"demonstrate|outline|set out)\b"
    r"|\bthank(?:s| you)(?: (?:so|very) much)?(?: again| also)? for\b)"
    r"\s*(?P<topic>(?:[^.;:!?\n—–]|(?<=\d)[:.](?=\d)){3,200})",
    re.I,
)
#: an interviewer credited by name: "Wade's point about the water temperature", "Marcus's
#: Saturday demonstrations" (the name is checked against the people; the topic runs on as a
#: "your" reading's does)
_CREDITED_BY_NAME = lazy_compile(
    r"\b(?P<who>[A-Z][^\W\d_]+)['’]s\s+(?:[a-z]+ ){0,2}?(?:(?:insistence|thoughts|points?|"
    r"explanation|plans?|ideas?|approach|wish|concerns?|comments?|remarks?|views?|account|"
    r"description|stor(?:y|ies)|insights?|walk-?through|tour|demonstrations?|demos?|briefing)"
    r" (?:on|about|of|for|to|regarding|around|into|behind|over|that|with)\s+)?"
    r"(?P<topic>(?:[^.,;:!?\n—–]|(?<=\d)[:.,](?=\d)){3,160})"
)
#: an interviewer by name as the one who told or showed it: "Marcus explained how the kiln is
#: loaded", "when Wade showed me the water tests" (the name is checked against the people)
_TOLD_BY_NAME = lazy_compile(
    r"\b(?P<who>[A-Z][^\W\d_]+) (?:also |then |kindly )?(?:explained|described|showed|told me|"
    r"walked me through|demonstrated|outlined|talked about|spoke about)\b"
    r"\s*(?P<topic>(?:[^.;:!?\n—–]|(?<=\d)[:.](?=\d)){3,200})"
)
#: what the reader made, told before it: "the temperature log you designed for the freezers",
#: "the rota you introduced last spring" (a thing someone made is theirs)
_MADE_BY_READER = lazy_compile(
    r"\b(?:the|that) (?P<topic>(?:[^\W\d_][\w'’\-]* ){1,5}?)(?:that |which )?you (?:designed|"
    r"built|created|introduced|developed|wrote|drew up|set up|started|launched|devised)\b"
    r"(?P<rest>[^.;:!?\n—–]{0,80})",
    re.I,
)
#: where such a topic ends: a clause with a subject of its own ("..., and I agree")
_DONE_END = lazy_compile(
    r"\b(?:and|but|so|which|because|although|though) (?:I|I'd|I'm|I've|it|that|this|we)\b", re.I
)
#: where a credited topic ends: the next clause of the sentence
_END = lazy_compile(
    r",(?! \w+(?:,| and\b| or\b))|\b(?:and|but|so|which|because) (?:I|I'd|I'm|I've|it|that|"
    r"this|we|you|also)\b|\band (?=(?-i:[A-Z])[^\W\d_]+['’]s\b)",
    re.I,
)
#: "Name:" or "Name - " at the head of a detail
_LEAD = lazy_compile(r"^\s*(?P<who>[^:;]{1,40}?)(?::|\s+[-–—]\s)")
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


#: where a clause's work is done, at its end: "tool control with shadow boards in the float
#: hangar". A walk through the hangar shares the place, not the topic.
_WHERE_END = lazy_compile(
    r"\b(?:in|at|on|near|inside|around|across|through)\s+(?:(?:the|a|an|our|their|its)\s+)?"
    r"(?:[\w'’\-]+\s+){0,2}[\w'’\-]+\W*$",
    re.I,
)

Clause = tuple[frozenset[str], frozenset[str], frozenset[str]]

#: a clock time ("6:30", "11.30") names one thing as a rare word does: it counts as a concept
_CLOCK = lazy_compile(r"\b(\d{1,2})[:.](\d{2})\b")


#: a count of two digits or more ("38 knitters", "1,900 tests") names one thing as well
_COUNT = lazy_compile(r"(?<![\d:.,])(\d{1,3}(?:,\d{3})+|\d{2,})(?![\d:]|\.\d)")


def _clock(text: str) -> frozenset[str]:
    clocks = {f"@{int(h)}:{m}" for h, m in _CLOCK.findall(text)}
    counts = {f"#{n.replace(',', '')}" for n in _COUNT.findall(_CLOCK.sub(" ", text))}
    return frozenset(clocks | counts)


def _clauses(notes: Notes, method: Normalise) -> tuple[Clause, ...]:
    """(concepts, owners, concepts but the place at its end) of each clause of the details: a
    "Name:" lead owns all its detail's clauses; a name inside a clause owns that clause."""
    people = notes.interviewers
    names = _name_concepts(notes, method)
    out = []
    for detail in notes.details:
        lead = _LEAD.match(detail)
        whole = _named(lead.group("who"), people) if lead else frozenset()
        body = detail[lead.end() :] if lead and whole else detail
        for clause in body.split(";"):
            own = concepts(WORD.findall(clause), method) - names | _clock(clause)
            what = concepts(WORD.findall(_WHERE_END.sub("", clause)), method) - names
            what |= _clock(clause)
            if own:
                out.append((frozenset(own), whole | _named(clause, people), frozenset(what)))
    return tuple(out)


def _context(notes: Notes, method: Normalise) -> frozenset[str]:
    """Concepts of the people's names, the role and the company: "thank you for discussing the
    Lens Technician position" credits the reader with no detail's lens."""
    texts = [notes.role, notes.company.name, *notes.company.aliases]
    texts += [p.name for p in notes.interviewers]
    return frozenset(concepts(WORD.findall(" ".join(texts)), method))


def _company_pattern(notes: Notes) -> re.Pattern[str]:
    """The company's name and aliases, written whole: "the challenges ahead for Yell Sound
    Knitters" names the company, not the knitters of a detail."""
    names = sorted({notes.company.name, *notes.company.aliases} - {""}, key=len, reverse=True)
    return re.compile("|".join(rf"\b{re.escape(n)}\b" for n in names) or r"(?!)", re.I)


def _name_concepts(notes: Notes, method: Normalise) -> frozenset[str]:
    """Concepts of the people's names: a name says whose a topic is, not what it is."""
    return frozenset(concepts(WORD.findall(" ".join(p.name for p in notes.interviewers)), method))


def misattributed(
    doc: Doc, notes: Notes, reader: Interviewer | None, method: Normalise
) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each topic the message credits to the reader, or to an
    interviewer by name, that the notes credit to another interviewer only."""
    if reader is None or len(notes.interviewers) < 2:
        return
    clauses = per_notes(
        notes,
        f"owned-clauses:{method}",
        lambda n: _clauses(n, method),
        uses=("details", "interviewers"),  # a batch's copies of one interview's notes: once
    )
    if not any(owners for _, owners, _ in clauses):
        return
    names = _name_concepts(notes, method)
    owned = per_notes(notes, "owned-nouns", _owned_nouns, uses=("details", "interviewers"))
    found = list(_CREDITED.finditer(doc.plain, doc.body_start))
    if owned:
        seen = {m.start() for m in found}
        more = _credited_as(owned).finditer(doc.plain, doc.body_start)
        found += [m for m in more if m.start() not in seen]
    readings = [(m, _END, False, reader) for m in found]
    readings += [
        (m, _DONE_END, True, reader) for m in _DONE_BY_READER.finditer(doc.plain, doc.body_start)
    ]
    for m in _CREDITED_BY_NAME.finditer(doc.plain, doc.body_start):
        named = [p for p in notes.interviewers if m.group("who") in _forms(p)]
        if len(named) == 1:
            readings.append((m, _END, False, named[0]))
    for m in _TOLD_BY_NAME.finditer(doc.plain, doc.body_start):
        named = [p for p in notes.interviewers if m.group("who") in _forms(p)]
        if len(named) == 1:
            readings.append((m, _DONE_END, True, named[0]))
    readings += [
        (m, _DONE_END, True, reader) for m in _MADE_BY_READER.finditer(doc.plain, doc.body_start)
    ]
    company = per_notes(notes, "company-pattern", _company_pattern, uses=("company",))
    for m, end, done, credited in readings:
        if "rest" in m.re.groupindex:  # "the log you designed for ...": the verb blanked
            made = doc.plain[m.start("topic") : m.end()]
            verb = m.end("topic") - m.start("topic")
            topic = made[:verb] + " " * (m.start("rest") - m.end("topic")) + m.group("rest")
        else:
            topic = m.group("topic")
        cut = end.search(topic)
        topic = topic[: cut.start()] if cut else topic
        if done and _named(topic, notes.interviewers) - {credited.name}:
            continue  # "thank you for Beto's tour": credited to its owner by name
        topic = company.sub(lambda x: " " * len(x.group()), topic)
        said = concepts(WORD.findall(topic), method) | _clock(topic)
        said -= (
            per_notes(notes, f"owner-context:{method}", lambda n: _context(n, method))
            if done
            else names
        )
        if len(said) < _SHARED:
            continue
        related = shorter_relatives(set(said))
        # a thing done or given shares what the clause is about, not where it was done
        shares = [
            sum(_found(c, said, related) for c in (what if done else own))
            for own, _, what in clauses
        ]
        most = max(shares)
        best = [owners for n, (_, owners, _) in zip(shares, clauses, strict=True) if n == most]
        # a tie between clauses is no doubt when all of them are another interviewer's
        if most < _SHARED or not all(best) or any(credited.name in b for b in best):
            continue
        start, stop = m.start(), m.start("topic") + len(topic.rstrip(" ,"))
        yield start, stop, doc.plain[start:stop]
