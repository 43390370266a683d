"""coach.checks.praise: deference to the reader's knowledge is praise, and praise of how the
reader told something carries what they told, whose negations are its content; a contrast or a
barb word after it still turns the sentence. Sentences written for this test, in a boatyard's
and a school kitchen's interviews."""

from __future__ import annotations

import pytest

from coach.checks.praise import plain_praise


@pytest.mark.parametrize(
    "sentence",
    [
        "I liked how plainly you set out the yard rule: no one lifts a hull without a spotter.",
        "I appreciated how you explained that nothing leaves the kitchen without a label.",
        "As head of the yard you will know better than most how fast one loose strap sinks a day.",
        "You'll know better than anyone how much a wet winter costs a boatyard.",
    ],
)
def test_what_the_reader_told_or_knows_is_praise_left_plain(sentence):
    assert plain_praise(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a contrast or a barb after the telling turns it
        "I liked how you set out the yard rule: no one lifts alone, but nobody followed it today.",
        "I appreciated how you explained that labels matter, though I doubt anyone checks.",
        # deference that only wraps a grievance of the writer's
        "You will know better than anyone how long I have been waiting for an answer.",
        # a negation outside the telling is still a turn
        "I appreciated the tour, although nobody explained the rota to me.",
    ],
)
def test_a_turn_after_the_telling_or_a_grievance_is_not_plain_praise(sentence):
    assert not plain_praise(sentence)
