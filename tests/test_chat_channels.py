"""Two channels on one day ("the thank-you email AND a LinkedIn request tonight?") are the
several-platforms question, answered with the day the second may go; a choice between channels,
or a past contact, is not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.channels import channels_at_once
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")
EVENING = dt.datetime(2026, 11, 20, 19, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def test_two_channels_together_are_told_apart_from_a_choice() -> None:
    assert channels_at_once("can I send the thank-you email AND a LinkedIn request tonight?")
    assert channels_at_once("calling her this afternoon. should I email him the same day too?")
    assert not channels_at_once("should I call or email her?")
    assert not channels_at_once("I emailed on Friday. Can I call her today?")
    assert not channels_at_once("Everyone calls him Gord and he signed his email Gord")


def test_the_second_channel_waits_for_the_next_business_day() -> None:
    q = "can I send Sarah the thank-you email and a LinkedIn request tonight?"
    a = ask(q, NOTES, now=EVENING)
    assert a.answer.startswith("No, not both on the same day")
    assert "Monday 23 November" in a.answer and "channel-multiple-same-day" in a.rules
    assert a.citations[0].section.startswith("FAQ 4")


def test_a_past_same_day_burst_is_judged_not_rescheduled() -> None:
    q = "yesterday I emailed her, messaged her on LinkedIn and left a voicemail, is that too much"
    a = ask(q, NOTES, now=EVENING + dt.timedelta(days=10))
    assert "Yes, that is too much" in a.answer and "not both on the same day" not in a.answer


def test_a_connection_request_waits_a_day_after_the_thank_you_email() -> None:
    """The thank-you counts as a message that day (channel-multiple-same-day): LinkedIn the same
    evening is two platforms at once, and the request goes from the next day."""
    same_evening = ask(
        "I just emailed my thank-you to Sarah. Can I also connect with her on LinkedIn tonight?",
        NOTES,
        now=EVENING,
    )
    assert same_evening.answer.startswith("No"), same_evening.answer
    assert "Monday 23 November" in same_evening.answer  # the next business day, as the plan
    general = ask("Can I connect with Michael on LinkedIn?", NOTES, now=EVENING)
    assert general.answer.startswith("Yes") and "next day" in general.answer
