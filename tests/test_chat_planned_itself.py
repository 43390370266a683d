"""A planned send that is itself the question ("planning to write again on the 9th, ok?") is
judged as the next message, not counted as sent: counting it made the plan see one follow-up
too many and say "stop". The plan's own words end at its sentence, comma, "if" or "then"; only a
message asked about after that counts from the planned day. Our own wording, on the Bluegum
notes (interview Wednesday 3 March 2027, Canberra)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from coach.chat import ask
from coach.chat.factset import Facts
from coach.chat.planned import read_planned

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import THANKED, at, bluegum  # noqa: E402

TODAY = dt.date(2027, 3, 5)
CHECKED = (
    "  - {kind: check_in, channel: email, to: Odette Marr, sent_at: 2027-03-11T09:30:00+11:00}\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "planning to write again on the 16th just to keep it warm, ok?",
        "im going to email her again tuesday the 16th, fine",
        "I'll follow up once more on the 16th to stay on her radar. good idea?",
    ],
)
def test_the_planned_send_asked_about_is_not_sent(text: str) -> None:
    assert read_planned(text, TODAY, Facts()).sent == []


def test_a_message_after_the_plan_still_counts_from_it() -> None:
    text = "planning to write again on the 16th, and if that gets no reply when is the last one"
    assert [s.day for s in read_planned(text, TODAY, Facts()).sent] == [dt.date(2027, 3, 16)]


def test_a_second_nudge_days_after_the_first_is_too_soon(tmp_path: Path) -> None:
    notes = bluegum(tmp_path, history=THANKED + CHECKED)
    reply = ask(
        "I checked in with Odette on the 11th. planning to write again on the 15th, ok?",
        notes,
        None,
        at(13),
    )
    assert reply.answer.startswith("No")
    assert "you have sent 2" not in reply.answer
    assert "18 March" in reply.answer
