"""A date in the notes that cannot be read is named by its key, with what was written and how
to write it, on the command line and in the page. (An impossible day, 2026-11-31, was 'malformed
YAML: day is out of range for month', naming neither the key nor the line; a word where a date
goes was pydantic's 'invalid character in year'; a time without an offset was shown as Python's
datetime.datetime(2026, 11, 20, 14, 0).)"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from coach.cli import cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ACME = (EXAMPLES / "acme.yaml").read_text("utf-8")
START = "  start: 2026-11-20T14:00:00-05:00\n"
DECIDE = "  decision_by: 2026-11-27\n"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            START,
            "  start: 2026-11-31T14:00:00-05:00\n",
            "interview.start: '2026-11-31T14:00:00-05:00' is not a real date or time "
            "(day value is outside expected range); write it like 2026-11-20T14:00:00-05:00",
        ),
        (
            START,
            "  start: next Tuesday at 2\n",
            "interview.start: 'next Tuesday at 2' is not a date and time; "
            "write it like 2026-11-20T14:00:00-05:00",
        ),
        (
            START,
            "  start: 2026-11-20T14:00:00\n",
            "interview.start: time has no UTC offset; write it like 2026-11-20T14:00:00-05:00 "
            "(got '2026-11-20T14:00:00')",
        ),
        (
            DECIDE,
            "  decision_by: 2026-02-29\n",
            "timeline.decision_by: '2026-02-29' is not a real date or time "
            "(day value is outside expected range); write it like 2026-11-27",
        ),
    ],
)
def test_a_bad_date_in_the_notes_names_its_key(tmp_path, old, new, expected):
    assert old in ACME
    notes = tmp_path / "acme.yaml"
    notes.write_text(ACME.replace(old, new), "utf-8")
    shutil.copy(EXAMPLES / "thank-you-sarah.md", tmp_path)
    for args in (
        ["plan", "--notes", str(notes)],
        ["check", str(tmp_path / "thank-you-sarah.md"), "--notes", str(notes)],
    ):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 2, result.output
        assert result.stderr == f"coach: {notes}: {expected}\n"


def test_an_impossible_day_in_inline_notes_names_its_key(tmp_path):
    inline = "".join(
        f"  {line}\n" for line in ACME.replace(DECIDE, "  decision_by: 2026-11-31\n").splitlines()
    )
    message = tmp_path / "sarah.md"
    message.write_text(f"---\nto: Sarah Chen\nnotes:\n{inline}---\nDear Sarah,\n\nThanks.\n")
    result = CliRunner().invoke(cli, ["check", str(message)])
    assert result.exit_code == 2
    assert "timeline.decision_by: '2026-11-31' is not a real date or time" in result.stdout


def test_an_impossible_day_opened_in_the_page_is_said_by_its_label():
    from ui.notes_view import load_notes_text

    values, error = load_notes_text(
        ACME.replace(START, "  start: 2026-11-31T14:00:00-05:00\n"), "acme.yaml"
    )
    assert values is None
    assert "Interview start: &#x27;2026-11-31T14:00:00-05:00&#x27; is not a real date" in error


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["check", "{message}", "--send-at", "2026-11-20T25:00:00-05:00"],
            "coach: --send-at: not a real date or time: '2026-11-20T25:00:00-05:00' "
            "(hour must be in 0..23)\n",
        ),
        (
            ["plan", "--notes", "{notes}", "--now", "2026-11-31T10:00:00-05:00"],
            "coach: --now: not a real date or time: '2026-11-31T10:00:00-05:00' "
            "(day is out of range for month)\n",
        ),
        (["check", "{message}", "--send-at", "tomorrow"], "coach: --send-at: not an ISO 8601"),
    ],
)
def test_an_impossible_time_typed_as_an_option_is_said_so(tmp_path, args, expected):
    shutil.copy(EXAMPLES / "acme.yaml", tmp_path)
    shutil.copy(EXAMPLES / "thank-you-sarah.md", tmp_path)
    paths = {"message": tmp_path / "thank-you-sarah.md", "notes": tmp_path / "acme.yaml"}
    result = CliRunner().invoke(cli, [a.format(**paths) for a in args])
    assert result.exit_code == 2
    assert result.stderr.startswith(expected)


def test_an_impossible_send_time_in_front_matter_is_said_so(tmp_path):
    shutil.copy(EXAMPLES / "acme.yaml", tmp_path)
    text = (EXAMPLES / "thank-you-sarah.md").read_text("utf-8")
    old = "send_at: 2026-11-20T19:30:00-05:00"
    assert old in text
    message = tmp_path / "sarah.md"
    message.write_text(text.replace(old, "send_at: 2026-11-31T19:30:00-05:00"), "utf-8")
    result = CliRunner().invoke(cli, ["check", str(message)])
    assert result.exit_code == 2
    assert (
        f"{message}: input-error send_at: not a real date or time: "
        "'2026-11-31T19:30:00-05:00' (day is out of range for month)"
    ) in result.stdout
