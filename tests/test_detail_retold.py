"""A real detail retold wrong (detail-unsupported): a count glued to its unit, per a unit or
said as a multiple, a numbered thing of the notes with another number, a system name the notes
never use told as what holds the work, a topic credited to the reader with "your point that" or
"your worry over", and a second topic after a told clause. Scenarios and wordings are our own:
a cold store and a ferry operator. Messages go to Sarah Chen; Michael O'Brien is her colleague."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case  # noqa: E402
from family_harness import fired as family_fired  # noqa: E402

from coach.checks.detail_units import unit_counts  # noqa: E402

COLD_STORE = {
    "company": {"name": "Harbourline Cold Storage", "aliases": ["Harbourline"]},
    "role": "Inventory Controller",
    "details": [
        "Michael: pallet audits approx 30/shift in the blast freezer",
        "stock counts reconciled in Manhattan SCALE, cycle counts ~2x a month",
        "dock doors: trailers must be loaded within 36h of picking",
        "racking repairs on Aisle 4 before the peak",
    ],
}


def fired(sentence: str, kind: str = "thank_you") -> set[str]:
    text = (
        f"Subject: Thanks\n\nDear Sarah,\n\nThank you for meeting me. {sentence}\n\n"
        "I remain keen on the role.\n\nBest,\nPriya Raman"
    )
    return family_fired(Case("m", text, set(), kind=kind, notes=COLD_STORE), "detail")


def test_unit_counts_reads_glued_rates_and_multiples() -> None:
    found = {(v, u) for v, _, _, u in unit_counts("within 36h, approx 30/shift, ~2x, calls double")}
    assert found == {(36, "hours"), (30, "shift"), (2, "times")}
    # a code is no count of days, nor a date a rate
    assert not list(unit_counts("modelled in Revit 3D on 8/6"))


@pytest.mark.parametrize(
    "sentence",
    [
        # a glued unit told with another count
        "I can see why trailers must be loaded within 12 hours of picking at the dock doors.",
        # a count per a unit told as another, in words and as an approximation
        "It surprised me that the team runs about ninety pallet audits every shift.",
        # a multiple said in words
        "I liked hearing that cycle counts happen four times a month.",
        "I liked hearing that cycle counts triple during the month.",
        # a numbered thing with another number
        "I would be glad to help plan the racking repairs on Aisle 9 before the peak.",
        # a system the notes never name, told as what holds the work
        "It was useful to hear that the cycle counts are now logged in Korber One.",
        "I was interested that the stock counts will move from paper into Deputy next year.",
    ],
)
def test_retold_details_are_unsupported(sentence: str) -> None:
    assert "detail-unsupported" in fired(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the notes' own counts, in words or rounded
        "I can see why trailers must be loaded within thirty-six hours of picking.",
        "It surprised me that the team runs about thirty pallet audits every shift.",
        "I liked hearing that cycle counts happen twice a month.",
        "I would be glad to help plan the racking repairs on Aisle 4 before the peak.",
        # the candidate's own count, after "my last" in the sentence
        "The audits at my last post covered ninety pallets a shift.",
        # the notes' own system, and a tool of the candidate's
        "It was useful to hear that stock counts are reconciled in Manhattan SCALE.",
        "I have reconciled stock counts in Korber One for three years.",
        # a channel is no system of the work
        "Thank you for walking me through the cycle counts via Teams.",
        # a number of a thing the notes never number
        "I hear Gate 7 is where the trailers queue for the dock doors.",
    ],
)
def test_real_details_and_other_counts_pass(sentence: str) -> None:
    assert "detail-unsupported" not in fired(sentence)


def test_a_materials_email_may_name_the_candidates_tools() -> None:
    sentence = "I have attached the cycle count sheets I exported into Korber One."
    assert "detail-unsupported" not in fired(sentence, kind="materials")


@pytest.mark.parametrize(
    "sentence",
    [
        "I keep thinking about your point that pallet audits in the blast freezer slip.",
        "I share your worry over the pallet audits in the blast freezer.",
    ],
)
def test_a_colleagues_point_credited_to_the_reader(sentence: str) -> None:
    assert "detail-unsupported" in fired(sentence)


def test_a_second_topic_after_a_told_clause_is_read() -> None:
    told = "I enjoyed hearing how the racking repairs are planned"
    assert "detail-unsupported" in fired(
        f"{told}, and about the new rooftop solar array in Invercargill."
    )
    assert "detail-unsupported" not in fired(f"{told}, and about the cycle counts each month.")


def test_a_place_in_another_clause_is_not_a_system() -> None:
    """'run ... in X' names a system only when its own clause names the work: a friend's
    warehouse in a town is a place, though the sentence goes on to a noted detail."""
    place = (
        "I told my cousin, who runs a depot in Aberaeron, about the pallet audits in the blast "
        "freezer."
    )
    assert "detail-unsupported" not in fired(place)
    system = "I was interested that the pallet audits are logged in Kardex each shift."
    assert "detail-unsupported" in fired(system)
