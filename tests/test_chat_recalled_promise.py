"""The materials promise the user recalls ("which day did I tell her?", "I believe I said
Thursday") is checked against the notes' `promised_by`, not read as a new deadline; material
asked for with no time set cannot be late. Our own questions on the Bluegum notes."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from coach.chat import ask
from coach.chat.recalled import MATERIAL_ASKED, NO_TIME_SET, RECALLED
from coach.models import HistoryEntry, Kind, Material, Notes

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import ZONE, at, bluegum  # noqa: E402

PROMISED = Material(
    what="the possession roster template I built",
    promised_by=dt.datetime(2027, 3, 5, 15, 0, tzinfo=ZONE),
)


def with_roster(tmp_path: Path, sent_at: dt.datetime | None = None) -> Notes:
    notes = bluegum(tmp_path)
    history = list(notes.history)
    if sent_at is not None:
        history.append(HistoryEntry(kind=Kind.materials, to="Odette Marr", sent_at=sent_at))
    return notes.model_copy(update={"materials": [PROMISED], "history": history})


@pytest.mark.parametrize(
    "text",
    [
        "which day did I tell her I'd have the roster over?",
        "when did I promise the template by?",
        "I believe I said thursday arvo, was that it?",
        "can't remember what I promised, did I say friday?",
    ],
)
def test_a_recalled_promise_is_read_as_one(text: str) -> None:
    assert RECALLED.search(text)


def test_material_asked_for_without_a_time_is_read() -> None:
    text = "Odette wanted to see a copy of my signalling cert, no deadline was mentioned"
    assert MATERIAL_ASKED.search(text) and NO_TIME_SET.search(text)


def test_asking_what_was_promised_gives_the_notes_time(tmp_path: Path) -> None:
    reply = ask(
        "which day did I tell odette I'd send the roster?", with_roster(tmp_path), None, at(4)
    )
    lead = reply.answer.split("\n")[0]
    assert "Friday 5 March, 15:00" in lead
    assert reply.citations[0].section == "Send follow-up material when requested"


def test_a_remembered_day_is_checked_against_the_notes(tmp_path: Path) -> None:
    notes = with_roster(tmp_path, sent_at=dt.datetime(2027, 3, 5, 11, 30, tzinfo=ZONE))
    reply = ask("did the roster get to her on time? I think I said monday", notes, None, at(9))
    lead = reply.answer.split("\n")[0]
    assert lead.startswith("Yes, in time") and "15:00" in lead and "11:30" in lead
    assert "8 March" not in lead  # "monday" was a memory, not a new deadline


def test_a_late_send_asked_as_late_says_yes(tmp_path: Path) -> None:
    notes = with_roster(tmp_path, sent_at=dt.datetime(2027, 3, 5, 18, 0, tzinfo=ZONE))
    reply = ask("I sent the roster template at 6pm on the 5th, was it late?", notes, None, at(9))
    assert reply.answer.startswith("Yes") and "after the Friday 5 March, 15:00" in reply.answer


def test_material_with_no_time_set_cannot_be_late(tmp_path: Path) -> None:
    q = (
        "odette asked if I could forward my rail safety ticket, we didn't set a time. "
        "a week on, is it too late?"
    )
    reply = ask(q, with_roster(tmp_path), None, at(10))
    assert reply.answer.startswith("No, not too late")
    assert not any(r.startswith("timeline") for r in reply.record)


def test_a_passed_promise_recalled_by_weekday_is_the_notes_one(tmp_path: Path) -> None:
    # "I said Friday 3pm" after the roster went is last week's Friday, not the next one
    notes = with_roster(tmp_path, sent_at=dt.datetime(2027, 3, 8, 10, 0, tzinfo=ZONE))
    q = "the roster - i said friday 3pm but it only went monday 10am. did that look bad?"
    lead = ask(q, notes, None, at(11)).answer.split("\n")[0]
    assert "Friday 5 March, 15:00" in lead and "Monday 8 March" in lead
    assert "12 March" not in lead


LICENCE = Material(
    what="a copy of my signalling licence",
    promised_by=dt.datetime(2027, 3, 9, 12, 0, tzinfo=ZONE),
)


def test_of_two_promises_the_one_named_is_recalled(tmp_path: Path) -> None:
    notes = with_roster(tmp_path).model_copy(update={"materials": [PROMISED, LICENCE]})
    q = "when did I say the licence would go? can I send it wednesday"
    lead = ask(q, notes, None, at(8)).answer.split("\n")[0]
    assert lead.startswith("No") and "Tuesday 9 March, 12:00" in lead
