"""detail-missing: "I have wondered / reflected / noticed ..." opens a thought about the reader's
side, not the candidate's record (coach.checks.detail_specific.own_spans), so a detail told
after it counts; "I have managed ..." still opens a record. Sentences are written for these
tests."""

from __future__ import annotations

import pytest

from coach.engine import Checker
from coach.examples import example_messages
from coach.models import Kind
from coach.rulebook import Example, load_rules

RULES = load_rules()
CHECKER = Checker(select=["detail-missing"])
HOSTEL = {
    "role": "Hostel Duty Manager",
    "details": ["the night porter locks the courtyard gate at midnight"],
}


def missing(sentence: str) -> bool:
    text = f"Dear Sam,\n\nThank you for meeting me today. {sentence}\n\nBest regards,\nRobin"
    example = Example(text=text, notes=HOSTEL, kind=Kind.thank_you)
    result = CHECKER.check_batch(example_messages(RULES["detail-missing"], example))[0]
    return any(f.rule == "detail-missing" for f in result.findings)


@pytest.mark.parametrize(
    "sentence",
    [
        "I have wondered whether the porter who locks the courtyard gate should keep a spare key.",
        "I've reflected on the courtyard gate being locked by the porter at midnight.",
    ],
)
def test_a_thought_about_the_readers_side_keeps_its_detail(sentence):
    assert not missing(sentence)


def test_the_candidates_own_record_is_still_no_detail():
    assert missing(
        "I have managed a porter team and locked a courtyard gate at midnight for years."
    )
