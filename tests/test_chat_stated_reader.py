"""The fact reader on what people type in a hurry: slips of its own words ("interveiw",
"tomorow"), the interview's day said before the word ("after my thursday 3 sept interview"),
a decision the user means to ask about (not a date they were given), and a follow-up the user
says they sent when no notes and no timeline are given. Our own wording and places."""

from __future__ import annotations

import datetime as dt

import pytest

from coach.chat import ask
from coach.chat.facts import extract
from coach.chat.slips import VOCABULARY, _meant, mended

TODAY = dt.date(2026, 9, 10)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("interveiw in Almora on monday 7 september", "interview in Almora on monday 7 september"),
        ("I'll ring tomorow", "I'll ring tomorrow"),
        ("Wendesday was the call", "Wednesday was the call"),
        ("no decison untill friday", "no decision until friday"),
    ],
)
def test_a_slip_of_a_reader_word_is_mended(typed: str, read: str) -> None:
    assert mended(typed) == read


@pytest.mark.parametrize(
    "typed", ["I think I should phone Marguerite", "the interview tanked", "Dear Kwabena Osei-Tutu"]
)
def test_words_and_names_stay_as_typed(typed: str) -> None:
    assert mended(typed) == typed


def test_no_mended_slip_is_an_english_word() -> None:
    from coach.checks.names_spelling import _read_words
    from coach.rulebook import rules_dir

    english = _read_words(rules_dir() / "lexicon" / "english-words.txt")
    assert not [s for s in _meant() if len(s) >= 5 and s in english]
    assert "interview" in VOCABULARY and "september" in VOCABULARY


def test_an_interview_day_typed_with_a_slip_is_read() -> None:
    facts = extract("interveiw in Almora on monday 7 september, no date given", TODAY)
    assert facts.interview_day == dt.date(2026, 9, 7)


@pytest.mark.parametrize(
    "said",
    [
        "nothing yet since my thursday 3 sept interview",
        "if they had given no date after that thursday 3 september interview, when?",
    ],
)
def test_the_interview_day_said_before_the_word(said: str) -> None:
    assert extract(said, TODAY).interview_day == dt.date(2026, 9, 3)


def test_an_interview_still_to_come_is_not_the_interview_day() -> None:
    assert extract("my friday 18 sept interview is the final round", TODAY).interview_day is None


def test_a_decision_the_user_will_ask_about_is_not_their_date() -> None:
    facts = extract("thinking of phoning Ingeborg tomorrow to ask if they've decided", TODAY)
    assert facts.decision_by is None


def test_a_decision_date_they_gave_is_still_read() -> None:
    facts = extract("the recruiter said they'd decide by Friday 18 September", TODAY)
    assert facts.decision_by == dt.date(2026, 9, 18)


def test_a_stated_check_in_counts_without_notes_or_timeline() -> None:
    answer = ask(
        "I emailed a check-in on Tuesday 1 September and they never gave a timeline. "
        "when can I send the next one?",
        now=dt.datetime(2026, 9, 3, 9, 0, tzinfo=dt.UTC),
    ).answer
    assert "8 September" in answer


def _notes() -> object:
    from coach.readers import notes_from_data

    return notes_from_data(
        {
            "candidate": {"name": "Rhys Penhallow"},
            "company": {"name": "Brightwater Kilns"},
            "role": "Glaze technician",
            "interview": {"start": "2026-09-07T10:00:00+01:00", "end": "2026-09-07T11:00:00+01:00"},
            "interviewers": [
                {"name": "Radovan Kovačić", "honorific": "Mr.", "aliases": ["Rado"]},
                {"name": "Ilse Vandermeer", "honorific": "Ms."},
            ],
            "stage": "interviewed",
        },
        "test",
    )


def test_does_it_count_as_a_typo_is_answered_yes_beside_the_fine_form() -> None:
    from coach.chat.name_forms import form_verdict

    text, rules = form_verdict(
        "is 'Hi Rado' ok? and does Kovacic with no marks count as a typo", _notes()
    )  # type: ignore[arg-type]
    assert text.startswith("Yes, Kovacic is a misspelling: write Kovačić")
    assert "Yes, Rado on its own is fine" in text
    assert rules == ["name-misspelled"]


def test_can_i_write_it_is_still_answered_no() -> None:
    from coach.chat.name_forms import form_verdict

    text = form_verdict("can i write Kovacic, no accents on my phone?", _notes())[0]  # type: ignore[arg-type]
    assert text.startswith("No: write Kovačić")
