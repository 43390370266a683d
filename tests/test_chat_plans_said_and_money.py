"""Plans put forward without a question ("I'm planning to email on Friday"), timelines said to
be missing in plain words ("they said nothing about timing"), a check-in judged by "was that
ok?", and topics the articles do not cover named without their usual words (a sum of money,
asking someone to be a referee, what interviewers ask, what to bring to a test)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.places import country_in
from coach.models import HistoryEntry
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
EST = dt.timezone(dt.timedelta(hours=-5))
NZ = dt.timezone(dt.timedelta(hours=13))


def test_a_plan_with_no_question_mark_is_judged_on_its_day() -> None:
    answer = ask(
        "auckland, interview was monday 2 march, they said nothing about timing. "
        "i'm planning to email friday 6 march",
        now=dt.datetime(2026, 3, 3, 9, tzinfo=NZ),
    )
    lead = answer.answer.split("\n")[0]
    assert lead.startswith("No") and "9 March" in lead
    assert "timing-check-in-early" in answer.rules
    assert "they gave no date" in answer.facts


def test_a_timeline_said_to_be_missing_in_other_words() -> None:
    for said in ("nothing was said about a decision date", "no timeline,"):
        answer = ask(
            f"interview in auckland on monday 2 march, {said} is friday 6 march ok to email?",
            now=dt.datetime(2026, 3, 3, 9, tzinfo=NZ),
        )
        assert "they gave no date" in answer.facts, said


def test_pacific_capitals_are_places() -> None:
    assert country_in("interview in suva on monday") == "FJ"


def test_a_check_in_asked_about_with_ok_is_answered_yes_when_on_time() -> None:
    notes = load_notes(ROOT / "examples" / "acme.yaml")
    sent = HistoryEntry.model_validate(
        {"kind": "check_in", "channel": "email", "to": "Sarah Chen",
         "sent_at": "2026-11-30T09:00:00-05:00"}
    )  # fmt: skip
    notes = notes.model_copy(update={"history": [*notes.history, sent]})
    answer = ask(
        "I checked in with Sarah on Monday 30 November, was that ok?",
        notes,
        now=dt.datetime(2026, 12, 2, 10, tzinfo=EST),
    )
    assert answer.answer.startswith("Yes, it was on time")


def test_uncovered_topics_named_without_their_usual_words() -> None:
    for question in (
        "they floated £42k a year for it. is that decent or should i hold out",
        "how do i ask my old team lead to be a referee? it's been ages",
        "what questions do interviewers usually ask at a final round",
        "aptitude test on thursday. what should i bring",
    ):
        assert ask(question).in_scope is False, question


def test_a_test_only_mentioned_leaves_the_thank_you_in_scope() -> None:
    answer = ask("the aptitude test was yesterday, when should I send my thank-you?")
    assert answer.in_scope is True
