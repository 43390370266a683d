"""A name written as another that sounds the same, too far in letters for a near miss, where
the name stands: before the person's surname, or after their honorific
(coach.checks.names._sounds_in_place). Invented people."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case, fired  # noqa: E402

NAME = "name-misspelled"

PANEL = {
    "interviewers": [
        {"name": "Madeleine Okonjo", "honorific": "Dr.", "title": "Clinical Director"},
        {"name": "Seong Ha-eun", "honorific": "Ms.", "title": "Ward Manager"},
    ],
}


def note(body: str, greeting: str = "Dear Dr. Okonjo,") -> str:
    return (
        f"Subject: Thank you for the interview\n\n{greeting}\n\nThank you for your time. {body} "
        "I remain very interested in the role.\n\nKind regards,\nPriya Raman"
    )


CASES = [
    Case("first-name-before-surname", note("Madlyn Okonjo's ward round was a highlight."), {NAME}),
    Case("romanised-after-honorific", note("Ms. Sung was generous with her time."), {NAME}),
    Case("as-the-notes-spell-it", note("Ms. Seong was generous with her time."), set()),
    Case(
        "a-sound-alike-elsewhere-is-another-word",
        note("Madlyn, my mentor, taught me the same."),
        set(),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_sounds_in_place(case: Case) -> None:
    case.notes = {**PANEL, **case.notes}
    case.to = "Madeleine Okonjo"
    assert fired(case, "names") == case.fires
