"""A topic the message says the reader did, showed or gave ("you showed me how ...", "thank you
for the walk round ...") that the notes credit to another interviewer is misattributed
(detail-unsupported, coach.checks.detail_owner). Messages go to Sarah Chen; Michael O'Brien is
her fellow interviewer. Sentences and notes are our own."""

from __future__ import annotations

import pytest
from test_detail_claims import fired

BAKERY = {
    "role": "Bakery Supervisor",
    "details": [
        "Michael: proving the sourdough overnight in the retarder",
        "Sarah: the new stone-deck oven arriving in June",
        "Michael: stock rotation in the cold room",
    ],
}


@pytest.mark.parametrize(
    "sentence",
    [
        # the reader as the one who showed or told it
        "You showed me how the sourdough proves overnight in the retarder.",
        "I liked the moment you explained why the sourdough is left to prove overnight.",
        # thanking the reader for a thing credits it to them
        "Thank you for walking me through the overnight proving of the sourdough.",
        "Thank you for your time, including the careful sourdough demonstration overnight.",
    ],
)
def test_a_colleagues_topic_told_as_the_readers_doing_is_reported(sentence):
    assert fired("detail-unsupported", sentence, BAKERY)


@pytest.mark.parametrize(
    "sentence",
    [
        # the reader's own topic
        "You showed me where the new stone-deck oven will stand when it arrives in June.",
        # the owner named: the credit is theirs
        "Thank you for the tour, and for Michael's demo of the overnight sourdough proving.",
        # the place a colleague's work is done in is no topic of theirs
        "Thank you for the walk through the cold room after the interview.",
        # the role's words are no colleague's topic
        "Thank you for talking me through the Bakery Supervisor role and its hours.",
    ],
)
def test_the_readers_own_a_named_owners_or_a_place_only_is_not_reported(sentence):
    assert not fired("detail-unsupported", sentence, BAKERY)
