"""coach.checks.clauses: a fault in one clause of a long sentence joined by a semicolon is read
in that clause alone, when the whole sentence already leans to it. Cases written for this test,
in a care home's interview."""

from __future__ import annotations

from test_reread import tone_findings

from coach import semantic
from coach.checks.clauses import clauses, readings


def test_a_semicolon_splits_a_sentence_into_clauses_each_read_as_a_sentence():
    sentence = "The handover board was tidy; I would happily take my share of weekends."
    assert clauses(sentence) == [
        "The handover board was tidy.",
        "I would happily take my share of weekends.",
    ]
    # one clause, or a clause too short to mean anything alone
    assert clauses("The handover board was tidy and clear.") == []
    assert clauses("Agreed; the board was tidy and the rota was fair.") == [
        "The board was tidy and the rota was fair."
    ]


def test_a_plea_after_praise_in_one_sentence_is_found():
    body = (
        "Thank you for the tour this morning. The residents seemed settled and the staff were "
        "kind; this post is the only thing keeping my family afloat. I am very interested in "
        "the Night Care Lead role."
    )
    assert [rule for rule, _ in tone_findings(body)] == ["tone-desperate"]


def test_a_clause_finds_no_fault_its_sentence_shows_no_sign_of():
    model = semantic.classifier()
    sentence = "The rota you showed me looked fair; I would happily take my share of weekends."
    assert all(not labels for _, labels in readings(model, sentence))


def test_a_clause_that_is_mostly_a_name_is_not_read_alone():
    # a caller naming themselves: two words of their own, the rest a name
    assert clauses("This is Dana Okafor-Reyes; we met on Tuesday about the Quarry role.") == [
        "We met on Tuesday about the Quarry role."
    ]
