"""Claims that a topic was discussed, in frames the first readings missed: a time word between
"talk" and "about", the reader's honesty or tips, "the X you mentioned" inside a sentence, and
a claim the message itself denies. Sentences are written for these tests, across trades."""

from __future__ import annotations

import pytest
from test_detail_claims import fired

BREWERY = {
    "role": "Brewery Shift Lead",
    "details": ["canning line jams twice a week", "dry-hop schedule for the hazy IPA"],
}
MARINA = {
    "role": "Marina Supervisor",
    "details": ["pontoon repairs before the regatta", "fuel dock opening hours in winter"],
}


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        ("Thanks for the talk yesterday about the solar canopy over the car park.", BREWERY),
        ("I valued your honesty about the rooftop beehives above the bottling hall.", BREWERY),
        ("Thank you for the tips on pricing charter trips for Lisbon hen parties.", MARINA),
        ("I would be glad to help with the kombucha taproom you mentioned.", BREWERY),
        ("I enjoyed the kayak rentals to Holloway Island we talked about.", MARINA),
        # thanks for what the reader told: "telling me about", "the stories about"
        ("Thank you for Tuesday and for telling me about the oyster bar on pier four.", MARINA),
        ("Thanks for the visit and for the stories about the cider barn in Wexcombe.", BREWERY),
    ],
)
def test_an_invented_topic_in_another_frame_is_reported(sentence, notes):
    assert fired("detail-unsupported", sentence, notes)


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        # what the message says was not discussed is claimed of nothing
        ("We did not have time to talk about the kombucha taproom.", BREWERY),
        ("We never got to discuss the Ravensbrook sail loft.", MARINA),
        # the notes' own topics in the new frames
        ("Thanks for the talk yesterday about the pontoon repairs.", MARINA),
        ("Thank you for the tips on the dry-hop schedule.", BREWERY),
        ("I would be glad to help with the canning line jams you mentioned.", BREWERY),
        ("Thank you for Tuesday and for telling me about the winter fuel dock hours.", MARINA),
        ("Thanks for the visit and for the stories about the jams on the canning line.", BREWERY),
        # at a sentence's start it refers back to a topic told before
        ("The Ravensbrook sail loft you mentioned sounds like a fine place to work.", MARINA),
    ],
)
def test_a_denied_claim_or_a_real_topic_is_not_reported(sentence, notes):
    assert not fired("detail-unsupported", sentence, notes)
