"""Whom a hostile or accusatory sentence is aimed at: the reader, the employer, the hiring, or
nobody; and whose need a plea states.

Hostility and blame are things the writer does to someone: the reader, the employer and its
people, or the hiring process that treated the writer ("your process is a joke", "nobody at
Acme has replied", "the panel kept me waiting"). A sentence that names none of them is about
something else: the trade's own hazards told in strong words ("one careless lift can cripple a
rigger for life", "Walkers never look, and a tram can't swerve"), or the writer's own past ("I
have worked nights in a flood"). The classifier (coach.semantic) reads manner from words and
their mean vector, and such sentences carry the same words as a jibe, so its hostile and
accusatory readings count only in a sentence that has a target.

The targets are closed classes, not the words of any message: the second person (and an
imperative, which addresses the reader without naming them), the names the notes give the
employer and its interviewers, common nouns for an employer and its people, and the words of
hiring and of being answered. A common noun that is a word of the notes' details names the
interview's subject, not a target ("the branch profitability pack for the board", "lab contacts
are blacked out"). A sentence made of several parts (split at a colon, a semicolon or a dash)
must have its target in a part that carries the fault: "I liked how you explained the drill:
nobody climbs without a second check" praises the reader in one part and states a rule of the
trade in the other, which alone reads as blame.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from coach.checks.base import per_notes
from coach.checks.detail_words import stem
from coach.checks.reread import topic_stems
from coach.models import Notes
from coach.text import WORD, lazy_compile

if TYPE_CHECKING:
    from coach.semantic.classifier import Classifier

Target = Literal["reader", "employer", "hiring"]

#: the reader, named or told to do something
_READER = lazy_compile(r"\b(?:you|your|yours|yourself|yourselves|y'all|ya)\b", re.I)
_IMPERATIVE = lazy_compile(
    r"^(?:enjoy|have fun|good luck|best of luck|try|remember|imagine|picture|don't|do not|"
    r"let|please|feel free|keep|go|take|ask|tell|watch|consider|think)\b",
    re.I,
)
#: an employer and its people, by common noun
_EMPLOYER = lazy_compile(
    r"\b(?:company|companies|firm|organi[sz]ation|business|outfit|employer|management|managers?"
    r"|HR|office|team|staff|department|board|leadership|bosse?s?|recruiters?)\b",
    re.I,
)
#: the hiring, and being answered (or not)
_HIRING = lazy_compile(
    r"\b(?:recruit\w*|hir(?:e|ed|es|ing)|candidates?|applicants?|applications?|apply|applied"
    r"|interview\w*|process|panel|shortlist\w*|vacanc(?:y|ies)|role|position|job|post|offer"
    r"|decisions?|repl(?:y|ies|ied)|respon(?:se|ses|d|ded)|answer\w*|updat\w*|feedback|news"
    r"|hear|heard|call|calls|called|e-?mails?|e-?mailed|messages?|contact\w*|chas\w*"
    r"|promis\w*|courtesy|decency|silence|no word|wait\w*|ignor\w*|ghost\w*)\b",
    re.I,
)
#: where a sentence divides into parts that can each carry a meaning of their own
_PARTS = lazy_compile(r"\s*(?::|;|\s[—–]|\s-)\s+")
#: words a part needs to be read alone
_MIN_WORDS = 4


def targets(text: str, notes: Notes | None) -> frozenset[Target]:
    """Whom the text could be aimed at: the reader, the employer (by a name of the notes or a
    common noun), the hiring; empty when it names none of them."""
    found: set[Target] = set()
    if _READER.search(text) or _IMPERATIVE.match(text.lstrip("\"'“‘(")):
        found.add("reader")
    topic = topic_stems(notes) if notes is not None else frozenset()
    if _named(_EMPLOYER, text, topic) or (notes is not None and _by_name(text, notes)):
        found.add("employer")
    if _named(_HIRING, text, topic):
        found.add("hiring")
    return frozenset(found)


def aimed(model: Classifier, label: str, sentence: str, notes: Notes | None) -> bool:
    """Whether the fault `label` read in `sentence` has a target: in the part that carries it
    when one part alone does, otherwise anywhere in the sentence."""
    if not targets(sentence, notes):
        return False
    pieces = parts(sentence)
    carrying = [p for p in pieces if label in model.score(p[:1].upper() + p[1:]).labels]
    if not carrying:
        return True
    return any(targets(p, notes) for p in carrying)


#: the writer, in the first person: "I", "me", "my", "we", "our family"
_WRITER = lazy_compile(r"\b(?:I|me|my|mine|myself|we|us|our|ours)\b|\bI(?=['’])", re.I)


def pleads(model: Classifier, label: str, sentence: str) -> bool:
    """Whether the plea `label` read in `sentence` is the writer's: a plea states the writer's
    own need ("I cannot lose this", "my family is counting on it"), so the part that carries it
    names the writer, as a blame names its target. A part without the writer is the trade's
    stakes told plainly ("one spark can do more damage than a bad harvest"), which reads like
    alarm to the classifier, beside praise of the reader's point that does name the writer."""
    if not _WRITER.search(sentence):
        return False
    pieces = parts(sentence)
    carrying = [p for p in pieces if label in model.score(p[:1].upper() + p[1:]).labels]
    return not carrying or any(_WRITER.search(p) for p in carrying)


def parts(sentence: str) -> list[str]:
    """The sentence's parts at a colon, semicolon or dash, each long enough to read alone;
    empty when it has fewer than two such parts."""
    found = [p.strip() for p in _PARTS.split(sentence)]
    found = [p for p in found if len(WORD.findall(p)) >= _MIN_WORDS]
    return found if len(found) >= 2 else []


def _named(pattern: re.Pattern[str], text: str, topic: frozenset[str]) -> bool:
    """Whether a word of the class occurs other than as a word of the notes' details."""
    return any(stem(m.group()) not in topic for m in pattern.finditer(text))


def _by_name(text: str, notes: Notes) -> bool:
    pattern = per_notes(notes, "target-names", _names, uses=("company", "interviewers"))
    return pattern is not None and pattern.search(text) is not None


def _names(notes: Notes) -> re.Pattern[str] | None:
    """The employer's and its interviewers' names from the notes, as one pattern."""
    found = {notes.company.name, *notes.company.aliases}
    for person in notes.interviewers:
        found.update((person.name, *person.aliases, *person.name.split()))
    words = sorted((n for n in found if n and len(n) > 1), key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")
