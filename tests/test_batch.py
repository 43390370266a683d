"""Large batches run on every core: the results must equal the one-process run, in order."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from coach import batch
from coach.batch import expand_targets as _targets
from coach.batch import read_target as _read_one
from coach.engine import Checker

CORPUS = Path(__file__).resolve().parent / "corpus"


def _run(targets, monkeypatch, parallel: bool):
    monkeypatch.setattr(batch, "PARALLEL_MIN", 10 if parallel else 10**9)
    monkeypatch.setattr(batch, "CHUNK", 7)
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 2)  # workers even on a one-CPU machine
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


# --- whatever goes wrong with one file is that file's one-line error --------------------------


class FragileChecker(Checker):
    """A check that raises on one message (a bug in a rule, say)."""

    def check_batch(self, messages, history=None, now=None):
        if any("BREAKS-A-CHECK" in m.text for m in messages):
            raise ZeroDivisionError("division by zero")
        return super().check_batch(messages, history=history, now=now)


def _corpus_with(tmp_path, *names):
    shutil.copytree(CORPUS / "acme", tmp_path / "acme")
    shutil.copytree(CORPUS / "foerde", tmp_path / "foerde")
    for name in names:
        (tmp_path / "acme" / name).write_text("Dear Sarah,\n\nBREAKS-A-CHECK thanks.\n", "utf-8")
    return _targets((str(tmp_path),))


@pytest.mark.parametrize("parallel", [False, True])
def test_an_exception_reading_or_checking_one_file_is_its_error(tmp_path, monkeypatch, parallel):
    targets = _corpus_with(tmp_path, "zz-reader-raises.md", "zz-check-raises.md")
    others = [t for t in targets if "/zz-" not in t]
    want = _run(others, monkeypatch, parallel=False)

    def read(target):
        if target.endswith("zz-reader-raises.md"):
            raise IndexError("string index out of range")
        return _read_one(target, None, {"kind": None, "to": None, "send_at": None})

    monkeypatch.setattr(batch, "PARALLEL_MIN", 10 if parallel else 10**9)
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 2)
    _, results, errors = batch.check_files(targets, read, FragileChecker(), [], False)
    assert [r.model_dump() for r in results] == want[0]  # the rest, as if the two were absent
    assert errors == [
        (
            str(tmp_path / "acme" / "zz-check-raises.md"),
            "internal error while checking it: ZeroDivisionError: division by zero "
            "(please report this)",
        ),
        (
            str(tmp_path / "acme" / "zz-reader-raises.md"),
            "internal error while reading it: IndexError: string index out of range "
            "(please report this)",
        ),
    ]


def test_a_worker_that_dies_costs_only_the_file_it_was_checking(tmp_path, monkeypatch):
    """A crash that raises nothing (here os._exit; in life a segfault or the OOM killer) breaks
    the process pool; the parts it held are run again and only the file that kills its process
    is lost."""
    targets = _corpus_with(tmp_path)
    (tmp_path / "acme" / "zz-kills-its-worker.md").write_text("Dear Sarah,\n\nHi.\n", "utf-8")
    targets = _targets((str(tmp_path),))
    others = [t for t in targets if "/zz-" not in t]
    want = _run(others, monkeypatch, parallel=False)
    parent = os.getpid()

    def read(target):
        if target.endswith("zz-kills-its-worker.md") and os.getpid() != parent:
            os._exit(70)
        return _read_one(target, None, {"kind": None, "to": None, "send_at": None})

    monkeypatch.setattr(batch, "PARALLEL_MIN", 10)
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 2)
    _, results, errors = batch.check_files(targets, read, Checker(), [], False)
    assert [r.model_dump() for r in results] == want[0]
    assert errors == [(str(tmp_path / "acme" / "zz-kills-its-worker.md"), batch.WORKER_DIED)]


@pytest.mark.parametrize("parallel", [False, True])
def test_reader_warnings_come_back_from_every_path(tmp_path, monkeypatch, parallel):
    targets = _corpus_with(tmp_path)
    eml = tmp_path / "acme" / "zz-mislabelled.eml"
    eml.write_bytes(
        b"To: Sarah Chen <sarah.chen@acme.example>\nX-Coach-Notes: notes.yaml\n"
        b"Content-Type: text/plain; charset=utf-8\n\nDear Sarah,\n\nThank you, Ms. Sch\xe4fer.\n"
    )
    targets = _targets((str(tmp_path),))
    monkeypatch.setattr(batch, "PARALLEL_MIN", 10 if parallel else 10**9)
    monkeypatch.setattr(batch, "CHUNK", 7)
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 2)
    read = lambda t: _read_one(t, None, {"kind": None, "to": None, "send_at": None})  # noqa: E731
    warnings: list[tuple[str, str]] = []
    _, results, errors = batch.check_files(targets, read, Checker(), [], False, warnings=warnings)
    assert errors == [] and len(results) == len(targets)
    assert warnings == [
        (
            str(eml),
            "the text/plain part is not valid 'utf-8' (byte 0xe4 at offset 31, line 3); "
            "1 character read as U+FFFD",
        )
    ]


def test_balanced_chunks_end_in_small_parts_cut_between_folders(monkeypatch):
    monkeypatch.setattr(batch, "CHUNK", 40)
    targets = [f"f{i // 10:03d}/{i}.md" for i in range(1000)]
    parts = batch.balanced_chunks(targets, 2)
    assert [t for part in parts for t in part] == targets
    assert all(
        a[-1].split("/")[0] != b[0].split("/")[0] for a, b in zip(parts, parts[1:], strict=False)
    )
    assert [len(p) for p in parts[:3]] == [40, 40, 40]
    assert {len(p) for p in parts[-8:]} == {10}
