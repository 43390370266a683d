"""coach.checks.detail_claims: the reader's own work under way or intended, told in a relative
clause ("the X you are fitting", "the X you plan to lease", "the X your team is rolling out"),
claims a topic of the interview as a verb of telling does; detail-unsupported judges it
against the notes. Sentences are written for these tests, across trades."""

from __future__ import annotations

from typing import Any

import pytest

from coach.checks.detail_claims import claimed_topics
from coach.engine import Checker
from coach.examples import example_messages
from coach.models import Kind
from coach.rulebook import Example, load_rules
from coach.text import Doc

RULES = load_rules()
CHECKER = Checker(select=["detail-missing", "detail-unsupported"])

FERRY = {
    "role": "Deckhand",
    "details": ["mooring drills at the north pier before the winter timetable"],
}
CLINIC = {
    "role": "Veterinary Nurse",
    "details": ["the new isolation ward for cats with flu"],
}


def fired(sentence: str, notes: dict[str, Any]) -> bool:
    text = f"Dear Sam,\n\nThank you for meeting me today. {sentence}\n\nBest regards,\nRobin"
    example = Example(text=text, notes=notes, kind=Kind.thank_you)
    result = CHECKER.check_batch(example_messages(RULES["detail-unsupported"], example))[0]
    return any(f.rule == "detail-unsupported" for f in result.findings)


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("The drills stay with me, and the radar screens you are fitting.", "radar screens"),
        ("I will not forget the tour, nor the kennels you plan to rebuild.", "kennels"),
        ("I was glad to hear about the scanners your team is leasing.", "scanners"),
    ],
)
def test_the_readers_work_under_way_or_intended_is_a_claimed_topic(sentence, topic):
    found = [t.strip() for _, t in claimed_topics(Doc(f"Dear Sam,\n\n{sentence}"))]
    assert topic in found


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        (
            "I learnt a lot about the mooring drills and the sonar buoys you are fitting on "
            "the bridge.",
            FERRY,
        ),
        (
            "The isolation ward sounds excellent, and I was curious about the dental scanners "
            "you plan to lease.",
            CLINIC,
        ),
    ],
)
def test_an_invented_piece_of_the_readers_work_is_reported(sentence, notes):
    assert fired(sentence, notes)


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        # the reader's work as the notes tell it, or in words common to any follow-up
        ("I would gladly help with the mooring drills you are running at the north pier.", FERRY),
        ("I would be glad to support the isolation ward you are opening for cats.", CLINIC),
        ("I am keen to join the team you are building and the role you are hiring for.", FERRY),
    ],
)
def test_the_readers_real_or_generic_work_is_not_reported(sentence, notes):
    assert not fired(sentence, notes)
