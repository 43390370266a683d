"""Questions about what is still owed and how long a message may be: a nameless "hi," before a
question about "my follow-up" (no pasted draft), repeated contact planned after a no (a no), a
second interviewer still owed a thank-you after the first was thanked (a yes, with the
deadline), and the length budget of a kind of message asked with no length said."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.intent import split_pasted
from coach.models import Stage
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")  # interview Fri 20 Nov, 14:00-15:00 EST
EST = dt.timezone(dt.timedelta(hours=-5))


def test_a_hello_before_a_question_about_my_follow_up_is_no_draft() -> None:
    question = "hey, I'd prefer to ring Sarah than write for my second follow up. what day works?"
    assert split_pasted(question) == (question, "")
    answer = ask(question, NOTES, now=dt.datetime(2026, 11, 24, 10, tzinfo=EST))
    assert answer.intent != "review" and answer.findings == []


def test_repeated_contact_planned_after_a_no_is_a_no() -> None:
    rejected = NOTES.model_copy(update={"stage": Stage.rejected})
    now = dt.datetime(2026, 11, 30, 10, tzinfo=EST)
    for question in (
        "they turned me down. I'll email Sarah every few weeks to ask about new roles, ok?",
        "got the rejection. is it fine to keep emailing them monthly in case something opens?",
    ):
        answer = ask(question, rejected, now=now)
        assert answer.answer.startswith("No"), answer.answer
        assert {"rejection-follow-up", "tone-overeager"} <= set(answer.rules)


def test_the_other_interviewer_still_owed_a_thank_you_gets_the_deadline() -> None:
    answer = ask(
        "I sent my thank-you to Sarah last night. Do I have to send one to Michael as well? "
        "it would be the same email really",
        NOTES,
        now=dt.datetime(2026, 11, 21, 9, tzinfo=EST),
    )
    assert answer.answer.startswith("Yes")
    assert "Michael O'Brien by Saturday 21 November, 15:00" in answer.answer
    assert "duplicate-across-interviewers" in answer.rules


def test_the_budget_of_a_kind_asked_without_a_length() -> None:
    now = dt.datetime(2026, 11, 21, 9, tzinfo=EST)
    note = ask("how long can my linkedin invite note be?", NOTES, now=now)
    assert "300 characters" in note.answer and "too-long" in note.rules
    assert ("002", "Connect on LinkedIn") in {(c.article, c.section) for c in note.citations}
    thanks = ask("how many words should a thank-you email be?", NOTES, now=now)
    assert "250 words" in thanks.answer
    wait = ask("how long should I wait before I check in?", NOTES, now=now)
    assert "too-long" not in wait.rules
