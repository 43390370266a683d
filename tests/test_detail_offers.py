"""Thanks for an offer the notes do not record (detail-unsupported, coach.checks.detail_offers).
Sentences are written for these tests, across trades."""

from __future__ import annotations

import pytest
from test_detail_claims import fired

FERRY = {
    "role": "Ferry Deck Supervisor",
    "details": [
        "Sarah - mooring drill every Tuesday at the north slip",
        "Sarah - will show me the new gangway hydraulics on a second visit",
    ],
}


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you also for offering me a night crossing to Skerrow next week.",
        "Thanks so much for offering to introduce me to your harbour pilot.",
        "I am grateful for the kind invitation to the crew barbecue in July.",
    ],
)
def test_thanks_for_an_unrecorded_offer_is_reported(sentence):
    assert fired("detail-unsupported", sentence, FERRY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for offering to show me the gangway hydraulics on a second visit.",
        "Thank you for the invitation.",
        "Thank you for offering to answer any questions about the Skerrow crossing.",
        # the candidate's own offer is no thanks
        "I would be glad to offer a hand with the Tuesday mooring drill.",
    ],
)
def test_a_recorded_offer_or_none_is_not_reported(sentence):
    assert not fired("detail-unsupported", sentence, FERRY)
