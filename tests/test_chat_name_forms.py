"""A name or the company's name put forward in another form ("i've just been typing Zofia
Sliwinska", "can I put 'Zurcher Muhle' in the subject", "is 'ACME' ok instead of the full
name?"), and a title in a quoted greeting that the notes contradict, answered yes or no the way
the question asks."""

from __future__ import annotations

import datetime as dt

from coach.chat import ask
from coach.chat.name_forms import form_verdict, spelled
from coach.readers import notes_from_data

NOW = dt.datetime(2026, 3, 10, 9, tzinfo=dt.UTC)


def _notes() -> object:
    return notes_from_data(
        {
            "candidate": {"name": "Ana Lima"},
            "company": {"name": "Zürcher Mühle AG", "aliases": ["ZMAG", "Zürcher Mühle"]},
            "role": "Miller",
            "interview": {"start": "2026-03-09T10:00:00+00:00", "end": "2026-03-09T11:00:00+00:00"},
            "interviewers": [
                {"name": "Zofia Śliwińska", "honorific": "Dr.", "aliases": ["Zosia"]},
                {"name": "Bjørn Ødegård", "honorific": "Mr."},
            ],
            "stage": "interviewed",
        },
        "test",
    )


def test_letters_a_plain_keyboard_lacks_are_spelled_out() -> None:
    assert spelled("Ødegård") == "odegard" and spelled("Þór") == "thor"


def test_a_name_typed_without_its_marks_is_a_no() -> None:
    text, rules = form_verdict(
        "no polish letters on this laptop so i've been typing Sliwinska. thats ok right", _notes()
    )  # type: ignore[arg-type]
    assert text.startswith("No: write Śliwińska") and "Zosia" in text
    assert rules == ["name-misspelled"]


def test_the_company_without_its_umlauts_is_company_misspelled() -> None:
    text, rules = form_verdict("can i put 'Zurcher Muhle' in the subject?", _notes())  # type: ignore[arg-type]
    assert text.startswith("No: write Zürcher Mühle") and rules == ["company-misspelled"]


def test_a_listed_short_form_is_a_yes_and_does_it_matter_is_a_no() -> None:
    notes = _notes()
    assert form_verdict("is it fine to write ZMAG every time?", notes)[0].startswith("Yes")  # type: ignore[arg-type]
    asked = form_verdict("i wrote Odegard without the ø, does that matter?", notes)  # type: ignore[arg-type]
    assert asked[0].startswith("Yes, it matters")


def test_writing_to_someone_is_not_a_form_of_their_name() -> None:
    assert form_verdict("can i write to Zosia instead?", _notes())[0] == ""  # type: ignore[arg-type]


def test_a_quoted_greeting_with_the_wrong_title_is_wrong_even_beside_an_alias() -> None:
    answer = ask(
        "she signs as Zosia. if I open with 'Dear Ms. Śliwińska' is that wrong?",
        _notes(),
        now=NOW,  # type: ignore[arg-type]
    )
    assert answer.answer.startswith("Yes: Ms. is wrong") and "title-mismatch" in answer.rules
    assert any(c.article == "003" for c in answer.citations)


def test_the_full_form_given_for_a_greeting_carries_the_notes_honorific() -> None:
    alias = ask("can I just write Zosia in the email?", _notes(), now=NOW).answer
    assert "the full form is Dr. Zofia Śliwińska" in alias
    typed = ask("is 'Bjorn Odegard' ok, my keyboard has no ø?", _notes(), now=NOW).answer
    assert "write Bjørn Ødegård, not Bjorn Odegard" in typed
    assert "In full: Mr. Bjørn Ødegård." in typed
