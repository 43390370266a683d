"""A detail told with another place or time of day (detail-unsupported, coach.checks.
detail_slots), and the times of day the module reads. Sentences and notes are written for these
tests, across trades and invented places."""

from __future__ import annotations

from typing import Any

import pytest

from coach.checks.detail_clock import Time, durations, same_time, times
from coach.engine import Checker
from coach.examples import example_messages
from coach.rulebook import Example, load_rules

#: the installed rules with the slot comparison switched on (the rule ships with it off)
RULES = dict(load_rules())
_RULE = RULES["detail-unsupported"]
RULES["detail-unsupported"] = _RULE.model_copy(
    update={"params": _RULE.params.model_copy(update={"slots": True})}
)
CHECKER = Checker(select=["detail-missing", "detail-unsupported"], rules=RULES)


def fired(rule: str, sentence: str, notes: dict[str, Any]) -> bool:
    text = f"Dear Sarah,\n\nThank you for meeting me today. {sentence}\n\nBest regards,\nPriya"
    example = Example(text=text, notes=notes)
    result = CHECKER.check_batch(example_messages(RULES[rule], example))[0]
    return any(f.rule == rule for f in result.findings)


def test_the_installed_rule_leaves_the_slot_comparison_off():
    assert load_rules()["detail-unsupported"].params.slots is False


SMOKEHOUSE = {
    "role": "Smokehouse Shift Lead",
    "details": [
        "Morwenna - oak chips come from a sawmill in Tregaron, delivered every month",
        "Morwenna - kilns lit at 4 am, salmon out by 11 am",
        "Ifan - chilled vans leave for the Bristol market at 6 pm",
        "Ifan - export buyers in Norway + Japan",
    ],
    "interviewers": [
        {"name": "Morwenna Prys", "title": "Production Manager"},
        {"name": "Ifan Rowlands", "title": "Sales Lead"},
    ],
}


@pytest.mark.parametrize(
    "sentence",
    [
        # another place for the one the detail names
        "It was useful to learn that the oak chips come from a sawmill in Llanidloes.",
        # another hour, in figures or in words
        "I was glad to hear that the kilns are lit at 7 am.",
        "It was good to learn that the chilled vans leave for the market at noon.",
        "I was interested to hear that the kilns are lit at ten at night.",
    ],
)
def test_a_detail_with_another_place_or_time_is_reported(sentence):
    assert fired("detail-unsupported", sentence, SMOKEHOUSE)


@pytest.mark.parametrize(
    "sentence",
    [
        # the notes' own place and hour, in other words
        "It was useful to learn that the oak chips come from the sawmill in Tregaron.",
        "I was glad to hear that the kilns are lit at four in the morning.",
        "It was good to learn that the chilled vans leave at 18:00 for Bristol.",
        # a city of a country the notes name
        "I was interested to hear that the export buyers are in Oslo and Osaka.",
        # the candidate's own record, a wish, a question
        "At my last job the oak chips came from a sawmill in Llanidloes.",
        "I have worked with chilled vans that left from a depot in Swansea.",
        "I would love to see the kilns lit at 5 am one day.",
        "Do the chilled vans ever leave for the market at noon?",
        # a place named in free prose, not as what was heard
        "The drive home past Llanidloes gave me time to think about the kilns.",
    ],
)
def test_the_notes_slot_the_candidates_own_or_free_prose_is_not_reported(sentence):
    assert not fired("detail-unsupported", sentence, SMOKEHOUSE)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("6 pm", 18 * 60),
        ("6:30 a.m.", 6 * 60 + 30),
        ("ten at night", 22 * 60),
        ("two at night", 2 * 60),
        ("four in the morning", 4 * 60),
        ("eight in the evening", 20 * 60),
        ("noon", 12 * 60),
        ("midnight", 0),
        ("18:45", 18 * 60 + 45),
        ("sixteen hundred hours", 16 * 60),
        ("1600 hours", 16 * 60),
    ],
)
def test_times_of_day_are_read(text, minutes):
    assert [t.minutes for t in times(f"the vans leave at {text} sharp")] == [minutes]


def test_a_bare_clock_time_is_either_side_of_noon():
    (bare,) = times("out by 6:30")
    assert not bare.exact
    assert same_time(bare, Time(0, 0, 18 * 60 + 30, True))
    assert same_time(bare, Time(0, 0, 6 * 60 + 30, True))
    assert not same_time(Time(0, 0, 6 * 60 + 30, True), Time(0, 0, 18 * 60 + 30, True))


def test_a_number_with_no_half_of_the_day_is_no_time():
    assert times("we packed 6 pallets and 12 crates") == []


FERRY = {
    "role": "Ferry Deckhand",
    "details": [
        "Tamsin - crossing to Scilly ~3 hrs each way in summer",
        "Tamsin - crew works 2 weeks on / 1 week off",
        "Jory - lifejacket drill within 15 min of sailing",
        "Jory - 20 hrs of battery on the tender radios",
    ],
    "interviewers": [
        {"name": "Tamsin Hocking", "title": "Operations Manager"},
        {"name": "Jory Pascoe", "title": "Bosun"},
    ],
}


@pytest.mark.parametrize(
    "sentence",
    [
        "I was glad to hear that the crossing takes about six hours each way.",
        "It was useful to learn that the crew works four weeks on before a week off.",
        "I was reassured to hear that the lifejacket drill happens within the hour.",
    ],
)
def test_a_detail_with_another_length_of_time_is_reported(sentence):
    assert fired("detail-unsupported", sentence, FERRY)


@pytest.mark.parametrize(
    "sentence",
    [
        # the notes' lengths in other words
        "I was glad to hear that the crossing takes about three hours each way.",
        "It was useful to learn that the crew works a fortnight on and then has a week off.",
        "I was reassured to hear the lifejacket drill comes within a quarter of an hour "
        "of sailing.",
        # a length denied, or one measuring something else than the detail's
        "It was useful to learn that no deckhand works six weeks straight.",
        "I was glad to hear the tender radios run for 20 hours, and that new ones arrive in "
        "six weeks.",
        # a rate's base, not a length
        "I was glad to hear the tender radios are charged twice a day.",
    ],
)
def test_the_notes_length_a_denied_one_or_a_rate_is_not_reported(sentence):
    assert not fired("detail-unsupported", sentence, FERRY)


def test_a_plan_whose_project_follows_it_is_judged_by_that_project():
    notes = {"role": "Archive Assistant", "details": ["rehousing parish letters in new folders"]}
    sentence = "Your careful plan for moving the parish letters into new folders impressed me."
    assert not fired("detail-unsupported", sentence, notes)
    assert fired("detail-unsupported", "I hope they help you with your podcast launch.", notes)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("36 hr", (2160, 2160)),
        ("a day and a half", (2160, 2160)),
        ("10-12 weeks", (100800, 120960)),
        ("a four-day crossing", (5760, 5760)),
        ("thirty-six hours", (2160, 2160)),
        ("within the hour", (60, 60)),
        ("a quarter of an hour", (15, 15)),
        ("a fortnight", (20160, 20160)),
    ],
)
def test_lengths_of_time_are_read(text, minutes):
    assert [(d.low, d.high) for d in durations(f"it takes {text} or so")] == [minutes]


def test_a_rates_base_is_no_length():
    assert durations("fed twice a day, checked 3x a week, every 2 weeks") == []


#: a detail that names a channel, not a place, beside the smokehouse's own
SMOKEHOUSE_ORDERS = dict(
    SMOKEHOUSE,
    details=[*SMOKEHOUSE["details"], "Ifan - trade orders arrive on WhatsApp before buyers visit"],
)


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        # the detail the clause retells names no place (a channel is none), though another
        # detail that shares a word with it names some
        (
            "I was glad to hear that most trade orders arrive on WhatsApp before the buyers "
            "come to Penzance.",
            SMOKEHOUSE_ORDERS,
        ),
        # the candidate's own voice in the slot's clause
        (
            "Hearing about the oak chips, I have bought chips from a sawmill in Llanidloes.",
            SMOKEHOUSE,
        ),
        # a clause that retells no detail, after one that does
        (
            "It was useful to learn about the oak chips from Tregaron, and the drive back to "
            "Llanidloes was lovely.",
            SMOKEHOUSE,
        ),
    ],
)
def test_a_place_is_compared_only_with_the_detail_its_own_clause_retells(sentence, notes):
    assert not fired("detail-unsupported", sentence, notes)


def test_a_detail_jotted_with_cities_and_no_preposition_still_names_them():
    notes = {
        "role": "Sensor Technician",
        "details": ["Ilse - 300 soil probes, mostly Stellenbosch + Paarl"],
        "interviewers": [{"name": "Ilse Botha", "title": "Field Manager"}],
    }
    wrong = "It was useful to learn that most of the soil probes are out in Worcester."
    right = "It was useful to learn that most of the soil probes are out in Paarl."
    assert fired("detail-unsupported", wrong, notes)
    assert not fired("detail-unsupported", right, notes)


def test_an_interviewers_accented_name_before_a_detail_says_whose_it_is_not_what():
    from coach.checks.detail_slots import _details
    from coach.checks.detail_words import DEFAULT
    from coach.readers import notes_from_data

    notes = notes_from_data(
        {
            "candidate": {"name": "Priya Raman"},
            "company": {"name": "Harbour Kilns"},
            "role": "Kiln Planner",
            "interview": {
                "start": "2026-03-02T13:00:00+01:00",
                "end": "2026-03-02T14:00:00+01:00",
            },
            "interviewers": [{"name": "Zdeňka Horvátová"}],
            "details": ["Zdeňka - charcoal comes by barge from Tregaron"],
        },
        "notes",
    )
    _, details = _details(notes, DEFAULT)
    assert not any("zdeňka" in c or "zdenka" in c for d in details for c in d.concepts)
