"""`coach ask`, in-process: text and JSON output, the question from standard input, and bad
input as one line with exit status 2."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from coach.cli import cli

ROOT = Path(__file__).resolve().parent.parent
NOTES = str(ROOT / "examples" / "acme.yaml")
NOW = "2026-11-22T11:00:00-05:00"


def ask(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["ask", *args], input=stdin)


def test_text_answer() -> None:
    run = ask("When should I check in with Sarah?", "--notes", NOTES, "--now", NOW)
    assert run.exit_code == 0, run.output
    assert "Monday 30 November" in run.output and "Sources: 004 Continue Follow Ups" in run.output


def test_json_document() -> None:
    run = ask("Can I connect with Michael on LinkedIn?", "--format", "json", "--now", NOW)
    assert run.exit_code == 0, run.output
    doc = json.loads(run.output)
    assert list(doc)[:8] == [
        "version",
        "answer",
        "intent",
        "citations",
        "rules",
        "findings",
        "draft",
        "backend",
    ]
    assert doc["version"] == 1 and doc["backend"] == "none" and doc["in_scope"] is True
    assert {"article": "002", "section": "Connect on LinkedIn"} in doc["citations"]


def test_question_and_draft_from_stdin() -> None:
    text = "Is this too pushy?\n\nHi Sarah, please respond ASAP!! I need an answer by Monday.\n"
    run = ask("-", "--notes", NOTES, "--now", NOW, "--format", "json", stdin=text)
    assert run.exit_code == 0, run.output
    doc = json.loads(run.output)
    assert doc["intent"] == "review" and "tone-demanding" in {f["rule"] for f in doc["findings"]}


def test_a_message_asked_for_is_drafted_without_a_model() -> None:
    run = ask("Write a thank-you to Michael", "--notes", NOTES, "--now", NOW, "--format", "json")
    assert run.exit_code == 0, run.output
    doc = json.loads(run.output)
    assert doc["draft"]["to"] == "Michael O'Brien" and doc["draft"]["origin"] == "composer"


def test_bad_input_is_one_line_and_exit_2() -> None:
    for args, where in [
        (["When?", "--now", "tomorrow"], "--now"),
        (["When?", "--now", "2026-11-22T11:00:00"], "--now"),
        (["When?", "--notes", "missing.yaml"], "missing.yaml"),
        (["   "], "QUESTION"),
    ]:
        run = ask(*args)
        assert run.exit_code == 2, args
        assert where in run.output and len(run.output.strip().splitlines()) == 1
    assert ask("When?", "--backend", "gpt").exit_code == 2
