"""coach.yaml_block reads the plainest block YAML exactly as the YAML loader does, and hands
everything else to it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml

from coach.readers import _FRONT
from coach.yaml_block import NOT_BLOCK, read_block
from coach.yaml_load import FastSafeLoader

ROOT = Path(__file__).resolve().parent.parent

PLAIN = """\
kind: thank_you
to: Mary-Kate O'Connor
send_at: '2027-09-30T12:30:00-07:00'
notes:
  company:
    name: Quillstack Labs
    aliases:
    - Quillstack
  interview:
    start: 2027-09-14 13:00:00-07:00
  interviewers:
  - name: DeShawn Whitaker
    honorific: Mr.
    aliases: []
  timeline:
    said: We hope to decide by
      Friday, September 24.
    decision_by: 2027-09-24
    contact_on:
    count: 0x1F
    ratio: 1_000.5
    flag: Off
    nothing: null
    quoted: 'it''s'
    double: "plain"
"""


def typed(value: object) -> object:
    """The value with every scalar's type and, for times, zone: what equality alone misses."""
    if isinstance(value, dict):
        return [(typed(k), typed(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [typed(v) for v in value]
    return (type(value).__name__, repr(value), str(getattr(value, "tzinfo", None)))


def loaded(text: str) -> object:
    return yaml.load(text, Loader=FastSafeLoader)  # noqa: S506 - the safe loader


def test_reads_the_plain_shape_as_the_loader_does() -> None:
    assert read_block(PLAIN) is not NOT_BLOCK
    assert typed(read_block(PLAIN)) == typed(loaded(PLAIN))


@pytest.mark.parametrize(
    "text",
    [
        "a: 1 # a comment",
        "a: {b: 1}",
        "a: &x 1\nb: *x",
        "a: !!str 1",
        "a: |\n  text",
        "a:\tb",
        "a: 'over\n  lines'",
        "a: b\n\n  c",
        "yes: 1",
        "a: b: c",
        "- a\n-",
        "  a: 1",
        "a: 1\n b: 2",
    ],
)
def test_hands_anything_else_to_the_loader(text: str) -> None:
    assert read_block(text) is NOT_BLOCK


def test_an_impossible_date_reads_as_the_loader_reads_it() -> None:
    assert read_block("a: 2026-02-30") == {"a": "2026-02-30"}


def test_every_stored_front_matter_and_its_variations_read_alike() -> None:
    """The project's notes and front matter, and random edits of them: whatever `read_block`
    reads, the loader reads the same (or `read_block` leaves it to the loader)."""
    texts = [p.read_text("utf-8") for p in sorted(ROOT.glob("examples/**/*.yaml"))]
    for path in sorted((ROOT / "tests" / "corpus").rglob("*.md")):
        match = _FRONT.match(path.read_text("utf-8"))
        if match:
            texts.append(match.group(1))
    rng = random.Random(5)
    marks = list(" :-'\"#\n\tx1.[]{}&*!|>%@`~?") + ["2026-11-20", "yes", "null", "0x1F", "  "]
    for text in list(texts):
        for _ in range(4):
            edited = text
            for _ in range(rng.randrange(1, 4)):
                at = rng.randrange(len(edited) + 1)
                cut = rng.randrange(2)
                edited = edited[:at] + rng.choice(marks) + edited[at + cut :]
            texts.append(edited)
    read = 0
    for text in texts:
        got = read_block(text)
        if got is NOT_BLOCK:
            continue
        read += 1
        assert typed(got) == typed(loaded(text)), text
    assert read > len(texts) // 4
