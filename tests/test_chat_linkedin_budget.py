"""A LinkedIn note's budget is counted in characters (too-long, 300): a size the user states
in characters is judged against it, and a pasted note's review says whether it fits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.length import length_verdict
from coach.models import Kind
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")
EST = dt.timezone(dt.timedelta(hours=-5))
NOW = dt.datetime(2026, 12, 3, 10, tzinfo=EST)


def test_a_size_in_characters_is_a_linkedin_notes_whatever_the_kind_named() -> None:
    lead, rules = length_verdict("my connection message is roughly 520 characters, too long?", None)
    assert lead.startswith("Yes, too long") and "520 characters" in lead and "300" in lead
    assert rules == ["too-long"]


def test_asked_whether_it_is_ok_the_answer_is_the_other_way_round() -> None:
    over, _ = length_verdict("the note ended up at 350 chars. is that okay or should I trim?", None)
    under, _ = length_verdict("my linkedin message is 240 characters, is that fine?", None)
    assert over.startswith("No, too long")
    assert under.startswith("Yes, that is fine") and "240 characters" in under


def test_a_stated_word_count_keeps_its_kinds_budget_in_words() -> None:
    lead, _ = length_verdict("my thank-you is about 320 words, is that too much?", Kind.thank_you)
    assert lead.startswith("Yes, too long") and "320 words" in lead and "250" in lead


def _reviewed(note: str) -> str:
    question = "here is the linkedin connection note I want to send Sarah, any good?"
    return ask(f"{question}\n\n{note}", NOTES, None, NOW).document()["answer"]


def test_a_pasted_note_within_budget_is_said_to_fit() -> None:
    note = (
        "Hi Sarah, thank you again for Friday's conversation about moving the dashboards to "
        "Looker. I'd be glad to stay in touch. Priya Raman"
    )
    assert "fits the 300 characters" in _reviewed(note)


def test_a_pasted_note_over_budget_is_said_to_be_over() -> None:
    note = "Hi Sarah, " + "thank you again for our talk about the Looker migration. " * 7
    answer = _reviewed(note + "Priya Raman")
    assert "over the 300 characters" in answer and "too-long" in answer
