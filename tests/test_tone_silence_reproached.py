"""The reader's silence reproached in other words than "as per my last email": the reader too
grand or too busy to answer, a busy season set against the silence, the writer's message lost in
a figure of speech or asked after with "even", the silence praised as informative, hope of an
answer given up, thanks that time how late the answer came. Beside each, its sincere neighbour.
Wordings of our own."""

from __future__ import annotations

import pytest
from test_tone_classes import tone


@pytest.mark.parametrize(
    "sentence",
    [
        "I realise you have far more important things to do than reply to me.",
        "I know a reply is not a priority for someone as senior as you.",
        "I know month-end keeps you busy, but a short note would have helped.",
        "I know the audits keep you busy, so I was not surprised to hear nothing.",
        "My last note seems to have vanished into the ether, so here I am again.",
        "Has my application even reached you?",
        "The silence from the office has been wonderfully informative.",
        "I have learnt not to expect much in the way of replies.",
        "Thank you for finding the time to write after all these weeks.",
    ],
)
def test_the_readers_silence_reproached_is_passive_aggressive(sentence: str) -> None:
    assert "tone-passive-aggressive" in tone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I know month-end keeps you busy, so thank you for making time for me.",
        "I know the audits keep you busy, and I appreciate your time.",
        "Thank you for finding the time to meet me last week.",
        "I learnt not to expect perfect data in my first job, and to check it early.",
        "Did my references reach you safely? I can resend them if not.",
    ],
)
def test_the_sincere_neighbours_are_no_reproach(sentence: str) -> None:
    assert "tone-passive-aggressive" not in tone(sentence)
