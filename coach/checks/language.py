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
  verbs that never agree ("we was", "she have", "there is many", "the interviews was"). Each
  pattern is tried only when the message holds its trigger word, and compiled on first use.
- `repetition` finds a run of four or more words, inside one sentence, said twice between the
  greeting and the sign-off, when it holds two content words (or one, for a sentence of seven
  ordinary words or more): "let me know if" said twice is a courtesy, not a repeat.
"""

from __future__ import annotations

import mmap
import re
import string
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from typing import Any

from pydantic import Field

from coach.checks.base import CheckKind, Context, Hit, Params, per_notes
from coach.checks.names import english_words
from coach.models import Notes
from coach.rulebook import rules_dir
from coach.text import SIGNOFFS, WORD, Doc, fold, lazy_compile, strip_accents

#: countries whose writers spell the British way (RULEBOOK §7); CA accepts both forms
BRITISH = frozenset({"GB", "UK", "IE", "NZ", "AU", "IN"})


def _words(text: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(text.split())


#: a hyphenated word's first part that is a prefix, not a word: pre-interview, co-founded
PREFIXES = _words("pre re co non multi post sub anti semi mid self cross e inter intra")
#: prefixes written solid onto a known word: cofounder, reimagined, nonclinical, microservice
JOIN_PREFIXES = (
    "re",
    "co",
    "pre",
    "non",
    "multi",
    "sub",
    "inter",
    "intra",
    "over",
    "under",
    "cyber",
    "micro",
    "macro",
    "mega",
    "meta",
    "mini",
    "auto",
    "bio",
    "eco",
    "geo",
    "neuro",
    "tele",
    "anti",
    "post",
    "semi",
    "out",
    "hyper",
    "e",
)
#: endings that make a known word into another: refresh-able, game-ified, onboard-ing
SUFFIXES = ("able", "ible", "ified", "ify", "ing", "ed", "er", "ers", "s", "es", "ly", "ness")
#: shorthand the tone rules own (tone-unprofessional), not misspellings
TEXT_SPEAK = _words(
    "thx thanx tnx pls plz lol btw omg imo tbh asap fyi gonna wanna gotta ur u ok okay hmm "
    "haha hehe yeah yep nope cya ttyl idk brb"
)
#: contractions written without the apostrophe; none of these is an English word
CONTRACTIONS = {
    "im": "I'm",
    "ive": "I've",
    "dont": "don't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "arent": "aren't",
    "werent": "weren't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "hadnt": "hadn't",
    "couldnt": "couldn't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "youre": "you're",
    "theyre": "they're",
    "thats": "that's",
    "whats": "what's",
    "youve": "you've",
    "weve": "we've",
    "theyve": "they've",
    "youll": "you'll",
    "theyll": "they'll",
    "itll": "it'll",
    "wouldve": "would've",
    "couldve": "could've",
    "shouldve": "should've",
    "cant": "can't",
    "wont": "won't",
}
#: words that run into their neighbour when typed in a hurry: lookforward, nextweek, alot
RUN_ON_FIRST = _words(
    "a an the at in on of as to for with each every any no next last this look thank so too thanks"
)
RUN_ON_SECOND = _words("you the well least course fact other case lot far much to of away now")
#: after "a", only a word of quantity runs on: alot, abit, alittle (not "async")
RUN_ON_AFTER_A = _words("lot bit little few couple")
#: contractions without the apostrophe that are also (rare) words: wrong after a subject
_WORD_OR_CONTRACTION = _words("cant wont")
_SUBJECTS = _words("i we you they he she it who that")
#: words of the lexicon that are, in a follow-up, always two words run together
RUN_TOGETHER_KNOWN = {"incase": "in case"}
#: the words of a sign-off, whose slips ("Sincerly", "Best reguards") are spelling's
SIGNOFF_WORDS = (
    "sincerely",
    "regards",
    "wishes",
    "kindest",
    "warmest",
    "thanks",
    "respectfully",
    "faithfully",
    "cheers",
    "gratitude",
    "appreciation",
    "cordially",
    "truly",
    "yours",
    "warmly",
    "gratefully",
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

    def starting(self, prefix: str) -> Iterator[tuple[str, str]]:
        """Every (word, value) whose word starts with `prefix`, in order."""
        key = prefix.encode("utf-8")
        lo, hi = 0, len(self._data)
        while lo < hi:  # the first line not below the prefix
            mid = (lo + hi) // 2
            start, line = self._line_at(mid)
            if line < key:
                lo = start + len(line) + 1
            else:
                hi = start
        pos = lo
        while pos < len(self._data):
            end = self._data.find(b"\n", pos)
            end = end if end >= 0 else len(self._data)
            line = self._data[pos:end]
            if not line.startswith(key):
                return
            head, _, value = line.partition(b"\t")
            yield head.decode("utf-8"), value.decode("utf-8")
            pos = end + 1


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
    known = frozenset().union(*(_lower_words(t) for t in texts))
    name_words = tuple(sorted(frozenset().union(*(_lower_words(t) for t in names))))
    return known, name_words


@lru_cache(maxsize=8192)
def _lower_words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in WORD.findall(fold(text)))


def _naming_words(notes: Notes) -> frozenset[str]:
    """The words of the role, the company and the people: they may come back in a message."""
    texts = [notes.role, notes.company.name, *notes.company.aliases, notes.candidate.name]
    texts += [p.name for p in notes.interviewers]
    return frozenset().union(*(_lower_words(t) for t in texts))


def _near_name(word: str, names: tuple[str, ...]) -> bool:
    from rapidfuzz.distance import JaroWinkler

    return any(JaroWinkler.similarity(word, n) >= 0.85 for n in names if len(n) >= 3)


# --- finding the common word a slip was meant to be --------------------------------------------


def _common() -> frozenset[str]:
    """SCOWL's medium list, the words a slip is checked against (loaded on the first unknown
    word, not at start-up)."""
    return english_words()


_LETTERS = string.ascii_lowercase
_VOWELS = frozenset("aeiouy")


def _edits1(word: str) -> Iterator[tuple[int, str]]:
    """Every string one edit from `word`, ranked by how people slip (lower is likelier):
    0 swapped letters, a letter doubled or undoubled, a vowel for a vowel; 1 a letter left
    out; 2 a wrong or an extra letter."""
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            yield 0, word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    for i in range(len(word)):
        doubled = (i > 0 and word[i - 1] == word[i]) or (
            i + 1 < len(word) and word[i + 1] == word[i]
        )
        yield (0 if doubled else 2), word[:i] + word[i + 1 :]
        for c in _LETTERS:
            if c != word[i]:
                vowels = c in _VOWELS and word[i] in _VOWELS
                yield (0 if vowels else 2), word[:i] + c + word[i + 1 :]
    for i in range(len(word) + 1):
        for c in _LETTERS:
            doubled = (i > 0 and word[i - 1] == c) or (i < len(word) and word[i] == c)
            yield (0 if doubled else 1), word[:i] + c + word[i:]


def _tier(word: str) -> int:
    """How common a word is: its SCOWL size (10 the commonest), 99 past the medium list."""
    value = lexicon().get(word)
    return int(value) if value else 99


def _likelihood(word: str, meant: str, rank: int) -> tuple[int, int]:
    """How likely `word` is a slip for `meant` (lower is likelier): the kind of slip, worse for
    a rare word or a changed first letter; then how common `meant` is."""
    tier = _tier(meant)
    return rank + 2 * (tier > 50) + (meant[0] != word[0]), tier


def _plausible(word: str, meant: str, rank: int) -> bool:
    """A slip people make: a typical one (swapped, doubled, vowel, left-out letter) for a word
    of the medium list, or any other one or two edits for a common word ("truely", "responce",
    "tommorow"); a rare word near a common one ("roastery", "organoids") is not a slip."""
    slip, tier = _likelihood(word, meant, rank)
    return slip <= 1 or (slip <= 3 and tier <= 20)


def _pick(word: str, ranked: dict[str, int]) -> tuple[str | None, list[str]]:
    """The one correction to offer (None when two are as likely), and all, likeliest first:
    the likeliest slip, where a rare word or a changed first letter counts as a worse slip, then
    the commoner word ("intrested": interested, not intrusted; "wich": which, not with;
    "aknowledge": acknowledge, not knowledge)."""
    key = {w: _likelihood(word, w, rank) for w, rank in ranked.items()}
    order = sorted(ranked, key=lambda w: (*key[w], w))
    if not order:
        return None, []
    best = order[0]
    rivals = [w for w in order[1:] if key[w] == key[best]]
    return (None if rivals else best), order


@lru_cache(maxsize=4096)
def near_common(word: str, reach: int = 1) -> tuple[str | None, tuple[str, ...]]:
    """Common words one edit from `word` (or two, with reach 2, when none is one away) that it
    is a plausible slip for, likeliest first, and the one correction to offer (None when the
    choice is not clear)."""
    common = _common()
    ranked: dict[str, int] = {}
    for rank, candidate in _edits1(word):
        if candidate in common and ranked.get(candidate, 9) > rank:
            ranked[candidate] = rank
    if not ranked and reach >= 2 and len(word) >= 7:
        from rapidfuzz.distance import DamerauLevenshtein

        # two slips are believed only of a common word: scan those sharing the first letters
        for candidate, size in lexicon().starting(word[:2]):
            if (
                size
                and int(size) <= 20
                and abs(len(candidate) - len(word)) <= 2
                and DamerauLevenshtein.distance(word, candidate, score_cutoff=2) <= 2
            ):
                ranked[candidate] = 3
    ranked = {w: rank for w, rank in ranked.items() if _plausible(word, w, rank)}
    if not ranked:
        return None, ()
    best, order = _pick(word, ranked)
    return best, tuple(order)


#: longer "words" are not words (English's long ones, "internationalisation", have 20 letters);
#: reading them for a correction would cost time that grows with their length squared
_LONGEST = 30


def run_together(word: str) -> str | None:
    """Two words typed as one around a function word: "lookforward", "nextweek", "alot"."""
    if word in RUN_TOGETHER_KNOWN:
        return RUN_TOGETHER_KNOWN[word]
    common = _common()
    if word[0] == "a" and word[1:] in RUN_ON_AFTER_A:
        return f"a {word[1:]}"
    for i in range(2, len(word) - 1):
        left, right = word[:i], word[i:]
        if (left in RUN_ON_FIRST or right in RUN_ON_SECOND) and left in common and right in common:
            return f"{left} {right}"
    return None


_FUNCTION_WORDS = _words(
    "which their there they what when where while whether would could should about because "
    "until these those from with have thank thanks"
)


def _dropped_or_swapped(word: str, meant: str) -> bool:
    """`word` is `meant` with one letter left out, or two neighbours swapped."""
    if len(meant) == len(word) + 1:
        return any(meant[:i] + meant[i + 1 :] == word for i in range(len(meant)))
    if len(meant) == len(word):
        diff = [i for i in range(len(word)) if word[i] != meant[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and word[diff[0]] == meant[diff[1]]
            and word[diff[1]] == meant[diff[0]]
        )
    return False


def _prefixed(word: str, words: SortedWords) -> bool:
    """A known word with a prefix written solid: cofounder, reimagined, microservice."""
    return any(
        word.startswith(p) and len(word) - len(p) >= 4 and word[len(p) :] in words
        for p in JOIN_PREFIXES
    )


def _derived(word: str, words: SortedWords) -> bool:
    """A known word with a common ending: refreshable, gamified."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            stem = word[: -len(suffix)]
            if (
                stem in words
                or stem + "e" in words
                or (stem.endswith("i") and stem[:-1] + "y" in words)
            ):
                return True
    return False


#: endings that make a product's or a tool's name of a common word: vectordb, nodejs, mlops
TECH_ENDINGS = ("db", "js", "ops", "ml", "ai", "io", "hq", "sdk", "api", "hub", "kit", "bot")


def _compound(word: str) -> bool:
    """Two common words of four letters or more written as one (codebase, bootcamp), or a
    common word with a tool's ending (vectordb)."""
    common = _common()
    if any(word.endswith(e) and word[: -len(e)] in common for e in TECH_ENDINGS):
        return len(word) >= 5
    return any(word[:i] in common and word[i:] in common for i in range(4, len(word) - 3))


def _slip(word: str, capitalised: bool, words: SortedWords) -> tuple[str, str | None] | None:
    """Why an unknown word is a slip, and its correction; None when it is not one."""
    lower = word.lower()
    if lower in CONTRACTIONS:
        fixed = CONTRACTIONS[lower]
        return "an apostrophe missing", fixed
    pair = run_together(lower)
    if pair is not None:
        return "two words run together", pair
    if _prefixed(lower, words):
        return None
    # a capitalised first word is most often a name ("Ravi" is one letter from "rave"): only a
    # long one one slip from a word counts, or a short one missing a letter of, or swapping two
    # in, a function word ("Wich", "Thier")
    if not capitalised or len(lower) >= 6:
        best, order = near_common(lower, 1)
        if order and (not capitalised or order[0][0] == lower[0]):
            return "not an English word", best
    elif len(lower) >= 4:
        best, order = near_common(lower, 1)
        if best in _FUNCTION_WORDS and _dropped_or_swapped(lower, best):
            return "not an English word", best
    if _derived(lower, words) or _compound(lower):
        return None
    if len(lower) >= (8 if capitalised else 7):
        best, order = near_common(lower, 2)
        if order:
            return "not an English word", best
    return None


@lru_cache(maxsize=65536)
def _plain_word(text: str, dialect: str | None) -> bool:
    """An ordinary English word in the writer's dialect, which no branch of the spelling check
    would report wherever it stands: letters only, in the word list, not a contraction without
    its apostrophe, not two words run together, and not the other dialect's form."""
    lower = text.lower()
    if not (lower.isascii() and lower.isalpha()) or lower in _WORD_OR_CONTRACTION:
        return False
    if lower in RUN_TOGETHER_KNOWN or lower not in lexicon():
        return False
    return dialect is None or not variants(dialect).get(lower)


class SpellingParams(Params):
    min_length: int = Field(3, description="shorter words are not checked")


_CODE = lazy_compile(r"\d")


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
        if lower in known or lower in TEXT_SPEAK:
            return None
        if len(word) < 3 and lower not in CONTRACTIONS:
            return None
        if not any(c in "aeiouy" for c in strip_accents(lower)):
            return None  # dbt, npm, sql: a name or code, not a word
        capitalised = word[0].isupper()
        if capitalised and (not doc.sentence_start(start) or not word[1:].islower()):
            return None  # a proper noun, or a word in capitals (the tone rules own those)
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


# --- grammar ------------------------------------------------------------------------------------

#: a run of spaces, or a line break (hard-wrapped mail)
_SP = r"\s+"
_WORD_BEFORE = lazy_compile(r"([A-Za-z][A-Za-z'’]*)[^\w.!?\n]*$")
_NEXT = lazy_compile(r"\s*([A-Za-z][A-Za-z'’]*|[^\sA-Za-z])")


def _prev_word(text: str, pos: int) -> str:
    """The word before `pos` in its sentence, lower case ("" at a sentence's start)."""
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    return fold(m.group(1)).lower() if m else ""


def _next_word(text: str, pos: int) -> str:
    """The word or punctuation mark after `pos`, lower case ("" at the end)."""
    m = _NEXT.match(text, pos)
    return fold(m.group(1)).lower() if m else ""


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'“‘(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:"


#: words after which a following noun phrase is an object: "thank there team", "of there work"
_TAKES_OBJECT = _words(
    "of for about with into through by under thank thanks meet met join joined love loved "
    "admire admired enjoyed enjoy appreciate appreciated value valued support supported "
    "visit visited like liked hear heard learn learned learnt understand understood share "
    "shared see saw towards toward"
)
#: as above, where "there" is never the adverb: "in there", "from there" are
_TAKES_OBJECT_ALL = _TAKES_OBJECT | _words("in on at to from")
#: a noun phrase ends here: punctuation, or a word that cannot go on the noun ("team is")
_BOUNDARY = _words(
    ". , ; : ! ? ) in at on is was are were has have and or for with to from that which who "
    "looks seems sounds will would can could"
) | {""}
_NOUNS = _words(
    "team teams company office offices business organisation organization department clinic "
    "hospital school firm practice product products platform app website site service "
    "services approach culture mission vision strategy roadmap process decision offer feedback "
    "time help support consideration email message patience advice guidance input insight "
    "insights leadership managers engineers nurses staff customers clients patients students "
    "employees members users people colleagues values goals plans plan work projects project "
    "questions comments thoughts ideas efforts hospitality kindness generosity reputation "
    "history community growth success partners founders interview invitation response reply "
    "own"
)
#: nouns that are also verbs or first halves of compounds: "the people there work hard",
#: "they're team players"; after "there"/"they're" these count only after an object-taker
_NOUN_OR_VERB = _words(
    "team teams work plan plans help support offer process values value need needs "
    "project time business company office staff people"
)
#: words a clause can follow (I think it's people who...), unlike "supports it's employees"
_CLAUSE_VERBS = _words(
    "says said thinks believes knows feels hopes means seems agreed guessed decided realised "
    "realized shows showed suggests suggested is was does"
)
_BE_MODAL = _words(
    "is are was were be been being isn't aren't wasn't weren't will would could might may "
    "should must can 's"
)
_AUX = _words(
    "does did do doesn't didn't don't would could should will won't wouldn't couldn't "
    "shouldn't may might must can can't cannot shall let lets let's make makes made making help "
    "helps helped see saw seen watch watched hear heard have has had having to 'd 'll why how "
    "notice noticed if"
)
#: adjectives that end a clause: "I think their great.", "I know your busy."
_PREDICATIVE = (
    "great|amazing|lovely|wonderful|fantastic|awesome|brilliant|excellent|busy|correct|happy|"
    "available|interested|free|sure|aware|welcoming|friendly|helpful"
)
_BASE_VERBS = (
    "seem|look|sound|feel|want|need|mean|make|take|give|work|say|think|know|come|go|like|"
    "require|include|depend|matter|appear|become|believe|understand|hope"
)
_TO_VERBS = (
    "join|meet|hear|help|work|learn|discuss|speak|talk|connect|contribute|continue|support|be|"
    "see|share|send|follow|chat|catch|build|bring|move|take|make|get|start|know|explore|answer|"
    "find|thank|update|confirm|keep|reconnect|visit|grow|apply|read|review|provide|offer|attend|"
    "schedule|arrange|ask|say|let|hearing|meeting|working|joining|speaking"
)

Fixer = str | Callable[[re.Match[str]], str]
Guard = Callable[[str, re.Match[str]], bool]


class _Lazy:
    """A pattern compiled on first use: the grammar list holds some fifty, and compiling them
    all would cost a one-file check about 20 ms; a message needs the few its words call for."""

    def __init__(self, pattern: str, flags: int):
        self.pattern, self.flags = pattern, flags
        self._rx: re.Pattern[str] | None = None

    def finditer(self, text: str, pos: int) -> Iterator[re.Match[str]]:
        if self._rx is None:
            self._rx = re.compile(self.pattern, self.flags)
        return self._rx.finditer(text, pos)


def _rx(pattern: str, flags: int = re.I) -> _Lazy:
    """A pattern whose spaces also match a line break inside a paragraph."""
    return _Lazy(pattern.replace(" ", _SP), flags)


_NOUN_ENDINGS = (
    "ment",
    "ments",
    "tion",
    "tions",
    "sion",
    "sions",
    "ness",
    "ity",
    "ities",
    "ance",
    "ence",
    "ship",
    "ism",
    "ture",
    "tures",
    "ees",
    "ists",
    "ians",
)


def _noun_like(word: str) -> bool:
    """A noun of the closed list, or a word with a noun's ending (commitment, leadership)."""
    return word in _NOUNS or (len(word) >= 6 and word.endswith(_NOUN_ENDINGS))


def _possessive_slot(text: str, m: re.Match[str]) -> bool:
    """ "there/they're/it's/you're NOUN" where NOUN is the object of what comes before, or
    ends the phrase: "thank there team", "for you're time.", "supports it's employees"."""
    wrong = fold(m.group("w")).lower()
    noun = m.group("n").lower()
    if noun == "own":
        return True
    before = _prev_word(text, m.start("w"))
    if wrong == "it's" and before in ("with", "into", "through") and not noun.endswith("ly"):
        return True  # "with it's onboarding": never "with it is"
    if (
        wrong == "there"
        and before in _CLAUSE_OPENERS
        and _next_word(text, m.end("n")) in _VERBS_AFTER
    ):
        # "I think there team would adapt": after a word that opens a clause, "there" is its
        # subject only before a form of "be" ("I think there is", "there still is"); before a
        # word and its verb, that word is the subject and "there" is "their"
        return not noun.endswith("ly") and noun not in _ADVERBS
    # "prepares it's electronic bundles": describing words, then the noun of the phrase (not
    # "the updates it's sending", where "it's" opens a clause)
    if not _noun_like(noun) and (
        noun.endswith(("ly", "ing", "ed")) or not _noun_ahead(text, m.end("n"))
    ):
        return False
    if wrong == "there" and before in _BE_MODAL:
        return False  # "is there time", "will there be"
    takers = _TAKES_OBJECT if wrong == "there" else _TAKES_OBJECT_ALL
    if before in takers:
        return True
    if wrong == "it's":
        # "supports it's employees", not "I think it's people who..."
        return before.endswith(("s", "ed")) and before not in _CLAUSE_VERBS and len(before) > 3
    if wrong == "there" and noun in _NOUN_OR_VERB:
        return False  # "the people there work hard"
    if wrong != "there" and (noun.endswith("s") or noun in ("staff", "people")):
        return False  # "they're customers", "you're colleagues": they are
    return _next_word(text, m.end("n")) in _BOUNDARY


#: words that may stand between "there" and its verb: "I think there still is"
_ADVERBS = _words("still also always never just even soon already now certainly probably")
#: a noun's verb right after it: "(I think there) team would", "team has"
_VERBS_AFTER = _words(
    "would will could can should might may must is was are were has have had does did"
)


def _noun_ahead(text: str, pos: int, reach: int = 2) -> bool:
    """A noun within the next `reach` words, before anything that ends the phrase: one of the
    closed list, or a plural ("bundles", "rosters")."""
    for _ in range(reach):
        m = _NEXT.match(text, pos)
        if m is None:
            return False
        word = fold(m.group(1)).lower()
        if word in _BOUNDARY or not word.isalpha() or word.endswith("ly"):
            return False
        if _noun_like(word) or (
            len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
        ):
            return True
        pos = m.end()
    return False


def _not_after(words: frozenset[str]) -> Guard:
    return lambda text, m: _prev_word(text, m.start()) not in words


def _followed_by(words: frozenset[str]) -> Guard:
    return lambda text, m: _next_word(text, m.end()) in words


_AFTER_ADJ = _words(". , ; : ! ? to that about on at in with for and next this") | {""}
_AFTER_WELL = _words(". , ; : ! ? and") | {""}


def _your_welcome(text: str, m: re.Match[str]) -> bool:
    """Flag "Your welcome!" and "your welcome to reach out", not "thanks for your welcome" or
    "your welcome to the team"."""
    after = _next_word(text, m.end())
    if _sentence_start(text, m.start("w")) and after in (".", "!", ",", ""):
        return True
    if after != "to":
        return False
    to = text.find("to", m.end())
    return _next_word(text, to + 2) not in _DETERMINERS


_DETERMINERS = _words("the a an our my your their his her this that these those")
#: words after which a pronoun opens a clause: "I hope your having", not "appreciate your having"
_CLAUSE_OPENERS = _words(
    "hope know think sure if as while since because when that assume trust believe guess "
    "realise realize understand suspect expect feel reckon imagine"
)
_NOT_VERBS_ING = _words("morning evening thing things something anything nothing")


def _after_clause_opener(text: str, m: re.Match[str]) -> bool:
    if m.group().split()[-1].lower() in _NOT_VERBS_ING:
        return False
    return _prev_word(text, m.start("w")) in _CLAUSE_OPENERS


def _ends_clause(text: str, m: re.Match[str]) -> bool:
    """ "(I think) their great." where the adjective ends the clause and no verb or preposition
    before wants a noun ("thanks for your great...")."""
    before = _prev_word(text, m.start("w"))
    return (
        _next_word(text, m.end()) in _END_OF_CLAUSE
        and before not in _TAKES_OBJECT_ALL
        and before not in _BE_MODAL
    )


_END_OF_CLAUSE = _words(". , ; : ! ? and with to about at in for on")


def _without_about(m: re.Match[str]) -> str:
    return m.group("w").rsplit(None, 1)[0]


def _have_for_having(m: re.Match[str]) -> str:
    return " have"  # "I am having" and "I'm having" both become "I have"


_COMPARATIVES = (
    "better|worse|bigger|smaller|larger|higher|lower|longer|shorter|faster|slower|easier|"
    "harder|greater|stronger|broader|wider|deeper|quicker|simpler|clearer|closer|older|younger|"
    "cheaper|newer|happier|busier|smoother|tougher|richer|fewer"
)
_THAN_FOLLOWS = _words(
    "i we you they he she it the a an my our your their expected anticipated planned usual "
    "before ever last anything anyone anybody most any i'd i'm originally hoped thought "
    "imagined in at on"
)
_PLURAL_EXCEPTIONS = _words(
    "news series species means lens headquarters whereabouts crossroads diabetes measles mumps "
    "bias canvas alias atlas gas chaos ethos kudos pathos cosmos thanks sales odds hands "
    "christmas barracks innings"
)
_HE_SHE_IT = r"(?:[Hh]e|[Ss]he|[Ii]t)"
#: "Part I is", "Phase I has": a numeral, not the pronoun
_NUMBERED = _words("part phase chapter section type grade level tier class stage")


_PREPOSITIONS = _words(
    "of in at for with from about on to by across among into through over under between like"
)


def _plural_noun(text: str, m: re.Match[str]) -> bool:
    """A plural subject: not a plural inside a phrase ("our discussion of the reading clubs in
    three libraries was"), whose verb agrees with the noun before the preposition."""
    noun = m.group("n").lower()
    if _prev_word(text, m.start()) in _PREPOSITIONS:
        return False
    return noun not in _PLURAL_EXCEPTIONS and not noun.endswith(("ss", "us", "is", "ics", "'s"))


#: nouns of a group, which British English gives a plural verb ("the board have decided")
_GROUP_NOUNS = _words(
    "management administration leadership organisation organization population government "
    "department faculty majority minority community authority university partnership "
    "membership ownership audience congregation generation association corporation federation "
    "delegation opposition parliament commission institution foundation business nation "
    "party society city county committee constituency presidency agency ministry"
)


_NOT_BEFORE_SUBJECT = _PREPOSITIONS | _AUX | _words("and or nor both plus")


def _singular_subject(text: str, m: re.Match[str]) -> bool:
    """The noun is the subject, not one inside a phrase ("the cost of the relocation are" has
    its subject before "of"), and not a noun of a group."""
    noun = m.group("n").lower()
    before = _prev_word(text, m.start())
    # "does the transition have", "the move and the relocation are": a question, two subjects
    return noun not in _GROUP_NOUNS and before not in _NOT_BEFORE_SUBJECT


#: (pattern, correction of the named group `w`, guard, the words one of which the message must
#: hold for the pattern to be tried): each a slip with one right correction
_RULES: list[tuple[_Lazy, Fixer, Guard | None, str]] = [
    # their / there / they're
    (
        _rx(
            r"\b(?P<w>their) (?:is|are|was|were|will be|would be|has been|have been|isn't|"
            r"aren't|wasn't|weren't)\b"
        ),
        "there",
        None,
        "their",
    ),
    (
        _rx(
            r"\b(?P<w>their) (?:going|hoping|trying|about to|not(?!-)|(?-i:a|an)(?![-\w])|"
            r"(?:planning|looking) (?:to|for|forward))\b"
        ),
        "they're",
        None,
        "their",
    ),
    (_rx(r"\b(?P<w>there) (?P<n>[a-z]+)\b(?!-)"), "their", _possessive_slot, "there"),
    (_rx(r"\b(?P<w>they[’']re) (?P<n>[a-z]+)\b(?!-)"), "their", _possessive_slot, "they're"),
    # your / you're
    (
        _rx(
            r"\b(?P<w>your) (?:going|hoping|trying|not(?!-)|(?-i:a|an|the)(?![-\w])|"
            r"probably|aware|(?:planning|looking) (?:to|for|forward))\b"
        ),
        "you're",
        None,
        "your",
    ),
    (
        _rx(r"\b(?P<w>your) (?:right|correct|wrong)\b"),
        "you're",
        _followed_by(_words(". , ; : ! ? that about and in") | {""}),
        "your",
    ),
    (
        _rx(r"\b(?P<w>your) (?:available|interested|busy|able|free|sure)\b"),
        "you're",
        _followed_by(_AFTER_ADJ),
        "your",
    ),
    (_rx(r"\b(?P<w>your) well\b(?!-)"), "you're", _followed_by(_AFTER_WELL), "your"),
    (
        _rx(
            r"\b(?P<w>your) (?:very|so|really|extremely|quite|too) (?!(?:best|own|first|last)\b)"
            r"[a-z]+\b(?!-)"
        ),
        "you're",
        _followed_by(_words(". , ; : ! ? and with at to") | {""}),
        "your",
    ),
    (_rx(r"\b(?P<w>your) [a-z]+ing\b(?!-)"), "you're", _after_clause_opener, "your"),
    (
        _rx(r"\b(?P<w>your|their) (?:" + _PREDICATIVE + r")\b(?!-)"),
        lambda m: "you're" if m.group("w").lower() == "your" else "they're",
        _ends_clause,
        "your their",
    ),
    (_rx(r"\b(?P<w>their) [a-z]+ing\b(?!-)"), "they're", _after_clause_opener, "their"),
    (_rx(r"\b(?P<w>your) welcome\b"), "you're", _your_welcome, "your"),
    (_rx(r"\b(?P<w>you[’']re) (?P<n>[a-z]+)\b(?!-)"), "your", _possessive_slot, "you're"),
    # its / it's
    (
        _rx(
            r"\b(?P<w>[Ii]ts) (?:a|an|the|been|going|not|because|about (?:time|how|what|being))"
            r"\b(?!-)",
            0,
        ),
        "it's",
        None,
        "its",
    ),
    (
        _rx(
            r"\b(?P<w>[Ii]ts) (?:great|clear|important|hard|easy|good|nice|lovely|exciting|true|"
            r"obvious|possible|likely|fine|difficult|amazing|wonderful|unfortunate|rare|"
            r"encouraging|reassuring|helpful|crucial|essential|vital)\b",
            0,
        ),
        "it's",
        _followed_by(_words(". , ; : ! ? to that")),
        "its",
    ),
    (_rx(r"\b(?P<w>[Ii]t[’']s) (?P<n>[a-z]+)\b(?!-)", 0), "its", _possessive_slot, "it's"),
    (
        _rx(
            r"\b(?P<w>[Ii]ts) (?:really|so|very|quite|pretty|too|truly|incredibly|extremely) "
            r"[a-z]+\b(?!-)",
            0,
        ),
        "it's",
        _followed_by(_words(". , ; : ! ? and to that")),
        "its",
    ),
    # then / than, and than / then
    (
        _rx(
            r"\b(?:(?:more|less|fewer|rather)(?: (?!(?:and|or|but|then|than)\b)[\w-]+){0,3}|"
            + _COMPARATIVES
            + r") (?P<w>then)\b(?!\s*[,.;:!?])"
        ),
        "than",
        None,
        "then",
    ),
    (
        # a longer comparison ("more singers in one room then most engineers") holds only when
        # what follows can be its other side
        _rx(
            r"\b(?:more|less|fewer|" + _COMPARATIVES + r")(?: (?!(?:and|or|but|then|than|to|"
            r"that|which|who|so|if|when)\b)[\w-]+){4,6} (?P<w>then)\b(?!\s*[,.;:!?])"
        ),
        "than",
        _followed_by(_THAN_FOLLOWS | _words("most many some other others anyone's ever")),
        "then",
    ),
    (
        _rx(r"\bother (?P<w>then)\b(?!\s*[,.;:!?])"),
        "than",
        _not_after(_words("each the an one every some any")),
        "then",
    ),
    (
        _rx(r"\b(?:later|earlier|sooner) (?P<w>then)\b"),
        "than",
        _followed_by(_THAN_FOLLOWS),
        "then",
    ),
    (_rx(r"\b(?:since|until|till|back|from|and) (?P<w>than)\b"), "then", None, "than"),
    # to / too
    (
        _rx(
            r"\b(?P<w>too) (?:the|a|an|my|your|our|their|his|this|these|those|everyone|"
            r"all of|each)\b(?!-)"
        ),
        "to",
        _not_after(frozenset(["me"])),
        "too",
    ),
    (_rx(r"\bforward (?P<w>too)\b"), "to", None, "too"),
    (
        _rx(
            r"\b(?:love|like|want|wanted|hope|hoping|need|needed|able|going|trying|try|plan|"
            r"planning|wish|eager|keen|happy|glad|excited|pleased|delighted|ready|chance|"
            r"opportunity|unable|have|has|had) (?P<w>too) (?:" + _TO_VERBS + r")\b"
        ),
        "to",
        None,
        "too",
    ),
    (
        _rx(
            r"\b(?:a bit|a little|far|way|much|slightly|all) (?P<w>to) (?:long|late|early|soon|"
            r"much|many|busy|quick|quickly|big|small|hard|short|fast|slow|often)\b"
        ),
        "too",
        None,
        "long late early soon much many busy quick quickly big small hard short fast slow often",
    ),
    # affect / effect, lose / loose, advise / advice, here / hear, whether
    (
        _rx(
            r"\b(?:a|an|the|big|huge|real|positive|negative|significant|lasting|direct|major|"
            r"great|profound|strong|little|no|any|adverse|immediate|similar) (?P<w>affect) "
            r"(?:on|of)\b"
        ),
        "effect",
        None,
        "affect",
    ),
    (
        _rx(
            r"\b(?:will|would|could|can|may|might|does|did|doesn't|didn't|won't|not|also|"
            r"directly|negatively|positively) (?P<w>effect) (?:me|us|you|him|her|them|my|our|"
            r"your|his|their|how|people|patients|clinicians|customers|staff|everyone)\b"
        ),
        "affect",
        None,
        "effect",
    ),
    (
        _rx(
            r"\b(?:to|not|will|would|could|might|may|can|don't|didn't|never|won't|can't|cannot|"
            r"wouldn't) (?P<w>loose) (?:the|my|your|our|their|his|her|this|that|touch|track|"
            r"sight|interest|momentum|focus|out|money|time|it|them|you|me|any|a|an)\b"
        ),
        "lose",
        None,
        "loose",
    ),
    (
        _rx(
            r"\b(?P<w>loosing) (?:the|my|your|our|their|touch|track|sight|interest|momentum|"
            r"out|a|an|this|that|it|them)\b"
        ),
        "losing",
        None,
        "loosing",
    ),
    (
        _rx(
            r"\b(?:your|any|some|the|great|good|helpful|valuable|sound|expert|career|practical|"
            r"kind|for|of|his|her|their|our|my) (?P<w>advise)\b"
        ),
        "advice",
        None,
        "advise",
    ),
    (
        _rx(
            r"\b(?:please|kindly|to|could you|can you|would you|will) (?P<w>advice)(?: (?:me|"
            r"us|on|if|whether|when|what|how|the)\b|(?=[.!,]))"
        ),
        "advise",
        None,
        "advice",
    ),
    (
        _rx(r"\bto (?P<w>here) (?:from|about|back|more|that|how|what|your|you|if|whether)\b"),
        "hear",
        None,
        "here",
    ),
    (_rx(r"\b(?P<w>[Ww]ether)\b", 0), "whether", None, "wether"),
    (_rx(r"\b(?P<w>weather) or not\b"), "whether", None, "weather"),
    (
        _rx(
            r"\b(?:know|sure|wonder|wondering|ask|asking|decide|unsure|confirm|check|checking|"
            r"clarify) (?P<w>weather) (?:you|we|I|they|it|the|there|this|or)\b"
        ),
        "whether",
        None,
        "weather",
    ),
    (
        _rx(
            r"\b(?P<w>[Ll]ets) (?:meet|discuss|talk|connect|schedule|catch|keep|plan|chat|stay|"
            r"set|find|arrange|touch|aim|try|get|see)\b",
            0,
        ),
        "let's",
        lambda text, m: (
            _sentence_start(text, m.start("w"))
            or _prev_word(text, m.start("w")) in ("so", "then", "and", "ok", "okay")
        ),
        "lets",
    ),
    # could of, apart of, discuss about, am having N years
    (_rx(r"\b(?:could|should|would|must|might) (?P<w>of)\b"), "have", None, "of"),
    (
        _rx(
            r"\b(?:be|being|been|am|is|are|was|were|become|becoming|feel|felt|remain) "
            r"(?P<w>apart) of\b"
        ),
        "a part",
        None,
        "apart",
    ),
    (
        _rx(
            # "we discussed about X" is a slip, but "what we discussed about X" (the things we
            # discussed, concerning X) is English
            r"(?<!\bwhat[ ]we[ ])(?<!\bwhat[ ]you[ ])(?<!\bthings[ ]we[ ])(?<!\bwhat[ ]I[ ])"
            r"\b(?P<w>discuss(?:ed|es|ing)? about)\b(?! (?:a|an|one|two|three|four|five|six|"
            r"ten|half|twenty|\d))"
        ),
        _without_about,
        None,
        "discuss discussed discusses discussing",
    ),
    (
        _rx(
            r"(?<=\bI)(?P<w> am having|[’']m having) (?:(?:over|around|about|nearly|almost|"
            r"more than|close to) )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
            r"eleven|twelve|fifteen|twenty|several|many)\+? (?:years?|months?)\b"
            r"|(?<=\bI)(?P<x> am having|[’']m having) (?:good |strong |solid |extensive |deep |"
            r"hands-on )?(?:experience|knowledge|expertise)\b"
        ),
        _have_for_having,
        None,
        "having",
    ),
    # subject and verb
    (
        _rx(r"\bI (?P<w>is|are|has)\b", 0),
        lambda m: "have" if m.group("w") == "has" else "am",
        _not_after(_NUMBERED),
        "i",
    ),
    (
        _rx(r"\b(?:we|they|you) (?P<w>was|is|has)\b"),
        lambda m: {"was": "were", "is": "are", "has": "have"}[m.group("w").lower()],
        _not_after(frozenset(["thank"])),
        "we they you",
    ),
    (
        _rx(r"\b(?:I|we|they|you) (?P<w>doesn't|does not)\b"),
        "don't",
        _not_after(frozenset(["thank"])),
        "doesn't does",
    ),
    (_rx(r"\b" + _HE_SHE_IT + r" (?P<w>don't|do not)\b", 0), "doesn't", None, "don't do"),
    (_rx(r"\b" + _HE_SHE_IT + r" (?P<w>are)\b", 0), "is", _not_after(_AUX), "are"),
    (_rx(r"\b" + _HE_SHE_IT + r" (?P<w>have)\b", 0), "has", _not_after(_AUX), "have"),
    (
        _rx(r"\b" + _HE_SHE_IT + r" (?P<w>" + _BASE_VERBS + r")\b", 0),
        lambda m: m.group("w") + ("es" if m.group("w").lower() in ("go",) else "s"),
        _not_after(_AUX),
        "he she it",
    ),
    (
        _rx(
            r"\bthere (?P<w>is|was) (?:many|several|numerous|two|three|four|five|six|various|"
            r"multiple)\b(?!-)"
        ),
        lambda m: "are" if m.group("w").lower() == "is" else "were",
        None,
        "many several numerous two three four five six various multiple",
    ),
    (
        _rx(
            r"\b(?:everyone|everybody|someone|somebody|nobody|anyone|anybody|no one) "
            r"(?P<w>are|were|have)\b"
        ),
        lambda m: {"are": "is", "were": "was", "have": "has"}[m.group("w").lower()],
        _not_after(_AUX),
        "everyone everybody someone somebody nobody anyone anybody one",
    ),
    (
        _rx(
            r"\b(?:the|these|those|my|our|your|their|his|her|both|all|many|several|two|three|"
            r"four|five|some|most) (?P<n>[a-z]{3,}s) (?P<w>was)\b"
        ),
        "were",
        _plural_noun,
        "was",
    ),
    (
        _rx(
            r"\bone of (?:the|my|our|your|their|these|those|his|her) [a-z]{3,}s "
            r"(?P<w>were|are|have)\b"
        ),
        lambda m: {"were": "was", "are": "is", "have": "has"}[m.group("w").lower()],
        None,
        "one",
    ),
    (
        _rx(
            r"\b(?:this|that|the|my|our|your|each|every) (?:role|position|job|process|interview|"
            r"opportunity|project|approach|product|platform|plan|idea|schedule|timeline|offer|"
            r"salary|commute|location|manager|recruiter) (?P<w>" + _BASE_VERBS + r")\b"
        ),
        lambda m: m.group("w") + ("es" if m.group("w").lower() == "go" else "s"),
        _not_after(_AUX),
        "role position job process interview opportunity project approach product platform "
        "plan idea schedule timeline offer salary commute location manager recruiter",
    ),
    (
        # an abstract noun is one thing: "the uncertainty have", "this decision are"; nouns of
        # a group take either verb in British use ("the management have") and are left alone
        _rx(
            r"\b(?:the|this|my|our|your|his|her|its|each|every) (?P<n>[a-z]{3,}(?:ty|ness|ment|"
            r"tion|sion|ance|ence|ship|ism)) (?P<w>have|are|were)\b"
        ),
        lambda m: {"have": "has", "are": "is", "were": "was"}[m.group("w").lower()],
        _singular_subject,
        "have are were",
    ),
    (
        _rx(r"\bpeople (?P<w>is|was)\b"),
        lambda m: "are" if m.group("w").lower() == "is" else "were",
        _not_after(frozenset(["of"])),
        "people",
    ),
]
_COMPILED = [(rx, fix, guard, frozenset(needs.split())) for rx, fix, guard, needs in _RULES]
_DOUBLED = lazy_compile(r"\b([^\W\d_]+)(?:[ \t]+|[ \t]*\n[ \t]*)\1\b", re.I)
_DOUBLE_OK = frozenset({"had", "that", "bye", "very", "no", "so"})
_ARTICLE = lazy_compile(r"\b(a|an|A|An)[ \t]+([A-Za-z0-9][\w'’&.+-]*)")
_A_BEFORE_VOWEL = lazy_compile(
    r"(?:uni(?![mnd])|use|usa|usu|uti|ure|ura|ubiq|ukr|ugan|eu|ewe|one\b|one-|"
    r"once|onesie)",
    re.I,
)
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
        return letters[0] in _LETTER_AN  # an MBA, an NHS trust, a UX review
    if len(head) == 1:
        return head.upper() in _LETTER_AN  # an A, an X-ray, a B+
    lower = head.lower()
    if _SILENT_H.match(lower):
        return True
    if lower[0] == "h" and _AN_H_OK.match(lower):
        return None
    if lower[0] in "aeiou":
        return not _A_BEFORE_VOWEL.match(lower)
    return False


@lru_cache(maxsize=65536)
def _folded_lower(word: str) -> str:
    return fold(word).lower()


class Grammar(CheckKind):
    """`grammar`: a slip with one right correction."""

    name = "grammar"

    def run(self, doc: Doc, ctx: Context, rule: Any, params: Params) -> Iterator[Hit]:
        text = doc.plain
        start = doc.body_start
        for m in _DOUBLED.finditer(text, start):
            first, second = m.group(1), text[m.end() - len(m.group(1)) : m.end()]
            if first.lower() in _DOUBLE_OK or (second[:1].isupper() and second != "I"):
                continue  # had had, that that; Bora Bora, Walla Walla
            yield Hit(
                m.start(),
                m.end(),
                {"why": "a doubled word"},
                f"Write '{first}' once",
                replacement=first,
            )
        for m in _ARTICLE.finditer(text, start):
            article, word = m.group(1), m.group(2)
            if article == "A" and not _sentence_start(text, m.start(1)):
                continue  # option A, grade A: a letter, not the article
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
                yield Hit(
                    m.start(group),
                    m.end(group),
                    {"why": f"'{found.strip()}' where '{fixed.strip()}' is meant"},
                    f"Write '{fixed.strip()}'",
                    replacement=fixed,
                )


# --- repetition ---------------------------------------------------------------------------------

_STOP = _words(
    "a an and the of to for in on at by with from or as i i'm am is are was were be been it "
    "this that my your you we our me us will would could should can may might have has had do "
    "did so if but not very also about more any all just there here what how when which who "
    "they them their he she his her its than then into out up some such only other again "
    "really much well one let know please thank thanks look forward love like want hope get "
    "make see need take great"
)


_SENTENCE_GAP = lazy_compile(r"[.!?;:]|\n[ \t]*\n")


class RepetitionParams(Params):
    min_words: int = Field(4, ge=2, description="the shortest run of words that counts")
    min_content: int = Field(2, description="content words the run must hold")
    long_run: int = Field(
        7,
        description="a run of this many ordinary words (a sentence said twice) needs only one "
        "content word",
    )


@lru_cache(maxsize=65536)
def _compare_form(word: str) -> str:
    """A word as repetition compares it: folded, lower case, without a possessive ending."""
    lower = fold(word).lower()
    return lower[:-2] if lower.endswith("'s") and len(lower) > 3 else lower


#: a repeat is grown to at most this many words: a longer one is reported as this long, and a
#: text of one word said ten thousand times is read in linear time
_LONGEST_REPEAT = 60


class Repetition(CheckKind):
    """`repetition`: a run of words (or a sentence) said twice in the body."""

    name = "repetition"
    Params = RepetitionParams

    def run(self, doc: Doc, ctx: Context, rule: Any, params: RepetitionParams) -> Iterator[Hit]:
        tokens = doc.body_tokens
        greeting = doc.greeting
        first = greeting.end() if greeting is not None else doc.body_start
        limit = _signoff_start(doc, first)
        words = [t for t in tokens if first <= t.start < limit]
        known = (
            per_notes(ctx.notes, "repetition-names", _naming_words)
            if ctx.notes is not None
            else frozenset()
        )
        lowered = [_compare_form(t.text) for t in words]
        # proper nouns (a hospital's or a product's name) may come back: only lower-case words
        # count as content
        plain = [t.text.islower() for t in words]
        n = params.min_words
        # ordinary words: lower case and not the notes' names (the role may come back whole)
        ordinary = [low and w not in known for w, low in zip(lowered, plain, strict=True)]
        content = [o and w not in _STOP for w, o in zip(lowered, ordinary, strict=True)]
        # a run stays inside its sentence: "...the brief. I am excited..." is two sayings
        # (the gaps' breaks are found in one pass; a word's sentence is how many lie before it)
        breaks = [m.start() for m in _SENTENCE_GAP.finditer(doc.plain, first, limit)]
        sentence = [bisect_right(breaks, t.start) for t in words]
        seen: dict[tuple[str, ...], int] = {}
        i = 0
        while i + n <= len(lowered):
            if sentence[i] != sentence[i + n - 1]:
                i += 1
                continue
            gram = tuple(lowered[i : i + n])
            j = seen.get(gram)
            k = n
            if j is not None and j + n <= i:
                # grow the repeat as far as it goes, and point at the second saying
                while (
                    k < _LONGEST_REPEAT
                    and i + k < len(lowered)
                    and j + k < i
                    and lowered[j + k] == lowered[i + k]
                    and sentence[i + k] == sentence[i]
                    and sentence[j + k] == sentence[j]
                ):
                    k += 1
            held = sum(content[i : i + k])
            long = sum(ordinary[i : i + k]) >= params.long_run
            if j is not None and j + n <= i and (held >= params.min_content or (long and held)):
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
