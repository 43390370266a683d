"""Tone faults in registers the phrase lists missed before round 14: the next hire measured
against the writer, how the process went held over the reader, slowness mocked by comparison, a
promised contact that "never came", the reader asked to account for the silence, a dated "as per
my email", a compound "thank-you note got buried", and "things are busy, but". Beside each, the
sincere wording that shares its words. Wordings of our own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case, fired  # noqa: E402


def tone(sentence: str) -> set[str]:
    text = (
        "Subject: Data Analyst role\n\nDear Sarah,\n\nThank you again for the interview. I remain "
        f"interested in the Data Analyst role. {sentence}\n\nBest,\nPriya Raman"
    )
    return fired(
        Case("m", text, set(), kind="check_in", send_at="2026-11-30T10:00:00-05:00"), "tone"
    )


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("Good luck finding an analyst who writes SQL half as cleanly as I do.", "tone-hostile"),
        ("I wouldn't want the other bakers to hear how this hiring process went.", "tone-hostile"),
        ("Clearly invoices aren't the only thing that takes a month around here.", "tone-hostile"),
        (
            "You said you would phone on Friday. Sadly your callback never materialised.",
            "tone-accusatory",
        ),
        ("Please tell me why nobody has replied to my two notes.", "tone-accusatory"),
        (
            "As per my message from last Tuesday, I would still like an update.",
            "tone-passive-aggressive",
        ),
        (
            "In case my follow-up email got lost over the long weekend, here it is again.",
            "tone-passive-aggressive",
        ),
        (
            "I know things are hectic with the audit under way, but I need to plan.",
            "tone-passive-aggressive",
        ),
    ],
)
def test_a_fault_in_a_new_register_is_reported(sentence: str, rule: str) -> None:
    assert rule in tone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Good luck with the search; I hope you find someone great.",
        "I would love to hear how the new onboarding process has gone for the team.",
        "The report is not the only thing I enjoyed working on at the interview task.",
        "The call you mentioned never needs to happen if email is easier for you.",
        "Could you tell me why the role moved to the Leeds office? I am curious.",
        "As per your suggestion, I have attached my portfolio.",
        "I know things are hectic with the audit under way, so thank you for your time.",
    ],
)
def test_the_sincere_wording_beside_it_is_not(sentence: str) -> None:
    assert not tone(sentence)
