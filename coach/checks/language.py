"""Language: spelling in the candidate's dialect, clear grammar slips, and repeated phrases.

Our own checks, not a general grammar checker: Harper (harper-py) was measured and reads well,
but costs 0.75 s to start and about 5 ms a message, which a one-file check and a CI batch cannot
carry (scripts/compare_language.py prints both side by side, on the dev set in
tests/language_dev/). So:

- `spelling` looks each word up in SCOWL's large word lists (rules/lexicon/spelling-words.txt,
  memory-mapped and searched by bisection, so nothing loads at start-up) and flags the other
  dialect's form ("organize" for a British writer). An unknown word is reported only when it
  looks like a slip of a common word: a contraction without its apostrophe ("dont"), two words
  run together around a function word ("lookforward", "nextweek"), or one edit from a common
  word (two for a long word). A word nothing common is near is jargon, a name or another
  language ("hackathon", "kaupapa"), and a prefixed or compound word of known parts
  ("reimagined", "codebase") is English. Names, the notes' own words and near misses of them
  (the names rules own those), proper nouns, acronyms and contractions are left alone; a
  sentence's capitalised first word is taken for a name unless it is long and one slip from a
  common word ("Definately"), since "Ravi" is one letter from "rave".
- `grammar` is a list of slips with one right correction each, every pattern written with the
  context that makes it unambiguous: a doubled word, a/an (by sound: an MBA, a UX review, an
  8-week course), their/there/they're, your/you're, its/it's, then/than, to/too, affect/effect,
  lose/loose, let's/lets, "could of", "apart of", "wether", advise/advice, and subjects and
  verbs that never agree ("we was", "she have", "there is many", "the interviews was"), and
  a verb in a form the words before it rule out ("I have attach", "did you received",
  "looking forward to hear", "since five years"). Each
  pattern is tried only when the message holds its trigger word, and compiled on first use.
- `repetition` finds a run of four or more words, inside one sentence, said twice between the
  greeting and the sign-off, when it holds two content words (or one, for a sentence of seven
  ordinary words or more): "let me know if" said twice is a courtesy, not a repeat.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from coach.checks.base import CheckKind, Context, Hit, Params, per_notes
from coach.checks.spelling_slips import _LONGEST, _plain_word, _slip
from coach.checks.spelling_words import (
    _SUBJECTS,
    _WORD_OR_CONTRACTION,
    CONTRACTIONS,
    PREFIXES,
    RUN_TOGETHER_KNOWN,
    SIGNOFF_WORDS,
    TEXT_SPEAK,
    SortedWords,
    _near_name,
    _notes_vocabulary,
    _words,
    dialect_of,
    lexicon,
    notes_stems,
    variants,
    word_stem,
)
from coach.models import Notes
from coach.plain import Field
from coach.text import SIGNOFFS, Doc, fold, lazy_compile, strip_accents


class SpellingParams(Params):
    min_length: int = Field(3, description="shorter words are not checked")


_CODE = lazy_compile(r"\d")
#: an honorific's abbreviation right before a word: "Ms. " ends no sentence
_HONORIFIC_BEFORE = lazy_compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Capt|Sgt|Fr|Sr|St)\.[ \t]+$")


class Spelling(CheckKind):
    """`spelling`: a word that is not English in the writer's dialect."""

    name = "spelling"
    Params = SpellingParams

    def run(self, doc: Doc, ctx: Context, rule: Any, params: SpellingParams) -> Iterator[Hit]:
        words = lexicon()
        dialect = dialect_of(ctx.notes)
        known, names = (
            per_notes(ctx.notes, "spelling-vocabulary", _notes_vocabulary)
            if ctx.notes is not None
            else (frozenset(), ())
        )
        greeting, closing = _greeting_and_signoff(doc)
        # the sign-off's own line ("Best reguards,"), not the name and signature below it
        signoff_end = doc.text.find("\n", closing) if closing is not None else -1
        for token in doc.body_tokens:
            text = token.text
            if greeting is not None and greeting[0] <= token.start < greeting[1]:
                continue
            if closing is not None and token.start >= closing:
                if signoff_end < 0 or token.start < signoff_end:
                    hit = _signoff_slip(token.text, token.start, words, known)
                    if hit is not None:
                        yield hit
                continue
            if _plain_word(text, dialect):
                continue  # an English word with nothing to say about it: most words
            if doc.in_address(token.start, token.end):
                continue
            if _CODE.search(doc.text, token.end, token.end + 1):
                continue  # words glued to a number or code
            if len(text) < params.min_length and text.lower() not in CONTRACTIONS:
                continue
            if len(text) > _LONGEST:
                continue  # no English word is this long: a code, a hash or damaged text
            if text.isupper() and len(text) > 1:
                continue  # acronyms
            if "'" in text or "’" in text:
                base, _, tail = fold(text).partition("'")
                if tail.lower() != "s":
                    continue  # contractions: I'll, we're, o'clock
                text = base
            for part_start, part in _parts(text, token.start):
                if (
                    part.lower() in PREFIXES
                    and text[part_start - token.start + len(part) :][:1] == "-"
                ):
                    continue
                hit = self._word(doc, part, part_start, words, dialect, known, names)
                if hit is not None and not (
                    hit.fields.get("why") == "not an English word"
                    and (_named_elsewhere(doc, part, ctx.notes) or _shorthand(doc, part))
                ):
                    yield hit

    @staticmethod
    def _word(
        doc: Doc,
        word: str,
        start: int,
        words: SortedWords,
        dialect: str | None,
        known: frozenset[str],
        names: tuple[str, ...],
    ) -> Hit | None:
        lower = word.lower()
        if lower in known or lower in TEXT_SPEAK:
            return None
        if len(word) < 3 and lower not in CONTRACTIONS:
            return None
        if not any(c in "aeiouy" for c in strip_accents(lower)):
            return None  # dbt, npm, sql: a name or code, not a word
        capitalised = word[0].isupper()
        if capitalised and (
            not doc.sentence_start(start)
            or not word[1:].islower()
            or _HONORIFIC_BEFORE.search(doc.masked, max(0, start - 12), start)
        ):
            # a proper noun, or a word in capitals (the tone rules own those); the full stop of
            # "Ms." or "Dr." ends no sentence, so the word after it is a name ("Ms. Petrov")
            return None
        end = start + len(word)
        if lower not in words and not lower.isascii():
            if strip_accents(lower) not in words:
                return None  # a word of another language: bientôt, Māori
            lower = strip_accents(lower)  # résumé, naïve, café
        if lower in _WORD_OR_CONTRACTION and _prev_word(doc.plain, start) in _SUBJECTS:
            contraction = CONTRACTIONS[lower]  # "I cant", "we wont": not the words cant, wont
            return Hit(
                start,
                end,
                {"why": "an apostrophe missing"},
                f"Did you mean '{contraction}'?",
                replacement=contraction,
            )
        if lower in words and lower not in RUN_TOGETHER_KNOWN:
            if dialect is None:
                return None
            other = variants(dialect).get(lower)
            if not other:
                return None
            replacement = other.capitalize() if capitalised else other
            return Hit(
                start,
                end,
                {"why": f"the {'American' if dialect == 'british' else 'British'} spelling"},
                f"Write '{replacement}', the {dialect.capitalize()} spelling",
                replacement=replacement,
            )
        if _near_name(lower, names):
            return None  # a misspelt name is name-misspelled's, not spelling's
        slip = _slip(word, capitalised, words)
        if slip is None:
            return None
        why, fixed = slip
        if fixed is not None and capitalised:
            fixed = fixed[:1].upper() + fixed[1:]
        return Hit(
            start,
            end,
            {"why": why},
            f"Did you mean '{fixed}'?" if fixed else "Check the spelling",
            replacement=fixed,
        )


def _named_elsewhere(doc: Doc, word: str, notes: Notes | None) -> bool:
    """An unknown word that is not a slip after all: another form of a word the notes spell
    (their "coliforms", the message's "coliform"), or a word the message itself writes with a
    capital inside a sentence, as a name ("Dashain ... after dashain"). Looked at only for a
    word about to be reported, so it costs nothing on most messages."""
    if notes is not None and len(word) >= 4:
        stems = per_notes(notes, "spelling-stems", notes_stems)
        if word_stem(word) in stems:
            return True
    title = word[:1].upper() + word[1:].lower()
    if title == word:
        return False
    at = doc.masked.find(title)
    while at >= 0:
        before = doc.masked[at - 1 : at]
        after = doc.masked[at + len(title) : at + len(title) + 1]
        if not before.isalpha() and not after.isalpha() and not doc.sentence_start(at):
            return True
        at = doc.masked.find(title, at + 1)
    return False


#: text-speak that marks a whole message as written in it; "okay" and "yeah" do not
_TEXT_SPEAK_MARKS = TEXT_SPEAK - _words("ok okay yeah yep nope hmm haha hehe")


def _shorthand(doc: Doc, word: str) -> bool:
    """A short unknown word in a message written in text-speak ("thx for the chat abt the
    plan"): shorthand or slang like the rest, which tone-unprofessional owns, not a slip."""
    if len(word) > 5:
        return False
    return any(fold(t.text).lower() in _TEXT_SPEAK_MARKS for t in doc.body_tokens)


def _signoff_slip(word: str, start: int, words: SortedWords, known: frozenset[str]) -> Hit | None:
    """A slip in a sign-off's own words ("Sincerly,", "Best reguards,"); the rest of the
    closing (names, other languages' courtesies) is left alone."""
    lower = word.lower()
    if len(lower) < 5 or not lower.isalpha() or not lower.isascii():
        return None
    if lower in known or lower in words:
        return None
    from rapidfuzz.distance import DamerauLevenshtein

    for target in SIGNOFF_WORDS:
        if target[0] == lower[0] and DamerauLevenshtein.distance(lower, target) <= 2:
            fixed = target.capitalize() if word[0].isupper() else target
            return Hit(
                start,
                start + len(word),
                {"why": "not an English word"},
                f"Did you mean '{fixed}'?",
                replacement=fixed,
            )
    return None


_SHORT_LINE = lazy_compile(r"^[ \t]*(?:\S+[ \t]+){0,3}\S+[ \t]*,[ \t]*$", re.M)


def _greeting_and_signoff(doc: Doc) -> tuple[tuple[int, int] | None, int | None]:
    """The greeting line's span, and where the closing starts: its first short line ending in
    a comma ("Ngā mihi,", "Le gach dea-ghuí,"). Salutations in other languages are not
    misspellings; only a sign-off's own words are checked there ("Sincerly,")."""
    greeting = doc.greeting
    span = (greeting.start(), greeting.end()) if greeting is not None else None
    tail_from = max(doc.body_start, len(doc.masked) - 400)
    for m in _SHORT_LINE.finditer(doc.masked, tail_from):
        if greeting is None or m.start() > greeting.end():
            return span, m.start()
    return span, None


def _signoff_start(doc: Doc, after: int) -> int:
    """Where the sign-off begins: its first sign-off line ("Best regards,", "Thanks again!")
    or short line ending in a comma near the end, else the signature."""
    own = doc.masked[: doc.signature_start]
    tail_from = max(after, len(own.rstrip()) - 400)
    found = [m.start() for rx in (SIGNOFFS, _SHORT_LINE) for m in [rx.search(own, tail_from)] if m]
    return min(found) if found else doc.signature_start


def _parts(word: str, start: int) -> Iterator[tuple[int, str]]:
    """A hyphenated word is checked part by part (ETA-prediction, well-being)."""
    offset = 0
    for part in word.split("-"):
        if part:
            yield start + offset, part
        offset += len(part) + 1


_WORD_BEFORE = lazy_compile(r"([A-Za-z][A-Za-z'’]*)[^\w.!?\n]*$")


def _prev_word(text: str, pos: int) -> str:
    """The word before `pos` in its sentence, lower case ("" at a sentence's start)."""
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    return fold(m.group(1)).lower() if m else ""
