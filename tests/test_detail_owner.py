"""A topic credited to the reader that the notes credit to another interviewer
(detail-unsupported, coach.checks.detail_owner). The messages go to Sarah Chen; Michael O'Brien
is her fellow interviewer. Sentences are written for these tests, across trades."""

from __future__ import annotations

import pytest
from test_detail_claims import fired

from coach.checks.detail_owner import misattributed
from coach.checks.detail_words import DEFAULT
from coach.examples import merge_notes
from coach.models import Notes
from coach.rulebook import example_context
from coach.text import Doc

BREWERY = {
    "role": "Brewery Shift Lead",
    "details": [
        "Michael: canning line jams twice a week, new seamer arrives in March",
        "dry-hop schedule for the hazy IPA; Sarah wants a sensory panel every Friday",
    ],
}
LIBRARY = {
    "role": "Branch Librarian",
    "details": [
        "Michael O'Brien: mobile library van visits six rural schools",
        "Sarah: makerspace with 3D printers opens in spring",
    ],
}


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        # "Michael:" owns the whole detail
        ("I appreciated your thoughts on fixing the canning line jams.", BREWERY),
        ("I enjoyed your plans for the mobile library van and the rural schools.", LIBRARY),
        # an adjective between "your" and the word for what was said
        ("I valued your candid explanation of the seamer and the canning jams.", BREWERY),
    ],
)
def test_a_topic_of_another_interviewers_credited_to_the_reader_is_reported(sentence, notes):
    assert fired("detail-unsupported", sentence, notes)


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        # the reader's own topic, by a lead or by a name inside a clause
        ("I liked your plan for the makerspace and its 3D printers.", LIBRARY),
        ("I appreciated your insistence on a Friday sensory panel.", BREWERY),
        # a colleague's topic told as the colleague's, or the team's
        ("Your colleague's point about the canning line jams stayed with me.", BREWERY),
        ("I was glad to hear the team's plan for the canning line and the new seamer.", BREWERY),
        # a topic no detail owns more than another
        ("I enjoyed your thoughts on the brewery as a whole.", BREWERY),
    ],
)
def test_the_readers_own_or_a_colleagues_named_topic_is_not_reported(sentence, notes):
    assert not fired("detail-unsupported", sentence, notes)


def test_clauses_of_a_detail_split_their_owners():
    """A name inside one clause of a detail owns that clause only: the dry-hop schedule is
    no one's, so crediting it to Michael is no misattribution."""
    notes = Notes.model_validate(merge_notes(example_context(), BREWERY))
    text = "Dear Michael,\n\nI liked your thoughts on the dry-hop schedule for the hazy IPA.\n"
    doc = Doc(text)
    assert not list(misattributed(doc, notes, notes.interviewers[1], DEFAULT))
    panel = "Dear Michael,\n\nI liked your insistence on a sensory panel every Friday.\n"
    assert list(misattributed(Doc(panel), notes, notes.interviewers[1], DEFAULT))


WAREHOUSE = {
    "role": "Warehouse Team Leader",
    "details": [
        "Michael's rule that no pallet leaves the dock without stretch wrap",
        "Sarah's briefing on the new night-shift rota",
    ],
}


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # the detail names its owner by a possessive, and the message credits the reader
        # with the notes' own noun for it ("rule", "briefing"), not a word for speech
        ("Your rule that every pallet gets stretch wrap before the dock is a good one.", True),
        (
            "Your firm rule about wrapping each pallet before it leaves the dock stayed with me.",
            True,
        ),
        # hers, credited to her; his, credited to him by name
        ("Your briefing on the night-shift rota was clear.", False),
        ("Michael's rule about stretch wrap on every pallet makes sense to me.", False),
    ],
)
def test_a_possessive_in_the_notes_names_the_owner_and_the_thing_owned(sentence, fires):
    assert fired("detail-unsupported", sentence, WAREHOUSE) is fires


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        # a thanks with "also", a hearing of the reader, a walk-through credited to the reader
        ("Thank you also for setting out the canning line jams and the seamer.", BREWERY),
        ("I enjoyed hearing you explain how the library van reaches rural schools.", LIBRARY),
        ("I appreciated your walkthrough of the canning line and its jams.", BREWERY),
        # a colleague credited by name with a topic the notes give to someone else
        ("Michael's point about a sensory panel every Friday made sense to me.", BREWERY),
        ("Michael's makerspace with its 3D printers sounds like a draw for teenagers.", LIBRARY),
    ],
)
def test_a_topic_credited_to_the_wrong_interviewer_in_other_wordings_is_reported(sentence, notes):
    assert fired("detail-unsupported", sentence, notes)


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        # the same wordings, each crediting the topic to its owner
        ("Thank you also for setting out the sensory panel you want every Friday.", BREWERY),
        ("Michael's point about the canning line jams made sense to me.", BREWERY),
        ("Michael's mobile library van and its rural school visits sound wonderful.", LIBRARY),
        ("I enjoyed hearing you explain the makerspace and its 3D printers.", LIBRARY),
    ],
)
def test_a_topic_credited_to_its_owner_in_other_wordings_is_not_reported(sentence, notes):
    assert not fired("detail-unsupported", sentence, notes)


def test_a_dash_after_the_owners_name_heads_a_detail_as_a_colon_does():
    dashed = {
        "role": "Brewery Shift Lead",
        "details": [
            "Michael - canning line jams twice a week; new seamer arrives in March",
            "Sarah - the hazy IPA; a sensory panel every Friday",
        ],
    }
    # the lead owns every clause of its detail, not only the one that names him
    assert fired(
        "detail-unsupported", "I valued your plan for the new seamer arriving in March.", dashed
    )
    assert not fired("detail-unsupported", "I valued your plan for a Friday sensory panel.", dashed)
    # a dash inside a detail's words names no owner
    ranged = {"role": "Brewery Shift Lead", "details": ["canning line jams - seamer due in March"]}
    assert not fired("detail-unsupported", "I valued your thoughts on the canning jams.", ranged)


FERRY = {
    "role": "Ferry Terminal Supervisor",
    "details": [
        "Michael: the 7:45 sailing always boards late because of school coaches",
        "Michael: coaches queue on the ramp until the ferry is tied up",
        "Sarah: deck crew rota for the winter timetable",
    ],
}


@pytest.mark.parametrize(
    "sentence",
    [
        # a clock time names the colleague's detail as a rare word does, across its colon
        "Your point that the 7:45 sailing boards late stayed with me.",
        # two of the colleague's clauses tie: neither is the reader's
        "I enjoyed your thoughts on the school coaches on the ramp.",
    ],
)
def test_a_colleagues_timed_or_tied_topic_credited_to_the_reader_is_reported(sentence):
    assert fired("detail-unsupported", sentence, FERRY)


def test_the_readers_own_timed_topic_is_not_reported():
    assert not fired("detail-unsupported", "Your rota for the winter timetable was clear.", FERRY)
