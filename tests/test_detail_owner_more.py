"""More ways a message credits a topic to someone (detail-unsupported, coach.checks.
detail_owner): a colleague named as the one who explained it, a thing the reader is said to have
made, a list inside a credited topic, and counts. The messages go to Sarah Chen; Michael O'Brien
is her fellow interviewer. Sentences are written for these tests, across trades."""

from __future__ import annotations

import pytest
from test_detail_claims import fired

KITCHEN = {
    "role": "Sous Chef",
    "details": [
        "Michael: 42 covers a night on the terrace, red, white and rosé flights",
        "Michael's new allergen board for the pass",
        "Sarah: bread proved overnight in the walk-in",
    ],
}


@pytest.mark.parametrize(
    "sentence",
    [
        "I was glad that Sarah explained how the terrace serves 42 covers a night.",
        "The allergen board you designed for the pass is exactly what a busy line needs.",
        "I enjoyed your explanation of the red, white and rosé flights on the terrace.",
    ],
)
def test_a_colleagues_topic_credited_to_the_wrong_person_is_reported(sentence):
    assert fired("detail-unsupported", sentence, KITCHEN)


@pytest.mark.parametrize(
    "sentence",
    [
        # each topic credited to its owner, the second by name after "and"
        "Between your point about the overnight bread and Michael's allergen board, I learnt.",
        "I was glad that Michael explained how the terrace serves 42 covers a night.",
        "The overnight bread you introduced in the walk-in is a good habit.",
    ],
)
def test_a_topic_credited_to_its_owner_is_not_reported(sentence):
    assert not fired("detail-unsupported", sentence, KITCHEN)
