"""What the checks prepare from the notes is shared by notes of equal content, and never leaks a
field that differs (each message of an export carries its own copy of an interview's notes)."""

from __future__ import annotations

from coach.checks.names_spelling import _known_words
from coach.checks.spelling_words import _naming_words
from coach.models import Notes

BASE = {
    "candidate": {"name": "Ines Valdivia"},
    "company": {"name": "Corvina Maritime", "aliases": ["Corvina"]},
    "interview": {"start": "2026-10-05T14:00:00+02:00"},
    "interviewers": [{"name": "Tomasz Wielgus", "title": "Fleet Planner"}],
    "details": ["rerouting feeder vessels around the lock closure"],
}


def notes(role: str) -> Notes:
    return Notes.model_validate({**BASE, "role": role})


def test_each_copy_of_the_notes_knows_its_own_role_words_and_no_other() -> None:
    first, second = notes("Voyage Analyst"), notes("Bunkering Coordinator")
    assert {"Voyage", "Analyst", "Wielgus", "rerouting"} <= _known_words(first)
    assert {"Bunkering", "Coordinator", "Wielgus", "rerouting"} <= _known_words(second)
    assert "Voyage" not in _known_words(second)
    assert "Bunkering" not in _known_words(first)


def test_the_naming_words_follow_the_role_of_each_copy() -> None:
    first, second = notes("Voyage Analyst"), notes("Bunkering Coordinator")
    assert {"voyage", "corvina", "tomasz"} <= _naming_words(first)
    assert "voyage" not in _naming_words(second)
    assert "bunkering" in _naming_words(second)


def test_a_changed_interviewer_is_not_served_from_the_first_copy() -> None:
    first = notes("Voyage Analyst")
    other = Notes.model_validate(
        {**BASE, "role": "Voyage Analyst", "interviewers": [{"name": "Aroha Tane"}]}
    )
    assert "Wielgus" in _known_words(first)
    assert "Wielgus" not in _known_words(other)
    assert "tane" in _naming_words(other)
