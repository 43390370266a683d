"""Suppositions about the past ("had they named no day, when could I have written?"): the
answer computes the plan without the fact the condition undoes, and records nothing. Our own
questions on the Bluegum notes; every date is the plan's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from coach.chat import ask
from coach.chat.supposed import supposition
from coach.models import Notes, Stage

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import at, bluegum  # noqa: E402

INVITED = "timeline: {said: Ring me on the 15th., contact_on: 2027-03-15}\n"


@pytest.mark.parametrize(
    "text",
    [
        "if Odette hadn't mentioned the 15th, what's the first day I could chase?",
        "had she not named a day, when would my check-in have been due?",
        "say they never gave any timing at all, when then?",
        "if they didnt say anything about when, earliest follow up?",
    ],
)
def test_a_date_they_did_not_give_is_supposed_away(text: str) -> None:
    assert supposition(text).timeline


@pytest.mark.parametrize(
    "text",
    [
        "if she doesn't pick up on the 15th, can I email?",
        "if I don't hear back by the 15th, what then?",
        "if I didn't hear anything by friday, should I call?",
        "when can I follow up if they said the 15th?",
    ],
)
def test_a_plan_or_a_stated_date_is_no_supposition(text: str) -> None:
    assert not supposition(text).timeline and not supposition(text).stage


@pytest.mark.parametrize(
    "text",
    [
        "if I hadn't been offered the job, when would I have checked in?",
        "if I never got that offer, what would the plan be?",
        "had they not rejected me, when was my check-in due?",
    ],
)
def test_an_offer_or_a_no_undone_is_supposed_away(text: str) -> None:
    assert supposition(text).stage


@pytest.fixture()
def invited(tmp_path: Path) -> Notes:
    return bluegum(tmp_path, INVITED)


def test_without_the_invited_day_the_floor_is_five_business_days(invited: Notes) -> None:
    reply = ask(
        "if odette hadnt said the 15th, earliest i could have checked in?", invited, None, at(5)
    )
    lead = reply.answer.split("\n")[0]
    assert "Wednesday 10 March" in lead and "15 March" not in lead
    assert reply.record == []  # a supposition is not saved to the notes


def test_without_an_offer_the_check_in_is_computed(tmp_path: Path) -> None:
    notes = bluegum(tmp_path, "").model_copy(update={"stage": Stage.offer})
    q = (
        "if I hadn't got the offer and they'd never said anything about timing, when would I "
        "have followed up?"
    )
    reply = ask(q, notes, None, at(5))
    assert "10 March" in reply.answer.split("\n")[0]
    assert not any(r.startswith("stage") for r in reply.record)
