"""What names no detail though its words are rare in follow-up prose: the candidate's lifelong
passion, creed or offered qualities (coach.checks.detail_specific.own_spans), and praise of the
employer's standing or its people's pride, even by a place of the notes (standing_spans), or
how a whole works (workings_spans). And an inspection is an audit. Wordings and places of our
own."""

from __future__ import annotations

import pytest
from test_detail_claims import fired

APIARY = {
    "role": "Apiary Technician",
    "company": {"name": "Kestrel Ridge Honey"},
    "details": [
        "moving the hives up to the heather moor at Glenbrack in August",
        "varroa counts on sticky boards every fortnight",
        "the organic certification inspection booked for October",
    ],
}


@pytest.mark.parametrize(
    "sentence",
    [
        # the candidate's passion and where it began
        "Keeping bees on open moorland has been my passion since I was a child helping my "
        "grandfather smoke his hives, and I was glad to meet someone who cares as much as I do.",
        # the candidate's creed about the trade
        "I believe that calm handling, clean frames and honest labels are what make a honey "
        "farm trusted.",
        # qualities offered back, whoever is named after them
        "I would bring that same patient, steady routine to Kestrel Ridge Honey, together with "
        "a wish to learn how your team works.",
        # the employer's standing and its people's pride
        "It was lovely to hear how much the honey means to everyone at the farm, and how proud "
        "the whole crew is of its heather blend.",
        "Kestrel Ridge Honey is known for producing honey that families buy every week.",
        # a place of the notes, in praise of the employer's standing
        "Kestrel Ridge Honey has a fine name in Glenbrack, and I would be proud to join.",
        # how a whole works, named by one word
        "It was good to hear more about the role, the hives and how the extraction works.",
    ],
)
def test_self_description_and_standing_name_no_detail(sentence):
    assert fired("detail-missing", sentence, APIARY)


@pytest.mark.parametrize(
    "sentence",
    [
        # an inspection is the audit of the notes, told in other words
        "Getting the frames ready for the October inspection is work I would enjoy.",
        # a passion turned to the reader's detail keeps the detail
        "Moorland beekeeping has been my passion for years, so your move of the hives up to "
        "the heather at Glenbrack caught my ear.",
        # the place said as a topic, not as standing
        "Moving the hives up to Glenbrack for the heather sounds like a fine August.",
        # what follows the workings is still read
        "I liked hearing how the crew works with the sticky boards to count varroa mites.",
    ],
)
def test_a_detail_beside_them_still_counts(sentence):
    assert not fired("detail-missing", sentence, APIARY)
