"""Today's date said in passing ("it's the 21st and still nothing", "it's Thursday now and no
word") sets the clock the plan counts from, and a span said of a day pointed at ("that's a
full week after") measures that day, not the time since the interview."""

from __future__ import annotations

import datetime as dt

from coach.chat.dates import day_of_month
from coach.chat.facts import extract, measures_a_day

CLOCK = dt.date(2026, 3, 2)


def test_today_said_before_news_sets_the_clock() -> None:
    said = extract("they'd decide by the 17th. it's the 18th and nothing from them", CLOCK, [])
    assert said.today == dt.date(2026, 2, 18)  # the nearest 18th to the clock
    said = extract("it's thursday now and no word at all", CLOCK, [])
    assert said.today is not None and said.today.weekday() == 3


def test_a_date_that_is_not_today_is_not_read_as_today() -> None:
    said = extract("it's the 18th that they named, can I write then?", CLOCK, [])
    assert said.today is None


def test_a_span_said_of_a_day_is_not_time_since_the_interview() -> None:
    clause = "so is monday the 9th fine? that's a whole week after"
    at = clause.index("a whole week")
    assert measures_a_day(clause, at)
    assert extract(clause, CLOCK, []).days_since_interview is None
    assert extract("it's been a whole week and nothing", CLOCK, []).days_since_interview == 7


def test_a_day_as_far_back_as_ahead_is_the_one_to_come() -> None:
    # as many days either side of the clock: the coming one
    assert day_of_month(16, dt.date(2026, 5, 1), None) == dt.date(2026, 5, 16)
    assert day_of_month(17, dt.date(2026, 5, 2), None) == dt.date(2026, 5, 17)
