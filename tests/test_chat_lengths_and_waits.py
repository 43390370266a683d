"""A stated length judged against the rulebook's budget for the kind of message, and the wait
before a check-in, in words, when there are no notes and no timeline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.length import length_verdict
from coach.models import Kind
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")
EST = dt.timezone(dt.timedelta(hours=-5))


def test_a_long_reply_to_a_no_is_over_the_rejection_budget() -> None:
    rejected = NOTES.model_copy(update={"stage": "rejected"})
    answer = ask(
        "my answer to their no thanks is roughly 320 words, is that too long?",
        rejected,
        now=dt.datetime(2026, 12, 2, 10, tzinfo=EST),
    )
    assert answer.answer.startswith("Yes, too long") and "150" in answer.answer
    assert "too-long" in answer.rules


def test_a_short_thank_you_is_within_its_budget() -> None:
    lead, rules = length_verdict("my thank-you is about 180 words, too long?", Kind.thank_you)
    assert lead.startswith("No") and "250" in lead and rules == ["too-long"]


def test_no_length_stated_gives_no_length_verdict() -> None:
    assert length_verdict("is my check-in too long?", Kind.check_in) == ("", [])


def test_with_no_timeline_the_wait_is_five_business_days_in_words() -> None:
    answer = ask(
        "nobody gave me a date for their decision. how long should I hold off checking in?"
    )
    assert "five business days" in answer.answer.split("\n")[0]
