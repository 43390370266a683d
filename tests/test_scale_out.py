"""Beyond one process: the library API, a pickled checker, the pytest plugin under xdist and a
batch mapped over a Dask cluster all give what a serial `coach check` gives."""

from __future__ import annotations

import json
import pickle
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from coach import Batch, Checker

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
EMAILS = ROOT / "tests" / "fixtures" / "emails"
COMPANIES = ["acme", "aldergrove", "bluebonnet", "harbourline"]

pytest_plugins = ["pytester"]


def cli_json(*paths: Path) -> list[dict]:
    proc = subprocess.run(
        [sys.executable, "-m", "coach", "check", *map(str, paths), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)["results"]


def as_json(batch: Batch) -> list[dict]:
    return json.loads(batch.json())["results"]


def folders() -> list[Path]:
    return [CORPUS / name for name in COMPANIES]


def test_check_paths_gives_what_coach_check_gives() -> None:
    batch = Checker().check_paths(folders())
    assert not batch.errors
    assert len(batch.results) > 40
    assert as_json(batch) == cli_json(*folders())


def test_check_paths_reports_a_bad_file_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "bad.md").write_text("---\nkind: [not a kind\n---\nHi\n", "utf-8")
    shutil.copy(EMAILS / "rulebook-pass.md", tmp_path / "good.md")
    shutil.copy(EMAILS / "notes.yaml", tmp_path / "notes.yaml")
    batch = Checker().check_paths(tmp_path, notes=tmp_path / "notes.yaml")
    assert [Path(r.path).name for r in batch.results] == ["good.md"]
    (path, error), *rest = batch.errors
    assert Path(path).name == "bad.md" and not rest and "\n" not in error


def test_a_checker_pickles_as_its_selection_and_checks_the_same() -> None:
    checker = Checker(ignore=["too-long", "spelling"])
    data = pickle.dumps(checker)
    assert len(data) < 4096  # the rule ids, not the compiled rules
    again = pickle.loads(data)
    assert [r.id for r in again.rules] == [r.id for r in checker.rules]
    assert as_json(again.check_paths(folders()[0])) == as_json(checker.check_paths(folders()[0]))


def _outcomes(report: Path) -> dict[str, tuple[str, str]]:
    """(outcome, failure text with the run's own paths removed) per test case of a JUnit XML."""
    out = {}
    for case in ElementTree.parse(report).iter("testcase"):
        failed = case.find("failure")
        text = re.sub(r"/\S+/", "", failed.text or "") if failed is not None else ""
        out[f"{case.get('classname')}::{case.get('name')}"] = (
            "failed" if failed is not None else "passed",
            text,
        )
    return out


@pytest.mark.slow
def test_the_pytest_plugin_under_xdist_equals_a_serial_run(pytester: pytest.Pytester) -> None:
    for name in COMPANIES[:3]:
        shutil.copytree(CORPUS / name, pytester.path / name)
    args = ["--coach", str(pytester.path), "-p", "no:cacheprovider", "-q"]
    pytester.runpytest_subprocess(*args, "--junitxml=serial.xml")
    spread = pytester.runpytest_subprocess(*args, "-n", "2", "--junitxml=xdist.xml")
    assert "2 workers" in spread.stdout.str() or "gw1" in spread.stdout.str()
    first, second = _outcomes(pytester.path / "serial.xml"), _outcomes(pytester.path / "xdist.xml")
    assert len(first) > 30
    assert first == second
    assert any(outcome == "failed" for outcome, _ in first.values())


@pytest.mark.slow
def test_a_batch_mapped_over_a_dask_cluster_equals_a_serial_run() -> None:
    distributed = pytest.importorskip("dask.distributed")
    checker = Checker()
    parts = [[str(folder)] for folder in folders()]
    serial = Batch.merged(checker.check_paths(part) for part in parts)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        futures = client.map(checker.check_paths, parts, pure=False)
        mapped = Batch.merged(client.gather(futures))
        workers = {w for who in client.who_has(futures).values() for w in who}
    assert as_json(mapped) == as_json(serial)
    assert mapped.errors == serial.errors
    assert len(workers) >= 1
