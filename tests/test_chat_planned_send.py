"""A send the user plans, asked about with the message after it: the next one counts from the
planned day, and the plan is not recorded as sent. Our own wording, on the Bluegum notes
(interview Wednesday 3 March 2027, Canberra)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from coach.chat import ask
from coach.chat.factset import Facts
from coach.chat.planned import read_planned
from coach.models import Kind

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import at, bluegum  # noqa: E402

TODAY = dt.date(2027, 3, 5)


@pytest.mark.parametrize(
    "text",
    [
        "I'm emailing Odette on the 10th, then when?",
        "plan is to check in on Wednesday 10 March. if she says nothing, when's the next one?",
        "I'll write to her on the 10th; after that, how long until the last one?",
        "im going to chase on the 10th and if I hear nothing back what then",
    ],
)
def test_a_planned_send_with_a_question_about_the_next(text: str) -> None:
    facts = read_planned(text, TODAY, Facts())
    assert [(s.kind, s.day, s.planned) for s in facts.sent] == [
        (Kind.check_in, dt.date(2027, 3, 10), True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to email on the 10th, is that ok?",  # the planned day itself is the question
        "should I email on the 10th?",
        "they'll call me on the 10th, then when do I chase?",
    ],
)
def test_no_planned_send_read(text: str) -> None:
    assert read_planned(text, TODAY, Facts()).sent == []


def test_the_next_counts_from_the_planned_day(tmp_path: Path) -> None:
    reply = ask("I'm emailing Odette on the 10th, then when?", bluegum(tmp_path), None, at(5))
    assert reply.answer.startswith("From Wednesday 17 March")
    assert not any(r.startswith("history") for r in reply.record)
