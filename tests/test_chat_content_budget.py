"""Advice on what a message says carries that message's length budget (too-long), and after
a rejection the message being worded is the reply, not a check-in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.budget import budget_kind, budget_line
from coach.models import Kind, Stage
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")
EST = dt.timezone(dt.timedelta(hours=-5))
NOW = dt.datetime(2026, 12, 3, 10, tzinfo=EST)


def test_each_content_entry_gives_its_own_kind() -> None:
    assert budget_kind("handwritten-note", "is a card overkill for a bank?", False) == (
        Kind.handwritten_note
    )
    assert budget_kind("check-in-content", "what goes in my final nudge?", False) == (
        Kind.final_follow_up
    )
    assert budget_kind("thank-you-content", "what should my thanks mention?", False) == (
        Kind.thank_you
    )


def test_tone_gives_a_budget_only_when_a_message_is_being_written() -> None:
    assert budget_kind("tone", "how do I phrase my check-in so I don't grovel?", False) == (
        Kind.check_in
    )
    assert budget_kind("tone", "am I being paranoid about the silence?", False) is None


def test_a_reply_after_a_no_is_the_rejection_reply() -> None:
    assert budget_kind("check-in-content", "how should I word my response to them?", True) == (
        Kind.rejection_reply
    )


def test_no_second_budget_when_the_answer_already_gives_it() -> None:
    said = "keep that note to about 300 characters at most"
    assert budget_line("linkedin", "can I add him on linkedin?", False, said) == ("", [])
    line, rules = budget_line("linkedin", "can I add him on linkedin?", False, "")
    assert "300 characters" in line and rules == ["too-long"]


def test_an_answer_on_wording_a_status_email_states_its_budget() -> None:
    answer = ask("how do i word the check in for sarah, any tips?", NOTES, now=NOW)
    assert "150 words" in answer.answer and "too-long" in answer.rules


def test_after_a_rejection_the_reply_is_what_gets_worded() -> None:
    notes = NOTES.model_copy(update={"stage": Stage.rejected})
    answer = ask("my reply is running long, how long should it really be?", notes, now=NOW)
    assert answer.intent == "rejection"
    assert "150 words" in answer.answer


def test_something_added_to_a_message_gets_that_message_s_budget() -> None:
    # the piece added is not the message: the thank-you or check-in it goes in is
    q = "could I link my sample dashboards in the thank-you note?"
    assert budget_kind("extra-material", q, False) == Kind.thank_you
    q = "ok to add the answer I botched to my check in?"
    assert budget_kind("forgot-something", q, False) == Kind.check_in
    assert budget_kind("extra-material", "should I send my portfolio at all?", False) is None


def test_what_goes_in_a_check_in_is_its_content_and_budget() -> None:
    for q in (
        "what should really go in the check-in?",
        "what do I write in the check in on Monday",
    ):
        reply = ask(q, NOTES, None, NOW)
        assert reply.intent == "content"
        assert "150 words" in reply.answer
