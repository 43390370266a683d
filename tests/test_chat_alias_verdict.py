"""A short form the notes list is answered with its yes first, however the question is put:
a choice ("Dear Ms. Brennholt or just 'Hi Wil'?"), "is it ok, or will it look wrong?", or
"was that rude?" (no, it is fine)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coach.chat import ask
from coach.readers import load_notes

NOTES = """
candidate: {name: Mirela Costache}
company: {name: Veldhoven Glassworks}
role: Furnace Operator
interview: {start: 2026-09-08T09:00:00+02:00, end: 2026-09-08T10:00:00+02:00}
interviewers:
  - {name: Wilhelmina Brennholt, honorific: Ms., title: Shift Lead, aliases: [Wil]}
country: NL
stage: interviewed
"""
NOW = dt.datetime(2026, 9, 8, 17, tzinfo=dt.timezone(dt.timedelta(hours=2)))


@pytest.fixture
def notes(tmp_path: Path):
    path = tmp_path / "veldhoven.yaml"
    path.write_text(NOTES, "utf-8")
    return load_notes(path)


@pytest.mark.parametrize(
    "question",
    [
        "Dear Ms. Brennholt or just 'Hi Wil'? she introduced herself as Wil",
        "is it ok to open with 'Hi Wil,' or will that look like i got her name wrong",
        "what about just 'Dear Wil'? the whole shift calls her that",
    ],
)
def test_a_listed_short_form_is_a_yes(notes, question: str) -> None:
    answer = ask(question, notes, now=NOW).answer
    assert answer.startswith("Yes") and "Wil" in answer.split("\n\n")[0]


def test_a_listed_short_form_asked_as_a_fault_is_no_and_yes(notes) -> None:
    lead = ask("i wrote 'Hi Wil' in the thank you, was that rude", notes, now=NOW).answer
    lead = lead.split("\n\n")[0]
    assert lead.startswith("No") and "yes, that was fine" in lead


def test_a_plan_beside_another_question_is_the_day_asked(notes) -> None:
    from coach.chat.asked import asked_day

    today = dt.date(2026, 9, 10)
    clauses = ["is a call warmer than an email?", "thinking of ringing her on the 21st instead"]
    assert asked_day(clauses, today, [False, False]) == dt.date(2026, 9, 21)
    after = ["if i still hear nothing can i check in mon 21 sep"]
    assert asked_day(after, today, [False]) == dt.date(2026, 9, 21)
    both = ["on the 21st should i email her and text her too"]
    assert asked_day(both, today, [False]) is None
