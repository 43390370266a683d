"""Where a claimed topic ends, and where a count in words ends, for detail-unsupported: a
clause of the candidate's own after the topic, a story the reader told going on after a comma,
a list of hours in words, and the reader's purchase told after "once". Sentences are written
for these tests, across trades."""

from __future__ import annotations

from functools import partial

import pytest

from coach.checks.detail_forms import NUMBER, number_value
from coach.engine import Checker
from tests.family_harness import fires_in_thanks

CHECKER = Checker(select=["detail-missing", "detail-unsupported"])


fired = partial(fires_in_thanks, CHECKER)


QUARRY = {
    "role": "Quarry Scheduler",
    "details": [
        "Sarah's plan to put all haulage contracts on one bidding portal",
        "3 loader crews, changeover 6/14/22",
    ],
}
FERRY = {
    "role": "Harbour Dispatcher",
    "details": ["re-planning crossings when fog closes the harbour mouth"],
}
BREWERY = {"role": "Cellar Technician", "details": ["dry-hopping the pale ale in the east cellar"]}


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        # the candidate's own clause after the topic is no part of it
        (
            "Since our talk about the bidding portal I've been reading how two other quarries "
            "in the county tender their haulage.",
            QUARRY,
        ),
        # hours in words, one after another, are three numbers, not "two and ten" read as 12
        ("I can already picture the three loader crews changing over at six, two and ten.", QUARRY),
        # a story the reader told, going on after a comma, is still the teller's words
        (
            "Your account of the night the fog rolled in, and of the long queue of lorries "
            "on the quay afterwards, stayed with me.",
            FERRY,
        ),
    ],
)
def test_a_topic_or_count_read_past_its_end_is_no_invented_topic(sentence, notes):
    assert not fired("detail-unsupported", sentence, notes)


def test_the_readers_purchase_told_after_once_is_a_claimed_topic():
    sentence = (
        "I would enjoy the cellar work, especially once the new centrifuge you're buying next "
        "spring arrives."
    )
    assert fired("detail-unsupported", sentence, BREWERY)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("at six, two and ten", [6, 2, 10]),
        ("between four and six degrees", [4, 6]),
        ("a hundred and forty", [140]),
        ("three thousand and five", [3005]),
        ("twenty-five", [25]),
    ],
)
def test_and_joins_number_words_only_after_a_magnitude(text, values):
    assert [number_value(m.group()) for m in NUMBER.finditer(text)] == values


def test_a_second_object_after_and_also_is_a_claimed_topic():
    sentence = (
        "I enjoyed your explanation of the dry-hopping in the east cellar, and also the "
        "canning robot you are installing for the summer lagers."
    )
    assert fired("detail-unsupported", sentence, BREWERY)
    real = (
        "I enjoyed your explanation of the hop schedule, and also the pale ale in the east cellar."
    )
    assert not fired("detail-unsupported", real, BREWERY)
