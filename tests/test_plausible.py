"""Dates as a person types them (issue 12, item 11): why one is impossible, and warnings for
ones that are possible but probably a slip. The clock is pinned."""

from __future__ import annotations

import datetime as dt

import pytest

from coach.models import Notes
from coach.plausible import date_problem, implausible
from coach.rulebook import example_context

TODAY = dt.date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("2026-02-30", "2026-02-30 is not a date: February has no 30th (it has 28 days)"),
        (
            "2027-02-29",
            "2027-02-29 is not a date: 2027 is not a leap year, so February has no 29th",
        ),
        ("2026-13-01", "2026-13-01 is not a date: there is no month 13 (months run from 01 to 12)"),
        ("2026-11-31", "2026-11-31 is not a date: November has no 31st (it has 30 days)"),
        ("next Friday", "'next Friday' is not a date: write it as year-month-day, e.g. 2026-11-27"),
        ("2028-02-29", ""),
    ],
)
def test_why_a_date_is_not_one(text: str, said: str) -> None:
    assert date_problem(text) == said


def notes(start: str, decision: str | None = None) -> Notes:
    data = example_context()
    data["interview"] = {"start": start}
    data["timeline"] = {"decision_by": decision}
    return Notes.model_validate(data)


def test_implausible_dates_are_warned_about() -> None:
    assert implausible(notes("2026-11-20T14:00:00-05:00", "2026-11-27"), TODAY) == []
    (old,) = implausible(notes("1999-11-20T14:00:00-05:00"), TODAY)
    assert old == (
        "interview",
        "The interview date, 20 November 1999, is before last year: check the year",
    )
    (ahead,) = implausible(notes("2031-11-20T14:00:00-05:00"), TODAY)
    assert ahead[0] == "interview" and "more than a year ahead" in ahead[1]
    (before,) = implausible(notes("2026-11-20T14:00:00-05:00", "2026-11-01"), TODAY)
    assert before == (
        "decision_by",
        "The decision date, 01 November 2026, is before the interview (20 November 2026): check it",
    )
    # last year's interview is plausible (a slow process), as is one a few months ahead
    assert implausible(notes("2025-01-10T14:00:00-05:00"), TODAY) == []
    assert implausible(notes("2027-06-01T14:00:00-05:00"), TODAY) == []
