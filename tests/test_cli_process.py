"""The installed `coach` command in a fresh process, on the golden fixtures: catches anything
that only goes wrong on a first run (lazy loading, caches) and proves the entry point works."""

from __future__ import annotations

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


def test_check_imports_neither_gradio_nor_openai():
    code = (
        "import sys; from coach.cli import main\n"
        "try: main(['check', 'rulebook-pass.md'])\n"
        "except SystemExit: pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'gradio', 'openai', 'xllamacpp', 'numpy', 'pandas', 'httpx'})\n"
        "print(heavy)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=FIXTURES, capture_output=True, text=True, check=True
    )
    assert proc.stdout.strip().splitlines()[-1] == "[]"
