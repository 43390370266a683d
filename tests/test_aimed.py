"""coach.checks.aimed: a sentence that names no one, nothing of the hiring, and speaks of the
interview's own subject is no jibe, whatever words the classifier reads in it; a person, a name
of the notes or the hiring itself gives a fault its target. Cases written for this test, in a
sawmill's interview."""

from __future__ import annotations

import pytest

from coach.checks.aimed import aimed_at_no_one
from coach.models import Notes

NOTES = Notes.model_validate(
    {
        "candidate": {"name": "Robin Achterberg"},
        "company": {"name": "Kauri Ridge Timber", "aliases": ["Kauri Ridge"]},
        "role": "Sawmill Shift Lead",
        "interview": {"start": "2026-03-03T10:00:00+13:00", "end": "2026-03-03T11:00:00+13:00"},
        "interviewers": [{"name": "Mere Tane", "title": "Mill Manager"}],
        "details": ["guarding the headrig saw", "forklifts backing through the log yard"],
    }
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Forklifts never stop for a stray boot, and a headrig saw doesn't forgive.",
        "A log yard at dusk is a dangerous place.",
    ],
)
def test_the_trades_blunt_facts_aim_at_no_one(sentence):
    assert aimed_at_no_one(sentence, NOTES)


@pytest.mark.parametrize(
    "sentence",
    [
        # a person, by pronoun or indefinite, or a name of the notes
        "Your forklifts never stop for anyone in the log yard.",
        "Nobody at the headrig saw seemed to care.",
        "Kauri Ridge runs its log yard like a circus.",
        # the hiring itself
        "The whole hiring process was as careless as the log yard.",
        # nothing of the interview's subject: not a fact of the trade
        "What a complete waste of a morning.",
    ],
)
def test_a_person_a_name_or_the_hiring_gives_a_target(sentence):
    assert not aimed_at_no_one(sentence, NOTES)


def test_without_details_nothing_is_set_aside():
    bare = NOTES.model_copy(update={"details": []})
    assert not aimed_at_no_one("A log yard at dusk is a dangerous place.", bare)
