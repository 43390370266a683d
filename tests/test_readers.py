"""Readers: the fast front-matter path reads exactly what YAML reads, or defers to YAML."""

from __future__ import annotations

import datetime as dt

import pytest

from coach.readers import _simple_front_matter, parse_structured

CASES = [
    "kind: thank_you\nto: Sarah Chen\nsend_at: 2026-11-20T19:30:00-05:00\nnotes: acme.yaml",
    "to: Michael O'Brien\nnotes: ../acme.yaml",
    "to: sarah.chen@acme.example\nchannel: linkedin",
    "to: null",
    "to: ~",
    "kind: yes",
    "to: 12:30",
    "to: 0x1F",
    "to: 1_000",
    "to: 1e5",
    "to: .inf",
    "send_at: 2026-11-20",
    "to: 3.5",
    "kind: [a, b]",
    "to: 'quoted'",
    "to: Sarah # comment",
    "to: Sarah\nto: Michael",
]


@pytest.mark.parametrize("block", CASES)
def test_fast_path_agrees_with_yaml(block):
    fast = _simple_front_matter(block)
    if fast is None:
        return  # deferred to YAML, which is always right
    slow = parse_structured(block, "x")
    as_text = {k: v.isoformat() if isinstance(v, dt.datetime) else v for k, v in slow.items()}
    assert fast == as_text


def test_fast_path_defers_on_typed_values():
    for block in (
        "to: null",
        "to: 12:30",
        "to: 0x1F",
        "to: 1_000",
        "send_at: 2026-11-20",
        "to: 3.5",
        "to: .inf",
        "to: Sarah # comment",
        "to: Sarah\nto: Michael",
    ):
        assert _simple_front_matter(block) is None, block
