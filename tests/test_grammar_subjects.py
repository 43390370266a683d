"""Subject and verb agreement across a noun phrase (coach.checks.grammar_subjects): the verb is
reported only when every reading of the subject gives a head whose number it contradicts."""

from __future__ import annotations

import pytest

from coach.checks.grammar_subjects import disagreements


def found(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], fixed) for a, b, _, fixed in disagreements(text, 0)]


@pytest.mark.parametrize(
    ("text", "verb", "fixed"),
    [
        ("The spare cradles behind the workshop badly needs new paint.", "needs", "need"),
        ("The three new tractors delivered from the co-op has been reliable.", "has", "have"),
        ("The logbook have been signed by the skipper.", "have", "has"),
        ("The pupae clearly needs a warmer room.", "needs", "need"),
        ("The quotes for the new roof is much higher than last year.", "is", "are"),
        ("I liked the shed, and the tools on the back wall was well kept.", "was", "were"),
        ("My notes from the site visit has the figures you asked for.", "has", "have"),
        ("The six trainees starting in March needs a mentor each.", "needs", "need"),
        ("The invoice were sent on Monday.", "were", "was"),
    ],
)
def test_a_subject_and_verb_that_disagree(text, verb, fixed):
    assert found(text) == [(verb, fixed)]


@pytest.mark.parametrize(
    "text",
    [
        # group nouns, quantities, spans and adjectives for people take either verb
        "The crew have been brilliant all week.",
        "The rest of the samples are in the fridge.",
        "The last two winters has been hard on the boats.",
        "The elderly are the clinic's main patients.",
        "The data is in the shared folder.",
        # the verb belongs to another subject: a list, a relative clause, an infinitive
        "The permit, the survey, and the site plan have been filed.",
        "The ledger and the receipts are on your desk.",
        "I reread the claims that have been open longest.",
        "There was the chance to have each load weighed twice.",
        "The foreman said that the pallets are ready.",
        # a verb in -s is not a plural noun, and a noun is not a verb
        "My brother reckons keeping in touch after an interview is wise.",
        "Our mentor thinks more chances means more practice.",
        "The customer needs were clear from the first call.",
        # names, the subjunctive, and words whose number the letters do not settle
        "The Andes is where I learned to drive a truck.",
        "If the budget were larger, the yard would hire two more.",
        "The analysis has taken a week, and the process is nearly done.",
        "The series of talks was excellent.",
        "After the storm the marina's pontoons have held up well.",
    ],
)
def test_agreement_and_what_cannot_be_told(text):
    assert found(text) == []


def test_a_participle_after_the_first_noun_is_not_a_modifier():
    assert found("My time running two busy kitchens makes me calm under pressure.") == []
    assert found("Your team restoring the old mills is doing fine work.") == []
