"""Questions that look back after a no, or plan a last word: a first check-in supposed on a
day none went is judged as that day's check-in; a later one that did go, by the gap after the
one before it; and the person's own plan ("can I send one last email on Friday?", "I want to
write back") is never read as the employer inviting contact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.models import HistoryEntry
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
EST = dt.timezone(dt.timedelta(hours=-5))
NOW = dt.datetime(2026, 12, 10, 11, tzinfo=EST)


def _sent(day: int) -> HistoryEntry:
    month = 11 if day > 15 else 12
    return HistoryEntry.model_validate(
        {
            "kind": "check_in",
            "channel": "email",
            "to": "Sarah Chen",
            "sent_at": f"2026-{month}-{day:02d}T10:00:00-05:00",
        }
    )


def _notes(*days: int) -> object:
    notes = load_notes(ROOT / "examples" / "acme.yaml")
    return notes.model_copy(update={"history": [_sent(d) for d in days], "stage": "rejected"})


def test_a_first_check_in_supposed_on_the_decision_day_would_have_been_early() -> None:
    answer = ask(
        "would writing on the 27th itself have been alright, seeing as it was their day?",
        _notes(30),  # type: ignore[arg-type]
        now=NOW,
    )
    assert answer.answer.startswith("No, that would have been early")
    assert "Monday 30 November" in answer.answer.split("\n")[0]


def test_a_second_follow_up_that_went_is_judged_by_the_gap_after_the_first() -> None:
    answer = ask(
        "was my email on the 7th ok, coming after the one on the 30th?",
        _notes(30, 7),  # type: ignore[arg-type]
        now=NOW,
    )
    assert answer.answer.startswith("Yes, that was fine")


def test_their_no_then_my_own_last_email_is_not_an_invitation() -> None:
    answer = ask(
        "they turned me down on tuesday. can I send one last email on Friday to ask if the "
        "decision is final?",
        _notes(30),  # type: ignore[arg-type]
        now=NOW,
    )
    assert not any("invited" in f for f in answer.facts)
    assert answer.answer.startswith("No")


def test_wanting_to_write_back_is_not_being_asked_to() -> None:
    answer = ask(
        "honestly I want to write back and say they got it wrong. should I?",
        _notes(30),  # type: ignore[arg-type]
        now=NOW,
    )
    assert not any("get back to them" in f for f in answer.facts)
    assert answer.answer.startswith("No")
