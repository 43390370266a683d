"""The company-misspelled rule (RULEBOOK §1) on realistic messages: a slip in the company's
name, and the words around a name that are not part of its spelling.

Context as in test_names_more.py: Acme Analytics (alias Acme) unless a case overrides it.
Score: `.venv/bin/python tests/test_names_company.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case, fired, score  # noqa: E402
from test_names_more import PANEL, case  # noqa: E402

COMPANY = "company-misspelled"
#: a company whose alias starts with an article, and a name with an inner lower-case word
HARBOUR = {**PANEL, "company": {"name": "Tasman Ferry Company", "aliases": ["the Ferry Co"]}}
BANK = {**PANEL, "company": {"name": "Bank of the Fens", "aliases": ["the Bank"]}}
SLATE = {**PANEL, "company": {"name": "Westmorlian Slate Guild"}}

CASES = [
    # --- company-misspelled ------------------------------------------------------------------
    case(
        "company-word-dropped-s",
        "Dear Sarah,",
        {COMPANY},
        body="I would be proud to join Acme Analytic and help with the Looker migration.",
    ),
    case(
        "company-transposed",
        "Dear Sarah,",
        {COMPANY},
        body="I would be proud to join Acme Anlaytics and help with the Looker migration.",
    ),
    case(
        "company-joined",
        "Dear Sarah,",
        {COMPANY},
        body="Thank you for the tour of Blueharbour Foods today.",
        notes={**PANEL, "company": {"name": "Blue Harbour Foods", "aliases": ["Blue Harbour"]}},
    ),
    case(
        "company-split",
        "Dear Sarah,",
        {COMPANY},
        body="Thank you for the tour of North Wind Traders today.",
        notes={**PANEL, "company": {"name": "Northwind Traders"}},
    ),
    case(
        "company-diacritic",
        "Dear Sarah,",
        {COMPANY},
        body="Thank you for the tour of Kowhai Learning today.",
        notes={**PANEL, "company": {"name": "Kōwhai Learning"}},
    ),
    case(
        "company-place-plural",
        "Dear Sarah,",
        set(),
        body="Four winters of field work in the Selkirks taught me to read a snowpack.",
        notes={**PANEL, "company": {"name": "Selkirk Avalanche Society"}},
    ),
    case(
        "company-plural-beside-name",
        "Dear Sarah,",
        {COMPANY},
        body="I would be proud to join Selkirks Avalanche Society this winter.",
        notes={**PANEL, "company": {"name": "Selkirk Avalanche Society"}},
    ),
    case(
        "company-alias",
        "Dear Sarah,",
        set(),
        body="The analytics work at Acme is exactly what I hoped to find.",
    ),
    case(
        "company-possessive-dropped-s",
        "Dear Sarah,",
        {COMPANY},
        body="I'm excited about Acme Analytic's plans for the weekly metrics review.",
    ),
    # an alias's leading article is English, not a word of the name to spell-check
    case(
        "alias-article-opens-sentence",
        "Dear Sarah,",
        set(),
        body="The crossing schedule you showed me was clever. The Ferry Co clearly plans ahead.",
        notes=HARBOUR,
    ),
    case(
        "inner-lower-case-words",
        "Dear Sarah,",
        set(),
        body="The Bank's branch plans were fascinating. Of all the teams, yours stood out.",
        notes=BANK,
    ),
    case(
        "alias-word-still-checked",
        "Dear Sarah,",
        {COMPANY},
        body="I enjoyed hearing how the Fery Co plans its winter timetable.",
        notes=HARBOUR,
    ),
    # beside the rest of the name a wider slip is still the company's name
    case(
        "wider-slip-beside-name",
        "Dear Sarah,",
        {COMPANY},
        body="I would be proud to join the Westmoreland Slate Guild this autumn.",
        notes=SLATE,
    ),
    case(
        "wider-slip-away-from-name",
        "Dear Sarah,",
        set(),
        body="My grandparents farmed in Westmoreland, so the Guild's quarries felt like home.",
        notes=SLATE,
    ),
    case(
        "different-word-beside-name",
        "Dear Sarah,",
        set(),
        body="We met at the Harbourside Ferry terminal before the tour.",
        notes={**PANEL, "company": {"name": "Harbourview Ferry Company"}},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_company_case(case: Case) -> None:
    assert fired(case, "names") == case.fires


if __name__ == "__main__":
    score(CASES, "names")
