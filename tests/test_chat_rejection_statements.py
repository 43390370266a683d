"""A rejection is read when it is told in other words ("we got the no", "Sam said no", "they
withdrew the offer") but not when the user only wonders about one; "push back" is asking them
to reconsider; a call to ask why after a no is pressing; and words quoted after "X replied to my
check-in:" are theirs, not a draft to check."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.intent import split_pasted
from coach.chat.rejected import rejected_in
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")
EST = dt.timezone(dt.timedelta(hours=-5))
LATER = dt.datetime(2026, 12, 2, 10, 0, tzinfo=EST)


def test_a_no_told_in_other_words_is_a_rejection() -> None:
    assert rejected_in("we got the no from them on friday")
    assert rejected_in("Sarah said no, sadly")
    assert rejected_in("they withdrew the offer after the budget review")
    assert rejected_in("the offer was rescinded yesterday")


def test_a_rejection_only_wondered_about_is_not_read() -> None:
    assert not rejected_in("it's been ages. should I just assume I didn't get the job?")
    assert not rejected_in("does the silence mean I didn't get it?")
    assert not rejected_in("I said no to the other company")


def test_pushing_back_on_a_no_is_asking_them_to_reconsider() -> None:
    answer = ask("they rang and withdrew the offer. should I push back on it?", NOTES, now=LATER)
    assert answer.answer.startswith("No") and "rejection-reconsider" in answer.rules


def test_a_call_to_ask_why_after_a_no_is_a_no() -> None:
    answer = ask("Sarah said no yesterday. can I ring her on friday to ask why?", NOTES, now=LATER)
    assert answer.answer.startswith("No") and "rejection-feedback-pressed" in answer.rules


def test_words_quoted_after_their_reply_are_theirs_not_a_draft() -> None:
    text = (
        "Sarah replied to my email this morning: 'we need two more weeks, thanks for waiting'. ok?"
    )
    question, pasted = split_pasted(text)
    assert pasted == "" and "two more weeks" in question
    mine = "I wrote this to Sarah: 'I must have your answer by Friday or I walk away'. ok?"
    assert split_pasted(mine)[1].startswith("I must have")
