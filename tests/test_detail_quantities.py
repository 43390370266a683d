"""A detail's figure told in another unit or in words (coach.checks.detail_quantities), in
wordings of our own: it counts as the detail's number does, one concept beside another."""

from __future__ import annotations

import datetime as dt

import pytest

from coach.checks.detail_quantities import detail_quantities, met_quantities
from coach.engine import Checker
from coach.models import Kind, Notes
from coach.readers import Message

CHECKER = Checker(select=["detail-missing"])
START = dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.UTC)


def fired(detail: str, sentence: str) -> bool:
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Ines Varga"},
            "company": {"name": "Lowmoor Haulage"},
            "role": "Depot Coordinator",
            "interview": {"start": START.isoformat()},
            "interviewers": [{"name": "Colm Astley", "title": "Depot Manager"}],
            "details": [detail],
        }
    )
    body = (
        f"Subject: Thanks\n\nDear Colm,\n\nThank you for meeting me. {sentence}\n\n"
        "Best,\nInes Varga"
    )
    message = Message(
        path="m.md",
        text=body,
        to="Colm Astley",
        kind=Kind.thank_you,
        send_at=START + dt.timedelta(hours=4),
        notes=notes,
    )
    result = CHECKER.check(message, now=START + dt.timedelta(days=30))
    return any(f.rule == "detail-missing" for f in result.findings)


@pytest.mark.parametrize(
    ("detail", "text", "met"),
    [
        ("kiln cools for 48 hr before unloading", "two days of cooling", {"#48"}),
        ("parts ordered 8 weeks ahead", "about two months ahead", {"#8"}),
        ("ferry run of 250 km each way", "roughly 155 miles each way", {"#250"}),
        ("gates shut at 6 pm", "the gates close at eighteen hundred hours", {"#6"}),
        ("gates shut at 6 pm", "by six o'clock the gates are shut", {"#6"}),
        ("gates shut at 6 pm", "six in the evening", {"#6"}),
        ("inspection every 90 mins", "an hour and a half between inspections", {"#90"}),
        # another figure of the same kind is not the detail's
        ("kiln cools for 48 hr before unloading", "five days of cooling", set()),
        ("gates shut at 6 pm", "the gates close at seven in the evening", set()),
        # a rate is no stretch of time: "twice a day" is not "a day"
        ("samples taken twice a day", "a day at the depot", set()),
        # another dimension never meets
        ("a 12 km loop", "a 12 hour shift", set()),
    ],
)
def test_a_quantity_is_met_in_other_units(detail: str, text: str, met: set[str]) -> None:
    assert met_quantities(detail, text) == met


def test_a_rate_is_no_quantity_of_a_detail() -> None:
    assert detail_quantities("feeds the starter 3x a day") == ()


@pytest.mark.parametrize(
    ("detail", "sentence"),
    [
        (
            "reefer trailers pre-cooled for 36 hr before loading",
            "Having each trailer cold a day and a half before it goes out is careful work.",
        ),
        (
            "spare tyres ordered 6 weeks ahead of the winter run",
            "Getting the tyres in a month and a half early makes good sense.",
        ),
        (
            "last trailer leaves the yard at 4 pm",
            "I would have every trailer ready well before sixteen hundred hours.",
        ),
    ],
)
def test_a_figure_in_other_words_with_a_word_of_the_detail_covers_it(
    detail: str, sentence: str
) -> None:
    assert not fired(detail, sentence)


def test_without_the_figure_these_are_missing() -> None:
    # the sentences above share one word with their detail: the figure is the second concept
    assert fired(
        "reefer trailers pre-cooled for 36 hr before loading",
        "Having each trailer cold before it goes out is careful work.",
    )
    assert fired(
        "spare tyres ordered 6 weeks ahead of the winter run",
        "Getting the tyres in early makes good sense.",
    )


def test_a_figure_alone_is_not_a_detail() -> None:
    # one concept, and no word of the detail beside it: still missing
    assert fired(
        "reefer trailers pre-cooled for 36 hr before loading",
        "I can start in a day and a half if that helps.",
    )
