"""The installed `coach` command in a fresh process, on the golden fixtures: catches anything
that only goes wrong on a first run (lazy loading, caches) and proves the entry point works."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "emails"
COACH = Path(sys.executable).with_name("coach")


def test_each_fixture_in_a_fresh_process_matches_its_expected_lines():
    for message in sorted(p for p in FIXTURES.iterdir() if p.suffix in (".md", ".eml")):
        proc = subprocess.run(
            [str(COACH), "check", message.name],
            cwd=FIXTURES,
            capture_output=True,
            text=True,
            check=False,
        )
        want = (FIXTURES / f"{message.name}.expected").read_text("utf-8").splitlines()
        *got, summary = proc.stdout.splitlines()
        assert got == want, message.name
        assert proc.returncode == (0 if summary.startswith("1 of 1 message passed") else 1)
        assert proc.stderr == ""


def _own_cache(tmp_path: Path) -> dict[str, str]:
    """The environment with a cache of the test's own, on even where COACH_NO_CACHE is set."""
    env = {k: v for k, v in os.environ.items() if k != "COACH_NO_CACHE"}
    return {**env, "COACH_CACHE_DIR": str(tmp_path / "cache")}


def test_check_imports_neither_gradio_nor_openai(tmp_path):
    """On a warm cache (the usual case: the first run builds the semantic layer's tables, which
    needs numpy, and caches them), a one-file check imports nothing heavy."""
    env = _own_cache(tmp_path)
    warm_up = [str(COACH), "check", "rulebook-pass.md"]
    subprocess.run(warm_up, cwd=FIXTURES, capture_output=True, env=env, check=False)
    code = (
        "import sys; from coach.cli import main\n"
        "try: main(['check', 'rulebook-pass.md'])\n"
        "except SystemExit: pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'gradio', 'openai', 'xllamacpp', 'numpy', 'pandas', 'httpx'})\n"
        "print(heavy)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=FIXTURES,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_a_warm_one_file_check_needs_no_yaml_and_builds_no_validator(tmp_path):
    """With the rules and notes cached, `coach check` on one file imports no YAML and builds
    no pydantic validator (their import and build are a fifth of the start-up); the output
    is the same as from a cold cache."""
    code = (
        "import sys; from coach.cli import main\n"
        "try: main(['check', 'rulebook-pass.md'])\n"
        "except SystemExit: pass\n"
        "print(sorted(m for m in ('yaml', 'pydantic.plugin._loader') if m in sys.modules))"
    )
    env = _own_cache(tmp_path)
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], cwd=FIXTURES, capture_output=True, text=True, env=env
        )
        for _ in range(2)
    ]
    cold, warm = (r.stdout.splitlines() for r in runs)
    assert cold[:-1] == warm[:-1]  # the report
    assert cold[-1] != "[]"  # the first run parsed the notes
    assert warm[-1] == "[]"


_CHECK_THEN_LIST = (
    "import sys; from coach.cli import main\n"
    "try: main(['check', 'rulebook-pass.md', '--format', sys.argv[1]])\n"
    "except SystemExit: pass\n"
    "print(sorted(m for m in sys.modules if {pick}))"
)


def _check_then_list(fmt: str, env: dict[str, str], pick: str) -> tuple[str, str]:
    """A one-file check of rulebook-pass.md in `fmt`, in a fresh interpreter: its output, and
    the loaded modules that `pick` (an expression of the module name m) selects, as printed."""
    proc = subprocess.run(
        [sys.executable, "-c", _CHECK_THEN_LIST.format(pick=pick), fmt],
        cwd=FIXTURES,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return proc.stdout, proc.stdout.strip().splitlines()[-1]


def test_a_warm_one_file_check_imports_no_pydantic(tmp_path):
    """The rules, the notes and the findings are coach.plain objects: a one-file check whose
    rules and notes come from the cache imports no pydantic, in any output format (its import
    alone was half of the start-up)."""
    env = _own_cache(tmp_path)
    pick = "m.split('.')[0].startswith('pydantic')"
    # the cold run validates the rules and the notes
    assert "pydantic" in _check_then_list("text", env, pick)[1]
    for fmt in ("text", "json", "sarif", "github"):
        assert _check_then_list(fmt, env, pick)[1] == "[]", fmt


def test_only_the_junit_format_loads_an_xml_parser(tmp_path):
    """xml.etree (and expat under it) is the junit writer's alone: a one-file check in the
    text, json, sarif or github format runs without it, and junit still writes its XML."""
    env = _own_cache(tmp_path)
    for fmt in ("text", "json", "sarif", "github", "junit"):
        out, loaded = _check_then_list(fmt, env, "m.split('.')[0] in {'xml', 'pyexpat'}")
        if fmt == "junit":
            assert out.startswith('<?xml version="1.0"')
            assert "xml.etree.ElementTree" in loaded
        else:
            assert loaded == "[]", fmt
