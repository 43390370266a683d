"""A near miss of the company's name that is another proper noun (coach.checks.names_company):
a place's adjective or people, a word inside a name of its own, and a place the company is named
after written apart; beside the rest of the company's name each is still the name misspelt."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case, fired  # noqa: E402
from test_names_more import PANEL, case  # noqa: E402

COMPANY = "company-misspelled"
CRETE = {**PANEL, "company": {"name": "Crete Olive Press", "aliases": ["the Press"]}}
NEPAL = {**PANEL, "company": {"name": "Nepal Trail Lodges"}}
POKHRA = {**PANEL, "company": {"name": "Pokhra Trek Supply"}}
DALAT = {**PANEL, "company": {"name": "Dalat Highland Roasters"}}

CASES = [
    case("demonym", "Dear Sarah,", set(), body="The Cretan harvest starts early.", notes=CRETE),
    case("people", "Dear Sarah,", set(), body="I trained Nepali porters for years.", notes=NEPAL),
    case(
        "another-name",
        "Dear Sarah,",
        set(),
        body="I drove the Pokhara Valley road every week for two seasons.",
        notes=POKHRA,
    ),
    case(
        "place-written-apart",
        "Dear Sarah,",
        set(),
        body="I grew up on a coffee farm outside Da Lat, so the cupping lab felt like home.",
        notes=DALAT,
    ),
    # beside the rest of the name, or alone where the name stands, it is the name misspelt
    case(
        "beside-name",
        "Dear Sarah,",
        {COMPANY},
        body="I would love to join Nepali Trail Lodges.",
        notes=NEPAL,
    ),
    case(
        "split-beside",
        "Dear Sarah,",
        {COMPANY},
        body="Thank you for the tour of Da Lat Highland Roasters.",
        notes=DALAT,
    ),
    case(
        "slip-alone",
        "Dear Sarah,",
        {COMPANY},
        body="I would be proud to work at Pokrha.",
        notes=POKHRA,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_company_near_miss_or_other_name(case: Case) -> None:
    assert fired(case, "names") == case.fires
