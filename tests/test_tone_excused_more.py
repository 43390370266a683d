"""coach.checks.frames: understanding offered for the reader, set against a grievance, in more of
the ways people put both: the excuse as the silence's cause ("which explains why"), a concession
("even if"), nobody on the reader's side answering, an omission called cheap, a wait measured
against an earlier one; and a hardship the reader's side caused, which is blame rather than a
reproach of silence. Cases written for this test, at a garden centre and a printworks."""

from __future__ import annotations

import pytest
from test_reread import tone_findings

from coach.checks.frames import excused_complaint, excused_harm


@pytest.mark.parametrize(
    "sentence",
    [
        "I realise spring is the garden centre's busiest month, which no doubt explains why "
        "nobody has replied to my portfolio.",
        "I imagine the trade fair accounts for my samples having gone unacknowledged.",
        "I know the press hall is short-staffed, though a quick note to say my drawings "
        "arrived wouldn't have taken more than a minute.",
        "I understand the rota is tight, so I won't mind if this reply waits as long as my "
        "last one did.",
        "I appreciate the team is stretched, even though nobody has been in touch for a month.",
    ],
)
def test_an_excuse_set_against_silence_is_a_reproach(sentence):
    assert excused_complaint(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # understanding alone, a wait offered freely, a cause that is not a silence
        "I understand the rota is tight, so I'm happy to wait as long as you need.",
        "I know the press hall is busy, which explains why the tour was short.",
        "I realise nobody could have planned for the flood, and the visit was still a delight.",
        "Nobody has confirmed the start date yet, which is fine at this stage.",
    ],
)
def test_courtesy_or_a_plain_cause_is_no_reproach(sentence):
    assert not excused_complaint(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I understand the delivery ran late, even if it did leave me standing in the yard for "
        "an hour.",
        "I know the room was double-booked, though it kept me sitting in reception all morning.",
    ],
)
def test_an_excuse_set_against_a_hardship_is_blame(sentence):
    assert excused_harm(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I understand the delivery ran late, and I enjoyed the wait in the sunny yard.",
        "The manager left me standing in awe of the new press.",
    ],
)
def test_a_hardship_without_an_excuse_or_a_turn_is_not_this_blame(sentence):
    assert not excused_harm(sentence)


def test_an_excused_hardship_is_reported_as_blame_not_as_a_reproach():
    found = tone_findings(
        "Thank you for the interview. I understand the late start could not be helped, even if "
        "it did leave me standing at the gate in the rain. I remain keen on the role."
    )
    rules = {rule for rule, _ in found}
    assert "tone-accusatory" in rules
    assert "tone-passive-aggressive" not in rules


def test_an_excuse_for_silence_is_found_even_when_it_opens_with_imagine():
    found = tone_findings(
        "I imagine the holidays also explain why my references have gone unacknowledged. "
        "I remain keen on the role."
    )
    assert "tone-passive-aggressive" in {rule for rule, _ in found}
