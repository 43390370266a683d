"""Capitals for emphasis are common words stressed (REALLY, NEED); a rare word in capitals is an
acronym that happens to spell it (an ETA, the TOS), not over-excitement. Wordings of our own."""

from __future__ import annotations

import pytest
from test_tone_classes import tone


@pytest.mark.parametrize(
    "sentence",
    [
        "The ETA updates from the drivers were the part I knew best.",
        "I have configured the TOS screens at two depots.",
    ],
)
def test_an_acronym_spelling_a_rare_word_is_not_emphasis(sentence: str) -> None:
    assert "tone-overeager" not in tone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I REALLY want to be part of the team.",
        "I am THRILLED about the migration work.",
    ],
)
def test_common_words_in_capitals_are_still_emphasis(sentence: str) -> None:
    assert "tone-overeager" in tone(sentence)
