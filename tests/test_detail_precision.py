"""False alarms of the two detail rules read away in stop 37, each with a case that must still
fire beside it: a code of the notes written out, a system asked about, a rate per another
period, a count of what the message just named, a figure said of the reader's side, a pace told
per hour, a length in decades, a detail's word that shares a group with the company's name, a
person of the reader's story, and a story that touches a detail. Wordings of our own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case  # noqa: E402
from family_harness import fired as family_fired  # noqa: E402


def fired(sentence: str, details: list[str], **notes: object) -> set[str]:
    text = (
        f"Subject: Thanks\n\nDear Sarah,\n\nThank you for meeting me. {sentence}\n\n"
        "I remain keen on the role.\n\nBest,\nPriya Raman"
    )
    return family_fired(Case("m", text, set(), notes={"details": details, **notes}), "detail")


GUIDES = ["harbour tours narrated live in NO / EN / DE, script rewritten every spring"]
CLINIC = ["text reminders that cut missed dental check-ups at the two village clinics"]
PACKING = ["Ivo - ~60 crates/wk packed for export, pallets leave on Fridays"]
BOOKS = ["Ana - guidebooks printed in 9 languages, French + Italian copies sell out first"]
VOLUNTEERS = ["Anna - 36 volunteers, half of them retired teachers"]
FILLETING = ["Eirik - whole cod filleted to order, aim < 2 min per fish"]
SEAFARER = ["Pavel - 22 yrs at sea before teaching navigation"]
TERMINAL = ["cutting truck turnaround at the gate with the booking system"]
REGISTERS = ["putting parish registers online for family historians"]
SEEDS = ["keeping the seed bank viable through the dry season"]
EXPORTS = ["Wade - 36-hour window from dock to plane for live exports"]


@pytest.mark.parametrize(
    ("sentence", "details", "notes"),
    [
        # a language the notes jot as a code ("EN"), written out
        (
            "Hearing a guide switch from Norwegian to English mid-tour showed me what the "
            "script asks of the team.",
            GUIDES,
            {},
        ),
        # a system asked about, not told
        (
            "One thing I forgot to ask: are the reminders run in Welsh as well, or only in "
            "English?",
            CLINIC,
            {},
        ),
        # the notes' rate per week, told per working day
        (
            "Packing about a dozen crates every working day for export is a pace I know.",
            PACKING,
            {},
        ),
        # a count of what the message has just named
        (
            "Seeing the French and Italian shelves empty, I understood why those two languages "
            "matter so much to the guidebooks.",
            BOOKS,
            {},
        ),
        # hours of another thing: nothing but the unit is shared
        (
            "I have wondered how the crew could rotate so nobody works twenty hours straight on "
            "the pier.",
            EXPORTS,
            {},
        ),
        # a detail's word that shares a synonym group with a word of the company's name
        (
            "Your description of the queue of trucks along Mill Lane, and how much of it the "
            "booking slots have cleared, was vivid.",
            TERMINAL,
            {"company": {"name": "Northgate Container Terminal", "aliases": []}},
        ),
        # a person of the reader's story, told through what the story says of them
        (
            "I keep thinking about the man in Toronto you mentioned, who had searched for years "
            "for his grandfather's parish registers.",
            REGISTERS,
            {},
        ),
        # a story of the reader's that touches a detail, in the teller's words
        (
            "Your story about the seeds lost in one scorching dry season stayed with me.",
            SEEDS,
            {},
        ),
    ],
)
def test_no_invented_topic(sentence: str, details: list[str], notes: dict) -> None:
    assert "detail-unsupported" not in fired(sentence, details, **notes)


@pytest.mark.parametrize(
    ("sentence", "details"),
    [
        # a code's letters late in a name are no code written out
        ("Your plan to move the tour script into Docufy this spring sounds wise.", GUIDES),
        # the same hours told with another number
        ("Getting live exports from dock to plane inside a 20-hour window is a feat.", EXPORTS),
        # another rate per the same period is still another number
        ("Packing some 150 crates a week for export is a pace I know.", PACKING),
        # a story of new things is a new topic, though it borrows a word of a detail
        (
            "Your story about the seasonal penguin census on the Antarctic peninsula was "
            "wonderful.",
            SEEDS,
        ),
    ],
)
def test_still_unsupported(sentence: str, details: list[str]) -> None:
    assert "detail-unsupported" in fired(sentence, details)


@pytest.mark.parametrize(
    ("sentence", "details"),
    [
        # a figure only one detail gives, said of the reader's side
        (
            "You told me about the thirty-six people who give up their Saturdays for the place.",
            VOLUNTEERS,
        ),
        # a pace per item told as a count per hour
        ("Some thirty fish an hour from one knife is a serious pace to aim for.", FILLETING),
        # a length of years told in decades
        ("Well over two decades at sea is a career I can hardly picture.", SEAFARER),
    ],
)
def test_refers_to_a_detail(sentence: str, details: list[str]) -> None:
    assert "detail-missing" not in fired(sentence, details)


@pytest.mark.parametrize(
    ("sentence", "details"),
    [
        # how long they talked is no figure of a detail
        ("Thank you for our 36-minute conversation; I enjoyed it very much.", VOLUNTEERS),
        # a figure the candidate gives of herself, though the reader is named first
        ("You asked about my past: I ran a depot with 36 staff.", VOLUNTEERS),
    ],
)
def test_still_missing(sentence: str, details: list[str]) -> None:
    assert "detail-missing" in fired(sentence, details)
