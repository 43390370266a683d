"""A detail told with another number than the notes give it, outside a claimed topic
(coach.checks.detail_numbers), and the numbers that are no such thing: the same count in words
or rounded, the candidate's own count, a decade, a fraction. Wordings of our own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case  # noqa: E402
from family_harness import fired as family_fired  # noqa: E402

#: a railway museum's notes, over the rulebook's example context (rules/context.yaml)
NOTES = {
    "company": {"name": "Fenbridge Railway Museum", "aliases": []},
    "role": "Collections Technician",
    "details": [
        "restoring the 1926 saloon carriage for the spring reopening",
        "cataloguing 2,400 glass-plate negatives",
        "an LED lighting trial in the east gallery",
    ],
}


def fired(sentence: str, notes: dict = NOTES) -> set[str]:
    text = (
        f"Subject: Thanks\n\nDear Sarah,\n\nThank you for meeting me. {sentence}\n\n"
        "I remain keen on the role.\n\nBest,\nPriya Raman"
    )
    return family_fired(Case("m", text, set(), notes=notes), "detail")


@pytest.mark.parametrize(
    "sentence",
    [
        "It was a treat to see the 1932 saloon carriage, and I would love to help restore it.",
        "Sorting through some 9,000 glass-plate negatives sounds like a project I would relish.",
        "The backlog of eight hundred negatives you mentioned is one I could start on at once.",
    ],
)
def test_a_detail_with_another_number_is_unsupported(sentence: str) -> None:
    assert "detail-unsupported" in fired(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the same count, in words or rounded, and the same year
        "Cataloguing two thousand four hundred negatives is patient work that I enjoy.",
        "Getting roughly 2,500 glass-plate negatives catalogued would be a joy.",
        "The 1926 carriage is beautiful, and I would be glad to help restore it for spring.",
        # the candidate's own count, a decade, and a fraction of a thousand
        "I loved the glass plates; my 300 negatives from a village archive taught me patience.",
        "The 1920s carriage was the highlight of the tour, and restoring it would be a joy.",
        "Two and a half thousand glass-plate negatives is a lovely collection to work on.",
        # an acronym's plural is the acronym: "LEDs" for "LED"
        "I enjoyed our talk about the trial of LEDs lighting the east gallery.",
    ],
)
def test_the_same_number_or_no_count_of_a_detail_is_not_unsupported(sentence: str) -> None:
    assert "detail-unsupported" not in fired(sentence)


#: a harbour works' notes: small counts of named things, and money with a magnitude
HARBOUR = {
    "company": {"name": "Tullow Quay Works", "aliases": []},
    "role": "Marine Site Engineer",
    "details": [
        "3 pontoon repairs booked before winter; 2 crane outages last year",
        "breakwater extension, GBP 4.2m, tender due spring",
    ],
}


def fired_harbour(sentence: str) -> set[str]:
    text = (
        f"Subject: Thanks\n\nDear Sarah,\n\nThank you for meeting me. {sentence}\n\n"
        "I remain keen on the role.\n\nBest,\nPriya Raman"
    )
    return family_fired(Case("m", text, set(), notes=HARBOUR), "detail")


@pytest.mark.parametrize(
    "sentence",
    [
        # a small count of the very thing the notes count, told as another count
        "Hearing about the five crane outages last year made the maintenance role very clear.",
        "I would be glad to help plan the seven pontoon repairs before winter.",
        # money with a magnitude, digits swapped or scaled
        "The £2.4m breakwater extension is the kind of job I want to be part of.",
        "A breakwater extension of £4.2 billion would be a career highlight.",
    ],
)
def test_a_small_count_or_an_amount_told_otherwise_is_unsupported(sentence: str) -> None:
    assert "detail-unsupported" in fired_harbour(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the same small count in words, and small counts of other things
        "Hearing about the two crane outages last year made the role very clear.",
        "I could take on three pontoon repairs and spend two weeks on the crane logs.",
        "I spent four winters on pontoons, so the repairs before winter appeal to me.",
        # the same amount in other words, and a length in metres is no money
        "The breakwater extension at 4.2 million pounds is the kind of job I want.",
        "I have worked on a 12 m crane barge, so the breakwater extension appeals to me.",
    ],
)
def test_the_same_small_count_or_amount_is_not_unsupported(sentence: str) -> None:
    assert "detail-unsupported" not in fired_harbour(sentence)


#: a count told of the same thing as a detail's, beside another number the notes give elsewhere,
#: and a small count whose noun follows a describing word in the notes
LODGE = {
    "company": {"name": "Skerry Lodge", "aliases": []},
    "role": "Lodge Host",
    "details": [
        "a three-day deep clean every March",
        "fresh linen arrives from the mainland laundry 14-16 days after it is sent",
        "taking on five seasonal housekeepers for the summer",
        "about 12% of summer bookings cancel",
    ],
}


def fired_lodge(sentence: str) -> set[str]:
    return fired(sentence, LODGE)


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        # the notes give three days to the deep clean, not to the laundry
        ("It was useful to know that linen comes back from the laundry in three days.", True),
        ("I was glad to hear you are taking on nine housekeepers for the summer.", True),
        ("I was glad to hear you are taking on five housekeepers for the summer.", False),
        ("The three-day deep clean in March sounds like a good reset for the lodge.", False),
        # the base of a rate is no count: "twelve in a hundred" is the notes' 12%
        ("I was surprised that only twelve summer bookings in a hundred cancel.", False),
    ],
)
def test_a_count_of_the_same_thing_is_compared_across_details(sentence: str, wrong: bool) -> None:
    assert ("detail-unsupported" in fired_lodge(sentence)) is wrong


#: a ferry company's notes: a wind speed, a freezer's alarm rota, a count of passengers
FERRY = {
    "company": {"name": "Kestle Ferries", "aliases": []},
    "role": "Deck Supervisor",
    "details": [
        "wind over 40 km/h = crossings cancelled",
        "the night rota for the minus-80 bait freezer alarms",
        "each boat carries 48 passengers",
    ],
}


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        # another thing counted, though a word beside it is the detail's: seats are no wind
        # speed, and pupils on a rota are no freezer
        ("Three boats, two crossings, seventy seats on each: a full day.", False),
        ("The schedule you mentioned - twenty pupils on each trip - sounds lively.", False),
        # the same thing counted otherwise
        ("I was glad to hear that each boat carries 90 passengers.", True),
        ("I was glad to hear that crossings stop once the wind is over 70 km/h.", True),
    ],
)
def test_a_number_is_compared_only_with_one_counting_the_same_word(
    sentence: str, wrong: bool
) -> None:
    assert ("detail-unsupported" in fired(sentence, FERRY)) is wrong


#: a cheese maker's notes: a count per batch times batches, a cellar temperature in Celsius
DAIRY = {
    "company": {"name": "Marrow Vale Creamery", "aliases": []},
    "role": "Cellar Assistant",
    "details": [
        "3 batches a week, ~120 wheels per batch",
        "the ripening cellar held at 10-12 C",
    ],
}


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        # a number the reader works out from a detail's own numbers: a product, Fahrenheit
        ("Turning some 360 wheels a week sounds like a rhythm I would enjoy.", False),
        ("A cellar kept at 50 to 54 degrees Fahrenheit is what my cheeses liked too.", False),
        # one that no sum, product or conversion of them gives is still another number
        ("Turning some 900 wheels a week sounds like a rhythm I would enjoy.", True),
    ],
)
def test_a_number_worked_out_from_a_detail_is_no_other_number(sentence: str, wrong: bool) -> None:
    assert ("detail-unsupported" in fired(sentence, DAIRY)) is wrong


#: a print shop's notes: a share now and its target, side by side
PRINT = {
    "company": {"name": "Odrin Print Works", "aliases": []},
    "role": "Press Supervisor",
    "details": ["misfeeds ~6% of sheets now; target under 3% by autumn"],
}


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        # a share is measured, not rounded like a count: 7% is not the noted 6%
        ("I was surprised to hear that misfeeds run at 7% of sheets.", True),
        ("Bringing misfeeds under 4% by autumn is a goal I would share.", True),
        # the same shares, in words or digits, now or as the target
        ("Bringing misfeeds under three percent by autumn is a goal I would share.", False),
        ("Misfeeds at about 6% of sheets leave room to improve.", False),
    ],
)
def test_a_share_told_otherwise_is_another_number(sentence: str, wrong: bool) -> None:
    assert ("detail-unsupported" in fired(sentence, PRINT)) is wrong
