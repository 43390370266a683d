"""The candidate's own liking or ease, told in the present ("I enjoy the early starts in the
dairy", "I am comfortable with big crowds"), names no detail of the interview, though its words
are the trade's; what the reader said, liked in the same breath, still counts. Wordings of our
own (coach.checks.detail_specific.own_spans)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import detail_in_thanks  # noqa: E402

NOTES = {
    "role": "Dairy Hand",
    "details": [
        "Sarah - milking starts at 4:30 in the rotary parlour, 300 cows",
        "Sarah - calf shed rebuilt after the spring flood; new calves fed by machine",
    ],
}


def thanks(sentence: str) -> set[str]:
    return detail_in_thanks(sentence, NOTES)


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoy both the early milking and the quiet work with new calves.",
        "I am comfortable with a big rotary parlour and long shifts with the cows.",
    ],
)
def test_the_candidates_own_liking_is_no_detail(sentence: str) -> None:
    assert "detail-missing" in thanks(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed hearing how the calf shed was rebuilt after the flood.",
        "I love that your new calves are fed by machine since the shed was rebuilt.",
    ],
)
def test_what_the_reader_said_still_counts(sentence: str) -> None:
    assert "detail-missing" not in thanks(sentence)
