"""A span the person says has passed ("I haven't heard back in two weeks") is time since the
interview, never a wait the employer asked for; only their words ("she told me to wait a
fortnight") make a timeline. Questions are our own, with the acme notes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.facts import extract
from coach.readers import load_notes

NOTES = load_notes(Path(__file__).resolve().parents[1] / "examples" / "acme.yaml")
NOW = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
TODAY = NOW.date()

PASSED = (
    "What if I haven't heard back in two weeks?",
    "what if i havent heard anything for 2 weeks",
    "i haven't heard from them in ten days what do i do",
    "no word for ten days now, shuold I chase",
    "no reply in a fortnight, what now",
    "if i get nothing back for two weeks do i give up",
)
THEIRS = (
    "they said give it two weeks",
    "she told me to wait a fortnight",
    "he said not to chase for two weeks",
    "they asked me not to follow up for 10 working days",
)


def test_a_span_passed_is_no_wait_they_asked_for() -> None:
    for q in PASSED:
        facts = extract(q, TODAY)
        assert facts.wait_days is None and facts.no_contact_before is None, q
        assert not any("asked you to wait" in s for s in facts.said), q


def test_a_span_passed_is_never_offered_as_their_timeline() -> None:
    for q in PASSED:
        reply = ask(q, NOTES, None, NOW)
        assert "asked you to wait" not in reply.answer, q
        assert "no_contact_before" not in reply.answer, q


def test_a_supposed_span_keeps_the_notes_interview() -> None:
    """ "What if ...": the clock moves forward for the answer; nothing is offered to record."""
    reply = ask("what if I haven't heard back in two weeks", NOTES, None, NOW)
    assert "Shall I record" not in reply.answer
    assert "send a check-in" in reply.answer


def test_their_words_still_make_a_wait() -> None:
    for q in THEIRS:
        facts = extract(q, TODAY)
        assert facts.wait_days is not None, q
        assert any("asked you to wait" in s for s in facts.said), q
