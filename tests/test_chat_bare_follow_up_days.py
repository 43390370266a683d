"""A message the user says they emailed, its kind unnamed, on a day written as a short weekday
("mon 29th"), after a day alone ("emailed thursday 28th") or to a person named in full: it is a
follow-up the next one is spaced from. Our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from coach.chat.chased import read_chased
from coach.chat.factset import Facts

TODAY = dt.date(2027, 4, 30)  # a Friday


@pytest.mark.parametrize(
    ("clause", "day"),
    [
        ("emailed thursday 29th, still nothing.", dt.date(2027, 4, 29)),
        ("emailed Oskar mon 26th, no reply.", dt.date(2027, 4, 26)),
        ("emailed Ana Lucía Ferreira Gil on the 27th, no reply.", dt.date(2027, 4, 27)),
    ],
)
def test_an_unanswered_email_is_a_follow_up(clause: str, day: dt.date) -> None:
    facts = Facts()
    assert read_chased(clause, TODAY, facts)
    assert [s.day for s in facts.sent] == [day]


def test_an_email_still_to_send_is_not_one() -> None:
    assert not read_chased("should I email thursday 6th, if no reply?", TODAY, Facts())


def test_one_more_sent_after_a_pause_is_a_second_follow_up() -> None:
    facts = Facts()
    clause = "emailed fri 23rd, then panicked and sent another mon 26th."
    assert read_chased(clause, TODAY, facts, dt.date(2027, 4, 14))  # the interview
    assert [s.day for s in facts.sent] == [dt.date(2027, 4, 23), dt.date(2027, 4, 26)]
