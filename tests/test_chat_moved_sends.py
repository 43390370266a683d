"""A recorded send the user moves to another day ("it actually went on the 12th, not the
10th") replaces the notes' record, and the next dates count from the new day. Our own
questions on the Bluegum notes."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from coach.chat import ask
from coach.chat.factset import Facts
from coach.chat.moved_send import read_moved_send
from coach.models import Kind

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import THANKED, at, bluegum  # noqa: E402

CHECKED_IN = THANKED + (
    "  - {kind: check_in, channel: email, to: Odette Marr, sent_at: 2027-03-10T10:00:00+11:00}\n"
)


def test_the_new_day_and_the_old_are_read() -> None:
    facts = Facts()
    assert read_moved_send(
        "my follow-up was sent on friday 12th rather than the 10th", dt.date(2027, 3, 15), facts
    )
    assert facts.sent[0].kind == Kind.check_in and facts.sent[0].day == dt.date(2027, 3, 12)
    assert facts.retracted[0].day == dt.date(2027, 3, 10)


def test_a_plain_send_is_no_move() -> None:
    assert not read_moved_send("I sent the check-in on the 10th", dt.date(2027, 3, 15), Facts())


def test_the_next_follow_up_counts_from_the_corrected_day(tmp_path: Path) -> None:
    notes = bluegum(tmp_path, history=CHECKED_IN)
    q = "oops, the check in actually went out friday 12th, not the 10th. when's the next one?"
    reply = ask(q, notes, None, at(16))
    lead = reply.answer.split("\n")[0]
    assert "19 March" in lead  # five business days after Friday 12 March
    assert any("2027-03-12" in r for r in reply.record)
