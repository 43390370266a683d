"""Confused "its/it's" and "your/you're" where the sentence leaves one reading: "it's" before a
word that its own verb follows ("it's roof was leaking"), after a word that takes an object and
before a plural that ends the phrase ("to it's suppliers."), "its no" for "it's no", an adverb
between "your" and "able", and "An" inside a place name, which is no article."""

from __future__ import annotations

import pytest
from test_grammar_frames import grammar


@pytest.mark.parametrize(
    ("text", "slip", "fixed"),
    [
        ("I stood in the old barn while it's roof was being mended.", "it's", "its"),
        ("The depot looked calm, though it's yard has room for twice the lorries.", "it's", "its"),
        ("Each of my referees knows the harbour and can speak to it's tides.", "it's", "its"),
        ("The bakery owes a lot to it's suppliers.", "it's", "its"),
        ("Please don't worry, its no bother to send the forms again.", "its", "it's"),
        ("If your ever able to share a rough date, that would help.", "your", "you're"),
        ("If your still free for a call on Monday, I would be glad to talk.", "your", "you're"),
        # a plural, or one describing word and a plural, ending a phrase joined by "and"
        ("I would enjoy working with the mill and it's growers.", "it's", "its"),
        ("You showed me the old quay and it's rebuilt cranes.", "it's", "its"),
        # a plural after a preposition, or carried on by one or by "and"
        ("I liked how the co-op looks after it's members and their families.", "it's", "its"),
        ("You walked me round the bakery and it's ovens before the inspection.", "it's", "its"),
        ("For it's customers in the hills, the mobile library is vital.", "it's", "its"),
    ],
)
def test_a_confused_owner_word_with_one_reading(text, slip, fixed):
    assert (slip, fixed) in grammar(text)


@pytest.mark.parametrize(
    "text",
    [
        "I think it's what was promised at the start.",
        "The team you're joining has grown quickly this year.",
        "The work it's done is remarkable for a crew that small.",
        "It's always been a place I wanted to work.",
        "The mill sold its output for years, and it's still busy.",
        "It's early days, and the plans are modest.",
        "I understand it's only weeks since the interview.",
        "Your ever-growing client list must keep the desk busy.",
        "Your always busy schedule made me grateful for the hour.",
        "We ate noodles in Hoi An last spring before the trip north.",
        "My cousin studied in Xi An last year.",
        "The ferry is slow and it's two hours.",
        "The old van is still running and it's yours.",
        "The harbour is quiet and it's busy times for the crews.",
        "I think it's farms that suffer most in a dry year.",
        "The mill is old and it's years since it was painted.",
    ],
)
def test_good_english_beside_them(text):
    assert grammar(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The weeks since my lease in Leeds ended have been quiet.",
        "The days after the harvest finished were the calmest of the year.",
    ],
)
def test_a_verb_after_a_clause_with_its_own_verb_agrees_with_the_outer_subject(text):
    assert grammar(text) == []


def test_a_plural_verb_after_a_singular_subject_is_still_read():
    assert ("have", "has") in grammar("Since the report on the site have been checked, we can go.")
