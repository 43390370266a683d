"""'What do I put in my second check-in?' asks what to write in the message it names by its kind,
not when to send it; a message that carries promised material is left to the materials advice.
Our own wording, on the Bluegum notes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from coach.chat import ask
from coach.chat.factset import Facts
from coach.chat.say_to import SAY_TO, content_entry

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import at, bluegum  # noqa: E402


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what should i actually write in my follow up email, and how long", "check-in-content"),
        ("what do I put in the thank you for odette", "thank-you-content"),
        ("so what can i say in my final check in", "check-in-content"),
    ],
)
def test_the_kind_named_picks_the_content_entry(question: str, entry: str) -> None:
    assert SAY_TO.search(question)
    assert content_entry(question, Facts(), None, None) == entry


@pytest.mark.parametrize("question", ["what do I put in the subject line", "what should I wear"])
def test_other_asks_are_not_content(question: str) -> None:
    assert SAY_TO.search(question) is None


def test_a_second_check_in_gets_its_content(tmp_path: Path) -> None:
    reply = ask(
        "what do i put in my second check in? and how long should it be",
        bluegum(tmp_path),
        None,
        at(20),
    )
    assert reply.intent == "content"
    assert "150" in reply.answer
