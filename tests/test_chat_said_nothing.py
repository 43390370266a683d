"""A supposition worded as their silence ("if she'd said nothing about the 15th", "had they
given no date") undoes their timeline as "hadn't said" does; a plan ("if she says nothing")
does not, and "offered anything" is their words, not a job offer. Our own wording, on the
Bluegum notes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from coach.chat import ask
from coach.chat.supposed import supposition

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import at, bluegum  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        "if Odette had said nothing about the 15th, when could I have chased?",
        "had they given no date at all what would my first check-in day be",
        "if she'd told me nothing, when was the earliest follow-up?",
        "if the manager hadnt offered anything or named any dates, when then?",
    ],
)
def test_their_silence_supposed_undoes_the_timeline(text: str) -> None:
    assert supposition(text).timeline


@pytest.mark.parametrize(
    "text",
    [
        "if she says nothing by the 15th, when do I chase?",
        "if they tell me nothing on Friday should I ring?",
    ],
)
def test_silence_to_come_is_a_plan_not_a_supposition(text: str) -> None:
    assert not supposition(text).timeline


def test_offered_anything_is_not_a_job_offer() -> None:
    said = supposition("if Odette hadn't offered anything or given dates, when could I write?")
    assert said.timeline and not said.stage


def test_the_answer_counts_from_the_interview(tmp_path: Path) -> None:
    notes = bluegum(tmp_path, "timeline: {said: Ring me on the 15th., contact_on: 2027-03-15}\n")
    reply = ask("if odette had said nothing about the 15th, earliest check-in?", notes, None, at(5))
    lead = reply.answer.split("\n")[0]
    assert "10 March" in lead and "15 March" not in lead
    assert reply.record == []
