"""A name's particles changed or dropped (coach.checks.names_particles): each word is spelt
right, and the slip is in the small words that join them. Invented people and companies."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case, fired  # noqa: E402

NAME = "name-misspelled"
COMPANY = "company-misspelled"

MILL = {
    "company": {"name": "Moinhos da Ribeira", "aliases": ["Moinhos"]},
    "role": "Mill Supervisor",
    "interviewers": [
        {"name": "Anneke van den Bosch", "honorific": "Ms.", "title": "Plant Manager"},
        {"name": "Rafael de la Fuente", "honorific": "Mr.", "title": "Head of Quality"},
    ],
}


def note(greeting: str, body: str = "I enjoyed the tour of the grain store.") -> str:
    return (
        f"Subject: Thank you for the interview\n\n{greeting}\n\n{body} I remain keen on the "
        "Mill Supervisor role.\n\nKind regards,\nPriya Raman"
    )


CASES = [
    Case("particle-changed", note("Dear Ms. van der Bosch,"), {NAME}, to="Anneke van den Bosch"),
    Case("particle-dropped", note("Dear Ms. Bosch,"), {NAME}, to="Anneke van den Bosch"),
    Case("one-of-two-dropped", note("Dear Mr. de Fuente,"), {NAME}, to="Rafael de la Fuente"),
    Case(
        "first-name-and-surname-without-particle",
        note("Dear Anneke,", "Rafael Fuente's point about moisture stayed with me."),
        {NAME},
        to="Anneke van den Bosch",
    ),
    Case(
        "as-the-notes-spell-it", note("Dear Ms. van den Bosch,"), set(), to="Anneke van den Bosch"
    ),
    Case(
        "capital-at-the-start-of-a-sentence",
        note("Dear Anneke,", "Van den Bosch family history came up, and I enjoyed it."),
        set(),
        to="Anneke van den Bosch",
    ),
    Case(
        "company-particle-changed",
        note("Dear Anneke,", "I enjoyed the tour of Moinhos do Ribeira."),
        {COMPANY},
        to="Anneke van den Bosch",
    ),
    Case(
        "company-as-written",
        note("Dear Anneke,", "I enjoyed the tour of Moinhos da Ribeira."),
        set(),
        to="Anneke van den Bosch",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_particles(case: Case) -> None:
    case.notes = {**MILL, **case.notes}
    assert fired(case, "names") == case.fires
