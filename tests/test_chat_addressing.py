"""A question about an interviewer's title ("she has a PhD, Dr. or first name?", "I wrote Dear
Ms Marr, bad?") is answered with the forms to write, title and surname or first name, naming
the person in full; a title that differs from the notes' is called wrong first. Our own
wording, on notes with one Dr. interviewer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from coach.chat import ask
from coach.chat.addressing import address_line, title_in_doubt
from coach.chat.yes_no import asked

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import at, bluegum  # noqa: E402


@pytest.fixture
def notes(tmp_path: Path):  # type: ignore[no-untyped-def]
    n = bluegum(tmp_path)
    n.interviewers[0].honorific = "Dr."
    return n


def test_a_different_title_is_wrong_first(notes) -> None:  # type: ignore[no-untyped-def]
    line = address_line("i put dear mrs marr in my email, is that bad", notes)
    assert line.startswith("Yes, that is wrong")
    assert "'Dear Dr. Marr'" in line and "'Dear Odette'" in line


def test_a_title_asked_about_gets_both_forms(notes) -> None:  # type: ignore[no-untyped-def]
    line = address_line("odette has a doctorate, should I use it or just her first name", notes)
    assert "Either 'Dear Dr. Marr' or 'Dear Odette'" in line


@pytest.mark.parametrize(
    "question", ["when can I email Dr. Marr again?", "can I thank Odette by email tonight"]
)
def test_the_right_title_in_passing_is_no_question(notes, question: str) -> None:  # type: ignore[no-untyped-def]
    assert not title_in_doubt(question, notes)
    assert address_line(question, notes) == ""


def test_the_chat_answers_the_title_and_the_spelling(notes) -> None:  # type: ignore[no-untyped-def]
    reply = ask("i wrote Dear Ms Marr in the thank you last night. bad?", notes, None, at(4))
    assert reply.answer.startswith("Yes, that is wrong")
    assert "Dr. Marr" in reply.answer
    assert "title-mismatch" in reply.rules


@pytest.mark.parametrize(
    "question", ["bad?", "is that weird", "would it hurt to add the link", "too formal?"]
)
def test_short_and_harm_questions_ask_about_a_fault(question: str) -> None:
    found = asked(question)
    assert found is not None and found.frame == "fault"
