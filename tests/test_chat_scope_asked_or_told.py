"""A topic the articles do not cover puts a question out of scope when the question asks about
it; named only in the story around a follow-up question ("she spent the hour on the pension
scheme, what do I write to her?"), or as a document the user is waiting for, it does not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coach.chat import ask
from coach.chat.scope import uncovered
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")
NOW = dt.datetime(2026, 11, 24, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


@pytest.mark.parametrize(
    "question",
    [
        "what should I write to Sarah, she mostly grilled me on the salary bands",
        "we spent half the call on wages and rotas. do I still send Sarah a thank-you?",
        "can I say 'I'd gladly consider any package you offer' in my check-in?",
        "the signed contract still hasn't come. can I ring Sarah tomorrow about it?",
        "how soon can I chase the written contract?",
        "no reply for three weeks, should I email again or just accept it",
    ],
)
def test_a_follow_up_question_that_names_a_topic_in_passing_is_in_scope(question: str) -> None:
    assert uncovered(question) is None


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("if they offer 4200 EUR a month is that decent for a line cook?", "salary and pay"),
        (
            "the final interview is in Leeds, should I bring my certificates to the interview?",
            "preparing for or answering interview questions",
        ),
        (
            "my last manager has retired, can I get a reference from a colleague?",
            "reference checks",
        ),
        (
            "is it even legal that they asked about my religion?",
            "employment law and leaving your current job",
        ),
        (
            "can I complain about the recruiter to the labour board?",
            "employment law and leaving your current job",
        ),
        ("could I ask them to push the start back to March?", "benefits and working conditions"),
        (
            "I have to work three months' notice, what happens then?",
            "employment law and leaving your current job",
        ),
        (
            "I never got an interview at all, how do I chase my application?",
            "following up on an application before any interview",
        ),
    ],
)
def test_a_question_that_asks_about_an_uncovered_topic_is_out_of_scope(
    question: str, topic: str
) -> None:
    assert uncovered(question) == topic


def test_a_mention_in_the_story_with_nothing_covered_asked_is_still_out_of_scope() -> None:
    question = "my old supervisor won't give me a reference. who else could I use?"
    assert uncovered(question) == "reference checks"
    answer = ask(question, NOTES, now=NOW)
    assert not answer.in_scope and "don't cover" in answer.answer


def test_bringing_a_point_up_in_a_message_is_not_bringing_papers() -> None:
    assert (
        uncovered("in the second round they asked about shifts, do I bring it up in my note?")
        is None
    )
