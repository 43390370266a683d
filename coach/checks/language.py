"""Language: spelling in the candidate's dialect, clear grammar slips, and repeated phrases.

Our own checks, not a general grammar checker: Harper (harper-py) was measured and reads well,
but costs 0.75 s to start and about 5 ms a message, which a one-file check and a CI batch cannot
carry (scripts/compare_language.py prints both side by side). So:

- `spelling` looks each word up in SCOWL's large word lists (rules/lexicon/spelling-words.txt,
  memory-mapped and searched by bisection, so nothing loads at start-up) and flags the other
  dialect's form ("organize" for a British writer). Names, the notes' own words and near misses
  of them (the names rules own those), proper nouns, acronyms and contractions are left alone.
- `grammar` is a short list of slips with one right correction each: a doubled word, a/an,
  their/there/they're, your/you're, its/it's, then/than, "could of", and subject-verb pairs
  that never agree ("we was").
- `repetition` finds a run of four or more words said twice outside the greeting and sign-off.
"""

from __future__ import annotations

import mmap
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

from pydantic import Field

from coach.checks.base import CheckKind, Context, Hit, Params, per_notes
from coach.checks.names import english_words
from coach.models import Notes
from coach.rulebook import rules_dir
from coach.text import WORD, Doc, fold, strip_accents

#: countries whose writers spell the British way (RULEBOOK §7); CA accepts both forms
BRITISH = frozenset({"GB", "UK", "IE", "NZ", "AU", "IN"})
#: a hyphenated word's first part that is a prefix, not a word: pre-interview, co-founded
PREFIXES = frozenset(
    [
        "pre",
        "re",
        "co",
        "non",
        "multi",
        "post",
        "sub",
        "anti",
        "semi",
        "mid",
        "self",
        "cross",
        "e",
        "inter",
        "intra",
    ]
)
#: endings that make a known word into another: refresh-able, game-ified, onboard-ing
SUFFIXES = ("able", "ible", "ified", "ify", "ing", "ed", "er", "ers", "s", "es", "ly", "ness")
#: shorthand the tone rules own (tone-unprofessional), not misspellings
TEXT_SPEAK = frozenset(
    [
        "thx",
        "thanx",
        "tnx",
        "pls",
        "plz",
        "lol",
        "btw",
        "omg",
        "imo",
        "tbh",
        "asap",
        "fyi",
        "gonna",
        "wanna",
        "gotta",
        "ur",
        "u",
        "ok",
        "okay",
        "hmm",
        "haha",
        "hehe",
        "yeah",
        "yep",
        "nope",
        "cya",
        "ttyl",
        "idk",
        "brb",
    ]
)


class SortedWords:
    """A sorted file of words, one a line, looked up by bisection over its bytes."""

    def __init__(self, name: str):
        path = rules_dir() / "lexicon" / name
        with path.open("rb") as handle:
            self._data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        self._memo: dict[str, str | None] = {}

    def _line_at(self, pos: int) -> tuple[int, bytes]:
        start = self._data.rfind(b"\n", 0, pos) + 1
        end = self._data.find(b"\n", pos)
        return start, self._data[start : end if end >= 0 else len(self._data)]

    def get(self, word: str) -> str | None:
        """The line's value after a tab ("" when it has none), or None when absent."""
        if word in self._memo:
            return self._memo[word]
        key = word.encode("utf-8")
        lo, hi = 0, len(self._data)
        found: str | None = None
        while lo < hi:
            mid = (lo + hi) // 2
            start, line = self._line_at(mid)
            head, _, value = line.partition(b"\t")
            if head == key:
                found = value.decode("utf-8")
                break
            if head < key:
                lo = start + len(line) + 1
            else:
                hi = start
        if len(self._memo) > 200_000:
            self._memo.clear()
        self._memo[word] = found
        return found

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None


@cache
def lexicon() -> SortedWords:
    return SortedWords("spelling-words.txt")


@cache
def variants(dialect: str) -> SortedWords:
    """The other dialect's forms a writer of `dialect` would not use, with their own form."""
    return SortedWords("american-only.txt" if dialect == "british" else "british-only.txt")


def dialect_of(notes: Notes | None) -> str | None:
    """British, American, or None where either is right (Canada, and countries the rulebook
    does not name, whose writers learnt either)."""
    country = (notes.country or "").upper() if notes is not None else ""
    if country in BRITISH:
        return "british"
    return "american" if country in ("", "US") else None


def _notes_vocabulary(notes: Notes) -> tuple[frozenset[str], tuple[str, ...]]:
    """Words the notes spell (known), and the name words whose near misses the names rules own."""
    names = [notes.candidate.name, notes.company.name, *notes.company.aliases]
    for person in notes.interviewers:
        names += [person.name, *person.aliases]
    texts = [*names, notes.role, *notes.details, *(p.title or "" for p in notes.interviewers)]
    texts += [m.what for m in notes.materials]
    if notes.timeline and notes.timeline.said:
        texts.append(notes.timeline.said)
    known = frozenset(w.lower() for t in texts for w in WORD.findall(fold(t)))
    name_words = tuple(sorted({w.lower() for t in names for w in WORD.findall(fold(t))}))
    return known, name_words


def _naming_words(notes: Notes) -> frozenset[str]:
    """The words of the role, the company and the people: they may come back in a message."""
    texts = [notes.role, notes.company.name, *notes.company.aliases, notes.candidate.name]
    texts += [p.name for p in notes.interviewers]
    return frozenset(w.lower() for t in texts for w in WORD.findall(fold(t)))


def _near_name(word: str, names: tuple[str, ...]) -> bool:
    from rapidfuzz.distance import JaroWinkler

    return any(JaroWinkler.similarity(word, n) >= 0.85 for n in names if len(n) >= 3)


@lru_cache(maxsize=4096)
def suggest(word: str) -> str | None:
    """The common word one edit away, else a run-together pair ("next game"), else two edits."""
    from rapidfuzz import process
    from rapidfuzz.distance import DamerauLevenshtein

    common = english_words()
    best = process.extractOne(
        word, _common_list(), scorer=DamerauLevenshtein.distance, score_cutoff=1
    )
    if best:
        return str(best[0])
    for i in range(3, len(word) - 2):
        left, right = word[:i], word[i:]
        if left in common and right in common:
            return f"{left} {right}"
    best = process.extractOne(
        word, _common_list(), scorer=DamerauLevenshtein.distance, score_cutoff=2
    )
    return str(best[0]) if best else None


@cache
def _common_list() -> list[str]:
    return sorted(w for w in english_words() if w.isalpha() and len(w) > 1)


_CODE = re.compile(r"\d")


class SpellingParams(Params):
    min_length: int = Field(3, description="shorter words are not checked")


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
        skip = _greeting_and_signoff(doc)
        for token in doc.body_tokens:
            text = token.text
            if any(a <= token.start < b for a, b in skip):
                continue
            if len(text) < params.min_length or doc.in_address(token.start, token.end):
                continue
            if text.isupper() or _CODE.search(doc.text, token.end, token.end + 1):
                continue  # acronyms, and words glued to a number or code
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
                if hit is not None:
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
        if len(word) < 3 or lower in known or lower in TEXT_SPEAK:
            return None
        if not any(c in "aeiouy" for c in strip_accents(lower)):
            return None  # dbt, npm, sql: a name or code, not a word
        if word[0].isupper() and (not doc.sentence_start(start) or not word[1:].islower()):
            return None  # a proper noun, or a word in capitals (the tone rules own those)
        end = start + len(word)
        if lower not in words and not lower.isascii():
            if strip_accents(lower) not in words:
                return None  # a word of another language: bientôt, Māori
            lower = strip_accents(lower)  # résumé, naïve, café
        if lower not in words and _derived(lower, words):
            return None
        if lower in words:
            if dialect is None:
                return None
            other = variants(dialect).get(lower)
            if not other:
                return None
            replacement = other.capitalize() if word[0].isupper() else other
            return Hit(
                start,
                end,
                {"why": f"the {'American' if dialect == 'british' else 'British'} spelling"},
                f"Write '{replacement}', the {dialect.capitalize()} spelling",
                replacement=replacement,
            )
        if _near_name(lower, names):
            return None  # a misspelt name is name-misspelled's, not spelling's
        if word[0].isupper():
            # a sentence's first word: an unknown capitalised word is most often a name
            guess = suggest(lower)
            if guess is None or " " in guess or not word.isascii():
                return None
            from rapidfuzz.distance import DamerauLevenshtein

            if DamerauLevenshtein.distance(lower, guess) > 1:
                return None
            return Hit(
                start,
                end,
                {"why": "not an English word"},
                f"Did you mean '{guess.capitalize()}'?",
                replacement=guess.capitalize(),
            )
        guess = suggest(lower)
        return Hit(
            start,
            end,
            {"why": "not an English word"},
            f"Did you mean '{guess}'?" if guess else "Check the spelling",
            replacement=guess,
        )


def _derived(word: str, words: SortedWords) -> bool:
    """A known word with a common ending: refreshable, gamified."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if (
                stem in words
                or stem + "e" in words
                or (stem.endswith("i") and stem[:-1] + "y" in words)
            ):
                return True
    return False


_SHORT_LINE = re.compile(r"^[ \t]*(?:\S+[ \t]+){0,3}\S+[ \t]*,[ \t]*$", re.M)


def _greeting_and_signoff(doc: Doc) -> list[tuple[int, int]]:
    """The greeting line, and the closing from its first short line ending in a comma ("Ngā
    mihi,", "Le gach dea-ghuí,"): salutations in other languages are not misspellings."""
    spans = []
    greeting = doc.greeting
    if greeting is not None:
        spans.append((greeting.start(), greeting.end()))
    tail_from = max(doc.body_start, len(doc.masked) - 400)
    for m in _SHORT_LINE.finditer(doc.masked, tail_from):
        if greeting is None or m.start() > greeting.end():
            spans.append((m.start(), len(doc.text)))
            break
    return spans


def _parts(word: str, start: int) -> Iterator[tuple[int, str]]:
    """A hyphenated word is checked part by part (ETA-prediction, well-being)."""
    offset = 0
    for part in word.split("-"):
        if part:
            yield start + offset, part
        offset += len(part) + 1


# grammar: (pattern, replacement for the whole match, or a function of the match)
_VOWEL_SOUND_EXCEPTIONS_A = re.compile(
    r"(?:uni(?!n)|use|usu|uti|ure|euro?|eu|one\b|once|ubiq|uran|ewe)", re.I
)
_SILENT_H = re.compile(r"(?:hour|honest|honou?r|heir)", re.I)
_LETTER_AN = set("AEFHILMNORSX")


def _wants_an(word: str) -> bool | None:
    """Whether the word takes "an": None when the sound cannot be told from the letters."""
    if word.isupper() and len(word) >= 2:
        return word[0] in _LETTER_AN  # an MBA, an FAQ, a UX review
    if word[0].isdigit():
        return None
    lower = word.lower()
    if _SILENT_H.match(lower):
        return True
    if lower[0] in "aeiou":
        return not _VOWEL_SOUND_EXCEPTIONS_A.match(lower)
    return False


def _rule(pattern: str, flags: int = re.I) -> re.Pattern[str]:
    return re.compile(pattern, flags)


#: (pattern, replacement): the named group `w` is the wrong word, the rest is its context
_RULES: list[tuple[re.Pattern[str], str]] = [
    (_rule(r"\b(?P<w>their) (?:is|are|was|were|will be|has been|have been)\b"), "there"),
    (
        _rule(
            r"\b(?P<w>there) (?:own|team|teams|company|decision|process|office|offer|clients?)\b"
        ),
        "their",
    ),
    (_rule(r"\b(?P<w>their|there) (?:going|doing|planning|hoping|looking to)\b"), "they're"),
    (_rule(r"\b(?P<w>they're) (?:own|team|company|decision|process|office)\b"), "their"),
    (
        _rule(r"\b(?P<w>your) (?:welcome|right|correct|going|doing|planning|busy|probably)\b"),
        "you're",
    ),
    (
        _rule(
            r"\b(?P<w>you're) (?:team|company|time|help|consideration|email|message|offer|"
            r"decision|process|feedback|office)\b"
        ),
        "your",
    ),
    (
        _rule(r"\b(?P<w>[Ii]ts) (?:a|an|been|going|not|always|never|clear|great|important)\b", 0),
        "it's",
    ),
    (_rule(r"\b(?P<w>[Ii]t's) (?:own|mission|team|customers|clients|products|values)\b", 0), "its"),
    (
        _rule(
            r"\b(?:(?:more|less) (?:\w+ )?|better |rather |fewer |greater |higher |lower |"
            r"larger |smaller )(?P<w>then)\b"
        ),
        "than",
    ),
    (_rule(r"\b(?:could|should|would|must|might) (?P<w>of)\b"), "have"),
    (_rule(r"\bI (?P<w>is|are)\b", 0), "am"),
    (_rule(r"\bI (?P<w>has)\b", 0), "have"),
    (_rule(r"\b(?:we|they|you) (?P<w>was)\b"), "were"),
    (_rule(r"\b(?:he|she) (?P<w>don't|do not)\b"), "doesn't"),
]
_DOUBLED = re.compile(r"\b([^\W\d_]+)[ \t]+\1\b", re.I)
_DOUBLE_OK = frozenset({"had", "that", "bye", "very", "no", "so"})
_ARTICLE = re.compile(r"\b(a|an|A|An)[ \t]+([A-Za-z][\w'’-]*)")


class Grammar(CheckKind):
    """`grammar`: a slip with one right correction."""

    name = "grammar"

    def run(self, doc: Doc, ctx: Context, rule: Any, params: Params) -> Iterator[Hit]:
        text = doc.plain
        start = doc.body_start
        for m in _DOUBLED.finditer(text, start):
            if m.group(1).lower() not in _DOUBLE_OK:
                yield Hit(
                    m.start(),
                    m.end(),
                    {"why": "a doubled word"},
                    f"Write '{m.group(1)}' once",
                    replacement=m.group(1),
                )
        for m in _ARTICLE.finditer(text, start):
            article, word = m.group(1), m.group(2)
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
        for rx, replacement in _RULES:
            for m in rx.finditer(text, start):
                found = m.group("w")
                fixed = replacement
                if found[:1].isupper():
                    fixed = replacement[:1].upper() + replacement[1:]
                yield Hit(
                    m.start("w"),
                    m.end("w"),
                    {"why": f"'{found}' where '{fixed}' is meant"},
                    f"Write '{fixed}'",
                    replacement=fixed,
                )


_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "to",
        "for",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "or",
        "as",
        "i",
        "i'm",
        "i",
        "am",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "this",
        "that",
        "my",
        "your",
        "you",
        "we",
        "our",
        "me",
        "us",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "have",
        "has",
        "had",
        "do",
        "did",
        "so",
        "if",
        "but",
        "not",
        "very",
        "also",
        "about",
        "more",
        "any",
        "all",
        "just",
    ]
)


class RepetitionParams(Params):
    min_words: int = Field(4, ge=2, description="the shortest run of words that counts")
    min_content: int = Field(2, description="content words the run must hold")


class Repetition(CheckKind):
    """`repetition`: a run of words (or a sentence) said twice in the body."""

    name = "repetition"
    Params = RepetitionParams

    def run(self, doc: Doc, ctx: Context, rule: Any, params: RepetitionParams) -> Iterator[Hit]:
        tokens = doc.body_tokens
        greeting = doc.greeting
        first = greeting.end() if greeting is not None else doc.body_start
        closing = doc.closing.strip().splitlines()
        last = doc.text.rfind(closing[0], first) if closing else -1
        limit = last if last > first else doc.signature_start
        words = [t for t in tokens if first <= t.start < limit]
        known = (
            per_notes(ctx.notes, "repetition-names", _naming_words)
            if ctx.notes is not None
            else frozenset()
        )
        lowered = [fold(t.text).lower() for t in words]
        # proper nouns (a hospital's or a product's name) may come back: only lower-case words
        # count as content
        plain = [t.text.islower() for t in words]
        n = params.min_words
        seen: dict[tuple[str, ...], int] = {}
        i = 0
        while i + n <= len(lowered):
            gram = tuple(lowered[i : i + n])
            content = [
                w
                for w, low in zip(gram, plain[i : i + n], strict=True)
                if low and w not in _STOP and w not in known
            ]
            j = seen.get(gram)
            if j is not None and j + n <= i and len(content) >= params.min_content:
                # grow the repeat as far as it goes, and point at the second saying
                k = n
                while i + k < len(lowered) and j + k < i and lowered[j + k] == lowered[i + k]:
                    k += 1
                yield Hit(
                    words[i].start,
                    words[i + k - 1].end,
                    {"why": f"{k} words said twice"},
                    "Drop the second saying, or say something new",
                )
                i += k
                continue
            seen.setdefault(gram, i)
            i += 1
