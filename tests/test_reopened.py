"""coach.checks.reopened: after a rejection, puzzlement at the choice disputes it and a place
asked for despite it asks them to reconsider, however courteously put; the writer's own slip, a
choice understood, and asking to be remembered for future openings do neither. Cases written
for this test, at a bakery and a ferry company."""

from __future__ import annotations

import pytest

from coach.checks.reopened import asks_for_place, disputes_judgement, questions_outcome


@pytest.mark.parametrize(
    "sentence",
    [
        "With respect, I do not understand how ten years on the ovens were not enough.",
        "I honestly struggle to see why my experience counted for less than the other candidates'.",
        "I'm a little puzzled by the decision, given my six years as a deckhand.",
        "It is hard to see how someone with no sea time was chosen over me.",
        "I won't pretend I understand it: I was the only one who could run the bridge alone.",
        "I doubt whoever you chose has sailed the crossing in a winter gale.",
    ],
)
def test_puzzlement_at_the_choice_disputes_it(sentence):
    assert questions_outcome(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I still don't understand why I froze on the costing question, but I learned from it.",
        "I can see why you chose someone with more wholesale experience.",
        "I doubt I'll find another crew quite like yours, so please keep me in mind.",
        "I understand the decision and I'm grateful for the chance.",
    ],
)
def test_the_writers_own_slip_or_an_accepted_choice_disputes_nothing(sentence):
    assert not questions_outcome(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm sorry to ask, but is there any way you could still find a place for me?",
        "Would it be possible to take me on after all, perhaps for the weekend shifts?",
        "Could you still make room for me on the team in any capacity?",
        "If there is still room for me on the early shift, I'd be so grateful.",
    ],
)
def test_a_place_asked_for_despite_the_decision_reopens_it(sentence):
    assert asks_for_place(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Please keep me in mind for future openings, even part-time ones.",
        "I'd be glad if you could still keep my CV on file.",
        "I'm still very keen on the company and would love to hear of future roles.",
        "Could you pass my thanks on to the deck crew?",
    ],
)
def test_asking_to_be_remembered_reopens_nothing(sentence):
    assert not asks_for_place(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "With respect, I think the panel has underestimated what ten years on the ovens bring.",
        "I would gently suggest that the board chose wrongly.",
        "I feel my years on the night bake were undervalued.",
        "I'm struggling to square this with your remark that my sourdough was the best you tasted.",
        "The outcome seems at odds with what you told me on the day.",
        "The timing rule was applied to me and not to the other candidates.",
        "You'll regret passing on someone who can run the ovens alone.",
        "I must respectfully disagree.",
        "I would question the assessment of my costing exercise.",
        "I don't think the panel gave my tasting notes a fair hearing.",
        "I don't agree with the decision, but I accept it.",
        "It's a pity you went with someone who has never run a wood-fired oven.",
        "My references will tell you I was the better choice.",
        "It felt as if the panel had made up their minds before I walked in.",
    ],
)
def test_a_judgement_called_wrong_disputes_the_decision(sentence):
    assert disputes_judgement(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I underestimated how long the costing question would take me.",
        "I regret not asking more about the early shift.",
        "I disagree with myself about how I answered, and I will practise.",
        "I hold myself to a high standard, and I will keep working at it.",
        "I'm happy to square the dates with my current employer for any future role.",
        "I respect the decision and I wish the new baker well.",
        "You may have overlooked my last two messages, so here is a summary.",
        "It is not just the ovens I will miss, but the whole early shift.",
        "I'd welcome the chance to be the right fit for a future opening.",
    ],
)
def test_the_writers_own_judgement_disputes_nothing(sentence):
    assert not disputes_judgement(sentence)
