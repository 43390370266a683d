"""'Is it weird to...', 'would it hurt to...', 'bad?' ask whether a thing is a fault, so a yes is
"it is": an answer whose advice opens with a permission ("Yes, thank every person") leads with
the denial instead ("No, not weird."), and a plan's "Yes: you can send" becomes "No: you can
send". Our own wording, without notes."""

from __future__ import annotations

import pytest

from coach.chat import ask
from coach.chat.yes_no import fault_reversed


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("would it hurt to add her on linkedin as well", "No, it won't hurt."),
        ("is it strange to thank the coordinator who set it up too", "No, it isn't strange."),
    ],
)
def test_a_permission_answers_a_fault_question_with_no(question: str, lead: str) -> None:
    assert ask(question).answer.startswith(lead)


def test_a_plan_lead_is_turned() -> None:
    lead, body = fault_reversed("Yes: you can send a check-in now.", "", "would it look needy?")
    assert lead == "No: you can send a check-in now."


@pytest.mark.parametrize(
    "question", ["can I add her on linkedin as well?", "is it ok to thank the coordinator too"]
)
def test_a_permission_question_keeps_its_yes(question: str) -> None:
    assert fault_reversed("", "Yes, thank every person you met.", question) == (
        "",
        "Yes, thank every person you met.",
    )
