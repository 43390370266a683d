"""Without notes, a question that gives its own interview (day, place, end time) and its own
send ("the interview ended ... and my thank-you went ...") is judged on those: the 24-hour
target and 2-day limit counted from the stated end."""

from __future__ import annotations

import datetime as dt

from coach.chat import ask, conversation_facts

NAIROBI = dt.timezone(dt.timedelta(hours=3))


def test_the_end_and_the_send_in_one_sentence_are_both_read() -> None:
    q = "the nairobi interview wrapped up at 2.15pm thursday 5 march and my thank-you went fri 5pm"
    facts, _ = conversation_facts([], q, dt.date(2026, 3, 9), [])
    assert facts.interview_day == dt.date(2026, 3, 5)
    assert facts.interview_end_at == dt.time(14, 15)
    assert [(s.day, s.at) for s in facts.sent] == [(dt.date(2026, 3, 6), dt.time(17, 0))]


def test_the_send_is_judged_against_the_stated_end() -> None:
    q = (
        "my interview finished at 11am on tuesday 3 march and my thank you was sent "
        "wednesday at 3pm. was it on time?"
    )
    answer = ask(q, None, now=dt.datetime(2026, 3, 6, 9, tzinfo=NAIROBI))
    assert "4 March, 11:00" in answer.answer  # the 24-hour target
    assert "15:00" in answer.answer


def test_a_message_with_its_own_subject_after_and_is_its_own_clause() -> None:
    q = "we met on monday 2 march and the thank-you note went on the 3rd"
    facts, _ = conversation_facts([], q, dt.date(2026, 3, 12), [])
    assert facts.interview_day == dt.date(2026, 3, 2)
    assert [s.day for s in facts.sent] == [dt.date(2026, 3, 3)]
