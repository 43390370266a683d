"""A dotted abbreviation ("a.m.", "p.m.", "U.S.") ends a sentence only where a capital follows.

Its tail read alone would open in lower case, which the tone classifier takes for a message
written without capitals (tone-unprofessional)."""

from __future__ import annotations

from coach import semantic
from coach.engine import Checker
from coach.models import Kind
from coach.readers import Message
from coach.text import Doc


def texts(body: str) -> list[str]:
    return [s.text for s in semantic.sentences(Doc(f"Dear Sam,\n\n{body}\n\nBest,\nAlex Moreau"))]


def test_a_time_in_the_middle_of_a_sentence_does_not_end_it():
    assert texts("The rota has two porters, a 6 a.m. handover, and the ward round after it.") == [
        "The rota has two porters, a 6 a.m. handover, and the ward round after it."
    ]


def test_a_time_at_the_end_of_a_sentence_still_ends_it():
    assert texts("I can come in at 8 a.m. Thank you for the offer of a site visit.") == [
        "I can come in at 8 a.m.",
        "Thank you for the offer of a site visit.",
    ]


def test_a_country_abbreviation_before_a_lower_case_word_is_inside_the_sentence():
    assert texts("My years in the U.S. and in Chile taught me the two filing systems.") == [
        "My years in the U.S. and in Chile taught me the two filing systems."
    ]


def test_the_tail_after_a_time_is_not_read_as_written_without_capitals():
    body = (
        "Subject: Sample rota\n\nDear Sam,\n\nAs promised, here is a draft rota built on your "
        "figures: three drivers, a 5 a.m. depot start, and the school run covered by the "
        "second van.\n\nBest,\nAlex Moreau"
    )
    message = Message(path="rota.md", text=body, kind=Kind.materials)
    result = Checker(select=["tone-unprofessional"]).check(message)
    assert [f.rule for f in result.findings] == []
