"""Two asks about the plan in one question ("when is the next one, and would it be the
last?") get both answered, each with its own fact: the next message's day, and that one last
follow-up may come after it. Questions are our own, with the acme notes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.models import HistoryEntry
from coach.readers import load_notes

NOTES = load_notes(Path(__file__).resolve().parents[1] / "examples" / "acme.yaml")
NOW = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def test_next_and_whether_last_both_answered() -> None:
    for q in (
        "when is the next one, and would it be the last?",
        "when do i send the next follow up and is that the last one",
        "when's my next email and will it be the final one?",
        "when is the next one and is it my last",
        "when is the next one, wuold it be the last one",
    ):
        reply = ask(q, NOTES, None, NOW)
        first = reply.answer.split("\n\n")[0]
        assert reply.intent != "unknown", q
        assert "Monday 30 November" in first, (q, first)  # the next one's day
        assert "need not be the last" in first and "Monday 7 December" in first, (q, first)


def test_after_the_check_in_the_next_one_is_said_to_be_the_last() -> None:
    sent = NOTES.model_copy(deep=True)
    sent.history.append(
        HistoryEntry.model_validate(
            {
                "kind": "check_in",
                "channel": "email",
                "to": "Sarah Chen",
                "sent_at": "2026-11-30T09:00:00-05:00",
            }
        )
    )
    later = dt.datetime(2026, 12, 1, 10, 0, tzinfo=NOW.tzinfo)
    for q in (
        "when do i send the next one, and is that the last one?",
        "if she stays quiet, when can the next email go? would it have to be my final one",
        "nothing back yet. when is my next nudge, and is that one the final one?",
    ):
        first = ask(q, sent, None, later).answer.split("\n\n")[0]
        assert "Monday 7 December" in first, (q, first)  # 5 business days after 30 Nov
        assert "Yes, that one is the last" in first, (q, first)
        assert "no more than twice after the thank-you" in first, (q, first)  # 004's own limit
