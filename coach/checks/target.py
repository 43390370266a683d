"""Whom a hostile or accusatory sentence is aimed at.

Hostility and blame are things the writer does to someone: the reader, the employer and its
people, or the hiring process that treated the writer ("your process is a joke", "nobody at
Acme has replied", "the panel kept me waiting"). A sentence that names none of them is about
something else: the trade's own hazards told in strong words ("one careless lift can cripple a
rigger for life", "a pump left running will drain the tank, not the budget"), or the writer's
own past ("I have worked nights in a flood"). The classifier reads such words as a fault, so
its hostile and accusatory readings count only in a sentence that has a target.

The targets are closed classes, not the words of any message: the second person (and an
imperative, which addresses the reader without naming them), the names the notes give the
employer and its interviewers, common nouns for an employer and its people, and the words of
hiring and of being answered. A sentence made of several parts (split at a colon, a semicolon
or a dash) must have its target in a part that carries the fault: "I liked how you explained
the drill: nobody climbs without a second check" praises the reader in one part and states a
rule of the trade in the other, which alone reads as blame.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from coach.checks.base import per_notes
from coach.models import Notes
from coach.text import WORD, lazy_compile

if TYPE_CHECKING:
    from coach.semantic.classifier import Classifier

#: the reader, the employer and its people, hiring, and being answered (or not)
_TARGET = lazy_compile(
    r"\b(?:you|your|yours|yourself|yourselves|y'all|ya"
    r"|company|companies|firm|organi[sz]ation|business|outfit|employer|management|managers?"
    r"|HR|office|team|staff|department|board|leadership|bosse?s?|recruiters?"
    r"|recruit\w*|hir(?:e|ed|es|ing)|candidates?|applicants?|applications?|apply|applied"
    r"|interview\w*|process|panel|shortlist\w*|vacanc(?:y|ies)|role|position|job|post|offer"
    r"|decisions?|repl(?:y|ies|ied)|respon(?:se|ses|d|ded)|answer\w*|updat\w*|feedback|news"
    r"|hear|heard|call|calls|called|e-?mails?|e-?mailed|messages?|contact\w*|chas\w*"
    r"|promis\w*|courtesy|decency|silence|no word|wait\w*|ignor\w*|ghost\w*)\b",
    re.I,
)
#: a sentence that tells the reader to do something addresses them without naming them
_IMPERATIVE = lazy_compile(
    r"^(?:enjoy|have fun|good luck|best of luck|try|remember|imagine|picture|don't|do not|"
    r"let|please|feel free|keep|go|take|ask|tell|watch|consider|think)\b",
    re.I,
)
#: where a sentence divides into parts that can each carry a meaning of their own
_PARTS = lazy_compile(r"\s*(?::|;|\s[—–]|\s-)\s+")
#: words a part needs to be read alone
_MIN_WORDS = 4


def names(notes: Notes) -> re.Pattern[str] | None:
    """The employer's and its interviewers' names from the notes, as one pattern."""
    return per_notes(notes, "target-names", _names, uses=("company", "interviewers"))


def _names(notes: Notes) -> re.Pattern[str] | None:
    found = {notes.company.name, *notes.company.aliases}
    for person in notes.interviewers:
        found.update((person.name, *person.aliases, *person.name.split()))
    words = sorted((n for n in found if n and len(n) > 1), key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def has_target(text: str, notes: Notes | None) -> bool:
    """Whether the text names someone a fault of manner could be aimed at."""
    if _TARGET.search(text) or _IMPERATIVE.match(text.lstrip("\"'“‘(")):
        return True
    pattern = names(notes) if notes is not None else None
    return pattern is not None and pattern.search(text) is not None


def parts(sentence: str) -> list[str]:
    """The sentence's parts at a colon, semicolon or dash, each long enough to read alone;
    empty when it has fewer than two such parts."""
    found = [p.strip() for p in _PARTS.split(sentence)]
    found = [p for p in found if len(WORD.findall(p)) >= _MIN_WORDS]
    return found if len(found) >= 2 else []


def aimed(model: Classifier, label: str, sentence: str, notes: Notes | None) -> bool:
    """Whether the fault `label` read in `sentence` has a target: in the part that carries it
    when one part alone does, otherwise anywhere in the sentence."""
    if not has_target(sentence, notes):
        return False
    pieces = parts(sentence)
    carrying = [p for p in pieces if label in model.score(p[:1].upper() + p[1:]).labels]
    if not carrying:
        return True
    return any(has_target(p, notes) for p in carrying)
