"""A well-wish to the reader names no detail, however rare its words (coach.checks.pleasantries,
read by the second test of detail coverage): a festival, a trip or the weather in a wish is no
interview topic. Wordings of our own."""

from __future__ import annotations

import pytest
from test_detail_claims import fired

from coach.checks.pleasantries import wish_spans
from coach.text import Doc

QUARRY = {
    "role": "Quarry Shift Supervisor",
    "details": [
        "blasting windows agreed with the parish council",
        "dust suppression on the haul road in dry spells",
    ],
}
VAGUE = "I enjoyed our conversation and learned a great deal about the team."


@pytest.mark.parametrize(
    "wish",
    [
        "Happy Hogmanay, and I hope you get a clear night for the fireworks over Portree.",
        "Enjoy the sailing regatta at Cowes this weekend.",
        "I hope you have a calm crossing back to Orkney on the ferry.",
        "Safe travels to Tromsø, and good luck with the northern lights.",
    ],
)
def test_a_wish_alone_is_no_detail(wish):
    assert fired("detail-missing", f"{VAGUE} {wish}", QUARRY)


@pytest.mark.parametrize(
    "sentence",
    [
        # a detail in other words, beside a wish
        "The way the haul road is damped down when it stays dry stuck with me. Happy Hogmanay!",
        # a detail's own words count even inside a wish, through the first test
        "Good luck with the blasting windows and the parish council next month.",
    ],
)
def test_a_detail_beside_or_inside_a_wish_still_counts(sentence):
    assert not fired("detail-missing", sentence, QUARRY)


def test_a_wish_runs_from_its_first_word_to_its_sentences_end():
    doc = Doc("Dear Sarah,\n\nThanks again, and enjoy the ceilidh in Oban! It was fun.\n")
    ((start, end),) = wish_spans(doc)
    assert doc.plain[start:end] == "enjoy the ceilidh in Oban"
    # "I enjoyed" and "happy to" open no wish
    assert not wish_spans(Doc("Dear Sarah,\n\nI enjoyed the ceilidh. Happy to help in Oban.\n"))


@pytest.mark.parametrize(
    "impression",
    [
        "The view over the hills from your window was breathtaking at dawn.",
        "I liked the team, and the drive over the moor looked gorgeous in the frost.",
        "Skye was so beautiful under a grey sky; I took a photo on the way home.",
    ],
)
def test_how_the_place_or_the_day_looked_is_no_detail(impression):
    assert fired("detail-missing", f"{VAGUE} {impression}", QUARRY)


def test_a_detail_in_other_words_beside_an_impression_still_counts():
    sentence = (
        "The hills were stunning on the drive in. Agreeing set times to blast with the "
        "local council sounds like careful work."
    )
    assert not fired("detail-missing", sentence, QUARRY)


def test_what_the_reader_showed_looking_stunning_still_names_a_detail():
    notes = {"role": "Heritage Officer", "details": ["the restored 1902 winding gear photographs"]}
    sentence = "The pictures of the hauling machinery from 1902 were stunning."
    assert not fired("detail-missing", sentence, notes)


def test_an_impression_runs_from_its_clause_to_its_sentences_end():
    doc = Doc("Dear Sarah,\n\nThanks again, and the coast looked glorious at dusk. See you.\n")
    ((start, end),) = wish_spans(doc)
    assert doc.plain[start:end] == "the coast looked glorious at dusk"
    # a topic praised in other words opens no impression: "the plan was sound"
    assert not wish_spans(Doc("Dear Sarah,\n\nThe new haul plan was sound and careful.\n"))
