"""Verb forms the words before them settle (coach.checks.grammar_verb_forms): the participle
after "have", the bare verb after "did", -ing after "looking forward to", "interested in",
"for" a span, and the third person's -s; and the English beside each that must pass."""

from __future__ import annotations

import pytest
from test_language import check


def grammar(text: str) -> list[tuple[str, str | None]]:
    found = check(text).findings
    return [(f.excerpt, f.fix.replacement if f.fix else None) for f in found if f.rule == "grammar"]


@pytest.mark.parametrize(
    ("text", "slip", "fixed"),
    [
        ("I have attach the tide tables you asked for.", "attach", "attached"),
        ("We have already discuss the berth plan with Kestrel Marine.", "discuss", "discussed"),
        ("I've send the two references to Orla this morning.", "send", "sent"),
        ("Did you received the portfolio I posted on Monday?", "received", "receive"),
        ("I didn't knew the ferry crew rotated every fortnight.", "knew", "know"),
        ("I didn't realised how busy the quay gets in July.", "realised", "realise"),
        ("I look forward to hear about the next stage.", "hear", "hearing"),
        ("I am looking forward to meet the night shift.", "meet", "meeting"),
        ("I am very interesting in the harbour pilot role.", "interesting", "interested"),
        ("I have run the crane schedule since six years.", "since", "for"),
        ("It show each vessel's berth and its pilot.", "show", "shows"),
        ("She explain the tidal windows very clearly.", "explain", "explains"),
    ],
)
def test_a_verb_in_the_wrong_form(text, slip, fixed):
    assert (slip, fixed) in grammar(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have access to the tide tables from home.",
        "I have experience with berth plans and pilot rotas.",
        "We have know-how in cold-chain storage.",
        "I did need a day to think it over.",
        "Did it succeed in the end, the night-shift trial?",
        "I didn't proceed with the other application.",
        "I look forward to the next stage and to hearing from you.",
        "I am looking forward to meeting the night shift.",
        "The crane schedule is interesting in many ways.",
        "I have lived in Cobh since two years ago.",
        "I have run the crane schedule for six years, since 2020.",
        "Let it show in the numbers.",
        "Did she explain the tidal windows to you?",
        "The harbour master asked that he lead the drill.",
        "I watched it run for a full shift.",
        "It cost more than we planned, but it shows.",
        "The notes on it show each crate's weight.",
    ],
)
def test_english_that_passes(text):
    assert grammar(text) == []
