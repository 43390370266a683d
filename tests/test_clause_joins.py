"""coach.checks.clauses: a colon before a clause and a contrast (", but") join two clauses as a
semicolon does, and each is read alone when the whole sentence leans to a fault; a colon after a
label, or a sentence that already reads as a fault, adds no reading. Cases written for this test,
in a bakery's and a library's interviews."""

from __future__ import annotations

from coach import semantic
from coach.checks.clauses import clauses, readings
from coach.semantic.classifier import Scores


def test_a_colon_and_a_contrast_split_a_sentence_into_clauses():
    assert clauses("I realise the week has been hectic: has the panel reached a view yet?") == [
        "I realise the week has been hectic.",
        "Has the panel reached a view yet?",
    ]
    # a contrast's point is read alone; what it answers only concedes
    assert clauses("I respect the outcome, but I would ask you to let me try again.") == [
        "I would ask you to let me try again.",
    ]
    assert clauses("I cannot see what I would change, but any advice is welcome; thanks.") == [
        "Any advice is welcome."
    ]


def test_a_colon_after_a_label_and_a_short_concession_join_nothing():
    # "Note:" heads a line; "Yes, but" is no clause of its own
    assert clauses('Note: "Thanks Dana, it is Priya from the bakery."') == []
    assert clauses("Yes, but the ovens were already warm by six.") == []
    # a time is no join
    assert clauses("We met at 10:30 and talked about the ovens.") == []


def test_a_plea_to_reverse_after_a_concession_is_read_alone():
    model = semantic.classifier()
    sentence = (
        "I understand the shortlist is settled, but I would ask you, politely, to put my "
        "application back in front of the panel once more."
    )
    labels = frozenset().union(*(found for _, found in readings(model, sentence)))
    assert "rejection-reconsider" in labels


class _Canned:
    """A classifier stand-in whose scores are written out per sentence."""

    thresholds = {"tone-passive-aggressive": 0.7, "tone-accusatory": 0.7}

    def __init__(self, scores: dict[str, dict[str, float]]):
        self.scores = scores

    def score(self, sentence: str) -> Scores:
        probs = self.scores.get(sentence, {})
        return Scores(probs, frozenset(k for k, v in probs.items() if v >= 0.7))


def test_a_sentence_that_already_reads_as_a_fault_is_not_split():
    whole = "I rang the desk on Monday as agreed, but the line stayed silent all day."
    clause = "The line stayed silent all day."
    model = _Canned(
        {
            whole: {"tone-passive-aggressive": 0.9, "tone-accusatory": 0.4},
            clause: {"tone-accusatory": 0.9},
        }
    )
    assert readings(model, whole) == [(whole, frozenset({"tone-passive-aggressive"}))]
    # the same clause in a sentence that reads as no fault, but leans to one, is read alone
    quiet = "I rang the desk on Monday as agreed, but the line stayed silent all day."
    model.scores[quiet] = {"tone-accusatory": 0.4}
    assert (clause, frozenset({"tone-accusatory"})) in readings(model, quiet)


def test_a_sentence_read_as_interest_is_not_split_for_a_fault_read_unsure():
    whole = "Writing once more about the bakery post: I am still very keen on it."
    clause = "Writing once more about the bakery post."
    model = _Canned(
        {
            whole: {"interest": 0.95, "tone-passive-aggressive": 0.5},
            clause: {"tone-passive-aggressive": 0.85},
        }
    )
    model.thresholds = {**_Canned.thresholds, "interest": 0.7}
    assert readings(model, whole) == [(whole, frozenset({"interest"}))]
    # read at SURE, the piece is an aside the interest does not outweigh, as within a sentence
    model.scores[clause] = {"tone-passive-aggressive": 0.95}
    assert (clause, frozenset({"tone-passive-aggressive"})) in readings(model, whole)
