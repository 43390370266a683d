"""Tone classes said in words the first phrase lists missed: a threat to tell the trade how the
employer treats applicants, pity for the employer's people as a verdict on its hiring, luck
wished to the eventual hire as a burden, a complaint in a clause of its own, and sincere praise
of the reader's people, which is no hostility. Wordings of our own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case, fired  # noqa: E402


def tone(sentence: str, kind: str = "check_in") -> set[str]:
    text = (
        "Subject: Data Analyst role\n\nDear Sarah,\n\nThank you again for the interview. I remain "
        f"interested in the Data Analyst role. {sentence}\n\nBest,\nPriya Raman"
    )
    return fired(Case("m", text, set(), kind=kind, send_at="2026-11-30T10:00:00-05:00"), "tone")


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd hate for other analysts to hear how Acme Analytics treats its candidates.",
        "It would be a pity if the wider industry learned how this firm handles applicants.",
        "Word gets around fast in our field about how candidates are treated.",
        "If this is how Acme runs its hiring, I feel sorry for the analysts who work there.",
        "If that is how you treat applicants, I pity your customers.",
        "Good luck to whoever gets the job, honestly.",
    ],
)
def test_threats_and_pity_are_hostile(sentence: str) -> None:
    assert "tone-hostile" in tone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I have now been kept waiting for a fortnight, which I did not expect.",
        "The decision date has been and gone, without anyone having the courtesy to write.",
        "Friday came and went without the phone call I was promised.",
    ],
)
def test_a_complaint_in_a_clause_of_its_own_is_accusatory(sentence: str) -> None:
    assert "tone-accusatory" in tone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed meeting your analysts and the people who keep the weekly review running.",
        "I really appreciated learning about the team and all the care it takes over its data.",
        "I would be glad to hear how the team handles its quarterly planning.",
    ],
)
def test_sincere_praise_of_the_readers_people_is_no_hostility(sentence: str) -> None:
    assert not tone(sentence, "thank_you") & {"tone-hostile", "tone-accusatory"}
