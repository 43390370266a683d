"""A thank-you told of, then a yes or no about it ("ok, or should I have waited?"), is a
question about that thank-you's timing; a new step asked after it ("can I email her
tomorrow?") is not. Names typed in lower case still say who was left out. Our own wording."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from coach.chat import ask
from coach.chat.facts import extract
from coach.chat.routes import judged

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import at, bluegum  # noqa: E402


@pytest.mark.parametrize(
    "text",
    ["ok or should I have waited til the morning", "was that alright?", "did I mess that up?"],
)
def test_a_judgement_of_the_message_told_of(text: str) -> None:
    assert judged(text)


@pytest.mark.parametrize(
    "text",
    [
        "can I email her tomorrow?",
        "should I post her a card too?",
        "is a LinkedIn request ok now?",
        "when can I chase?",
    ],
)
def test_another_step_is_not_a_judgement_of_it(text: str) -> None:
    assert not judged(text)


def test_a_thank_you_to_someone_that_went_is_read() -> None:
    said = extract(
        "my thank you to odette went 8.15pm wednesday", dt.date(2027, 3, 5), ["Odette Marr"]
    )
    assert [(s.day, s.to) for s in said.sent] == [(dt.date(2027, 3, 3), "Odette Marr")]


def test_its_timing_is_answered(tmp_path: Path) -> None:
    q = "my thank you to odette went 8.15pm wednesday. ok or should I have waited til morning?"
    reply = ask(q, bluegum(tmp_path, history=""), None, at(4, 12))
    assert reply.answer.startswith("Yes") and "Thursday 4 March" in reply.answer


def test_a_name_in_lower_case_is_left_out() -> None:
    said = extract("i never thanked ms marr, too late?", dt.date(2027, 3, 9), ["Odette Marr"])
    assert [u.to for u in said.unsent] == ["Odette Marr"]
