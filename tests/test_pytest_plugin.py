"""The pytest plugin, run in a throw-away pytest session (pytester)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]
EMAILS = Path(__file__).resolve().parent / "fixtures" / "emails"


@pytest.fixture
def emails(pytester: pytest.Pytester) -> Path:
    folder = pytester.path / "emails"
    folder.mkdir()
    for name in ("notes.yaml", "rulebook-pass.md", "rulebook-fail.md"):
        shutil.copy(EMAILS / name, folder / name)
    return folder


def test_each_message_is_one_item_and_failures_explain_themselves(pytester, emails):
    result = pytester.runpytest_subprocess("--coach", str(emails), "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*3:4: name-misspelled (error) 'Sara' looks like a misspelling of 'Sarah'",
            "*excerpt: 'Sara'",
            "*suggestion: Replace with 'Sarah'",
            '*source: 003_56dc57431e3c9f42.txt "Following Up After The Job Interview", '
            "Rules to follow",
        ]
    )


def test_ini_option_and_fail_on_warning(pytester, emails):
    pytester.makeini(f"[pytest]\ncoach_paths = {emails}\ncoach_fail_on = warning\n")
    (emails / "rulebook-fail.md").unlink()
    result = pytester.runpytest_subprocess(str(emails), "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_golden_expected_file(pytester, emails):
    (emails / "rulebook-fail.md.expected").write_text(
        "rulebook-fail.md:3:4: name-misspelled 'Sara' looks like a misspelling of 'Sarah'\n"
    )
    result = pytester.runpytest_subprocess("--coach", str(emails), "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*findings differ from rulebook-fail.md.expected*"])


def test_input_error_is_a_failure_not_a_crash(pytester, emails):
    (emails / "broken.md").write_bytes(b"---\nkind: nope\n---\nDear Sarah,\n")
    result = pytester.runpytest_subprocess("--coach", str(emails), "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(["*input error:*kind: unknown kind 'nope'*"])
