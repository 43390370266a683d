"""coach.pattern_cache: a pattern compiled from stored code is the pattern re.compile builds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach import pattern_cache


@pytest.fixture
def fresh_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COACH_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("COACH_NO_CACHE", raising=False)
    monkeypatch.setattr(pattern_cache, "_STORE", None)
    monkeypatch.setattr(pattern_cache, "_ADDED", [])
    monkeypatch.setattr(pattern_cache, "_USED", [])
    return tmp_path


PATTERNS = [
    (r"(?P<who>[A-Z][a-z]+)(?:, | and )(?P=who)\b", 0),
    (r"(?<![\w'])(?:thanks?|grateful)(?![\w])", re.I),
    (r"^[ \t]*(?:best|regards)[,.!]?[ \t]*$", re.I | re.M),
    (r"caf\u00e9 [^\W\d_]+(?:['’\-][^\W\d_]+)*", 0),
]
TEXT = "Thanks, Ana and Ana. I'm grateful.\nBest,\nCafé Zoë-Lynn and co"


def _reloaded() -> None:
    pattern_cache.save()
    pattern_cache._STORE = None


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_read_back_from_the_store_matches_as_re_compile_does(
    fresh_store: Path, pattern: str, flags: int
) -> None:
    first = pattern_cache.compile_pattern(pattern, flags)
    _reloaded()
    again = pattern_cache.compile_pattern(pattern, flags)
    assert (pattern, flags) in (pattern_cache._STORE or {})
    expected = re.compile(pattern, flags)
    assert first == again == expected
    assert again.groupindex == expected.groupindex and again.flags == expected.flags
    spans = [(m.span(), m.groups()) for m in expected.finditer(TEXT)]
    assert [(m.span(), m.groups()) for m in again.finditer(TEXT)] == spans


def test_the_store_is_written_once_and_read_by_the_next_run(fresh_store: Path) -> None:
    pattern_cache.compile_pattern(r"\bfollow(?:ing)? up\b", re.I)
    pattern_cache.save()
    assert pattern_cache.path().is_file()
    assert pattern_cache.path().parent == fresh_store
    pattern_cache._STORE = None
    assert (r"\bfollow(?:ing)? up\b", int(re.I)) in (pattern_cache._store() or {})


def test_a_damaged_store_or_entry_falls_back_to_re_compile(fresh_store: Path) -> None:
    pattern_cache.path().write_bytes(b"not a pickle")
    assert pattern_cache.compile_pattern(r"a+b", 0) == re.compile(r"a+b")
    store = pattern_cache._store()
    assert store is not None
    store[(r"c+d", 0)] = (0, [999], 0, {}, (None,))  # code the engine refuses
    assert pattern_cache.compile_pattern(r"c+d", 0).fullmatch("ccd")


def test_with_the_cache_off_nothing_is_stored(
    fresh_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACH_NO_CACHE", "1")
    assert pattern_cache.compile_pattern(r"x|y", 0).pattern == "x|y"
    pattern_cache.save()
    assert pattern_cache._STORE is None and not list(fresh_store.iterdir())


def test_processes_saving_at_once_keep_each_others_patterns(fresh_store: Path) -> None:
    """Two runs read the store at their start and save at their end: the second to save merges
    into what the first wrote instead of writing over it."""
    pattern_cache._store()  # this run reads the (empty) store
    pattern_cache.compile_pattern(r"first+", 0)
    other = dict(pattern_cache._STORE or {})  # what another run, started alike, compiled
    pattern_cache._ADDED.clear()
    pattern_cache._STORE = {}
    pattern_cache.compile_pattern(r"second+", 0)
    pattern_cache.save()
    from coach.cache import update_store

    update_store(pattern_cache.path(), pattern_cache.group(), lambda current: {**current, **other})
    pattern_cache._STORE = None
    assert {(r"first+", 0), (r"second+", 0)} <= set(pattern_cache._store() or {})


def test_the_store_keeps_the_patterns_used_last(
    fresh_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pattern_cache, "LIMIT", 3)
    for word in ("a", "b", "c"):
        pattern_cache.compile_pattern(word + "+", 0)
    _reloaded()
    pattern_cache._ADDED.clear()
    pattern_cache.compile_pattern("a+", 0)  # used from the store
    pattern_cache.compile_pattern("d+", 0)  # new: the oldest unused one ("b+") makes room
    _reloaded()
    assert set(pattern_cache._store() or {}) == {("c+", 0), ("a+", 0), ("d+", 0)}


def test_each_checkout_keeps_a_store_of_its_own(
    fresh_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = pattern_cache.path()
    assert ours.name.startswith("patterns-v3-py") and ours.parent == fresh_store
    monkeypatch.setattr(pattern_cache, "__file__", "/elsewhere/coach/pattern_cache.py")
    assert pattern_cache.path() != ours
