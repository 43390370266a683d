"""The day a question asks about when it follows a stated fact: "today is 16 March, is tomorrow
OK?" asks about tomorrow, and "calling her that day is ok?" about the day said before. On the
day they invited or the first day they allowed, the answer is yes. Questions are our own;
every date is the plan's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from coach.chat import ask
from coach.models import Notes

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import at, bluegum  # noqa: E402

# Wednesday 3 March 2027 interview in Canberra time; nothing said about timing


@pytest.fixture()
def notes(tmp_path: Path) -> Notes:
    return bluegum(tmp_path, "preferred_channel: phone\n")


def test_tomorrow_after_today_is_the_first_allowed_day(notes: Notes) -> None:
    q = "they asked me not to ring before 17 march. today is 16 march, is tomorrow ok for a call?"
    lead = ask(q, notes, None, at(16)).answer.split("\n")[0]
    assert lead.startswith("Yes") and "17 March" in lead


def test_tomorrow_before_the_first_allowed_day(notes: Notes) -> None:
    q = "they asked me not to ring before 17 march. today is 12 march, is tomorrow ok for a call?"
    lead = ask(q, notes, None, at(12)).answer.split("\n")[0]
    assert lead.startswith("No") and "17 March" in lead


def test_that_day_is_the_invited_day(notes: Notes) -> None:
    q = "Odette told me to give her a ring on the 18th of March. calling her that day is ok?"
    lead = ask(q, notes, None, at(12)).answer.split("\n")[0]
    assert lead.startswith("Yes") and "18 March" in lead
