"""A word of the role used of a detail, beside a month or a number of that detail: "I hope to
be at the orchard in October" names the October pressing for an Orchard Hand, though neither
the role's word nor a month counts alone. Wordings of our own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case, fired  # noqa: E402

NOTES = {
    "role": "Orchard Hand",
    "details": [
        "the cider pressing in October, when the orchard opens to visitors",
        "netting the young trees against deer",
    ],
}


def note(sentence: str) -> set[str]:
    text = f"Hi Sarah, thank you for yesterday. {sentence}\n\nPriya"
    case = Case("m", text, set(), kind="linkedin_note", channel="linkedin", notes=NOTES)
    return fired(case, "detail")


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd be glad to connect, and I hope to visit the orchard in October either way.",
        "Whatever you decide, I'll be back at the orchard come October.",
    ],
)
def test_the_roles_word_and_the_details_month_name_it(sentence: str) -> None:
    assert "detail-missing" not in note(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the role named, and a month of no detail's, or the role's word with no month at all
        "I'd be glad to connect about the Orchard Hand role in October.",
        "I'd be glad to connect, and I hope to visit the orchard one day.",
        "I'd be glad to connect before the end of June.",
    ],
)
def test_the_role_or_a_month_alone_names_nothing(sentence: str) -> None:
    assert "detail-missing" in note(sentence)
