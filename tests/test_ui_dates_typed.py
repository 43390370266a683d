"""Dates typed into the notes form as people write them: a month in words is read; a date in
figures other than year-month-day (03/12/2026: March or December?) is not guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from ui import form as F


def typed(date: str) -> F.Outcome:
    values = F.empty_form()
    values.update(
        candidate="Tom Baker",
        company="Brightline Logistics",
        role="Operations Coordinator",
        date=date,
        start="10am",
        zone="Europe/London",
        iv0_name="Joanna Kowalski",
        details="rerouting deliveries when the depot floods",
    )
    return F.to_notes(values)


@pytest.mark.parametrize(
    "date", ["3 Dec 2026", "Thursday 3rd December 2026", "Dec 3, 2026", "3rd of December 2026"]
)
def test_a_date_with_its_month_in_words_is_read(date: str) -> None:
    outcome = typed(date)
    assert outcome.notes is not None, outcome.problems
    assert outcome.notes.interview.start == dt.datetime(2026, 12, 3, 10, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("date", "problem"),
    [
        ("03/12/2026", "'03/12/2026' is not a date: write it as year-month-day, e.g. 2026-11-27"),
        ("Fri 3 Dec 2026", "3 December 2026 is a Thursday, not a Friday"),
        ("31 Feb 2026", "31 Feb 2026 is not a date: February has no 31st (it has 28 days)"),
    ],
)
def test_an_ambiguous_or_impossible_date_is_said_plainly(date: str, problem: str) -> None:
    outcome = typed(date)
    assert outcome.notes is None and f"Interview date: {problem}" in outcome.problems
