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
