"""Every example in rules/ runs: bad ones must fire their rule, good ones must not."""

from __future__ import annotations

import pytest

from coach.engine import Checker
from coach.examples import example_messages
from coach.rulebook import load_rules

RULES = load_rules()
CHECKER = Checker()
CASES = [
    pytest.param(rule, example, verdict, id=f"{rule.id}-{verdict}-{i}")
    for rule in RULES.values()
    for verdict in ("bad", "good")
    for i, example in enumerate(getattr(rule.examples, verdict))
]


@pytest.mark.parametrize(("rule", "example", "verdict"), CASES)
def test_example(rule, example, verdict):
    result = CHECKER.check_batch(example_messages(rule, example))[0]
    fired = [f for f in result.findings if f.rule == rule.id]
    if verdict == "bad":
        assert fired, f"{rule.id} should fire on: {example.text!r}\nfound: {result.findings}"
    else:
        assert not fired, f"{rule.id} should not fire on: {example.text!r}\nfound: {fired}"


def test_every_rule_has_three_examples_each_way():
    for rule in RULES.values():
        assert len(rule.examples.bad) >= 3 and len(rule.examples.good) >= 3, rule.id
