"""The on-disk cache of built rules and lexicon: hit, miss on change, rebuild on damage, off."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coach import cache
from coach.rulebook import _build_rules, load_rules, rules_dir

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COACH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("COACH_NO_CACHE", raising=False)
    source = tmp_path / "source.txt"
    source.write_text("one")
    return tmp_path


def counting_build(calls: list[int], value: object):
    def build() -> object:
        calls.append(1)
        return value

    return build


def test_second_call_reads_the_cache(folder: Path) -> None:
    calls: list[int] = []
    src = [folder / "source.txt"]
    assert cache.cached("t", src, counting_build(calls, {"a": 1})) == {"a": 1}
    assert cache.cached("t", src, counting_build(calls, {"a": 2})) == {"a": 1}
    assert len(calls) == 1
    assert len(list((folder / "cache").glob("t-*.pickle"))) == 1
    assert oct((folder / "cache").stat().st_mode & 0o777) == "0o700"


def test_a_changed_source_is_built_again(folder: Path) -> None:
    calls: list[int] = []
    source = folder / "source.txt"
    cache.cached("t", [source], counting_build(calls, 1))
    source.write_text("two, longer")
    assert cache.cached("t", [source], counting_build(calls, 2)) == 2
    st = source.stat()
    os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))  # same size, newer
    assert cache.cached("t", [source], counting_build(calls, 3)) == 3
    assert len(calls) == 3
    assert len(list((folder / "cache").glob("t-*.pickle"))) == 1  # the stale ones are gone


def test_two_checkouts_keep_their_own_entries(folder: Path) -> None:
    """Two copies of the sources (two checkouts of a project) do not evict each other."""
    calls: list[int] = []
    other = folder / "other" / "source.txt"
    other.parent.mkdir()
    other.write_text("one, elsewhere")
    for _ in range(3):
        assert cache.cached("t", [folder / "source.txt"], counting_build(calls, "here")) == "here"
        assert cache.cached("t", [other], counting_build(calls, "there")) == "there"
    assert len(calls) == 2
    assert len(list((folder / "cache").glob("t-*.pickle"))) == 2


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05garbage"])
def test_a_damaged_entry_is_rebuilt_and_rewritten(folder: Path, damage: bytes) -> None:
    calls: list[int] = []
    src = [folder / "source.txt"]
    cache.cached("t", src, counting_build(calls, "v1"))
    (entry,) = (folder / "cache").glob("t-*.pickle")
    entry.write_bytes(damage)
    assert cache.cached("t", src, counting_build(calls, "v2")) == "v2"
    assert cache.cached("t", src, counting_build(calls, "v3")) == "v2"
    assert len(calls) == 2


def test_an_unwritable_cache_folder_only_costs_time(folder: Path, monkeypatch) -> None:
    blocker = folder / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("COACH_CACHE_DIR", str(blocker / "cache"))  # a folder under a file
    calls: list[int] = []
    src = [folder / "source.txt"]
    assert cache.cached("t", src, counting_build(calls, 5)) == 5
    assert cache.cached("t", src, counting_build(calls, 6)) == 6
    assert len(calls) == 2


def test_no_cache_switch(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_NO_CACHE", "1")
    calls: list[int] = []
    src = [folder / "source.txt"]
    cache.cached("t", src, counting_build(calls, 1))
    cache.cached("t", src, counting_build(calls, 1))
    assert len(calls) == 2
    assert not (folder / "cache").exists()


def test_build_errors_are_raised_and_not_cached(folder: Path) -> None:
    def broken() -> object:
        raise ValueError("bad rule")

    src = [folder / "source.txt"]
    for _ in range(2):
        with pytest.raises(ValueError, match="bad rule"):
            cache.cached("t", src, broken)
    assert not list((folder / "cache").glob("t-*.pickle"))


def test_cached_rules_equal_freshly_built_rules(folder: Path) -> None:
    load_rules.cache_clear()
    try:
        first = load_rules()  # builds and writes
        load_rules.cache_clear()
        second = load_rules()  # reads the pickle
    finally:
        load_rules.cache_clear()
    fresh = _build_rules(rules_dir())
    assert list(first) == list(second) == list(fresh)
    for rule_id, rule in fresh.items():
        assert second[rule_id].model_dump() == rule.model_dump(), rule_id
        assert second[rule_id].params == rule.params, rule_id
        assert type(second[rule_id].params) is type(rule.params)
    assert list((folder / "cache").glob("rules-*.pickle"))


def test_an_edited_rule_file_is_read_afresh(tmp_path: Path) -> None:
    """End to end through the CLI: the message of an edited rule shows at once."""
    rules = tmp_path / "rules"
    shutil.copytree(rules_dir(), rules)
    env = {**os.environ, "COACH_CACHE_DIR": str(tmp_path / "cache")}
    script = (
        "import sys; from coach.rulebook import load_rules;"
        "print(load_rules(sys.argv[1])['tone-demanding'].message)"
    )

    def message() -> str:
        out = subprocess.run(
            [sys.executable, "-c", script, str(rules)], env=env, capture_output=True, text=True
        )
        assert out.returncode == 0, out.stderr
        return out.stdout.strip()

    before = message()
    assert message() == before  # now from the cache
    path = rules / "tone-demanding.yaml"
    path.write_text(path.read_text("utf-8").replace(before, "Edited message.", 1), "utf-8")
    assert message() == "Edited message."


def test_the_linux_folder_is_the_one_platformdirs_names(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv("COACH_CACHE_DIR", raising=False)
    for xdg in ("", "/tmp/xdg-cache-test"):
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
        if sys.platform.startswith("linux"):
            expected = platformdirs.user_cache_dir("follow-up-coach", appauthor=False)
            assert cache.cache_dir() == Path(expected)


def test_unknown_country_is_an_input_error_naming_the_notes_key(tmp_path):
    """A country the holidays calendar does not know is bad notes (exit 2, the file and key
    named), not an internal error when business days are first counted."""
    src = Path(__file__).parent / "corpus" / "acme"
    notes = (src / "notes.yaml").read_text("utf-8").replace("country: US", "country: ZZ")
    (tmp_path / "notes.yaml").write_text(notes, "utf-8")
    shutil.copy(src / "ci-michael-accusatory.md", tmp_path / "m.md")
    text = (tmp_path / "m.md").read_text("utf-8")
    (tmp_path / "m.md").write_text(re.sub(r"notes: .*", "notes: notes.yaml", text), "utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "coach", "check", str(tmp_path / "m.md")],
        capture_output=True,
        text=True,
        env={**os.environ, "COACH_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert proc.returncode == 2
    assert "notes.yaml: country: not a country with a public-holiday calendar" in proc.stdout
    assert "internal error" not in proc.stdout + proc.stderr
