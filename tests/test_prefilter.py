"""The message-wide RE2 set that rules phrase families out (coach.checks.matcher._Prefilter)."""

from __future__ import annotations

import pytest

from coach.checks import matcher


@pytest.fixture
def batch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matcher, "_messages", 100)  # past the warm-up, in one batch


def test_a_pattern_registered_after_the_set_was_built_is_still_found(batch: None) -> None:
    sets = matcher._Prefilter(False)
    for word in ("ferry", "harbour", "lighthouse"):
        sets.add(rf"\b{word}\b")
    assert sets.matching("the ferry left late") == {0}
    late = sets.add(r"\bquay\b")
    assert late in sets.matching("we met on the quay")


def test_a_pattern_not_yet_in_the_set_is_ruled_out_once_the_next_batch_builds_it(
    batch: None,
) -> None:
    sets = matcher._Prefilter(False)
    for word in ("ferry", "harbour", "lighthouse"):
        sets.add(rf"\b{word}\b")
    sets.matching("the ferry left late")
    late = sets.add(r"\bquay\b")
    assert late in sets.matching("no such word here")  # not in the set yet: may match
    matcher.note_messages(20)  # the next batch: registrations have settled
    assert sets.matching("no such word here") == frozenset()


def test_the_set_is_rebuilt_a_few_times_not_once_per_registration(batch: None) -> None:
    sets = matcher._Prefilter(False)
    builds = 0
    for i in range(40):
        sets.add(rf"\bword{i}\b")
        before = sets._set
        found = sets.matching(f"a text with word{i} in it")
        builds += sets._set is not before
        assert i in found
    assert builds <= 7


def test_patterns_dealt_to_several_sets_are_answered_as_by_one(batch: None) -> None:
    one, dealt = matcher._Prefilter(False), matcher._Prefilter(False, parts=3)
    words = ("kiln", "glaze", "slip", "wheel", "bisque", "raku", "stoneware")
    for sets in (one, dealt):
        for word in words:
            sets.add(rf"\b{word}\b")
    for text in ("a raku firing in the kiln", "no pottery here", "Glaze, slip and a wheel"):
        assert dealt.matching(text) == one.matching(text)
    assert dealt.matching("bisque then stoneware") == {4, 6}
    assert len(dealt._set or ()) == 3
