"""The lean install: the wheel and sdist build; the wheel, installed into a fresh environment
outside the repository, brings the checker's dependencies only (no gradio, xllamacpp or
openai), and `coach check`, `coach rules` and the pytest plugin work from it with the rules,
prompts, guide, lexicon and classifier inside. A command that needs an optional part says
which extra to install."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EMAILS = ROOT / "tests" / "fixtures" / "emails"
HEAVY = ("gradio", "xllamacpp", "openai", "tiktoken", "gradio-client", "torch")

pytestmark = pytest.mark.slow


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None, timeout: int = 900):
    return subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    proc = run(sys.executable, "-m", "build", "--wheel", "--sdist", "-o", out, ROOT, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    return out


@pytest.fixture(scope="module")
def lean(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment, outside the repository, with the core wheel installed."""
    env_dir = tmp_path_factory.mktemp("lean") / "env"
    subprocess.run([sys.executable, "-m", "venv", str(env_dir)], check=True)
    wheel = next(dist.glob("*.whl"))
    started = time.perf_counter()
    proc = run(
        env_dir / "bin" / "python", "-m", "pip", "install", "-q", "--disable-pip-version-check",
        wheel, cwd=env_dir.parent,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    print(f"\ncore wheel installed in {time.perf_counter() - started:.1f} s")
    return env_dir


def clean_env(env_dir: Path) -> dict[str, str]:
    """The environment a user of the lean install has: its own scripts first, no checkout on
    the path, a cache of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PATH"] = f"{env_dir / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env["COACH_CACHE_DIR"] = str(env_dir.parent / "cache")
    return env


def test_the_wheel_and_sdist_hold_the_data(dist: Path) -> None:
    wheel = zipfile.ZipFile(next(dist.glob("*.whl")))
    names = set(wheel.namelist())
    for needed in (
        "coach/_data/rules/name-misspelled.yaml",
        "coach/_data/rules/semantic/classifier.json",
        "coach/_data/rules/lexicon/spelling-words.txt",
        "coach/_data/prompts/check_in.txt",
        "coach/pytest_plugin.py",
    ):
        assert needed in names, needed
    assert any(n.startswith("coach/_data/rules/guide/") for n in names)
    metadata = next(n for n in names if n.endswith("METADATA"))
    requires = [
        ln for ln in wheel.read(metadata).decode().splitlines() if ln.startswith("Requires-Dist")
    ]
    core = [r for r in requires if "extra ==" not in r]
    assert not [r for r in core if any(h in r.lower() for h in HEAVY)], core
    with tarfile.open(next(dist.glob("*.tar.gz"))) as sdist:
        members = sdist.getnames()
    assert any(m.endswith("/rules/semantic/classifier.json") for m in members)
    assert any(m.endswith("/pyproject.toml") for m in members)


def test_the_lean_install_has_no_web_app_or_model_backends(lean: Path) -> None:
    proc = run(lean / "bin" / "python", "-m", "pip", "list", "--format=freeze", cwd=lean.parent)
    installed = {ln.split("==")[0].lower() for ln in proc.stdout.splitlines()}
    assert "follow-up-coach" in installed
    assert not installed & set(HEAVY), installed & set(HEAVY)


def test_coach_check_and_rules_work_from_the_lean_install(lean: Path, tmp_path: Path) -> None:
    for name in ("notes.yaml", "rulebook-pass.md", "rulebook-fail.md"):
        shutil.copy(EMAILS / name, tmp_path / name)
    env = clean_env(lean)
    proc = run("coach", "check", ".", "--format", "json", cwd=tmp_path, env=env)
    assert proc.returncode == 1, proc.stderr
    assert '"name-misspelled"' in proc.stdout and "Traceback" not in proc.stderr
    # the same verdicts as the checkout gives
    here = run(sys.executable, "-m", "coach", "check", ".", "--format", "json", cwd=tmp_path)
    assert proc.stdout == here.stdout
    rules = run("coach", "rules", cwd=tmp_path, env=env)
    assert rules.returncode == 0 and "tone-demanding" in rules.stdout


@pytest.mark.parametrize(
    ("command", "extra"),
    [(["ui", "--port", "0"], "ui"), (["draft", "--notes", "notes.yaml"], "models")],
)
def test_a_command_needing_an_extra_names_it(
    lean: Path, tmp_path: Path, command: list[str], extra: str
) -> None:
    shutil.copy(EMAILS / "notes.yaml", tmp_path / "notes.yaml")
    proc = run("coach", *command, cwd=tmp_path, env=clean_env(lean))
    assert proc.returncode == 4, proc.stderr
    assert f"follow-up-coach[{extra}]" in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_the_coach_answers_without_a_model_from_the_lean_install(
    lean: Path, tmp_path: Path
) -> None:
    proc = run(
        "coach", "ask", "How soon should I send a thank-you?", "--backend", "none",
        "--format", "json", cwd=tmp_path, env=clean_env(lean),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert '"citations"' in proc.stdout


def test_the_pytest_plugin_works_from_the_lean_install(lean: Path, tmp_path: Path) -> None:
    proc = run(lean / "bin" / "python", "-m", "pip", "install", "-q", "pytest", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    for name in ("notes.yaml", "rulebook-pass.md", "rulebook-fail.md"):
        shutil.copy(EMAILS / name, tmp_path / name)
    proc = run(
        lean / "bin" / "python", "-m", "pytest", "--coach", ".", "-p", "no:cacheprovider",
        cwd=tmp_path, env=clean_env(lean),
    )  # fmt: skip
    assert "1 failed, 1 passed" in proc.stdout, proc.stdout[-3000:]
    assert "name-misspelled" in proc.stdout
