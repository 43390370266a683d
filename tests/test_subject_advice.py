"""subject-missing suggests a subject for the message's own kind and the notes' role: a bare
"Checking in" on a check-in was told to use a thank-you's subject ("Thank you for today's
interview for the role"), seen in the Critique tab."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.library import Checker

ROOT = Path(__file__).resolve().parent.parent
BODY = (
    "Hi Sarah,\n\nI enjoyed hearing about the move from Tableau to Looker and remain very "
    "interested in the Data Analyst role.\n\nBest,\nPriya Raman\n"
)


def advice(tmp_path: Path, kind: str, subject: str, notes: bool = True) -> str:
    front = f"kind: {kind}\nto: Sarah Chen\nsend_at: 2026-11-30T10:00:00-05:00\n"
    if notes:
        front += f"notes: {ROOT / 'examples' / 'acme.yaml'}\n"
    path = tmp_path / "m.md"
    path.write_text(f"---\n{front}---\n{subject}{BODY}", "utf-8")
    batch = Checker().check_paths(path)
    assert not batch.errors
    found = [f for r in batch.results for f in r.findings if f.rule == "subject-missing"]
    assert len(found) == 1
    return str(found[0].suggestion)


@pytest.mark.parametrize(
    ("kind", "subject", "expected"),
    [
        ("check_in", "Subject: Checking in\n\n", "'Following up: Data Analyst interview'"),
        ("final_follow_up", "Subject: Follow up\n\n", "'Following up: Data Analyst interview'"),
        ("thank_you", "", "'Thank you: Data Analyst interview'"),
        ("rejection_reply", "Subject: Hi\n\n", "'Thank you for letting me know: Data Analyst'"),
    ],
)
def test_the_suggested_subject_fits_the_kind_and_names_the_role(
    tmp_path: Path, kind: str, subject: str, expected: str
) -> None:
    assert advice(tmp_path, kind, subject).endswith(expected)


def test_without_notes_the_role_is_left_for_the_writer(tmp_path: Path) -> None:
    assert advice(tmp_path, "check_in", "", notes=False).endswith(
        "'Following up: [role] interview'"
    )
