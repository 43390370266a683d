"""Date and time words the chat cannot read are named in the answer, never silently dropped;
words a reader takes (a date, a clock time, a part of the day, a duration) are not. Our own
questions on the Bluegum notes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from coach.chat import ask
from coach.chat.dates import time_of
from coach.chat.unread import unread

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import at, bluegum  # noqa: E402


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("can I chase odette mid-march?", ["mid-march"]),
        ("they said they'd decide early next month", ["early next month"]),
        ("is 9/3 too soon to ring?", ["9/3"]),
        ("ok to email after the long weekend, or COB friday?", ["COB"]),
        ("maybe hold off till after the holidays", ["after the holidays"]),
    ],
)
def test_vague_or_unknown_forms_are_unread(text: str, words: list[str]) -> None:
    assert unread(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "can I email her on Monday 8 March at 10am?",
        "they'll decide by the end of next week",
        "I said I'd send it tomorrow morning",
        "it's been two weeks, call this arvo?",
        "what about friday lunchtime?",
    ],
)
def test_words_a_reader_takes_are_not_named(text: str) -> None:
    assert unread(text) == []


def test_lunch_and_arvo_are_times_of_day() -> None:
    assert time_of("friday lunchtime") == time_of("noon")
    assert time_of("this arvo") == time_of("this afternoon")


def test_the_answer_quotes_the_words_it_could_not_read(tmp_path: Path) -> None:
    reply = ask("is mid-march too early to check in with odette?", bluegum(tmp_path), None, at(5))
    paragraphs = reply.answer.split("\n\n")
    assert "“mid-march”" in paragraphs[1]
    assert "could not read" in paragraphs[1]


def test_a_fully_read_question_has_no_such_line(tmp_path: Path) -> None:
    reply = ask("can I check in with odette on Wednesday 10 March?", bluegum(tmp_path), None, at(5))
    assert "could not read" not in reply.answer
