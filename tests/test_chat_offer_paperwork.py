"""With an offer in hand no decision is left to chase, but paperwork they said would come by a
day is: asked about from the next business day after it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml").model_copy(update={"stage": "offer"})
NOW = dt.datetime(2026, 12, 1, 10, tzinfo=NOTES.interview.zone)


def test_a_written_offer_date_gives_the_day_to_ask_about_it() -> None:
    q = "they said the formal offer letter would arrive by Friday the 4th. when can I ask?"
    answer = ask(q, NOTES, now=NOW)
    assert answer.answer.startswith("Not yet")
    assert "Monday 7 December" in answer.answer


def test_without_a_date_there_is_nothing_to_chase() -> None:
    answer = ask("should I check in about the decision?", NOTES, now=NOW)
    assert "nothing to chase" in answer.answer


def test_a_contract_said_to_come_by_a_day_is_asked_about_after_it() -> None:
    for q in (
        "the contract should land by Friday the 4th. if it hasn't, when can I ask?",
        "my contract is with their legal team and ought to reach me by Friday the 4th. when do"
        " I chase if not?",
    ):
        answer = ask(q, NOTES, now=NOW)
        assert answer.answer.startswith("Not yet") and "Monday 7 December" in answer.answer, q


def test_a_contract_to_sign_by_a_day_is_not_their_date() -> None:
    answer = ask("I have to sign the contract by Friday the 4th, ok?", NOTES, now=NOW)
    assert "they said it would come by" not in answer.answer
