"""'Call her X' asks what to call a person, not whether to phone them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coach.chat import ask
from coach.chat.spelling import ADDRESSED_AS
from coach.readers import load_notes

NOTES = Path(__file__).parent / "chat_dev15" / "notes"


@pytest.mark.parametrize(
    "question",
    [
        "is it ok to call him 'Pete' when I write?",
        "can I call them by their first name in the thank-you?",
        "what should I call her in the greeting?",
    ],
)
def test_naming_questions_are_read_as_naming(question: str) -> None:
    assert ADDRESSED_AS.search(question)


@pytest.mark.parametrize(
    "question", ["can I call her tomorrow?", "should I call them on Friday?", "call her or email?"]
)
def test_phone_calls_are_not_naming(question: str) -> None:
    assert ADDRESSED_AS.search(question) is None


def test_an_alias_in_quotes_gets_the_names_advice() -> None:
    notes = load_notes(NOTES / "us_ridgeline.yaml")
    now = dt.datetime(2026, 7, 2, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    reply = ask("would it be fine to call her 'Dani' when I write to her?", notes, now=now)
    assert "name-misspelled" in reply.rules
    assert "timing-next-day-call" not in reply.rules
