"""A job title the user gives an interviewer that the notes do not ("I wrote 'Analytics
Director' under her name", "she's data analytics manager, right?") is answered with the notes'
title and title-mismatch, with the yes or no the question asks for; the role applied for, a
person pointed at ("the analytics manager") and the notes' own title typed short are not
another title. Our own wording, on the example notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.chat.job_titles import other_title, title_line
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")  # an Analytics Manager, a Head of Data Eng.


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("i wrote 'Analytics Director' under her name. does that matter?", "Analytics Director"),
        ("sarah is Data Analytics Manager right? thats what i put", "Data Analytics Manager"),
    ],
)
def test_another_title_is_found(question: str, said: str) -> None:
    found = other_title(question, NOTES)
    assert found is not None and found[1] == "Analytics Manager" and found[2] == said


@pytest.mark.parametrize(
    "question",
    [
        "how do i spell the analytics manager's surname?",
        "her title is analytics manager, is that what i write?",
        "is it ok to email the data engineering head today?",
    ],
)
def test_no_other_title(question: str) -> None:
    assert other_title(question, NOTES) is None


def test_the_verdict_follows_the_question() -> None:
    line, rules = title_line(
        "i wrote 'Analytics Director' under her name. does that matter?", NOTES
    )
    assert line.startswith("Yes, it matters a little.") and rules == ["title-mismatch"]
    line, _ = title_line("can i call her Analytics Director in the email?", NOTES)
    assert line.startswith("No.")
