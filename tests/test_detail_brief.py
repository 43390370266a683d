"""Detail coverage in a brief message (a check-in, a LinkedIn note), where one word of a detail
refers back to it: the detail's own word counts even where a synonym group holds it, but a word
that any follow-up uses ("join", "call") does not. Wordings of our own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case, fired  # noqa: E402

NOTES = {
    "details": [
        "writing joins across the supplier tables",
        "forecasting demand for the holiday menu",
    ]
}


def check_in(sentence: str) -> set[str]:
    text = (
        "Subject: Data Analyst role\n\nDear Sarah,\n\nI wanted to check in on the Data Analyst "
        f"role. {sentence}\n\nBest,\nPriya Raman"
    )
    case = Case("m", text, set(), kind="check_in", send_at="2026-11-30T10:00:00-05:00", notes=NOTES)
    return fired(case, "detail")


@pytest.mark.parametrize(
    "sentence",
    [
        # "join" and "call" are in any follow-up: not the SQL joins
        "I would still love to join the team and would welcome a call.",
        "I remain keen to join Acme Analytics whenever the time is right.",
    ],
)
def test_a_common_word_alone_refers_to_nothing(sentence: str) -> None:
    assert "detail-missing" in check_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the detail's own word, though "forecasting" stands for a synonym group (models)
        "I am still very keen on the forecasting side of the work.",
        "I remain keen, and I would enjoy the supplier tables most of all.",
    ],
)
def test_the_details_own_word_refers_to_it(sentence: str) -> None:
    assert "detail-missing" not in check_in(sentence)
