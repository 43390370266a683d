"""coach.front_cache: a front matter read again comes from the cache, as a fresh read makes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach import front_cache
from coach.errors import InputError
from coach.readers import parse_message

FRONT = """---
kind: thank_you
to: Sarah Chen
send_at: '2026-11-20T19:30:00-05:00'
notes:
  candidate: {name: Priya Raman}
  company: {name: Acme Analytics}
  role: Data Analyst
  interview: {start: 2026-11-20 10:00:00-05:00}
  interviewers:
  - {name: Sarah Chen, title: Analytics Manager}
  details: [the churn dashboard]
---
"""
BODY = "Dear Sarah,\n\nThank you for talking through the churn dashboard.\n\nBest,\nPriya\n"


@pytest.fixture
def fresh_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COACH_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("COACH_NO_CACHE", raising=False)
    monkeypatch.setattr(front_cache, "_STORE", None)
    monkeypatch.setattr(front_cache, "_ADDED", {})
    monkeypatch.setattr(front_cache, "_PATH", [])
    return tmp_path


def _next_run() -> None:
    front_cache.save()
    front_cache._STORE = None
    front_cache._PATH.clear()


def test_a_message_read_again_from_the_cache_equals_a_fresh_read(fresh_store: Path) -> None:
    first = parse_message(FRONT + BODY, "a.md")
    _next_run()
    again = parse_message(FRONT + BODY, "a.md")
    assert FRONT[4:-4] in (front_cache._STORE or {})
    assert again == first and again.notes == first.notes
    assert again.notes is not None and again.notes.interviewers[0].name == "Sarah Chen"
    # every read has its own notes object, as a fresh read gives (batches group by identity)
    assert parse_message(FRONT + BODY, "b.md").notes is not again.notes


def test_an_edited_front_matter_is_read_afresh(fresh_store: Path) -> None:
    parse_message(FRONT + BODY, "a.md")
    _next_run()
    edited = parse_message(FRONT.replace("Data Analyst", "Data Engineer") + BODY, "a.md")
    assert edited.notes is not None and edited.notes.role == "Data Engineer"


def test_notes_that_do_not_validate_raise_on_every_read(fresh_store: Path) -> None:
    broken = FRONT.replace("  role: Data Analyst\n", "")
    for _ in range(2):
        with pytest.raises(InputError) as caught:
            parse_message(broken + BODY, "a.md")
        assert "role" in str(caught.value)
        _next_run()


def test_the_store_keeps_the_last_front_matters_read(fresh_store: Path) -> None:
    for i in range(front_cache.LIMIT + 5):
        parse_message(FRONT.replace("Data Analyst", f"Analyst {i}") + BODY, "a.md")
    _next_run()
    kept = front_cache._store() or {}
    assert len(kept) == front_cache.LIMIT
    assert any("Analyst 0\n" in key for key in kept)  # a run keeps its first LIMIT reads


def test_without_the_cache_nothing_is_kept(
    fresh_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACH_NO_CACHE", "1")
    parse_message(FRONT + BODY, "a.md")
    front_cache.save()
    assert list(fresh_store.iterdir()) == []


def test_another_checkouts_store_is_kept_and_an_older_one_of_ours_removed(
    fresh_store: Path,
) -> None:
    ours = front_cache.path()
    group = ours.name.rsplit("-", 1)[0]
    elsewhere = fresh_store / "front-0badc0de-12345678.pickle"  # another checkout's store
    stale = fresh_store / f"{group}-00000000.pickle"  # ours, from reading code since changed
    for old in (elsewhere, stale):
        old.write_bytes(b"")
    parse_message(FRONT + BODY, "a.md")
    _next_run()
    assert ours.exists() and elsewhere.exists()
    assert not stale.exists()


def test_the_store_is_named_by_where_the_reading_code_is_not_its_version(tmp_path: Path) -> None:
    """Two checkouts keep a store each; an edit of the reading code renames only its version."""
    from coach.cache import fingerprint, source_paths

    here, there = tmp_path / "here.py", tmp_path / "there.py"
    here.write_text("a = 1\n")
    there.write_text("a = 1\n")
    before = fingerprint("front", [here])
    assert source_paths(before) == [str(here)]
    here.write_text("a = 22\n")  # another size: another version of the same checkout
    after = fingerprint("front", [here])
    assert after != before
    assert front_cache._group(after) == front_cache._group(before)
    assert front_cache._group(fingerprint("front", [there])) != front_cache._group(before)
