"""A detail told with another weekday or month (detail-unsupported, coach.checks.
detail_calendar). Sentences are written for these tests, across trades."""

from __future__ import annotations

import pytest
from test_detail_claims import fired

DAIRY = {
    "role": "Dairy Shift Lead",
    "details": [
        "milk tanker collects from the Brackenfield farms every Wednesday",
        "organic inspection of the cheese room in Sep-Oct",
    ],
}


@pytest.mark.parametrize(
    "sentence",
    [
        "It was useful to learn that the milk tanker collects from the farms every Monday.",
        "I was glad to hear the organic inspection of the cheese room is due in April.",
    ],
)
def test_a_detail_with_another_day_or_month_is_reported(sentence):
    assert fired("detail-unsupported", sentence, DAIRY)


@pytest.mark.parametrize(
    "sentence",
    [
        "It was useful to learn that the milk tanker collects from the farms on Wednesdays.",
        "The organic inspection of the cheese room in October sounds demanding.",
        "Thank you for Friday's interview and the talk about the milk tanker.",
        "I would be happy to run a mock inspection of the cheese room in June.",
    ],
)
def test_the_notes_day_the_interviews_or_the_candidates_own_is_not_reported(sentence):
    assert not fired("detail-unsupported", sentence, DAIRY)
