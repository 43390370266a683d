"""A question that asks for a date gets the date first, not the plan's "No, not yet", which
answers "may I now?"; a question that asks a yes or no keeps its verdict. Our own questions on
the Bluegum notes (a wait until the 15th)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from coach.chat import ask
from coach.chat.when_asked import asks_when, date_first
from coach.models import Notes

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import at, bluegum  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        "When do I chase them if nothing comes?",
        "if it stays quiet, when's my first check-in?",
        "what day can I write to Odette",
        "how soon can I follow up?",
        "I'm waiting on news, then when?",
    ],
)
def test_date_questions(text: str) -> None:
    assert asks_when(text)


@pytest.mark.parametrize(
    "text",
    [
        "can I email Odette today?",
        "is it too early to chase, and when is fine?",
        "what do I say when I call her?",
        "I rang when I got home, was that ok?",
    ],
)
def test_yes_no_or_story_questions(text: str) -> None:
    assert not asks_when(text)


def test_the_not_yet_lead_is_reworded() -> None:
    lead = (
        "No, not yet: wait until Monday 15 March to send a check-in to Odette (why). "
        "Sooner is early."
    )
    assert date_first(lead, "when can I check in?").startswith(
        "From Monday 15 March: send a check-in"
    )
    assert date_first(lead, "can I check in?") == lead


@pytest.fixture()
def waiting(tmp_path: Path) -> Notes:
    return bluegum(
        tmp_path, "timeline: {said: Not before the 15th please., no_contact_before: 2027-03-15}\n"
    )


def test_when_gets_the_date_not_a_verdict(waiting: Notes) -> None:
    lead = ask("If I hear nothing, when should I get in touch?", waiting, None, at(5)).answer
    assert lead.startswith("From Monday 15 March")


def test_a_yes_no_question_keeps_its_no(waiting: Notes) -> None:
    assert ask("Can I get in touch today?", waiting, None, at(5)).answer.startswith("No")
