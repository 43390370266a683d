"""Sends the user tells about against the notes' record: "over a week since I checked in" is
the check-in on record, not a new one today; "the notes are wrong, I never sent that check-in
on the 12th" takes it off the record. Questions are our own; every date is the plan's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from coach.chat import ask
from coach.models import Notes

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import THANKED, at, bluegum  # noqa: E402

# no timing said; a check-in on Friday 12 March
CHECKED_IN = THANKED + (
    "  - {kind: check_in, channel: email, to: Odette Marr, sent_at: 2027-03-12T10:00:00+11:00}\n"
)


@pytest.fixture()
def notes(tmp_path: Path) -> Notes:
    return bluegum(tmp_path, history=CHECKED_IN)


def test_time_since_a_check_in_dates_it_then(notes: Notes) -> None:
    q = "it's been over a week since I checked in with Odette. ok to follow up again today?"
    reply = ask(q, notes, None, at(22))
    assert reply.answer.startswith("Yes") and "final follow-up" in reply.answer.split("\n")[0]
    assert "you sent a check in on or before 15 Mar" in reply.facts


def test_a_check_in_never_sent_comes_off_the_record(notes: Notes) -> None:
    q = (
        "the notes are wrong, I never sent that check in on the 12th, it's still in my drafts. "
        "can I send it now?"
    )
    reply = ask(q, notes, None, at(16))
    lead = reply.answer.split("\n")[0]
    assert lead.startswith("Yes") and "check-in" in lead
    assert "you never sent the check in on 12 Mar" in reply.facts


def test_not_yet_sent_without_a_correction_keeps_the_record(notes: Notes) -> None:
    q = "I haven't sent the thank-you yet to Odette, is that bad?"
    assert not any(f.startswith("you never sent") for f in ask(q, notes, None, at(16)).facts)


def test_two_sends_joined_by_then_keep_their_own_days(tmp_path: Path) -> None:
    q = "I thanked her the night of the interview, then rang Odette on 12 march. what next?"
    reply = ask(q, bluegum(tmp_path, history=""), None, at(15))
    assert any("thank_you" in r and "sent_at: 2027-03-03T" in r for r in reply.record)
    assert any("check_in" in r and "sent_at: 2027-03-12" in r for r in reply.record)
