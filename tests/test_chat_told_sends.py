"""What the user tells of before asking "when next?": a thank-you sent "the same night" went
on the interview's day; with a check-in told too, "when can I go again?" is about the next
follow-up; a quote after "she replied ... saying" is their words, not a draft; and "what's the
window?" gets both ends of the plan's window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.intent import split_pasted
from coach.readers import load_notes

NOTES = load_notes(Path(__file__).resolve().parent.parent / "examples" / "acme.yaml")
EST = dt.timezone(dt.timedelta(hours=-5))  # the interview: Friday 20 November 2026


def test_a_thank_you_sent_the_same_night_went_on_the_interview_day() -> None:
    now = dt.datetime(2026, 11, 25, 9, 0, tzinfo=EST)
    answer = ask("I thanked Sarah that evening. when do I check in?", NOTES, now=now)
    assert any("thank_you" in r and "2026-11-20T20:00" in r for r in answer.record)


def test_thanks_and_a_check_in_told_then_when_again_is_the_next_follow_up() -> None:
    now = dt.datetime(2026, 12, 2, 9, 0, tzinfo=EST)
    question = (
        "thanked them both the night of the interview. rang Sarah on 1 dec to check in. "
        "when should I follow up again?"
    )
    answer = ask(question, NOTES, now=now)
    assert "final follow-up" in answer.answer.split("\n\n")[0]


def test_a_quote_after_she_replied_saying_is_their_words() -> None:
    question = (
        "Sarah replied to my check in yesterday saying 'we hope to wrap things up by the end "
        "of next week'. when do I follow up?"
    )
    assert split_pasted(question)[1] == ""


def test_the_window_asked_gives_both_ends() -> None:
    now = dt.datetime(2026, 11, 23, 9, 0, tzinfo=EST)
    answer = ask("what's the window for my first check-in, earliest and latest?", NOTES, now=now)
    lead = answer.answer.split("\n\n")[0]
    assert "Friday 27 November" in lead and "window runs until" in lead
