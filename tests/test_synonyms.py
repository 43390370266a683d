"""The shipped synonym table (coach/data/synonyms.txt, from the Open English WordNet by
scripts/build_synonyms.py): it loads, has the shape the bisecting reader relies on, stays within
its size budget, carries its licence, and the build keeps only frequent senses."""

from __future__ import annotations

import shutil
import sys
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

import coach.synonyms as synonyms_module
from coach.cli import cli
from coach.semantic.errors import EXIT_INSTALL
from coach.synonyms import lemmas, lookup, synonyms

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

DATA = resources.files("coach").joinpath("data")


def test_the_table_is_sorted_lines_of_lower_case_words() -> None:
    raw = DATA.joinpath("synonyms.txt").read_bytes()
    assert len(raw) < 1_500_000  # the budget for data in the repository
    lines = raw.decode("utf-8").splitlines()
    assert len(lines) > 10_000
    assert [w.encode() for w in lines] == sorted(w.encode() for w in lines)  # bisectable
    table = {}
    for line in lines:
        word, tab, rest = line.partition("\t")
        assert tab and word.isalpha() and word.islower() and rest.split()
        table[word] = set(rest.split())
    # a synonym pair is listed both ways, and no word is its own synonym
    for word, same in table.items():
        assert word not in same and all(word in table[s] for s in same)


def test_the_licence_is_beside_the_data() -> None:
    text = DATA.joinpath("OEWN-LICENSE").read_text("utf-8")
    assert "Creative Commons Attribution 4.0" in text and "Princeton University" in text


@pytest.mark.parametrize(
    ("word", "synonym"),
    [("maintenance", "upkeep"), ("invoice", "bill"), ("oath", "swearing")],
)
def test_lookup_finds_both_ways(word: str, synonym: str) -> None:
    assert synonym in lookup(word) and word in lookup(synonym)


def test_inflected_words_are_looked_up_by_their_lemmas() -> None:
    assert "bill" in synonyms("invoices")
    assert "invoice" in lemmas("invoices") and "study" in lemmas("studied")
    assert lookup("qwertyuiop") == () and synonyms("the") == ()


def test_the_build_keeps_frequent_senses_only() -> None:
    from build_synonyms import render, table

    english = frozenset({"work", "piece", "job", "labour", "task"})
    senses = {
        "work": {"n": ["a-work", "b-product", "c-rare"]},
        "labour": {"n": ["a-work"]},
        "job": {"n": ["d-job", "a-work"]},
        "piece": {"n": ["e-piece", "f-coin", "b-product"]},  # "product" is its third sense
        "task": {"n": ["g-task", "h-other", "a-work"]},
        "Task": {"n": ["a-work"]},  # a name: no lower-case word
    }
    rows = table(senses, english)
    assert rows["work"] == {"labour", "job"}  # second sense of "job", first of "work"
    assert "piece" not in rows  # a third sense joins nothing
    assert render(rows).splitlines()[0] == "job\tlabour work"


@pytest.mark.parametrize("content", [None, b"", b"not a table at all"])
def test_a_missing_or_damaged_table_stops_coach_check_with_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: bytes | None
) -> None:
    """A broken install is exit 4 and one line before any message is read, never an empty
    table that would quietly turn paraphrased details into 'no detail' findings."""
    table = tmp_path / "synonyms.txt"
    if content is not None:
        table.write_bytes(content)
    monkeypatch.setattr(synonyms_module, "table_file", lambda: table)
    synonyms_module.table_bytes.cache_clear()
    draft = tmp_path / "d.md"
    shutil.copy(ROOT / "tests" / "corpus" / "acme" / "batch" / "ty-sarah.md", draft)
    shutil.copy(ROOT / "tests" / "corpus" / "acme" / "notes.yaml", tmp_path / "notes.yaml")
    try:
        result = CliRunner().invoke(cli, ["check", str(draft)])
    finally:
        synonyms_module.table_bytes.cache_clear()
    assert result.exit_code == EXIT_INSTALL
    assert "synonyms.txt: " in result.output and (
        "missing" in result.output or "damaged" in result.output
    )
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
