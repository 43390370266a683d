"""detail-unsupported and what reads as a name or a count: a country after "into" is a place,
no system; a vague multiple of a magnitude ("a few hundred") is an order of size, no count; a
capitalised English word ("the Billing Division") is the employer's own unit, while an acronym
or a name the notes lack still names a topic. Scenario and wordings are our own: a ferry and
parcel operator, messages to Sarah Chen."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case  # noqa: E402
from family_harness import fired as family_fired  # noqa: E402

from coach.checks.detail_slots import is_place  # noqa: E402

PARCELS = {
    "company": {"name": "Tidewater Parcel Lines", "aliases": ["Tidewater"]},
    "role": "Billing Operations Analyst",
    "details": [
        "sorting approx 450 parcels at the Harwich depot each morning",
        "customs paperwork for the Dutch ferry crossing",
        "weekly reconciliation of courier invoices",
    ],
}


def fired(sentence: str) -> set[str]:
    text = (
        f"Subject: Thanks\n\nDear Sarah,\n\nThank you for meeting me. {sentence}\n\n"
        "I remain keen on the role.\n\nBest,\nPriya Raman"
    )
    return family_fired(Case("m", text, set(), notes=PARCELS), "detail")


def test_the_gazetteer_knows_places() -> None:
    assert is_place("Netherlands") and is_place("Rotterdam")
    assert not is_place("Maximo")


@pytest.mark.parametrize(
    "sentence",
    [
        # a country after "into" is where the ferry goes, not a system holding the work
        "Sorting the customs paperwork for the crossing into Netherlands is work I enjoy.",
        # a vague multiple of a magnitude is no count to compare with the notes' 450
        "Sorting a few hundred parcels at the Harwich depot each morning is a fine challenge.",
        "I was glad to hear about the depot sorting several hundred parcels each morning.",
        # a capitalised English word names the employer's own unit, not an invented topic
        "I enjoyed learning more about the Billing Division.",
    ],
)
def test_places_sizes_and_units_pass(sentence: str) -> None:
    assert "detail-unsupported" not in fired(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # another count than the notes give, and a system the notes never use
        "It surprised me that the morning shift sorts about 900 parcels at the Harwich depot.",
        "I liked hearing that the courier invoices are logged in Zuora each week.",
        # an acronym the notes lack names a topic, as a name does
        "I enjoyed your remarks on the ISO certification you want by next year.",
    ],
)
def test_wrong_counts_systems_and_acronyms_fire(sentence: str) -> None:
    assert "detail-unsupported" in fired(sentence)


def test_a_system_cut_short_is_the_notes_own() -> None:
    """A name that starts a word of the notes, or that a word of the notes starts, is that
    name cut short or lengthened, not a system the notes never use."""
    notes = {
        **PARCELS,
        "details": [*PARCELS["details"], "tracking moving from Mongo to Elasticsearch"],
    }
    text = (
        "Subject: Thanks\n\nDear Sarah,\n\nThank you for meeting me. Moving the parcel tracking "
        "into Elastic is work I would enjoy.\n\nI remain keen on the role.\n\nBest,\nPriya Raman"
    )
    assert "detail-unsupported" not in family_fired(Case("m", text, set(), notes=notes), "detail")
    other = text.replace("into Elastic ", "into Cassandra ")
    assert "detail-unsupported" in family_fired(Case("m", other, set(), notes=notes), "detail")


@pytest.mark.parametrize(
    "sentence",
    [
        # a moment of the reader's story, retold in the candidate's words
        "Your account of the evening the conveyor jammed during the Friday rush has stayed "
        "with me.",
        # a topic ends at the verb that says it stayed with the candidate
        "The weekly reconciliation of courier invoices stuck with me - I'd enjoy owning it.",
    ],
)
def test_a_story_moment_and_a_topic_before_its_verb_pass(sentence: str) -> None:
    assert "detail-unsupported" not in fired(sentence)


def test_an_invented_topic_before_its_verb_still_fires() -> None:
    sentence = "Your plans for a rooftop solar array in Rotterdam stuck with me - I'd help."
    assert "detail-unsupported" in fired(sentence)


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # a detail heard and retold denied
        ("I was glad to hear that courier invoices are never reconciled weekly.", True),
        (
            "It was good to learn that the Dutch ferry crossing no longer needs customs paperwork.",
            True,
        ),
        # the same detail heard as it is, a denial of the candidate's own, a rule told negatively
        ("I was glad to hear that courier invoices are reconciled every week.", False),
        (
            "I learned that courier invoices are reconciled weekly, and I never miss a deadline.",
            False,
        ),
        ("I was glad to hear that nobody sorts parcels alone at the Harwich depot.", False),
    ],
)
def test_a_detail_heard_and_denied(sentence: str, fires: bool) -> None:
    assert ("detail-unsupported" in fired(sentence)) is fires
