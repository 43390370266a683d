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
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

from pydantic import Field

from coach.checks.base import CheckKind, Context, Hit, Params, per_notes
from coach.checks.names_spelling import english_words
from coach.checks.regional import regional_words
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
    "haha hehe yeah yep nope cya ttyl idk brb probs obvs defo deffo totes convo"
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
    known = frozenset().union(*(_lower_words(t) for t in texts)) | regional_words(notes.country)
    name_words = tuple(sorted(frozenset().union(*(_lower_words(t) for t in names))))
    return known, name_words


@lru_cache(maxsize=8192)
def _lower_words(text: str) -> frozenset[str]:
    """The text's words in lower case, and the parts of its hyphenated ones: a message checks
    "heli-ski" part by part, so the notes' "heli-ops" must make "heli" known."""
    found = {w.lower() for w in WORD.findall(fold(text))}
    return frozenset(found.union(*(w.split("-") for w in found if "-" in w)))


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


def _plural(word: str, words: SortedWords) -> bool:
    """A known word with a plural's (or a verb's) "s", which the large list lacks for some rare
    words ("redactions", "purlins"): checked before the one-edit slips, or "redactions" would
    be read as a slip for "reductions"."""
    if len(word) < 6 or not word.endswith("s") or word.endswith("ss"):
        return False
    stem = word[:-1]
    if stem.endswith("e") and stem[-2:-1] in ("s", "x", "z", "h"):
        return stem in words or stem[:-1] in words  # "boxes", "benches"
    return stem in words


def _agent_noun(word: str) -> bool:
    """One who does a common verb, which the large list lacks for some ("funders", "kayakers"):
    checked before the one-edit slips, or "funders" would be read as a slip for "founders"."""
    for ending in ("ers", "er"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)] in _common()
    return False


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
    if _prefixed(lower, words) or _plural(lower, words) or _agent_noun(lower):
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


_WORD_BEFORE = lazy_compile(r"([A-Za-z][A-Za-z'’]*)[^\w.!?\n]*$")


def _prev_word(text: str, pos: int) -> str:
    """The word before `pos` in its sentence, lower case ("" at a sentence's start)."""
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    return fold(m.group(1)).lower() if m else ""
