"""Readings that a tuning round found wrong in messages nobody had tuned on (training/ and
tests/dev34): a clause's own verb or object taken for the subject, "its" before an adverb and
an article, compounds of a verb and its particle, a verb's form after "de", shorthand in a
message written in text-speak, and a contraction read as a near miss of a company's name.
Invented sentences; beside each class of slip, the clean English that must pass.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case  # noqa: E402
from family_harness import fired as family_fired  # noqa: E402
from test_language import fired  # noqa: E402
from test_names_more import PANEL, case  # noqa: E402

GRAMMAR_BAD = [
    "I think its mostly a question of timing the deliveries.",
    "Its really not a problem to send the samples again.",
    "I heard that the two interviews was long.",
    "I hope the job require less travel than my last one.",
]

GRAMMAR_GOOD = [
    # the noun phrase is the object of a participle or a preposition before it
    "The plan only works when the crews running the job believe in it.",
    "Everyone on the project agree that the depot needs a second forklift.",
    # a span or a frequency is one whole
    "Your summary of the gauge checks every four hours was very clear.",
    "Two weeks was enough to settle into the night rota.",
    # a clause inside the noun phrase, opened by a pronoun
    "The care everyone puts into the seedlings is obvious from the first greenhouse.",
    "The effort somebody makes on a slow shift is what I remember.",
    # possessive "its" before its noun
    "The mill and its family of growers have worked together for decades.",
    "The co-op keeps its only a-grade beans for export.",
]

SPELLING_BAD = [
    "I will definitly send the rota by Friday.",
    "We can deside on the start date next week.",
]

SPELLING_GOOD = [
    # a verb and its particle written solid as a noun
    "I led the cutover to the new booking system last spring.",
    "The rollback plan was written before the payout run.",
    # a verb's form after "de", taking a thing away
    "I spent a season on the debarking line at the sawmill.",
]


@pytest.mark.parametrize("text", GRAMMAR_BAD)
def test_grammar_slip_fires(text: str) -> None:
    assert "grammar" in fired(text)


@pytest.mark.parametrize("text", GRAMMAR_GOOD)
def test_grammar_clean_passes(text: str) -> None:
    assert "grammar" not in fired(text)


@pytest.mark.parametrize("text", SPELLING_BAD)
def test_spelling_slip_fires(text: str) -> None:
    assert "spelling" in fired(text)


@pytest.mark.parametrize("text", SPELLING_GOOD)
def test_spelling_clean_passes(text: str) -> None:
    assert "spelling" not in fired(text)


def test_shorthand_in_text_speak_is_tone_not_spelling() -> None:
    text = "Hey Sarah, thx for the chat abt the kiln rota, wud be great to connect"
    assert "spelling" not in fired(text)


def test_a_slip_outside_text_speak_is_still_spelling() -> None:
    assert "spelling" in fired("Thank you for the chat. Wich days would suit the panel?")


COMPANY = "company-misspelled"
REEF = {**PANEL, "company": {"name": "Reef Dive Centre"}}
NAMES = [
    case(
        "contraction-is-not-the-company",
        "Dear Sarah,",
        set(),
        body="It is the best interview I've had, and I'd love to join the dive team.",
        notes=REEF,
    ),
    case(
        "company-slip-still-fires",
        "Dear Sarah,",
        {COMPANY},
        body="I would love to join Reef Dvie Centre and the boat crew.",
        notes=REEF,
    ),
]


#: a name of two surnames, addressed by the first ("Dr. Quispe" for Dr. Rosa Quispe Mamani)
QUISPE = {
    **PANEL,
    "interviewers": [*PANEL["interviewers"], {"name": "Rosa Quispe Mamani", "honorific": "Dr."}],  # type: ignore[misc]
}
NAMES += [
    case(
        "wrong-honorific-before-first-surname",
        "Dear Ms. Quispe,",
        {"title-mismatch"},
        to="Rosa Quispe Mamani",
        notes=QUISPE,
    ),
    case(
        "right-honorific-before-first-surname",
        "Dear Dr. Quispe,",
        set(),
        to="Rosa Quispe Mamani",
        notes=QUISPE,
    ),
]


@pytest.mark.parametrize("case", NAMES, ids=[c.id for c in NAMES])
def test_names_case(case: Case) -> None:
    assert family_fired(case, "names") == case.fires


def test_okay_does_not_make_a_message_text_speak() -> None:
    assert "spelling" in fired("Okay, I will send thier samples on Monday.")
