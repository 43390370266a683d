"""When the user's interview day and the notes' disagree, the answer says both, counts from the
user's, and offers that one for the notes; a span counted from something else ("since the no",
"since the second one") is no interview day at all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.facts import extract
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")  # interview Fri 20 Nov
EST = dt.timezone(dt.timedelta(hours=-5))
NOW = dt.datetime(2026, 12, 6, 10, tzinfo=EST)


def test_a_span_since_the_interview_that_disagrees_is_said_and_offered_alike() -> None:
    text = ask("It's been 8 days since my interview, can I check in yet?", NOTES, now=NOW).answer
    assert "Friday 20 November" in text  # the notes' day, said
    assert "Saturday 28 November" in text  # the user's day, which the answer counts from
    assert "interview.start: 2026-11-28" in text  # and the one offered for the notes


def test_a_correction_of_the_day_holds_for_a_looked_back_question() -> None:
    text = ask(
        "actually the interview was on 23 november, when should I have sent my thank-you?",
        NOTES,
        now=NOW,
    ).answer
    assert "Tuesday 24 November" in text and "Friday 20 November" in text


def test_spans_from_other_events_are_not_interview_days() -> None:
    today = dt.date(2026, 12, 6)
    for said in (
        "it's been a week since the no, can I add him on LinkedIn?",
        "two emails so far, it's been 9 days since the second one",
        "I wrote 'it has been two weeks since we met' in my draft, fine?",
        "ten days since they replied and nothing more",
    ):
        assert extract(said, today).days_since_interview is None, said
    assert extract("it's been 8 days since we met", today).days_since_interview == 8


def test_a_span_since_the_no_states_the_rejection() -> None:
    facts = extract("it's been a week since the no. can I still write?", dt.date(2026, 12, 6))
    assert facts.stage is not None and facts.stage.value == "rejected"
