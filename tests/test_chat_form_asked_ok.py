"""A form of a name asked about as "is X ok?" is judged like one the user says they write: a
letter swapped for an accent ("Jurgen" for "Jürgen") is a misspelling, and "is it ok" puts
forward no name at all."""

from __future__ import annotations

from coach.chat.name_forms import form_verdict
from coach.models import Notes

NOTES = Notes.model_validate(
    {
        "candidate": {"name": "Mia Berg"},
        "company": {"name": "Nordlicht Optics"},
        "role": "Lens Technician",
        "interview": {
            "start": "2027-01-12T10:00:00+01:00",
            "end": "2027-01-12T11:00:00+01:00",
        },
        "interviewers": [{"name": "Jürgen Weiß"}],
    }
)


def test_a_form_asked_about_is_judged() -> None:
    verdict, rules = form_verdict("no umlaut on my phone, is Jurgen ok in the greeting?", NOTES)
    assert verdict.startswith("No")
    assert rules == ["name-misspelled"]


def test_is_it_ok_names_no_form() -> None:
    assert form_verdict("is it ok to email on friday?", NOTES) == ("", [])
