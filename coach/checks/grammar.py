"""`grammar`: a slip with one right correction (a doubled word, "a" before a vowel, a
confused word in a frame that settles it, a subject and verb that disagree). The confused-word
patterns are in `grammar_rules`, the word lists and guards they consult in `grammar_guards`, and
the agreement of a verb with a noun phrase ("the plots on the windward side needs") in
`grammar_subjects`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from coach.checks.base import CheckKind, Context, Hit, Params, per_notes
from coach.checks.grammar_guards import _sentence_start
from coach.checks.grammar_rules import _COMPILED
from coach.checks.grammar_subjects import disagreements
from coach.checks.spelling_words import _words
from coach.models import Notes
from coach.text import Doc, fold, lazy_compile

#: (the word taken whole, `++`: a shorter part of it is followed by a letter, never a space, so
#: `re` has nothing to gain by trying each in turn)
_DOUBLED = lazy_compile(r"\b([^\W\d_]++)(?:[ \t]+|[ \t]*\n[ \t]*)\1\b", re.I)
_DOUBLE_OK = frozenset({"had", "that", "bye", "very", "no", "so"})
#: the closed-class words, which nobody doubles for emphasis: "the the", "in in", "I I"
_CLOSED_CLASS = _words(
    "a an the this these those my your his her its our their i me you he she it we they us "
    "them him to of in on at for from with by about into onto over under after before between "
    "through during without than as and or but nor if because while when where which who whom "
    "whose what is are was were be been being am has have do does did will would can could "
    "shall should may might must not"
)
#: words after which a doubled word stands where a noun goes ("the plan plan", "for the the")
_NOUN_SLOT = _words(
    "a an the this these those my your his her its our their of in on at for from with by "
    "about into to"
)
_ARTICLE = lazy_compile(r"\b(a|an|A|An)[ \t]+([A-Za-z0-9][\w'’&.+-]*)")
_A_BEFORE_VOWEL = lazy_compile(
    r"(?:uni(?![mnd])|use|usa|usu|uti|ure|ura|ubiq|ukr|ugan|eu|ewe|one\b|one-|"
    r"once|onesie)",
    re.I,
)
#: an acronym of four letters or more that opens like an English word, a consonant cluster
#: and then a vowel, is said as a word: its first sound is the consonant, not a letter's name
_SAID_AS_WORD = lazy_compile(r"(?:S[CKLMNPTW]|[BCDFGPT][LR]|SCR|SPR|STR|SPL)[AEIOU]\w")
#: "u", one consonant and a vowel is mostly said "you" (ute, utensil, usury) but not always
#: (udon, umami): the letters do not settle it for a common noun
_LONG_U = lazy_compile(r"u[bcdfgklmprstvz][aeiouy]")
_SILENT_H = lazy_compile(r"(?:hour|honest|honou?r|heir)", re.I)
#: h-words before which "an" is an older but accepted usage (an historic occasion)
_AN_H_OK = lazy_compile(r"(?:histor|hotel|habitual|heroic|hypothe|herb)", re.I)
_LETTER_AN = set("AEFHILMNORSX")
#: acronyms read either way: "a SQL query" (sequel) and "an SQL query" are both written
_EITHER = frozenset({"SQL", "URL", "FAQ", "HTML"})


def _wants_an(word: str) -> bool | None:
    """Whether the word takes "an": None when the sound cannot be told from the letters."""
    head = re.split(r"[-/&.]", word)[0] or word
    if head[0].isdigit():
        digits = re.match(r"\d+", head)
        number = digits.group() if digits else ""
        return bool(
            number.startswith("8") or number in ("11", "18") or re.match(r"1[18],\d{3}\b", word)
        )
    letters = head.rstrip("s") if head[:-1].isupper() else head
    if len(letters) >= 2 and letters[0].isupper() and letters[1].isupper():
        if letters.upper() in _EITHER:
            return None
        if (
            len(letters) >= 3
            and letters.isupper()
            and letters[0] not in "AEIOU"
            and letters[1] in "AEIOU"
        ):
            return None  # said as a word: a NASA grant, a FAANG company
        if letters.isupper() and _SAID_AS_WORD.match(letters):
            return None  # an onset and a vowel: a SCADA panel, a STEM club, a SWOT table
        return letters[0] in _LETTER_AN  # an MBA, an NHS trust, a UX review
    if len(head) == 1:
        return head.upper() in _LETTER_AN  # an A, an X-ray, a B+
    lower = head.lower()
    if _SILENT_H.match(lower):
        return True
    if lower[0] == "h" and _AN_H_OK.match(lower):
        return None
    if lower[0] in "aeiou":
        if _A_BEFORE_VOWEL.match(lower):
            return False
        if head[0].islower() and _LONG_U.match(lower):
            return None  # "u", one consonant, a vowel: a ute, a utensil; but an udon
        return True
    return False


_WORD_BEFORE = lazy_compile(r"([^\W\d_]+)[ \t]+$")


def _word_before(text: str, at: int) -> str:
    """The word right before `at` in lower case, with only spaces between ("" otherwise)."""
    m = _WORD_BEFORE.search(text, max(0, at - 30), at)
    return m.group(1).lower() if m else ""


@lru_cache(maxsize=65536)
def _folded_lower(word: str) -> str:
    return fold(word).lower()


_DOUBLES_USE = ("role", "details", "materials", "timeline")


def _notes_doubles(notes: Notes) -> frozenset[str]:
    """The words the notes themselves write twice in a row ("the boda boda riders"): a term of
    the trade or the place, not a slip, when the message repeats it the same way."""
    texts = [notes.role, *notes.details, *(m.what for m in notes.materials)]
    if notes.timeline and notes.timeline.said:
        texts.append(notes.timeline.said)
    return frozenset(m.group(1).lower() for t in texts for m in _DOUBLED.finditer(t))


class Grammar(CheckKind):
    """`grammar`: a slip with one right correction."""

    name = "grammar"

    def run(self, doc: Doc, ctx: Context, rule: Any, params: Params) -> Iterator[Hit]:
        text = doc.plain
        start = doc.body_start
        doubles: frozenset[str] | None = None  # the notes' own, read at the first doubled word
        for m in _DOUBLED.finditer(text, start):
            first, second = m.group(1), text[m.end() - len(m.group(1)) : m.end()]
            if first.lower() in _DOUBLE_OK or (second[:1].isupper() and second != "I"):
                continue  # had had, that that; Bora Bora, Walla Walla
            if first.lower() not in _CLOSED_CLASS and _word_before(text, m.start()) not in (
                _NOUN_SLOT
            ):
                continue  # "really really", "many many thanks", "cool cool": said for emphasis
            if doubles is None:
                doubles = (
                    per_notes(ctx.notes, "grammar-doubles", _notes_doubles, _DOUBLES_USE)
                    if ctx.notes is not None
                    else frozenset()
                )
            if first.lower() in doubles:
                continue  # the notes' own "boda boda"
            yield Hit(
                m.start(),
                m.end(),
                {"why": "a doubled word"},
                f"Write '{first}' once",
                replacement=first,
            )
        for m in _ARTICLE.finditer(text, start):
            article, word = m.group(1), m.group(2)
            if article[0] == "A" and not _sentence_start(text, m.start(1)):
                continue  # option A, grade A: a letter; Hoi An, Xi'An: a name, not the article
            want = _wants_an(word)
            if want is None or want == (article.lower() == "an"):
                continue
            right = "an" if want else "a"
            right = right.capitalize() if article[0].isupper() else right
            yield Hit(
                m.start(1),
                m.end(1),
                {"why": f"'{right}' before '{word}'"},
                f"Write '{right} {word}'",
                replacement=right,
            )
        present = frozenset(_folded_lower(t.text) for t in doc.body_tokens)
        seen = set()
        for rx, replacement, guard, needs in _COMPILED:
            if present.isdisjoint(needs):
                continue  # most patterns need a rare word: skip the scan
            for m in rx.finditer(text, start):
                if guard is not None and not guard(text, m):
                    continue
                group = "w" if m.group("w") is not None else "x"
                found = m.group(group)
                fixed = replacement if isinstance(replacement, str) else replacement(m)
                if found[:1].isupper() and fixed[:1].islower():
                    fixed = fixed[:1].upper() + fixed[1:]
                seen.add(m.start(group))
                yield Hit(
                    m.start(group),
                    m.end(group),
                    {"why": f"'{found.strip()}' where '{fixed.strip()}' is meant"},
                    f"Write '{fixed.strip()}'",
                    replacement=fixed,
                )
        for begin, end, verb, fixed in disagreements(text, start, present):
            if begin not in seen:
                yield Hit(
                    begin,
                    end,
                    {"why": f"'{verb}' where '{fixed}' is meant"},
                    f"Write '{fixed}'",
                    replacement=fixed,
                )
