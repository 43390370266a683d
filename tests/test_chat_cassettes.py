"""The chat's model phrasing against the real embedded model, recorded once and replayed in CI.

`coach ask --backend embedded` lets the model phrase a guide answer from the retrieved entries
only; coach.chat.phrasing keeps its text only when every citation is a retrieved one, every date
is one the plan gives, and any message text in it passes the checker. These tests run that path
on real model output (record with `make record`; see tests/conftest.py) and assert what holds for
any recording: the answer shown is either the model's text, verified, or the deterministic one,
word for word, and never cites a section the retrieval did not give.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coach.chat import ask
from coach.chat.phrasing import CITE
from coach.guide import section_label

CASSETTES = Path(__file__).resolve().parent / "cassettes" / "test_chat_cassettes"
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
QUESTIONS = [
    ("linkedin", "Can I connect with Michael on LinkedIn after the interview?"),
    ("handwritten", "is a handwritten card better than an email for saying thanks?"),
    ("forgot", "I forgot to mention my Python skills in the interview. What now?"),
    ("when-check-in", "When should I check in with Sarah if I hear nothing?"),
]


pytestmark = pytest.mark.usefixtures("no_model_on_replay")


@pytest.mark.vcr
@pytest.mark.parametrize(("name", "question"), QUESTIONS, ids=[n for n, _ in QUESTIONS])
def test_model_phrasing_is_verified_or_left_out(name, question, example_notes, cassette_backend):
    notes = example_notes("acme-data-analyst")
    plain = ask(question, notes, now=NOW)
    phrased = ask(question, notes, now=NOW, model=cassette_backend)
    assert phrased.intent == plain.intent
    assert phrased.citations == plain.citations  # the sources come from retrieval, not the model
    allowed = {section_label(s) for s in plain.citations}
    if phrased.backend == "none":
        assert phrased.answer == plain.answer  # refused: the deterministic answer, unchanged
    else:
        assert phrased.backend == "embedded"
        cited = {f"{a} {s.strip()}" for a, s in CITE.findall(phrased.answer)}
        assert cited and cited <= allowed
        assert phrased.answer != plain.answer


def test_cassettes_exist_for_every_question():
    names = {p.stem for p in CASSETTES.glob("*.yaml")}
    for name, _ in QUESTIONS:
        assert f"test_model_phrasing_is_verified_or_left_out[{name}]" in names
