"""detail-unsupported: a plan of the reader's dated ahead ("next spring", "this winter") that
adds two or more rare words the notes lack is a new project, though it also names a word of a
detail (the thing the new plan works on). A plan told in the notes' own words, or one new word
beside them, stays a paraphrase. Sentences and notes are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from coach.engine import Checker
from coach.examples import example_messages
from coach.models import Kind
from coach.rulebook import Example, load_rules

RULES = load_rules()
CHECKER = Checker(select=["detail-missing", "detail-unsupported"])

BAKERY = {
    "role": "Bakery Supervisor",
    "details": [
        "proving sourdough overnight in the retarder",
        "rota for the 4 a.m. oven crew",
    ],
}
MARINA = {
    "role": "Harbour Assistant",
    "details": ["pontoon repairs after the storm", "fuel berth bookings by radio"],
}


def found(sentence: str, notes: dict[str, Any]) -> set[str]:
    text = f"Dear Sam,\n\nThank you for meeting me today. {sentence}\n\nBest regards,\nRobin"
    example = Example(text=text, notes=notes, kind=Kind.thank_you)
    result = CHECKER.check_batch(example_messages(RULES["detail-unsupported"], example))[0]
    return {f.rule for f in result.findings}


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        (
            "I enjoyed hearing about the overnight sourdough, and about the gluten-free "
            "croissant kiosk you are opening next spring.",
            BAKERY,
        ),
        (
            "The pontoon repairs sounded hard work, and so does your plan to add solar-powered "
            "pontoon lighting next winter.",
            MARINA,
        ),
        # the date told after the topic, in the clause that tells it
        (
            "Proving dough overnight in the retarder was new to me, and I keep thinking about "
            "the sourdough wholesale van you said the bakery will buy next summer.",
            BAKERY,
        ),
    ],
)
def test_a_dated_plan_with_new_words_beside_a_real_one_is_invented(sentence, notes):
    assert found(sentence, notes) == {"detail-unsupported"}


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        (
            "I enjoyed hearing about proving the sourdough overnight in the retarder, which "
            "you hope to expand next year.",
            BAKERY,
        ),
        ("I was glad to hear about the pontoon repairs you are finishing this summer.", MARINA),
    ],
)
def test_a_dated_plan_in_the_notes_words_is_no_invented_topic(sentence, notes):
    assert "detail-unsupported" not in found(sentence, notes)
