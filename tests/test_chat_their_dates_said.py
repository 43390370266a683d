"""Their timeline as users report it: "the decision was due <day>", and a recruiter's words
("within two weeks") said on an interview day given in brackets, counted from that day. Our
own sentences."""

from __future__ import annotations

import datetime as dt

from coach.chat.facts import extract


def test_a_decision_that_was_due_on_a_day() -> None:
    facts = extract(
        "the decision was due wednesday 3 march and its friday 5th, nothing. can I ask now?",
        dt.date(2027, 3, 5),
    )
    assert facts.decision_by == dt.date(2027, 3, 3)


def test_a_recruiters_wait_counts_from_the_bracketed_interview_day() -> None:
    facts = extract(
        "recruiter told me on the interview day (tue 2 feb, leeds) 'you will hear from us "
        "within two weeks'. when is the first day i can chase?",
        dt.date(2027, 2, 9),
    )
    assert facts.interview_day == dt.date(2027, 2, 2)
    assert facts.decision_by == dt.date(2027, 2, 16)


def test_a_span_whose_end_is_asked_is_not_time_passed() -> None:
    facts = extract(
        "if they'd given no date, which day would the 5 business days be up?", dt.date(2027, 2, 9)
    )
    assert facts.days_since_interview is None
