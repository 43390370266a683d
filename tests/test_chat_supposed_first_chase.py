"""A hindsight question that supposes no timeline ("if they'd given no date, when could I first
have chased?") gets the first check-in day the rules allowed without one, whatever came after
(a rejection, a check-in already sent); a holiday it names is the one in that wait."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.context import situate
from coach.chat.counterfactual import supposed_send
from coach.chat.factset import Facts
from coach.chat.holidays import holiday_line
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")


def test_an_adverb_between_could_i_and_have_still_supposes_a_send() -> None:
    assert supposed_send("when could I first have followed up?")
    assert supposed_send("when could I at the earliest have emailed them?")


def test_the_first_check_in_without_a_timeline_is_given_in_hindsight() -> None:
    start = NOTES.interview.start.astimezone(NOTES.interview.zone)
    now = start + dt.timedelta(days=30)
    answer = ask(
        "supposing they'd never given a date, when could I first have checked in?",
        NOTES,
        now=now,
    )
    assert answer.in_scope and answer.intent == "timing"
    assert "first check-in was allowed" in answer.answer
    assert any(c.section == "Continue Follow Ups" for c in answer.citations)


def test_a_holiday_named_in_hindsight_is_the_one_after_the_interview() -> None:
    later = dt.datetime(2026, 12, 14, 10, tzinfo=NOTES.interview.zone)
    line = holiday_line(
        "thanksgiving day was that thursday, did it count?", situate(NOTES, Facts(), later, True)
    )
    assert "26 November" in line and "2027" not in line
