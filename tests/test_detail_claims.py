"""Claimed topics (detail-unsupported) and detail coverage in cases the rule examples do not
reach: a real place or a word of the role inside an invented topic, a word of the role used of a
detail, and paraphrases in words of one family or one synonym group. Sentences are written for
these tests, across trades."""

from __future__ import annotations

from functools import partial

import pytest

from coach.engine import Checker
from tests.family_harness import fires_in_thanks

CHECKER = Checker(select=["detail-missing", "detail-unsupported"])


fired = partial(fires_in_thanks, CHECKER)


BAKERY = {"role": "Bakery Supervisor", "details": ["cold-chain audits at the Limuru depot"]}
MICROGRID = {
    "role": "Solar Site Engineer",
    "details": ["sizing the battery bank for the island microgrid at Kilifi"],
}
CLINIC = {"role": "Dental Nurse", "details": ["sterilising instruments between Saturday lists"]}
BURNS = {
    "role": "Fire Crew Lead (Engine Module)",
    "details": ["daily engine checks and pump maintenance on the older trucks"],
}


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        # the notes' place after a preposition says where, not what: the rest is new
        ("I loved hearing about the rooftop beehives at the Limuru bakery.", BAKERY),
        ("I enjoyed our talk about the floating turbine trial near Kilifi harbour.", MICROGRID),
        # a word of the role that no detail has says whose topic, not which
        ("It was good to hear about the new accreditation exam for nurses.", CLINIC),
        ("I enjoyed hearing about the helicopter rappel course for crew leads.", BURNS),
    ],
)
def test_an_invented_topic_pinned_to_a_real_place_or_the_role_is_reported(sentence, notes):
    assert fired("detail-unsupported", sentence, notes)


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        # a rare word of a detail makes the topic a paraphrase
        ("I loved hearing about the new walk-in freezer at Limuru.", BAKERY),
        ("I enjoyed our talk about the storage capacity the island needs.", MICROGRID),
        ("It was good to hear about the instrument trays on Saturday lists.", CLINIC),
        # "roofers" and "roof" are one family
        (
            "I enjoyed our talk about the humidity readings since the roofers came.",
            {"details": ["damp in the west gallery since the roof repairs"]},
        ),
        # a placeholder is placeholder-left's, not an invented topic
        ("I enjoyed hearing about [insert topic] and the weekly review.", {}),
    ],
)
def test_a_paraphrase_or_an_unwritten_topic_is_not_reported(sentence, notes):
    assert not fired("detail-unsupported", sentence, notes)


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        # a word of the role a detail has, used of the detail, with another word of it
        ("The morning checks on your engines sound like a habit I share.", BURNS),
        # "storage" is the battery, "capacity" the sizing
        ("Working out how much storage capacity the island needs was a good puzzle.", MICROGRID),
    ],
)
def test_paraphrases_that_cover_a_detail(sentence, notes):
    assert not fired("detail-missing", sentence, notes)


@pytest.mark.parametrize(
    "sentence",
    [
        # the role's words in a mention of the role are no detail
        "I would be proud to join as your Fire Crew Lead and to check in next week.",
        "I am keen on the engine crew role and I check my email every day.",
    ],
)
def test_the_role_named_as_the_role_is_no_detail(sentence):
    assert fired("detail-missing", sentence, BURNS)


BREWERY = {
    "role": "Brewery Cellar Technician",
    "details": ["dry-hopping schedule for the pale ale", "CIP cleaning of the fermenters"],
}
TRANSLATION = {
    "role": "Subtitler",
    "details": ["Aegisub + Subtitle Edit workflow", "reading-speed limits for children's shows"],
}


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        # an interest felt at the interview, in the past tense, claims the topic was discussed
        ("I was particularly interested in the barrel-ageing programme with Oakridge.", BREWERY),
        ("I was also fascinated by the canning line you are installing in Leeds.", BREWERY),
        # the interviewer's point, story or explanation about a topic claims it too
        ("Your point about sourcing rye malt from a Polish maltster was striking.", BREWERY),
        ("I enjoyed your stories from the Tasmanian vineyard you ran.", BREWERY),
        # a topic the interviewer is said to have told of or planned, named before the telling
        ("I keep thinking about the barrel-ageing trial with Oakridge you described.", BREWERY),
        ("I was glad to hear of the taproom in Hebden Bridge you are planning.", BREWERY),
        ("I would love to help with the rye malt contract you mentioned.", BREWERY),
        # thanks for an explanation claims what was explained
        ("Thank you for explaining the cold-brew coffee stout with Guatemalan beans.", BREWERY),
        # a claim goes on to a second topic with its own preposition
        (
            "I enjoyed our talk about the pale ale, and about the taproom you are opening "
            "in Hebden Bridge.",
            BREWERY,
        ),
    ],
)
def test_claims_in_other_words_are_read(sentence, notes):
    assert fired("detail-unsupported", sentence, notes)


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        # one rare word the notes lack, and no name, is praise rather than a topic
        ("I enjoyed hearing about the craftsmanship the whole team brings.", BREWERY),
        # a new name beside a word of a detail is a paraphrase of it
        ("Your point about the dry-hopping schedule before the Christmas rush was fair.", BREWERY),
        # a detail's own subject is no place, even after a preposition in the message
        ("I enjoyed your explanation of how timing is adjusted in Aegisub.", TRANSLATION),
        # a phrase that opens a clause refers back to the topic the claim before it named
        (
            "I enjoyed our talk about the dry-hopping schedule; the barrel-ageing trials you "
            "described sound close to what I ran in Leeds.",
            BREWERY,
        ),
        # "I am interested in" states the candidate's interest now, not a topic discussed
        ("I am interested in applying my Photoshop skills to your labels.", BREWERY),
        # ... and thanks for explaining a detail in other words claims nothing new
        ("Thank you for explaining how the pale ale is dry-hopped.", BREWERY),
    ],
)
def test_thin_topics_and_paraphrases_in_new_claims_are_not_reported(sentence, notes):
    assert not fired("detail-unsupported", sentence, notes)


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("I hope the portfolio is useful for your vineyard tourism project.", True),
        ("Good luck with your new click-and-collect app this spring.", True),
        # generic words, a name the notes do not spell, a title: no project of the reader's
        ("I hope the samples help with your next project and your hiring plans.", False),
        ("Thank you for your time, your consideration and your team's patience.", False),
        ("I look forward to hearing about your Harbourview plans.", False),
    ],
)
def test_a_project_presupposed_with_your(sentence: str, reported: bool) -> None:
    from coach.checks.detail_claims import presupposed_projects
    from coach.text import Doc

    doc = Doc(f"Dear Sarah,\n\n{sentence}\n\nBest,\nPriya Raman")
    found = presupposed_projects(doc, frozenset({"looker", "dashboards"}))
    assert bool(found) is reported, found


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # "the plan to ..." presupposes a plan both sides know of, as "your plan to ..." does
        ("The plan to put a rooftop solar array on the depot sounds exciting.", True),
        ("I was also glad to hear of their plans for a drone hangar and helipad.", True),
        # the notes' own topic, or the candidate's own plan, is no invented one
        ("The plan for cold-chain audits at the Limuru depot sounds thorough.", False),
        ("My plan to finish a forklift licence this spring is on track.", False),
    ],
)
def test_a_known_plan_claims_its_topic(sentence, fires):
    assert fired("detail-unsupported", sentence, BAKERY) is fires
