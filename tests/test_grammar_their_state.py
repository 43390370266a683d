"""their / there / they're after a word that opens a clause (coach.checks.grammar_guards).

Two classes a tuning round missed: "there" before a plural noun that a clause's "there" can
never take ("the porters know there routes by heart"), and "their" before a state the clause
ends on ("the vans leave when their ready"). Beside each, the clean English that must pass.
"""

from __future__ import annotations

import pytest
from test_language import fired

BAD = [
    "The porters clearly know there routes by heart.",
    "I hope there shifts get easier after the spring rush.",
    "The vans can leave as soon as the loaders know when their ready.",
    "It helps because the growers know when their due at the scales.",
    "I think their late, so I will wait.",
]

GOOD = [
    "I think there remains one open question about the rota.",
    "I understand there seems to be a short delay.",
    "I believe there were several strong candidates.",
    "I know there weeks of work ahead before the opening.",
    "The co-op gives every picker their due.",
    "I know when their due date is.",
    "When there, visitors can watch the kilns being loaded.",
]


@pytest.mark.parametrize("text", BAD)
def test_the_slip_is_grammar(text):
    assert "grammar" in fired(text)


@pytest.mark.parametrize("text", GOOD)
def test_clean_english_passes(text):
    assert "grammar" not in fired(text)
