"""Which sections the chat cites, and what it owns up to not covering, for wordings that put
the topic in an unexpected place: the act asked about before the manner worried about, a kind
named in the question over the one read from a draft, advice from elsewhere weighed against
ours, a messaging app, a going rate, an answer to give in an interview."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coach.chat import ask
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")
NOW = dt.datetime(2026, 11, 24, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def sections(question: str) -> list[tuple[str, str]]:
    return [(c.article, c.section) for c in ask(question, None).citations]


@pytest.mark.parametrize(
    "question",
    [
        "what's the usual hourly rate for a junior plumber in Dunedin?",
        "should I give them a figure in my check-in or wait for them to?",
        "they will ask me about the six months I spent travelling. how do I explain that?",
        "the panel asked why I switched careers and I rambled. how should I answer that next time?",
    ],
)
def test_pay_and_interview_answers_are_not_covered(question: str) -> None:
    answer = ask(question, NOTES, now=NOW)
    assert not answer.in_scope and "don't cover" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "how do I answer Priya without sounding sulky?",
        "how do I explain in my follow-up email that I was ill last week?",
        "my phone number is new, should I put the number in my thank-you?",
    ],
)
def test_replies_and_messages_stay_in_scope(question: str) -> None:
    assert ask(question, NOTES, now=NOW).in_scope


def test_the_act_asked_about_is_cited_before_the_manner() -> None:
    cited = sections("how can I find out when they'll decide without coming across as needy?")
    assert cited[0] == ("004", "Set expectations early")


def test_advice_from_elsewhere_is_weighed_against_the_check_in_wait() -> None:
    cited = sections("a blog says wait ten days and another says three. which one is it?")
    assert ("004", "Continue Follow Ups") in cited


def test_a_messaging_app_cites_asking_how_they_like_to_be_reached() -> None:
    cited = sections("can I just send Tomasz a WhatsApp instead of an email?")
    assert ("004", "Set expectations early") in cited


def test_a_check_in_reviewed_cites_the_check_in_advice() -> None:
    draft = (
        "is my check-in ok?\n\nDear Ms Varga,\n\nI hope you are well. I wanted to ask whether "
        "there is any news on the Depot Supervisor role. I am still very keen.\n\nBest wishes,\nLeo"
    )
    cited = ask(draft, None).citations
    assert any((c.article, c.section) == ("004", "Continue Follow Ups") for c in cited)


def test_a_call_only_to_thank_again_cites_not_being_overeager() -> None:
    answer = ask("gonna phone Dana tomorrow just to say thanks again and ask how it went", NOTES)
    assert ("001", "Don't be overeager") in [(c.article, c.section) for c in answer.citations]


@pytest.mark.parametrize(
    "question",
    [
        "how do I ask them to remember me for later roles without sounding needy?",
        "how do I write back to them without coming across as bitter?",
    ],
)
def test_after_a_no_the_reply_is_the_topic_not_the_tone(question: str) -> None:
    from coach.models import Stage

    rejected = NOTES.model_copy(update={"stage": Stage.rejected})
    cited = [(c.article, c.section) for c in ask(question, rejected, now=NOW).citations]
    assert cited[0] == ("001", "Handle rejection graciously")
