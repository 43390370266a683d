"""A day the user says was (or is) a holiday is skipped when business days are counted, whether
or not we know their country's calendar; a description of a day is not read as a holiday; and
the interview day said before a sent message in one sentence is still read."""

from __future__ import annotations

import datetime as dt

from coach.calendar import add_business_days, days_off, is_business_day
from coach.chat import ask
from coach.chat.facts import extract
from coach.chat.own_holidays import stated_days_off


def test_holidays_said_in_passing() -> None:
    tuesday = dt.date(2027, 3, 2)
    assert stated_days_off("wednesday was a bank holiday here", tuesday) == [dt.date(2027, 3, 3)]
    assert stated_days_off("wasn't the 5th a public holiday?", tuesday) == [dt.date(2027, 3, 5)]
    assert stated_days_off("friday the 5th (carnival) was a holiday", tuesday) == [
        dt.date(2027, 3, 5)
    ]


def test_a_holiday_named_by_its_own_name() -> None:
    # Ascension Day 2027 is Thursday 6 May; the user says only its name, and no country
    assert stated_days_off("and thursday was ascension day", dt.date(2027, 5, 4)) == [
        dt.date(2027, 5, 6)
    ]


def test_a_day_described_is_not_a_holiday() -> None:
    thursday = dt.date(2027, 3, 4)
    assert stated_days_off("friday was a long day and monday is my day off", thursday) == []
    assert stated_days_off("tuesday was great", thursday) == []


def test_days_off_are_skipped_only_inside_the_block() -> None:
    friday = dt.date(2027, 3, 5)
    assert add_business_days(friday, 1) == dt.date(2027, 3, 8)
    with days_off([dt.date(2027, 3, 8)]):
        assert not is_business_day(dt.date(2027, 3, 8))
        assert add_business_days(friday, 1) == dt.date(2027, 3, 9)
    assert is_business_day(dt.date(2027, 3, 8))


def test_the_check_in_date_moves_past_a_holiday_the_user_names() -> None:
    now = dt.datetime(2027, 3, 2, 9, 0, tzinfo=dt.UTC)
    plain = ask("interviewed monday 1 march, no timeline given. when can i check in?", now=now)
    assert "Monday 8 March" in plain.answer
    told = ask(
        "interviewed monday 1 march, no timeline given, and thursday is a holiday here. "
        "when can i check in?",
        now=now,
    )
    assert "Tuesday 9 March" in told.answer


def test_interview_day_before_a_sent_note_in_one_sentence() -> None:
    said = extract(
        "my interview was tue 9 march 2-3pm, i sent the thank you thursday at noon",
        dt.date(2027, 3, 12),
    )
    assert said.interview_day == dt.date(2027, 3, 9)
    assert said.interview_end_at == dt.time(15, 0)
    assert said.sent and said.sent[0].day == dt.date(2027, 3, 11)
