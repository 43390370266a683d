"""Assent to the reader's point is sincere praise, not blame or contempt (coach.checks.praise):
a negation inside the point ("a rota nobody reads") is the reader's content, and only a
contrast or a barb word turns it. Cases written for this test, across trades."""

from __future__ import annotations

import pytest

from coach.checks.praise import plain_praise
from coach.engine import Checker
from coach.models import Kind
from coach.readers import Message
from coach.rulebook import load_rules

TONE = [r for r in load_rules() if r.startswith("tone-")]


@pytest.mark.parametrize(
    "sentence",
    [
        "I agree that a checklist nobody can find is no checklist at all.",
        "Agree entirely that no audit ever fixed a kitchen on its own.",
        "You were right that nobody learns the till from a manual.",
        "As you said, no two night shifts are ever the same.",
        "I couldn't agree more about keeping the handover short.",
        "Agreed, the first week on the line is the hardest.",
    ],
)
def test_assent_to_the_readers_point_is_praise(sentence):
    assert plain_praise(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # refused, not given
        "I cannot agree that my years on the wards count for less.",
        "I don't agree that the panel weighed my record fairly.",
        # turned by a contrast or a barb
        "I agree that nobody reads the manual, but your managers clearly never tried.",
        "Agreed, your rota is a joke.",
        # praise that turns into a complaint about the silence
        "I enjoyed meeting the crew, which is why the silence since has been so disappointing.",
    ],
)
def test_refused_or_turned_assent_is_not(sentence):
    assert not plain_praise(sentence)


def test_assent_with_a_negation_is_no_tone_fault():
    text = (
        "Subject: Thank you\n\nDear Sam,\n\nThank you for showing me the cold store this "
        "morning. I agree completely that a temperature log nobody can read is a log nobody "
        "kept. I am very interested in the Warehouse Lead role.\n\nBest wishes,\nAlex Moreau"
    )
    message = Message(path="note.md", text=text, kind=Kind.thank_you)
    result = Checker(select=TONE).check(message)
    assert [f.rule for f in result.findings] == []
