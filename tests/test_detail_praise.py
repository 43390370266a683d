"""Praise of the reader's or the team's feeling for their trade names no detail in other words
(coach.checks.pleasantries, read by the second test of detail coverage): "your passion for the
orchards" is about the trade as a whole. Wordings of our own."""

from __future__ import annotations

import pytest
from test_detail_claims import fired

from coach.checks.pleasantries import wish_spans
from coach.text import Doc

ORCHARD = {
    "role": "Orchard Supervisor",
    "details": [
        "thinning the Braeburn blocks by hand in December",
        "hail netting over the young trees",
    ],
}


@pytest.mark.parametrize(
    "praise",
    [
        "I was inspired by your passion for the cider orchards and the heritage varieties.",
        "The care that goes into every crate of fruit that leaves the packhouse stood out.",
        "I loved the team's obvious pride in the pressing barn and its oak vats.",
    ],
)
def test_praise_of_a_feeling_for_the_trade_is_no_detail(praise):
    assert fired("detail-missing", f"It was a pleasure to meet you. {praise}", ORCHARD)


def test_a_commitment_to_a_detail_told_in_other_words_is_left_alone():
    # a commitment is how people retell a detail: only a feeling for the trade is praise
    doc = Doc("Dear Sarah,\n\nYour commitment to protecting the saplings from storms stood out.\n")
    assert not wish_spans(doc)


def test_a_detail_beside_praise_still_counts():
    sentence = (
        "I admired your passion for the work, and the December hand-thinning of the Braeburn rows."
    )
    assert not fired("detail-missing", sentence, ORCHARD)
