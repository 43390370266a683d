"""Large batches run on every core: the results must equal the one-process run, in order."""

from __future__ import annotations

import shutil
from pathlib import Path

from coach import batch
from coach.cli.check import _read_one, _targets
from coach.engine import Checker

CORPUS = Path(__file__).resolve().parent / "corpus"


def _run(targets, monkeypatch, parallel: bool):
    monkeypatch.setattr(batch, "PARALLEL_MIN", 10 if parallel else 10**9)
    monkeypatch.setattr(batch, "CHUNK", 7)
    read = lambda t: _read_one(t, None, {"kind": None, "to": None, "send_at": None})  # noqa: E731
    _, results, errors = batch.check_files(targets, read, Checker(), [], keep_messages=False)
    return [r.model_dump() for r in results], errors


def test_parallel_equals_sequential(tmp_path, monkeypatch):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    (tmp_path / "corpus" / "zz-broken.md").write_bytes(b"---\nkind: nope\n---\nHi\n")
    targets = _targets((str(tmp_path / "corpus"),))
    assert len(targets) > 100
    one = _run(targets, monkeypatch, parallel=False)
    many = _run(targets, monkeypatch, parallel=True)
    assert many == one
    assert [p for p, _ in many[1]] == [str(tmp_path / "corpus" / "zz-broken.md")]


def test_chunks_cut_only_between_folders():
    targets = [f"a/{i}.md" for i in range(5)] + [f"b/{i}.md" for i in range(3)] + ["c/0.md"]
    assert batch.chunks(targets, size=2) == [targets[:5], targets[5:8], targets[8:]]


def test_a_large_batch_that_keeps_its_messages_runs_in_parts_in_one_process(tmp_path, monkeypatch):
    """--fix and --diff need the messages back: one process, part by part, same results."""
    shutil.copytree(CORPUS, tmp_path / "corpus")
    targets = _targets((str(tmp_path / "corpus"),))
    one = _run(targets, monkeypatch, parallel=False)
    monkeypatch.setattr(batch, "PARALLEL_MIN", 10)
    read = lambda t: _read_one(t, None, {"kind": None, "to": None, "send_at": None})  # noqa: E731
    messages, results, errors = batch.check_files(targets, read, Checker(), [], keep_messages=True)
    assert messages is not None
    assert [m.path for m in messages] == [r.path for r in results]
    assert ([r.model_dump() for r in results], errors) == one
