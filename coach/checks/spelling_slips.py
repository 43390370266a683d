"""Whether an unknown word is a slip of a common one: one or two edits from a frequent word,
two words run together, or a known word's prefix, plural, derivation or compound (which are
English, not slips). Used by the spelling check in `coach.checks.language`."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from coach.checks.names_spelling import english_words
from coach.checks.spelling_words import (
    _WORD_OR_CONTRACTION,
    CONTRACTIONS,
    JOIN_PREFIXES,
    RUN_ON_AFTER_A,
    RUN_ON_FIRST,
    RUN_ON_SECOND,
    RUN_TOGETHER_KNOWN,
    SUFFIXES,
    SortedWords,
    _words,
    lexicon,
    variants,
)
from coach.wordset import Words


def _common() -> Words:
    """SCOWL's medium list, the words a slip is checked against (loaded on the first unknown
    word, not at start-up)."""
    return english_words()


#: string.ascii_lowercase, without importing `string` (its Template class compiles a pattern
#: at import, which a one-file check paid for this one constant)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
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


#: the rarest words of the medium list (SCOWL size 50: quanta, welkin, mochas): a writer means
#: a word they know, so an unknown word one letter from one of these is another language's or
#: a trade's word ("quinta", "muchas", "walkin"), not a slip of it
_RAREST = 50


def _plausible(word: str, meant: str, rank: int) -> bool:
    """A slip people make: a typical one (swapped, doubled, vowel, left-out letter) for a word
    of the medium list short of its rarest, or any other one or two edits for a common word
    ("truely", "responce", "tommorow"); a rare word near a common one ("roastery", "organoids")
    is not a slip, nor a word that differs only in its first letter ("pisco", "unvented"):
    the first letter is the one a writer seldom gets wrong."""
    if len(meant) == len(word) and meant[0] != word[0] and meant[1:] == word[1:]:
        return False
    slip, tier = _likelihood(word, meant, rank)
    return tier < _RAREST and (slip <= 1 or (slip <= 3 and tier <= 20))


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


def _undoing(word: str, words: SortedWords) -> bool:
    """A known verb's form after "de", taking a thing away (dehairing, deboned): looked at only
    when no word is one slip away, and its rest must be long ("deside" is "decide")."""
    if not word.startswith("de") or len(word) < 8:
        return False
    rest = word[2:]
    return rest in words or (rest.endswith(("ing", "ed")) and _derived(rest, words))


def _plural(word: str, words: SortedWords) -> bool:
    """A known word with a plural's (or a verb's) "s", which the large list lacks for some rare
    words ("redactions", "purlins"): checked before the one-edit slips, or "redactions" would
    be read as a slip for "reductions"."""
    if len(word) < 5 or not word.endswith("s") or word.endswith("ss"):
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
    return bool(_derived_roots(word, words))


def _derived_roots(word: str, words: SortedWords) -> tuple[str, ...]:
    """The letters each reading of the word as a known word with a common ending starts with
    (the stem, less a final "e", "y" or doubled letter): "rostered" -> ("roster",), "truely"
    -> ("true", "tru"); empty when it is no such form."""
    roots: list[str] = []
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            stem = word[: -len(suffix)]
            if stem in words:
                roots.append(stem)
                if stem.endswith("e"):
                    roots.append(stem[:-1])
            elif stem + "e" in words:
                roots.append(stem)
            elif (stem.endswith("i") and stem[:-1] + "y" in words) or (
                stem[-1] == stem[-2] and stem[:-1] in words  # cupping, shipped
            ):
                roots.append(stem[:-1])
    return tuple(roots)


#: endings that make a product's or a tool's name of a common word: vectordb, nodejs, mlops
TECH_ENDINGS = ("db", "js", "ops", "ml", "ai", "io", "hq", "sdk", "api", "hub", "kit", "bot")


#: the particles of phrasal verbs, which English writes solid onto the verb to make a noun
PARTICLES = ("over", "out", "off", "back", "down", "away", "around", "through")


def _compound(word: str) -> bool:
    """Two common words of four letters or more written as one (codebase, bootcamp), or a
    common word with a tool's ending (vectordb)."""
    common = _common()
    if any(word.endswith(e) and word[: -len(e)] in common for e in TECH_ENDINGS):
        return len(word) >= 5
    if any(
        word.endswith(p) and len(word) - len(p) >= 3 and word[: -len(p)] in common
        for p in PARTICLES
    ):
        return True  # a verb and its particle as a noun: cutover, rollback, payout
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
    if len(lower) <= 4:
        # a short word is one letter from many common ones, so only a typing slip of one counts
        # (a letter swapped, or one left out of a word of four: "teh", "wich"); "bhat", "phin"
        # and "wada" are words of other languages
        best, order = near_common(lower, 1)
        if best is not None and _short_slip(lower, best):
            return "not an English word", best
        return None
    if not capitalised or len(lower) >= 6:
        best, order = near_common(lower, 1)
        if order and (not capitalised or order[0][0] == lower[0]) and _keeps_ending(lower, order):
            roots = _derived_roots(lower, words)
            if roots and (best is None or not any(w.startswith(roots) for w in order)):
                # a regular form of a known word ("cupping", "rostered"), unless a word one slip
                # away is another form of it: "occured" is "occurred", "truely" is "truly"
                return None
            return "not an English word", best
    elif len(lower) >= 4:
        best, order = near_common(lower, 1)
        if best in _FUNCTION_WORDS and _dropped_or_swapped(lower, best):
            return "not an English word", best
    if _derived(lower, words) or _compound(lower) or _undoing(lower, words):
        return None
    if len(lower) >= (8 if capitalised else 7):
        best, order = near_common(lower, 2)
        if order and _keeps_ending(lower, order):
            return "not an English word", best
    return None


def _short_slip(word: str, meant: str) -> bool:
    """A slip of a short common word: two letters swapped, or (in a word of four) one left out."""
    if len(meant) == len(word) + 1 and len(word) < 4:
        return False
    return _dropped_or_swapped(word, meant) and _tier(meant) <= 20


def _keeps_ending(word: str, order: tuple[str, ...]) -> bool:
    """Whether a correction keeps the word's final a, i, o or u. English words seldom end in
    these and a typing slip seldom makes one, while the words of many other languages do
    (mandapa, robusta, chicha, koroneiki): such a word with no correction ending the same way is
    another language's, not a slip ("robusta" is not "robust")."""
    last = word[-1]
    return last not in "aiou" or any(w.endswith(last) for w in order)


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
