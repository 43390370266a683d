"""A call they invited on a given day: a day proposed before it, the day after the interview, a
call missed and made later (with the plan's last follow-up after it), and how often to call.
Questions are our own; every date is the plan's."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from coach.chat import ask
from coach.models import Notes

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import at, bluegum  # noqa: E402

# they invited a call on Tuesday 9 March
INVITED = """\
timeline:
  said: "Odette: give me a ring on Tuesday the 9th."
  decision_by: null
  no_contact_before: null
  contact_on: 2027-03-09
preferred_channel: phone
"""


@pytest.fixture()
def notes(tmp_path: Path) -> Notes:
    return bluegum(tmp_path, INVITED)


def test_a_day_before_the_invited_one_is_early(notes: Notes) -> None:
    doc = ask("might I phone Odette on monday the 8th rather than the 9th?", notes, now=at(4))
    assert doc.answer.startswith("No: Monday 8 March is early")
    assert "Tuesday 9 March" in doc.answer
    assert doc.citations[0].section == "Set expectations early"


def test_the_day_after_the_interview_is_overeager_too(notes: Notes) -> None:
    doc = ask("ok to ring Odette tomorrow and thank her again?", notes, now=at(3, 17))
    assert doc.answer.startswith("No: Thursday 4 March is early; a call the day after")
    assert "timing-next-day-call" in doc.rules


def test_a_missed_call_can_still_be_made_with_the_last_step_after_it(notes: Notes) -> None:
    doc = ask("i totally missed calling on the 9th, am I ok to ring her today?", notes, now=at(12))
    assert doc.answer.startswith("Yes: they invited contact from Tuesday 9 March")
    assert "19 March" in doc.answer  # 5 business days after a call on Friday 12 March
    assert "thank-you" not in doc.answer.split("\n\n")[0]


def test_how_often_to_call_is_the_sequence(notes: Notes) -> None:
    doc = ask("how often is it fine to be calling her? every few days?", notes, now=at(4))
    assert "9 March" in doc.answer and "16 March" in doc.answer


def test_their_words_about_a_call_are_no_call_of_mine() -> None:
    from coach.chat.routes import boosts

    today = dt.date(2027, 3, 4)
    theirs = "Odette said to ring on the 9th; without that, when could I have followed up?"
    assert "phone-or-email" not in boosts(theirs, "AU", today)
    assert "phone-or-email" in boosts("can I ring Odette on the 10th instead?", "AU", today)
