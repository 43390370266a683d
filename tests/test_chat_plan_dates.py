"""Timing questions the plan answers: the whole schedule, public holidays and business days, a
day proposed by a holiday's name, material sent late, and timing questions that name a day or
a message (never "not covered"). The questions are our own; the dates are the plan's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coach.chat import ask
from coach.chat.asked import fixed_holiday
from coach.chat.holidays import named_holiday
from coach.models import Notes
from coach.readers import load_notes

# England over Easter 2027: Good Friday 26 March and Easter Monday 29 March are bank holidays
NOTES = """\
candidate: {name: Priya Raman}
company: {name: Fenwick Orchard Supplies Ltd, aliases: [Fenwick]}
role: Orchard Logistics Planner
interview:
  start: 2027-03-22T10:00:00+00:00
  end: 2027-03-22T11:00:00+00:00
interviewers:
  - {name: Hollis Grant, honorific: Mr., title: Operations Manager, aliases: []}
  - {name: Maren Oduya, honorific: Ms., title: Fleet Lead, aliases: []}
details:
  - routing cold-store lorries around the apple harvest
timeline:
  said: "Hollis: we'll decide by Thursday the 25th."
  decision_by: 2027-03-25
  no_contact_before: null
  contact_on: null
preferred_channel: email
country: GB
stage: interviewed
materials:
  - {what: a costed pallet plan, promised_by: 2027-03-23T17:00:00+00:00}
history:
  - {kind: thank_you, channel: email, to: Hollis Grant, sent_at: 2027-03-22T18:00:00+00:00}
"""
UTC = dt.UTC


@pytest.fixture()
def notes(tmp_path: Path) -> Notes:
    path = tmp_path / "notes.yaml"
    path.write_text(NOTES, "utf-8")
    return load_notes(path)


def at(month: int, day: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(2027, month, day, hour, 0, tzinfo=UTC)


def test_the_whole_schedule_lists_every_step_with_its_date(notes: Notes) -> None:
    doc = ask("can you lay out every date I need, start to finish?", notes, now=at(3, 22, 20))
    text = doc.answer
    assert text.startswith("Your plan from now:")
    for date in ("23 March", "30 March", "6 April"):  # thanks and the plan, check-in, last one
        assert date in text
    assert "Maren Oduya" in text and "timing-too-soon-after-last" in doc.rules


def test_a_holiday_inside_the_wait_moves_the_check_in(notes: Notes) -> None:
    doc = ask("will easter monday push my check-in back?", notes, now=at(3, 23))
    assert doc.answer.startswith("Yes: Easter Monday (Monday 29 March) is a public holiday")
    assert "Tuesday 30 March" in doc.answer and doc.in_scope


def test_a_holiday_the_country_does_not_keep_is_a_business_day(notes: Notes) -> None:
    doc = ask("does st. patrick's day matter for my waiting?", notes, now=at(3, 16))
    assert doc.answer.startswith("No: Saint Patrick's Day")
    assert "not a public holiday in the United Kingdom" in doc.answer


def test_whether_a_day_counts_is_read_from_the_calendar(notes: Notes) -> None:
    doc = ask("is this friday a working day over there? does it count?", notes, now=at(3, 23))
    assert doc.answer.startswith("No: Friday 26 March is a public holiday")
    assert "Good Friday" in doc.answer and doc.in_scope


def test_holidays_without_notes_get_the_general_rule() -> None:
    doc = ask("are public holidays counted when I wait the 5 days?", now=at(3, 23))
    assert doc.in_scope and doc.answer.startswith("No: business days skip weekends")


def test_a_proposed_day_is_judged_against_the_plan(notes: Notes) -> None:
    q = "would the 1st of april work for my second email? the first one was the 30th"
    doc = ask(q, notes, now=at(3, 31))
    assert doc.answer.startswith("No: Thursday 1 April is too early")
    assert "6 April" in doc.answer


def test_a_day_named_by_a_fixed_holiday() -> None:
    assert fixed_holiday("is christmas eve ok for it?", dt.date(2026, 12, 1)) == dt.date(
        2026, 12, 24
    )
    assert fixed_holiday("new year's day?", dt.date(2026, 12, 1)) == dt.date(2027, 1, 1)
    assert fixed_holiday("no holiday named here", dt.date(2026, 12, 1)) is None


def test_a_holiday_is_found_by_its_name_in_any_spelling() -> None:
    assert named_holiday("is matariki a day off?", "NZ", dt.date(2027, 6, 1)) == (
        "Matariki",
        dt.date(2027, 6, 25),
    )
    found = named_holiday("does saint patricks day count", None, dt.date(2027, 3, 1))
    assert found is not None and found[1] == dt.date(2027, 3, 17)


def test_material_that_went_late_is_late_not_still_to_send(notes: Notes) -> None:
    q = "sent the pallet plan over this morning, a day after I said I would. big deal?"
    doc = ask(q, notes, now=at(3, 24, 11))
    # the material is recorded as sent this morning: late against the promise, but gone, and
    # "big deal?" asks how bad: a warning (timing-materials-late), so not a big deal
    assert doc.answer.startswith("No, not a big deal, though it was late")
    assert "23 March" in doc.answer and "timing-materials-late" in doc.rules


def test_a_timing_question_naming_a_day_is_never_out_of_scope(notes: Notes) -> None:
    doc = ask("is the 29th any good for the nudge?", notes, now=at(3, 24))
    assert doc.in_scope and "don't cover" not in doc.answer
    assert "30 March" in doc.answer


def test_a_topic_outside_the_articles_stays_out_of_scope(notes: Notes) -> None:
    doc = ask("what salary should I ask for on monday?", notes, now=at(3, 24))
    assert not doc.in_scope
