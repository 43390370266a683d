"""A name's form in an unquoted greeting ("open with dear zosia?"), a name written two ways in
one question ("the notes say X but her signature says Y"), and a job title set against the
notes' own: each is a question about names and titles, answered with the form to use."""

from __future__ import annotations

import datetime as dt

from coach.chat import ask
from coach.chat.job_titles import title_contrast
from coach.chat.name_forms import form_verdict
from coach.readers import notes_from_data

NOW = dt.datetime(2026, 3, 10, 9, tzinfo=dt.UTC)
NOTES = notes_from_data(
    {
        "candidate": {"name": "Ana Lima"},
        "company": {"name": "Zurcher Muhle AG"},
        "role": "Miller",
        "interview": {"start": "2026-03-09T10:00:00+00:00", "end": "2026-03-09T11:00:00+00:00"},
        "interviewers": [
            {"name": "Zofia Kowalczyk", "aliases": ["Zosia"], "title": "Plant Supervisor"},
            {"name": "Bartholomew Okonkwo", "title": "Quality Lead"},
        ],
        "stage": "interviewed",
    },
    "test",
)


def test_an_alias_in_an_unquoted_greeting_is_judged() -> None:
    lead, rules = form_verdict("the crew say zosia, fine to begin with hi Zosia?", NOTES)
    assert lead.startswith("Yes") and rules == ["name-misspelled"]


def test_two_spellings_in_one_question_give_the_notes_form() -> None:
    q = "linkedin has him as Okonkow but the invite said Okonkwo, which one is it"
    lead, _ = form_verdict(q, NOTES)
    assert lead.startswith("No: write Okonkwo, not Okonkow")


def test_an_english_word_is_no_slip_for_a_name() -> None:
    # "zosia" beside "zonia"? no: "posh" and "push" are words, never taken for a name's slip
    assert form_verdict("can I push Zosia for an answer, which day?", NOTES) == ("", [])


def test_a_possessive_is_the_name_itself() -> None:
    lead, _ = form_verdict("Bartholomew's signature says Okonkwo, which do I use?", NOTES)
    assert "not Bartholomew" not in lead


def test_a_quoted_greeting_keeps_its_form_whole() -> None:
    lead, _ = form_verdict("is it ok to write 'Hi Zosia' there", NOTES)
    assert lead.startswith("Yes") and "not" not in lead.split(":")[0]


def test_a_job_title_set_against_the_notes_title() -> None:
    found = title_contrast("I put Plant Manager in the email but she's plant supervisor", NOTES)
    assert found == ("Zofia Kowalczyk", "Plant Supervisor", "plant manager")
    assert title_contrast("is the plant supervisor the one to email?", NOTES) is None
    assert title_contrast("the quality team said the Quality Lead decides", NOTES) is None


def test_the_answer_on_a_title_names_the_rule_and_the_title() -> None:
    answer = ask("wrote Quality Manager for Bartholomew, he's Quality Lead. oops?", NOTES, now=NOW)
    assert "Quality Lead" in answer.answer and "title-mismatch" in answer.rules
    assert answer.citations[0].article == "003"
