"""A list of bare nouns ("the hives, the honey and how the season works") surveys the job and
names no detail (coach.checks.detail_survey); a list whose items are a detail's own words, or a
particular said beside the list, still counts. Wordings of our own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import detail_in_thanks  # noqa: E402

NOTES = {
    "role": "Apiary Assistant",
    "details": [
        "Sarah - 40 hives moved to the heather moor in August, back by October",
        "Sarah - varroa counts on sticky boards every fortnight; treat above 3 mites a day",
    ],
}


def thanks(sentence: str) -> set[str]:
    return detail_in_thanks(sentence, NOTES)


@pytest.mark.parametrize(
    "sentence",
    [
        # one word of each detail, as a heading: neither is said of anything
        "It was great to hear more about the hives, the mites and how a season goes.",
        "I enjoyed learning about the moor, the boards, and the treatments.",
        # two words of one detail, listed, still say nothing of it
        "It was great to hear more about the hives, the moor and how a season goes.",
    ],
)
def test_a_survey_of_bare_nouns_is_no_detail(sentence: str) -> None:
    assert "detail-missing" in thanks(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a particular beside the survey
        "I enjoyed hearing about the hives, the mites and how the season goes, and above all "
        "about taking the hives up to the heather moor in August.",
        # items with modifiers are particulars, not a survey
        "I enjoyed hearing about the hives on the heather moor.",
        "I enjoyed hearing about the sticky boards and the mite counts.",
    ],
)
def test_a_particular_still_counts(sentence: str) -> None:
    assert "detail-missing" not in thanks(sentence)
