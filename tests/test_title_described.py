"""A job title written of the reader without their name: "as Plant Manager you ...", "to hear
from the yard's Head of Quality". It contradicts the notes only when it is nobody's title there:
not the reader's, not another interviewer's, not the role applied for, not one the notes mention.

The cases are a marina in Gdańsk, not a trade of the messages that prompted the patterns.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case, fired  # noqa: E402

TITLE = "title-mismatch"

MARINA = {
    "company": {"name": "Motława Marina"},
    "role": "Berth Coordinator",
    "interviewers": [
        {"name": "Agnieszka Wróbel", "honorific": "Ms.", "title": "Harbour Master"},
        {"name": "Tomasz Lis", "honorific": "Mr.", "title": "Chief Rigger"},
    ],
    "details": [
        "the winter haul-out plan for forty yachts",
        "the events manager's calendar for the sailing festival",
    ],
    "country": "PL",
}
DETAIL = "The winter haul-out plan for forty yachts sounds like a puzzle I would enjoy."


def note(sentence: str) -> str:
    return (
        "Subject: Thank you for the Berth Coordinator interview\n\nDear Ms. Wróbel,\n\n"
        f"Thank you for meeting me today. {sentence} {DETAIL}\n\n"
        "I remain keen on the role.\n\nKind regards,\nPriya Raman"
    )


def case(id: str, sentence: str, fires: set[str]) -> Case:
    return Case(id, note(sentence), fires, to="Agnieszka Wróbel", notes=MARINA)


CASES = [
    case(
        "as-title-you",
        "I know that as Operations Director you answer to every skipper in port.",
        {TITLE},
    ),
    case(
        "time-as-the-owners-title",
        "I am grateful you made time for it as the marina's General Manager.",
        {TITLE},
    ),
    case(
        "hear-from-the-title",
        "It was a pleasure to hear from the port's Head of Berthing.",
        {TITLE},
    ),
    case(
        "rare-for-a-title", "It is rare for a Chief Engineer to give a candidate an hour.", {TITLE}
    ),
    # the reader's own title, another interviewer's, the role, a title the notes mention
    case(
        "the-readers-own-title", "I know that as Harbour Master you answer to every skipper.", set()
    ),
    case("another-interviewers-title", "It was good to meet the Chief Rigger as well.", set()),
    case(
        "the-role-applied-for",
        "I would be proud to serve as the marina's Berth Coordinator.",
        set(),
    ),
    case(
        "a-title-the-notes-mention", "I hope to meet the Events Manager about the festival.", set()
    ),
    # a title the usual title words miss, known by its rank and an agent noun
    case(
        "told-me-as-an-agent-title",
        "What you told me as Head Boatbuilder about the slipway stays with me.",
        {TITLE},
    ),
    case(
        "as-title-for-a-place-you",
        "As Principal Inspector for the port, you must see every berth.",
        {TITLE},
    ),
    case(
        "met-a-lower-case-title",
        "It was good to meet a marina director who walks the pontoons.",
        {TITLE},
    ),
    # the reader's own title in lower case, a third person, the writer's own past post
    case(
        "met-the-readers-title-lower-case",
        "It was good to meet a harbour master who walks the pontoons.",
        set(),
    ),
    case(
        "a-title-from-elsewhere",
        "Last spring I worked with a Chief Surveyor from the insurer on a claim.",
        set(),
    ),
    case(
        "the-writers-old-post",
        "As Head Boatbuilder at my old yard, I learned to plan haul-outs.",
        set(),
    ),
]

DOCKS = {
    **MARINA,
    "interviewers": [
        {"name": "Agnieszka Wróbel", "honorific": "Ms.", "title": "Assistant Harbour Master"},
        {"name": "Tomasz Lis", "honorific": "Mr.", "title": "Chief Rigger"},
    ],
}
#: a short form that drops a lower rank claims a higher post; one that drops a unit does not
RANKS = [
    Case(
        "drops-assistant",
        note("It was good to talk shop with a Harbour Master this morning."),
        {TITLE},
        to="Agnieszka Wróbel",
        notes=DOCKS,
    ),
    Case(
        "the-full-title",
        note("It was good to talk shop with an Assistant Harbour Master this morning."),
        set(),
        to="Agnieszka Wróbel",
        notes=DOCKS,
    ),
]


#: the post above the reader's own is theirs to claim only when the reader holds it, even when
#: another member of the panel does
HARBOUR = {
    **DOCKS,
    "interviewers": [
        *DOCKS["interviewers"],
        {"name": "Marek Nowak", "honorific": "Mr.", "title": "Harbour Master"},
    ],
}
RANKS += [
    Case(
        "drops-assistant-beside-the-post-holder",
        note("It was good to talk shop with a Harbour Master this morning."),
        {TITLE},
        to="Agnieszka Wróbel",
        notes=HARBOUR,
    ),
]
#: a run of the title's words written by their initials is the same title
QUALITY = {
    **MARINA,
    "interviewers": [
        {"name": "Agnieszka Wróbel", "honorific": "Ms.", "title": "Quality Assurance Lead"},
        {"name": "Tomasz Lis", "honorific": "Mr.", "title": "Chief Rigger"},
    ],
}
RANKS += [
    Case(
        "initials-of-the-title",
        note("It is rare to meet a QA lead who walks the pontoons."),
        set(),
        to="Agnieszka Wróbel",
        notes=QUALITY,
    ),
    Case(
        "initials-of-another-title",
        note("It is rare to meet a QA Manager who walks the pontoons."),
        {TITLE},
        to="Agnieszka Wróbel",
        notes=QUALITY,
    ),
]


WHO = "Agnieszka Wróbel"


def addressed(title: str) -> str:
    """A letter whose address block gives the reader's title on the line under the name."""
    return (
        "Subject: Thank you for the Berth Coordinator interview\n\nMs. Agnieszka Wróbel\n"
        f"{title}\nMotława Marina\n\nDear Ms. Wróbel,\n\nThank you for meeting me today. "
        f"{DETAIL}\n\nI remain keen on the role.\n\nKind regards,\nPriya Raman"
    )


RANKS += [
    Case("address-block-title", addressed("Head of Berthing"), {TITLE}, to=WHO, notes=MARINA),
    Case("address-block-own-title", addressed("Harbour Master"), set(), to=WHO, notes=MARINA),
]


@pytest.mark.parametrize("case", CASES + RANKS, ids=lambda c: c.id)
def test_title_written_of_the_reader(case: Case) -> None:
    assert fired(case, "names") & {TITLE} == case.fires
