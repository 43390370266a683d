"""Phrase families: forbidden phrases with their exact span and a polite rewrite, phrases a kind
of message requires, and rules that fire on the context alone."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, Literal

from coach.checks.base import CheckKind, Context, Hit, Params, per_notes
from coach.checks.classified import classified_hits, satisfied_by_classifier
from coach.checks.matcher import Phrase, compile_phrases, ruled_out
from coach.checks.names_spelling import english_words
from coach.models import Notes, Severity
from coach.plain import Field
from coach.text import WORD, Doc, lazy_compile


class Family(Params):
    name: str
    patterns: list[str] = Field(min_length=1)
    rewrite: str | None = None
    severity: Severity | None = None
    min_count: int = Field(1, ge=1, description="fire once when the family matches this often")
    once: bool = Field(
        False,
        description="one finding for every match together (seven emoji are one fault), at the "
        "first run of them; a family with min_count above 1 is always reported once",
    )
    case_sensitive: bool = False
    english_only: bool = Field(
        False,
        description="keep only matches that are ordinary English "
        "words in lower case (EXTREMELY, not an acronym such as AML) and "
        "are not written so in the notes",
    )
    ignore: list[str] = Field([], description="matches that never count (IT, US)")
    not_after: list[str] = Field(
        [],
        description="a match does not count when one of these comes "
        "before it in its sentence (reported speech: 'you said you'd')",
    )
    too_soon: int | None = Field(
        None,
        description="a match counts only when the day it names ('on Friday', 'in a couple of "
        "days', 'on 12 April') comes before the timing rules allow another follow-up: the "
        "earliest check-in, and this many business days after the message",
    )

    @property
    def regex(self) -> Phrase:
        """The family's alternation, looked up once per family object: it is asked for on every
        message, and the tuple of a long pattern list is costly to build and hash each time."""
        kept = _REGEXES.get(id(self))
        if kept is not None and kept[0] is self:
            return kept[1]
        phrase = compile_phrases(tuple(self.patterns), self.case_sensitive)
        if len(_REGEXES) > 4096:
            _REGEXES.clear()
        _REGEXES[id(self)] = (self, phrase)
        return phrase


#: each family's alternation by the family's id (the family kept too: a reused id is told apart)
_REGEXES: dict[int, tuple[Family, Phrase]] = {}


class Classified(Params):
    """A label of the sentence classifier (coach.semantic) that finds what the phrases miss."""

    label: str
    severity: Severity | None = None


class PhrasesParams(Params):
    families: list[Family] = Field(min_length=1)
    escalate_at: int | None = Field(None, description="this many hits in all make each an error")
    scope: Literal["all", "body"] = "all"
    classifier: list[Classified] = Field(
        [],
        description="sentences the classifier gives one of these labels fire too, unless a "
        "phrase already points into them: the sentence is the span, the first family's "
        "rewrite the suggestion",
    )
    classifier_unless: list[str] = Field(
        [],
        description="sentences matching one of these are never the classifier's finding for "
        "this rule: constructions whose plain reading the rule's examples fix ('good luck with')",
    )
    classifier_reread: bool = Field(
        False,
        description="a sentence counts only if the classifier still reads the fault without the "
        "words of the notes' details, and an aside in brackets still with the sentence before "
        "it (coach.checks.reread): for faults of manner, which the interview's subject never "
        "carries; not for a rejection's argument, which cites the candidate's fit for it",
    )
    classifier_reread_floor: float | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description="with classifier_reread, the reading without the details' words withdraws "
        "the fault only when it falls under this probability, not merely under the label's "
        "threshold: cutting the topic out breaks some sentences ('teach it is', 'it are'), and "
        "a jibe still leaning to the fault in the broken reading is the writer's, not the topic's",
    )
    classifier_needs_target: bool = Field(
        False,
        description="a sentence counts only if it names whom the fault is aimed at (the reader, "
        "the employer, its people or the hiring process), in the part that carries the fault "
        "(coach.checks.aimed): for hostility and blame, never the trade's hazards in strong words "
        "nor a sentence about the interview's subject ('the pack for the board')",
    )
    classifier_unless_praise: bool = Field(
        False,
        description="a sentence that opens as the writer's praise and never turns ('I was glad "
        "your manager raised ...') is never the classifier's finding (coach.checks.praise)",
    )
    classifier_needs_writer: bool = Field(
        False,
        description="a sentence counts only if the part that carries the fault names the writer "
        "(coach.checks.aimed): a plea is the writer's own need, never the trade's stakes",
    )
    classifier_uncounted: bool = Field(
        False,
        description="a sentence counts only if the fault survives without its count of the "
        "writer's messages ('again', 'one last time'), or it names the reader's answer or "
        "silence (coach.checks.counted): a follow-up's number is a fact, not a reproach",
    )


class Phrases(CheckKind):
    """Fires on each phrase of a family, pointing at the exact words."""

    name = "phrases"
    Params = PhrasesParams

    def run(self, doc: Doc, ctx: Context, rule: Any, params: PhrasesParams) -> Iterator[Hit]:
        text = doc.plain
        start = doc.body_start if params.scope == "body" else 0
        hits: list[Hit] = []
        absent = ruled_out(text)
        for family in params.families:
            regex = family.regex
            if absent is not None and absent(regex):
                continue  # the prefilter says it matches nowhere: nothing found, nothing to report
            found = [m for m in regex.finditer(text, start) if m.end() > m.start()]
            if found and doc.addresses:
                # "k.whitlock@..." or ".../u/..." is an address, not the writer's words
                found = [m for m in found if not doc.in_address(m.start(), m.end())]
            if found and (family.english_only or family.ignore):
                found = [m for m in found if _counts(text, m.start(), m.end(), family, ctx)]
            if found and family.not_after:
                before = _compile_before(tuple(family.not_after))
                found = [m for m in found if not before.search(_sentence_before(text, m.start()))]
            if found and family.too_soon is not None:
                from coach.checks.timing import contact_too_soon  # timing imports this module

                found = [
                    m
                    for m in found
                    if contact_too_soon(
                        text[m.start() : m.end()], ctx.notes, ctx.send_at, family.too_soon
                    )
                ]
            if len(found) < family.min_count:
                continue
            count = len(found)
            spans = [(m.start(), m.end()) for m in found]
            if family.min_count > 1 or family.once:
                spans = [_first_run(text, spans)]
            for begin, end in spans:
                fields = {
                    "excerpt": doc.text[begin:end],
                    "family": family.name,
                    "rewrite": family.rewrite or "",
                    "count": count,
                }
                suggestion = f"Rewrite as: {family.rewrite}" if family.rewrite else None
                hits.append(Hit(begin, end, fields, suggestion, severity=family.severity))
        if params.classifier:
            hits.extend(classified_hits(doc, params, hits, ctx.notes))
        if params.escalate_at and len(hits) >= params.escalate_at:
            for hit in hits:
                hit.severity = "error"
        yield from hits


def _first_run(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The first match and those right after it (touching, or apart by spaces only on its
    line): "ASAP!!!" is one run of three exclamation marks, shown whole."""
    begin, end = spans[0]
    for start, stop in spans[1:]:
        if text[end:start].strip(" \t"):
            break
        end = stop
    return begin, end


@lru_cache(maxsize=256)
def _compile_before(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def _sentence_before(text: str, start: int) -> str:
    """The words before `start` in its sentence (at most 100 characters)."""
    window = text[max(0, start - 100) : start]
    cut = max(window.rfind("."), window.rfind("!"), window.rfind("?"), window.rfind("\n"))
    return window[cut + 1 :]


def _counts(text: str, start: int, end: int, family: Family, ctx: Context) -> bool:
    found = text[start:end]
    if found in family.ignore:
        return False
    if not family.english_only:
        return True
    if found.lower() not in english_words():
        return False
    if not _said_in_follow_ups(found):
        return False  # a rare word spelt by an acronym (ETA, TOS, DOCK), not a word stressed
    if text[end : end + 1].isalpha() or text[start - 1 : start].isalpha():
        return False  # capitals glued to small letters: an acronym's plural ("LEDs", "PDFs")
    if _beside_code(text, start, end):
        return False
    return ctx.notes is None or found not in per_notes(ctx.notes, "notes-words", _notes_words)


def _said_in_follow_ups(word: str) -> bool:
    """Whether the word's stem occurs in follow-up prose (rules/lexicon/follow-up-words.txt):
    the words people stress in capitals (REALLY, NEED, THRILLED) are its common words."""
    from coach.checks.detail_specific import sentence_counts
    from coach.checks.detail_words import stem

    return stem(word.lower()) in sentence_counts()


#: the words either side of a match on its line
_LEFT_WORD = lazy_compile(r"(\S+)[ \t]+$")
_RIGHT_WORD = lazy_compile(r"[ \t]+(\S+)")
_CODE = lazy_compile(r"[A-Z]*\d[\w\-/]*|[A-Z]{2,}")


def _beside_code(text: str, start: int, end: int) -> bool:
    """An upper-case word next to an acronym or a code is part of an identifier ("NMC PIN
    18I2045E", "GMC NO 1234"), not a word written in capitals for emphasis."""
    left = _LEFT_WORD.search(text, max(0, start - 30), start)
    right = _RIGHT_WORD.match(text, end)
    for m in (left, right):
        if m is None:
            continue
        word = m.group(1).strip(".,;:()[]")
        if _CODE.fullmatch(word) and (
            any(c.isdigit() for c in word) or word.lower() not in english_words()
        ):
            return True
    return False


def _notes_words(notes: Notes) -> frozenset[str]:
    texts = [
        notes.role,
        notes.company.name,
        *notes.company.aliases,
        *notes.details,
        *(p.title or "" for p in notes.interviewers),
        *(m.what for m in notes.materials),
    ]
    # "ETA-prediction" spells ETA: a hyphenated or slashed term counts as its parts too, so the
    # user's own acronym is never read as a word in capitals
    words = {w for t in texts for w in WORD.findall(t)}
    return frozenset(words | {part for w in words for part in re.split(r"['’\-]", w) if part})


class RequiredParams(Params):
    patterns: list[str] = Field(min_length=1)
    unless: list[str] = Field([], description="matches of these do not count (e.g. 'in the field')")
    point_at: Literal["start", "greeting", "closing"] = "start"
    rewrite: str | None = None
    classifier: str | None = Field(
        None, description="a classifier label that also satisfies the rule (said in other words)"
    )


class Required(CheckKind):
    """Fires once when none of the phrases a kind of message needs is present."""

    name = "required"
    Params = RequiredParams

    def run(self, doc: Doc, ctx: Context, rule: Any, params: RequiredParams) -> Iterator[Hit]:
        rx = compile_phrases(tuple(params.patterns))
        blocked = compile_phrases(tuple(params.unless)) if params.unless else None
        for m in rx.finditer(doc.plain, doc.body_start):
            tail = doc.plain[m.start() : m.end() + 60]
            if blocked is None or not blocked.search(tail):
                return
        if params.classifier and satisfied_by_classifier(doc, params.classifier, blocked):
            return
        yield anchor(
            doc,
            params.point_at,
            {"rewrite": params.rewrite or ""},
            f"Add a sentence such as: {params.rewrite}" if params.rewrite else None,
        )


def anchor(doc: Doc, where: str, fields: dict[str, Any], suggestion: str | None = None) -> Hit:
    """A hit on a whole part of the message, for faults that have no words of their own."""
    if where == "greeting" and doc.greeting is not None:
        start, end = doc.greeting.start(), doc.greeting.end()
    elif where == "closing" and doc.closing.strip():
        last = doc.closing.strip().splitlines()[-1].strip()
        start = doc.text.rfind(last, doc.body_start)
        start, end = (start, start + len(last)) if start >= 0 else (doc.body_start, doc.body_start)
    elif where == "subject" and doc.subject is not None:
        start, end = doc.subject_span
    else:
        start = doc.body_start
        while start < len(doc.text) and doc.text[start].isspace():
            start += 1
        end = doc.text.find("\n", start)
        end = len(doc.text) if end < 0 else end
    return Hit(start, end, fields, suggestion)


class StageCheck(CheckKind):
    """Fires whenever the rule applies: the context alone is the fault (rejection-follow-up)."""

    name = "context"

    def run(self, doc: Doc, ctx: Context, rule: Any, params: Params) -> Iterator[Hit]:
        yield anchor(
            doc,
            "start",
            {
                "kind": ctx.kind.value if ctx.kind else "message",
                "stage": ctx.stage.value if ctx.stage else "",
            },
        )
