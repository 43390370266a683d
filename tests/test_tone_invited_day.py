"""A promised call names its day by weekday and day of the month, without the month ("on
Friday the 4th"): that is the date meant, not the next such weekday, so a call on the day the
interviewer invited is no pressure, and one before it still is. Wordings of our own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case, fired  # noqa: E402

#: the rulebook's context: interview Friday 20 November 2026, the note sent that evening
INVITED = {"timeline": {"contact_on": "2026-12-04"}}


def tone(sentence: str, notes: dict[str, object]) -> set[str]:
    text = (
        "Subject: Thank you\n\nDear Sarah,\n\nThank you for today and for the talk about moving "
        "the dashboards to Looker. I remain very interested in the Data Analyst role. "
        f"{sentence}\n\nBest regards,\nPriya Raman"
    )
    return fired(Case("m", text, set(), notes=notes), "tone")


@pytest.mark.parametrize(
    "sentence",
    [
        "I'll ring you on Friday the 4th, as you asked.",
        "As you suggested, I will give you a call on Friday, the 4th.",
    ],
)
def test_a_call_on_the_invited_day_named_by_its_number_is_not_overeager(sentence):
    assert "tone-overeager" not in tone(sentence, INVITED)


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        ("I'll ring you on Friday the 27th to see where things are.", INVITED),
        ("I'll call you on Monday the 23rd to hear your thoughts.", {}),
    ],
)
def test_a_call_named_by_weekday_and_number_before_it_is_allowed_is_overeager(sentence, notes):
    assert "tone-overeager" in tone(sentence, notes)
