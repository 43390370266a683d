"""Yes/no questions about one practice get the sources' verdict first: one shared thank-you for
a whole panel (group, bcc, "together"), asking them to look again after a no, a call the day
after an interview the question says was today, and "is it rude to ask when they decide?".
Our own wording, without notes."""

from __future__ import annotations

import pytest

from coach.chat import ask


@pytest.mark.parametrize(
    "question",
    [
        "can i do a group email to Oriel, Tamsin and Bex to thank them all?",
        "four of them interviewed me, ok to bcc one thank you to the lot?",
        "could I send one email to Priya and Lars together saying thanks to both?",
    ],
)
def test_one_note_for_the_panel_is_a_no(question: str) -> None:
    answer = ask(question)
    assert answer.answer.startswith("No")
    assert "duplicate-across-interviewers" in answer.rules


@pytest.mark.parametrize(
    "question",
    [
        "they picked someone else. can i ask them to take another look at my portfolio?",
        "should I email back and ask them to reconsider?",
    ],
)
def test_asking_them_to_look_again_is_a_no(question: str) -> None:
    answer = ask(question)
    assert answer.answer.startswith("No")
    assert "rejection-reconsider" in answer.rules


def test_hoping_to_be_remembered_is_not_asking_to_reconsider() -> None:
    question = (
        "they hired someone internal. can i say i'd like to be considered next time, or is that "
        "asking them to reconsider?"
    )
    assert not ask(question).answer.startswith("No. Don't ask them to reconsider")


@pytest.mark.parametrize(
    "question",
    [
        "had my interview this afternoon. can i ring them tomorrow to see how it went?",
        "met him today for the interview, could I phone tmrw to show I'm keen?",
    ],
)
def test_a_call_the_day_after_todays_interview_is_a_no(question: str) -> None:
    answer = ask(question)
    assert answer.answer.startswith("No")
    assert "timing-next-day-call" in answer.rules


def test_asking_when_they_decide_is_not_rude() -> None:
    answer = ask("is it rude to ask the panel when they'll make their decision?")
    assert answer.answer.startswith("No")
