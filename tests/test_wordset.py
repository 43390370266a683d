"""coach.wordset: the sorted bytes answer as the set does, before and after the set is built."""

from __future__ import annotations

from coach import wordset
from coach.checks.names_spelling import _read_words, english_words
from coach.rulebook import rules_dir
from coach.wordset import WordSet, sorted_lines

ASKED = ["a", "aardvark", "zyzzyva", "Sarah", "data", "analyst", "", "résumé", "naïve", "co-op"]
ASKED += ["zzz", "aa", "\n", "data\nanalyst", "\udcff", "#", "Lower-case", "looker", "tableau"]


def test_bisection_answers_as_the_set_does() -> None:
    words = _read_words(rules_dir() / "lexicon" / "english-words.txt")
    asked = ASKED + sorted(words)[::997] + [w + "s" for w in sorted(words)[::1999]]
    bisected = WordSet(sorted_lines(words))
    assert [w in bisected for w in asked[: wordset.BISECTED]] == [
        w in words for w in asked[: wordset.BISECTED]
    ]
    built = WordSet(sorted_lines(words))
    built._left = 0
    assert [w in built for w in asked] == [w in words for w in asked]
    assert [w in WordSet.of(words) for w in asked] == [w in words for w in asked]


def test_small_lists_and_their_edges() -> None:
    for words in (frozenset(), frozenset({"b"}), frozenset({"a", "b", "c", "é", "ab", "ba"})):
        found = WordSet(sorted_lines(words))
        for w in ("", "a", "b", "c", "é", "ab", "ba", "aa", "bb", "d", "\n"):
            assert (w in found) == (w in words), (words, w)


def test_english_words_is_one_word_set() -> None:
    assert english_words() is english_words()
    assert "data" in english_words() and "Sarah" not in english_words()
