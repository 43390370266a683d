"""Sends stated in a question without naming their kind, dated after the thank-you's window
from the interview day the user gives, are read as follow-ups."""

from __future__ import annotations

import datetime as dt

from coach.chat import ask

CENTRAL = dt.timezone(dt.timedelta(hours=-6))


def test_two_unnamed_emails_after_the_interview_spend_both_follow_ups() -> None:
    now = dt.datetime(2026, 10, 30, 9, 0, tzinfo=CENTRAL)
    q = (
        "my interview was thursday 1 october, they gave no date. I emailed on the 9th "
        "and again on the 16th. may I send another one?"
    )
    reply = ask(q, None, now=now)
    assert reply.answer.startswith("No")
    assert "timing-too-many" in reply.rules


def test_an_unnamed_email_soon_after_the_interview_is_not_a_follow_up() -> None:
    now = dt.datetime(2026, 10, 5, 9, 0, tzinfo=CENTRAL)
    q = "my interview was thursday 1 october. I emailed on the 2nd. when can I check in?"
    reply = ask(q, None, now=now)
    assert not any("followed up" in f for f in reply.facts)
