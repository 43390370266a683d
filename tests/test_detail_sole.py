"""One word of one detail, said of the reader's side, names that detail in a thank-you
(coach.checks.detail_sole); a word that two details share, or one the candidate says of
themselves before the reader comes in, does not. Wordings of our own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import detail_in_thanks  # noqa: E402

ROPEWORKS = {
    "role": "Rigging Technician",
    "company": {"name": "Tollan Ropeworks"},
    "details": [
        "Sarah - mooring lines spliced by hand, 40 a week before the regatta",
        "Sarah - the slipway winch seizes up in frost; greased every Monday",
        "Sarah - no overtime in winter, the yard closes at four",
    ],
}

TWO_WINCHES = {
    "role": "Rigging Technician",
    "company": {"name": "Tollan Ropeworks"},
    "details": [
        "Sarah - the slipway winch seizes up in frost",
        "Sarah - a second winch for the crane barge next year",
    ],
}


@pytest.mark.parametrize(
    "sentence",
    [
        "Your story about the winch stayed with me on the drive home.",
        "I keep thinking about what you said about splicing.",
        "Your promise that nobody does overtime in the dark months meant a lot.",
    ],
)
def test_one_word_of_one_detail_said_of_the_reader_counts(sentence: str) -> None:
    assert "detail-missing" not in detail_in_thanks(sentence, ROPEWORKS)


def test_a_word_two_details_share_points_at_neither() -> None:
    sentence = "Your story about the winch stayed with me on the drive home."
    assert "detail-missing" in detail_in_thanks(sentence, TWO_WINCHES)


def _sole(sentence: str, details: list[str]) -> list[int]:
    from coach.checks.detail import _detail_concepts
    from coach.checks.detail_sole import sole_references
    from coach.checks.detail_words import DEFAULT
    from coach.text import Doc

    doc = Doc(f"Dear Sarah,\n\n{sentence}\n\nPriya")
    wanted = [_detail_concepts(d, frozenset(), DEFAULT) for d in details]
    return sole_references(
        doc.masked, doc.body_start, doc.body_tokens, wanted, frozenset(), DEFAULT, 10
    )


def test_the_word_must_come_after_the_reader_or_the_conversation() -> None:
    details = ROPEWORKS["details"]
    assert _sole("Your story about the winch stayed with me.", details)
    assert _sole("I keep thinking about what you said about the winch.", details)
    assert not _sole(
        "Winches have fascinated me since I was small; I hope to join your crew.", details
    )
    assert not _sole("The winch is an old friend of mine.", details)
    # "thank you" opens most sentences of a thank-you: it is no turn to the reader's side
    assert not _sole("Thank you for showing me the winch.", details)


def test_a_word_common_in_follow_up_prose_is_no_reference() -> None:
    details = ["Sarah - the farm shop opens on Saturdays"]
    assert not _sole("I enjoyed hearing about everything you do at the farm.", details)
