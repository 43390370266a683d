"""How a form of a name is compared with the notes' forms: as a name only (a greeting's comma,
a full stop or a title before it are not part of it), a possessive ("Teodors note") is the
name's own, and a form the question says the person uses ("she goes by Teo") is right."""

from __future__ import annotations

from coach.chat.name_forms import form_verdict, goes_by
from coach.readers import notes_from_data


def _notes() -> object:
    return notes_from_data(
        {
            "candidate": {"name": "Ana Lima"},
            "company": {"name": "Lindqvist Bageri"},
            "role": "Baker",
            "interview": {"start": "2026-03-09T10:00:00+00:00", "end": "2026-03-09T11:00:00+00:00"},
            "interviewers": [
                {"name": "Teodora Lindqvist-Berg", "honorific": "Dr.", "aliases": ["Teo"]},
                {"name": "Rasmus Holm", "honorific": "Mr."},
            ],
            "stage": "interviewed",
        },
        "test",
    )


def test_a_greetings_comma_is_not_part_of_the_name() -> None:
    text, _ = form_verdict("fine to open with 'Hello Teo,' rather than her full name?", _notes())  # type: ignore[arg-type]
    assert text.startswith("Yes") and "not Teo," not in text


def test_a_title_before_a_listed_alias_leaves_the_alias_judged() -> None:
    text, _ = form_verdict("could I put 'Dr Teo' when I mention her to Rasmus?", _notes())  # type: ignore[arg-type]
    assert text.startswith("Yes")


def test_a_possessive_is_not_a_misspelling() -> None:
    text, _ = form_verdict("may i put my forklift licence in rasmuss note too?", _notes())  # type: ignore[arg-type]
    assert "not rasmuss" not in text
    assert form_verdict("can I mention the ovens in Rasmus's email?", _notes())[0] == ""  # type: ignore[arg-type]


def test_a_pronoun_after_put_is_no_name() -> None:
    assert form_verdict("can i put that in the email to him?", _notes())[0] == ""  # type: ignore[arg-type]


def test_a_form_the_person_uses_is_right() -> None:
    asked = "she signed off as Berg on her reply. can I write Dear Dr Berg?"
    assert "Berg" in goes_by(asked)
    text, _ = form_verdict(asked, _notes())  # type: ignore[arg-type]
    assert text.startswith("Yes") and "Teodora Lindqvist-Berg" in text


def test_a_real_misspelling_is_still_a_no() -> None:
    text, rules = form_verdict("is it fine to type Rasmis?", _notes())  # type: ignore[arg-type]
    assert text.startswith("No: write Rasmus") and rules == ["name-misspelled"]
