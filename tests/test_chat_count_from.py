"""Where the check-in's wait counts from: the interview (not a late thank-you), or, when they
gave a timeline, neither."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.counting import count_from_asked
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")  # interview Fri 20 Nov, decision by 27 Nov
EST = dt.timezone(dt.timedelta(hours=-5))
NOW = dt.datetime(2026, 11, 24, 10, tzinfo=EST)


def test_with_no_timeline_the_wait_counts_from_the_interview() -> None:
    notes = NOTES.model_copy(update={"timeline": type(NOTES.timeline)()})
    answer = ask(
        "my thank-you only went on Monday. is the five days for following up measured from that "
        "or from the interview?",
        notes,
        now=NOW,
    )
    lead = answer.answer.split("\n")[0]
    # five business days from Fri 20 Nov, Thanksgiving (Thu 26) skipped
    assert lead.startswith("From the interview") and "Monday 30 November" in lead


def test_with_a_decision_date_neither_counts() -> None:
    answer = ask(
        "does the 5 days for a check-in start from my thank you or from the interview?",
        NOTES,
        now=NOW,
    )
    assert answer.answer.startswith("Neither") and "Monday 30 November" in answer.answer


def test_a_thank_you_question_is_not_a_count_from_question() -> None:
    assert not count_from_asked("does the 24 hours count from the start or the end?")
