"""Praise of the trade in general names no detail, however many trade words it holds
(coach.checks.detail_trade); a detail said beside it still counts. Wordings of our own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import detail_in_thanks  # noqa: E402

NOTES = {
    "role": "Orchard Hand",
    "details": [
        "Sarah - the cider press runs 3 days a week in October; pomace goes to the pig farm",
        "Sarah - netting the young apple trees against deer after the spring graft",
    ],
}


def thanks(sentence: str) -> set[str]:
    return detail_in_thanks(sentence, NOTES)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fruit growing is a quiet craft of pruning saws, grafting knives and cold mornings.",
        "Cider making depends on patience: clean barrels, ripe russets and slow fermentation.",
        "An orchard in blossom is one of the finest sights in the valley, bees and all.",
        "Orchard work asks a lot of everyone: ladders, bins, sprayers and long days.",
    ],
)
def test_the_trade_praised_is_no_detail(sentence: str) -> None:
    assert "detail-missing" in thanks(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a detail of this interview, said plainly
        "Sending the pomace from the press on to the pig farm is a clever loop.",
        # praise of the trade, with what the reader said in the same sentence
        "Grafting is a craft of its own, and the netting you described for the young trees "
        "after the spring graft made sense to me.",
    ],
)
def test_a_detail_beside_the_praise_still_counts(sentence: str) -> None:
    assert "detail-missing" not in thanks(sentence)
