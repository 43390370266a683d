"""Out-of-scope asks worded with interview words: an amount of money in any currency word
("1,800 dollars a month"), tips on a skill or a test rather than on a message, and writing a
reference. Advice on a message keeps its scope. Our own wording."""

from __future__ import annotations

import pytest

from coach.chat.scope import uncovered


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("they might offer 2,300 dollars a month, is that a fair number?", "salary and pay"),
        ("is 40 pesos per hour normal for a mechanic or do I ask for more", "salary and pay"),
        ("any tips for a forklift driving test before round two?", "preparing"),
        ("got any advice on calming nerves before a practical assessment", "preparing"),
        ("my old manager wants me to draft the reference myself, help?", "reference checks"),
    ],
)
def test_not_covered(text: str, topic: str) -> None:
    found = uncovered(text)
    assert found is not None and found.startswith(topic)


@pytest.mark.parametrize(
    "text",
    [
        "any tips for my thank-you note to the panel?",
        "advice on wording a check-in after two weeks?",
        "tips on the subject line of my follow-up?",
        "I still owe them the reference letter I promised, when should it go?",
    ],
)
def test_advice_on_a_message_stays_in_scope(text: str) -> None:
    assert uncovered(text) is None
