"""detail-unsupported on near misses (a real detail given another number or another name), on
claims the first claim patterns missed ("your plans for X", "our discussion of X, and about Y"),
and on acronyms of the notes spelt out in a claimed topic. Sentences and notes are written for
these tests, across trades."""

from __future__ import annotations

import pytest
from test_detail_claims import fired

from coach.checks.detail_forms import numbers
from coach.checks.detail_near import spelt_acronyms

DEPOT = {
    "role": "Fleet Maintenance Planner",
    "details": [
        "retrofitting 120 buses with electric heaters before winter",
        "night inspections out of the Carrow depot",
        "ISO 55001 audit in March; workshop checklists being rewritten",
    ],
}
HOSPICE = {
    "role": "Palliative Care Nurse",
    "details": [
        "Gold Standards Framework meetings every fortnight",
        "syringe driver training for 25 community nurses",
        "the Marston ward reopening with 16 beds",
    ],
}
FERRY = {
    "role": "Port Operations Officer",
    "details": [
        "berth scheduling for the Kelso ferries",
        "a 36-hr dredging closure in August",
        "moving the tide logs onto the PMIS (port management system)",
    ],
}


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        # another number on a real detail
        ("I enjoyed hearing about the plan to fit heaters to 180 buses.", DEPOT),
        ("I enjoyed our discussion of the 48-hour dredging closure.", FERRY),
        ("It was good to hear about training forty community nurses on syringe drivers.", HOSPICE),
        # another place where the detail names one
        ("I enjoyed hearing about the night inspections out of Thornby.", DEPOT),
        ("I enjoyed our talk about the berth scheduling for the Ardmore ferries.", FERRY),
        # another name for the same thing
        ("I enjoyed our conversation about the OHSAS audit in March.", DEPOT),
        ("I loved hearing about the Brampton ward reopening.", HOSPICE),
    ],
)
def test_a_real_detail_with_another_number_or_name_is_reported(sentence, notes):
    assert fired("detail-unsupported", sentence, notes)


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        # the notes' own number, name and place, in other words
        ("I enjoyed hearing about fitting a hundred and twenty buses with heaters.", DEPOT),
        ("I enjoyed our talk about the night inspections from Carrow.", DEPOT),
        ("I enjoyed hearing about the thirty-six-hour dredging closure.", FERRY),
        ("I loved hearing about the sixteen beds on Marston ward.", HOSPICE),
        # a new name that qualifies nothing of the detail is no near miss
        ("I enjoyed hearing about the Kelso ferries' berths in a Scottish winter.", FERRY),
        # an acronym of the notes spelt out is a word of the notes
        ("I enjoyed our talk about moving tide logs onto the port management system.", FERRY),
    ],
)
def test_the_notes_numbers_and_names_in_other_words_are_no_near_miss(sentence, notes):
    assert not fired("detail-unsupported", sentence, notes)


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        # the interviewer's plans are a claim of what was said
        ("I keep thinking about your plans for a rooftop solar array.", DEPOT),
        ("Your plan to open a bereavement cafe in the chapel stayed with me.", HOSPICE),
        # a claim goes on with another preposition of talk
        (
            "I enjoyed our discussion of the Kelso ferries, and about the cruise terminal "
            "you are tendering for.",
            FERRY,
        ),
        # "and of" opens a second topic, judged alone
        (
            "I enjoyed our discussion of the Gold Standards Framework meetings and of the "
            "volunteer choir touring Brampton.",
            HOSPICE,
        ),
    ],
)
def test_more_ways_of_claiming_a_topic_are_read(sentence, notes):
    assert fired("detail-unsupported", sentence, notes)


def test_spelt_acronyms_find_initials_and_capital_parts():
    words = ["new", "cabinets", "for", "the", "medical", "ICU", "and", "infectious", "disease"]
    assert spelt_acronyms(words, frozenset({"MICU", "ID"})) == {4, 5, 7, 8}
    assert spelt_acronyms(words, frozenset({"XYZ"})) == set()


def test_a_before_a_small_number_word_adds_nothing():
    assert numbers("a twelve-metre boat") == {"#12"}
    assert numbers("a hundred and forty engines") == {"#140"}


def test_a_name_is_specific_however_common_in_follow_up_prose():
    from coach.checks.detail_unsupported import invented_topics
    from coach.examples import example_context, merge_notes
    from coach.models import Notes
    from coach.text import Doc

    data = merge_notes(example_context(), {"details": ["the weekly sales review"]})
    notes = Notes.model_validate(data)
    doc = Doc("Dear Sarah,\n\nI enjoyed hearing about the new call centre opening in Glasgow.")
    # "Glasgow" is in 3 sentences of follow-up prose: common at 2, but a name
    topics = [t for _, _, t in invented_topics(doc, notes, "synonyms", common=2)]
    assert topics and "Glasgow" in topics[0]


KILN = {
    "role": "Pottery Studio Technician",
    "details": ["Keld raku firing in Sept; glaze tests every Thu"],
}


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        # the month or weekday the notes jot short, spelt out, is the notes' own
        ("I enjoyed our discussion of the September raku firing.", False),
        ("I enjoyed our discussion of the Thursday glaze tests.", False),
    ],
)
def test_a_month_or_weekday_spelt_out_is_the_notes_own(sentence, reported):
    assert fired("detail-unsupported", sentence, KILN) is reported
