"""A point the user missed or an answer they want to put right ("forgot to say in the interview
that...", "fluffed the question on rotas, can I add a better answer?") goes to the advice on
adding it to the thank-you, with a yes. Our own wording, without notes."""

from __future__ import annotations

import pytest

from coach.chat import ask


@pytest.mark.parametrize(
    "question",
    [
        "i forgot to say in the interview that i hold a forklift licence. can i put it in the "
        "thank you?",
        "i fluffed the question on shift rotas. can i add a better answer in the thank you email?",
        "i forgot to explain how i'd run the stocktake. can i add a line on that when i thank her?",
    ],
)
def test_a_missed_point_goes_in_the_thank_you(question: str) -> None:
    answer = ask(question)
    assert answer.answer.startswith("Yes")
    assert any(c.section.startswith("FAQ 5") for c in answer.citations)


def test_a_better_answer_is_not_a_choice() -> None:
    answer = ask(
        "i botched the budget answer. can i add a better answer in my thank you or is that weird?"
    )
    assert answer.answer.startswith("No, not weird")
