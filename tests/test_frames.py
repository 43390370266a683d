"""coach.checks.frames: courtesy read through. A polite frame ("with respect", "I'd be grateful
if you could", "I'm sorry to ask, but") is taken off and the point read alone; an excuse made
for the reader set against the writer's wait is a reproach, not blame; a day set for the
reader's answer is a demand however it is asked. Cases written for this test, at a bakery."""

from __future__ import annotations

import pytest
from test_reread import tone_findings

from coach.checks.frames import excused_complaint, set_deadline, unframed


@pytest.mark.parametrize(
    ("sentence", "point"),
    [
        ("With respect, I do not see how that was fair.", "I do not see how that was fair."),
        ("I hate to ask, but could you hold the post open?", "Could you hold the post open?"),
        (
            "I'd be grateful if you could let me know by Friday.",
            "Let me know by Friday.",
        ),
        (
            "While I appreciate how busy you are, I must ask for an answer today.",
            "I must ask for an answer today.",
        ),
        # frames inside frames
        (
            "Honestly, I would really appreciate it if you could decide by the weekend.",
            "Decide by the weekend.",
        ),
    ],
)
def test_the_point_is_read_without_its_frame(sentence, point):
    assert unframed(sentence) == point


@pytest.mark.parametrize(
    "sentence",
    [
        "The bread was lovely.",
        # "with respect to" is no softener, and too little is left after "Honestly, yes."
        "With respect to the start date, I could begin in May.",
        "Honestly, yes.",
    ],
)
def test_a_sentence_without_a_frame_has_no_unframed_reading(sentence):
    assert unframed(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "before"),
    [
        ("I realise the ovens come first at Easter, but it has been a month without news.", None),
        ("No doubt the team is snowed under, yet my last two notes have gone unanswered.", None),
        ("I have had no reply to my note, no doubt because the season is so busy.", None),
        ("Naturally the kitchen comes first, so I have been waiting quietly until now.", None),
        ("Still, it has been five weeks since we spoke.", "I know things move slowly in spring."),
    ],
)
def test_an_excuse_set_against_the_wait_is_a_reproach(sentence, before):
    assert excused_complaint(sentence, before)


@pytest.mark.parametrize(
    ("sentence", "before"),
    [
        # the excuse alone is courtesy, the silence alone a fact
        ("I know the team is busy with the Easter orders, so I'll keep this brief.", None),
        ("I haven't heard back yet, so I wanted to check in on the timeline.", None),
        # reassurance turns a remark on time into courtesy
        ("I know it has only been a week, so there is no rush at all.", None),
        ("I know the team has a lot on, so I haven't heard back yet and that is fine.", None),
        # a turn without an excuse before it
        ("Still, it has been five weeks since we spoke.", "The tour was a highlight."),
        # the writer's own long wait for a chance like this is no complaint
        ("I have been waiting for a role like this, and I know I would fit in.", None),
    ],
)
def test_courtesy_or_fact_alone_is_no_reproach(sentence, before):
    assert not excused_complaint(sentence, before)


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd be grateful to hear by Wednesday, since another bakery has offered me a post.",
        "Could I possibly have a yes or no before the weekend?",
        "It would mean a lot to get your decision within the next two days.",
        "I'd appreciate knowing where I stand before the weekend.",
    ],
)
def test_a_day_set_for_the_readers_answer_is_a_deadline(sentence):
    assert set_deadline(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the employer's own date, restated; a day told as fact; a day the writer owes
        "I understand you're hoping to make a decision by Friday 17 April.",
        "Priya mentioned a decision by Friday, so I wanted to check in.",
        "Thank you for letting me know before the end of the week.",
        "I must give them an answer by Thursday, so any news would help.",
        "I'd be grateful to know whether the decision is still expected this month.",
        "I will confirm by Friday whether I can do the trial shift.",
    ],
)
def test_a_day_that_is_not_the_writers_deadline_is_not_one(sentence):
    assert not set_deadline(sentence)


def test_an_excused_complaint_is_reported_as_a_reproach_not_as_blame():
    found = tone_findings(
        "I understand the shop has been hectic, though it has now been three weeks without a "
        "word. I remain keen on the role."
    )
    rules = {rule for rule, _ in found}
    assert "tone-passive-aggressive" in rules
    assert "tone-accusatory" not in rules


def test_a_polite_deadline_is_reported_as_a_demand():
    found = tone_findings("I'd be grateful to know by Friday, as another bakery has made an offer.")
    assert "tone-demanding" in {rule for rule, _ in found}
