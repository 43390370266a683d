"""Tone false alarms on clean messages: plain praise the hostile classifier reads as sarcasm
(coach.checks.praise), and "ASAP" told of someone else's need. Wordings are our own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case  # noqa: E402
from family_harness import fired as family_fired  # noqa: E402

from coach.checks.praise import plain_praise  # noqa: E402


@pytest.mark.parametrize(
    "sentence",
    [
        "I was glad your ops lead raised the weekly handover between shifts.",
        "Both show a crew that takes its safety seriously.",
        "You've built a strong team and it shows in how they talk about the work.",
        "I really appreciated the tour of the cold rooms.",
    ],
)
def test_plain_praise(sentence: str) -> None:
    assert plain_praise(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # praise that turns is the classifier's to judge
        "I was glad to hear it, though I doubt the process will ever end.",
        "It was great to wait three weeks for a reply.",
        "You've built a great team, but good luck keeping it.",
        # an opening that is no praise of the writer's
        "Congratulations on running the slowest hiring process in the county.",
        "Enjoy explaining to your board why the launch stalled.",
    ],
)
def test_not_plain_praise(sentence: str) -> None:
    assert not plain_praise(sentence)


def _tone(sentence: str) -> set[str]:
    text = (
        f"Subject: Thanks\n\nDear Sarah,\n\nThank you for meeting me. {sentence}\n\n"
        "I remain keen on the role.\n\nBest,\nPriya Raman"
    )
    return family_fired(Case("m", text, set()), "tone")


def test_asap_of_someone_elses_need_is_no_demand() -> None:
    assert "tone-demanding" not in _tone(
        "I understood that when a freezer fails, the client needs a repair quote ASAP."
    )
    assert "tone-demanding" in _tone("Please send me your decision ASAP.")


def test_plain_praise_is_not_hostile() -> None:
    assert "tone-hostile" not in _tone("Both show a team that takes its numbers seriously.")
