"""Words the user quotes for a message they will write ("can I end with 'X'?", "is 'X' ok as
an opener?") are judged by the tone and rejection rules, as words introduced by "say" or "tell"
are; quoted words someone else said or wrote are not the user's to judge."""

from __future__ import annotations

import datetime as dt

from coach.chat import ask
from coach.chat.intended import intended_words
from coach.models import Notes

NOW = dt.datetime(2026, 3, 20, 10, 0, tzinfo=dt.UTC)


def _turned_down() -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Ife Adeyemi"},
            "company": {"name": "Harbour Lights Theatre"},
            "role": "Stage Manager",
            "interview": {
                "start": "2026-03-03T10:00:00+00:00",
                "end": "2026-03-03T11:00:00+00:00",
            },
            "interviewers": [{"name": "Maeve Doyle", "honorific": "Ms."}],
            "stage": "rejected",
        }
    )


def test_quoted_words_for_a_message_are_read_as_the_users_own() -> None:
    assert intended_words("could I close my email with 'hope you enjoy the weekend'?") == (
        "Hope you enjoy the weekend."
    )
    # an apostrophe inside the words does not end them
    assert intended_words("can my reply start 'I'm glad you'll keep me on file'?") == (
        "I'm glad you'll keep me on file."
    )


def test_quoted_words_someone_else_said_are_not_the_users() -> None:
    assert (
        intended_words("the recruiter said 'hang tight for a couple of weeks'. when to email?")
        is None
    )
    assert intended_words("a blog says 'always chase within three days', true?") is None
    assert intended_words("at the end I said 'sure, no problem' about the references") is None


def test_quoted_words_that_argue_a_rejection_are_a_no() -> None:
    answer = ask(
        "can I end my reply with 'you made the wrong call here'?", _turned_down(), now=NOW
    ).answer
    assert answer.startswith("No") and "rejection-argues" in answer


def test_clean_quoted_words_asked_about_as_a_fault_are_fine() -> None:
    answer = ask(
        "does putting 'I would love to stay in touch' in my reply sound needy?",
        _turned_down(),
        now=NOW,
    ).answer
    lead = answer.split("\n")[0]
    assert lead.startswith("No") and "fine" in lead


def test_clean_words_asked_whether_they_argue_get_a_no() -> None:
    answer = ask(
        "if my reply says 'I still admire the whole crew' does that count as arguing?",
        _turned_down(),
        now=NOW,
    ).answer
    assert answer.startswith("No, that reads fine")
