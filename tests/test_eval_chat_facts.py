"""The chat evaluation counts a fact as said only when the answer says it as whole words: an
answer that contains "now" has not said the verdict "no"."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SPEC = importlib.util.spec_from_file_location(
    "eval_chat", Path(__file__).resolve().parent.parent / "scripts" / "eval_chat.py"
)
assert SPEC is not None and SPEC.loader is not None
eval_chat = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(eval_chat)


@pytest.mark.parametrize(
    ("fact", "answer", "said"),
    [
        ("no", "No: hold off until the panel has met.", True),
        ("no", "You can send it now, as you know the date.", False),
        ("yes", "Yesterday was the interview.", False),
        ("5", "Wait 15 business days.", False),
        ("5", "Wait 5 business days.", True),
        ("09:30", "Send it by Tuesday 3 March, 09:30.", True),
        ("Tue 3 Mar", "Send it by Tuesday 3rd March.", True),
        ("3 March", "Send it by 13 March.", False),
        ("tone-demanding", "That line reads as tone-demanding.", True),
    ],
)
def test_fact_said_whole_words(fact: str, answer: str, said: bool) -> None:
    assert eval_chat.fact_said(fact, answer) is said
