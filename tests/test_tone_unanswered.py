"""coach.checks.unanswered: the writer's own earlier message said to be unanswered is a remark on
the reader's silence (tone-passive-aggressive), however the message and the silence are put.
Cases written for this test, for a zoo keeper's application."""

from __future__ import annotations

import pytest
from test_reread import tone_findings

from coach.checks.unanswered import unanswered_message


@pytest.mark.parametrize(
    "sentence",
    [
        "I am copying you in, since my message to Dr. Ruiz last week has not been answered.",
        "My voicemail on Monday got no reply, so I am writing instead.",
        "My two notes about the keeper post still haven't been acknowledged.",
        "My letter of 3 May has sat unanswered for a fortnight.",
    ],
)
def test_an_own_message_left_unanswered_is_found(sentence):
    assert unanswered_message(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # news of a wait with no message of the writer's, a message with no word of an answer
        "I haven't heard back yet, so I wanted to ask about the timeline.",
        "My email of 2 May had my certificates attached.",
        # someone else's message, or the writer's own answer
        "Your message has not been answered by the vet yet, you said.",
        "My references have not been contacted yet, and they are ready.",
    ],
)
def test_a_wait_or_a_message_alone_is_not_found(sentence):
    assert not unanswered_message(sentence)


def test_an_unanswered_note_is_reported_as_a_reproach():
    found = tone_findings(
        "I am writing to you too, since my note to Dr. Ruiz on Monday has not been answered. "
        "I remain keen on the keeper post."
    )
    assert "tone-passive-aggressive" in {rule for rule, _ in found}
