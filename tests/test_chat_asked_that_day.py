"""The day a question asks about when it follows a stated fact: "today is 16 March, is tomorrow
OK?" asks about tomorrow, and "calling her that day is ok?" about the day said before. On the
day they invited or the first day they allowed, the answer is yes. Questions are our own;
every date is the plan's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coach.chat import ask
from coach.models import Notes
from coach.readers import load_notes

# Wednesday 3 March 2027 interview in Canberra time; nothing said about timing
NOTES = """\
candidate: {name: Tomasz Weller}
company: {name: Bluegum Rail Signals Pty Ltd, aliases: [Bluegum]}
role: Signal Maintenance Scheduler
interview:
  start: 2027-03-03T10:00:00+11:00
  end: 2027-03-03T11:00:00+11:00
interviewers:
  - {name: Odette Marr, honorific: Ms., title: Network Lead, aliases: []}
details:
  - night possessions on the western line
preferred_channel: phone
country: AU
stage: interviewed
materials: []
history:
  - {kind: thank_you, channel: email, to: Odette Marr, sent_at: 2027-03-03T19:00:00+11:00}
"""
ZONE = dt.timezone(dt.timedelta(hours=11))


@pytest.fixture()
def notes(tmp_path: Path) -> Notes:
    path = tmp_path / "notes.yaml"
    path.write_text(NOTES, "utf-8")
    return load_notes(path)


def at(day: int) -> dt.datetime:
    return dt.datetime(2027, 3, day, 9, 0, tzinfo=ZONE)


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
