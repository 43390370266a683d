"""A detail jotted in shorthand ("accts", "wkly", "mtg") and a message that spells the word out:
the written-out word stands for the shorthand, and counts no more than it would have counted
had the notes spelt it in full. Wordings of our own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case, fired  # noqa: E402

from coach.checks.detail_abbrev import by_letter, shorthand, spelt_out  # noqa: E402
from coach.checks.names_spelling import english_words  # noqa: E402

NOTES = {
    "details": [
        "supplier accts reconciled by hand each qtr",
        "mtg with the board on the freight contract",
    ]
}


def message(sentence: str, kind: str = "thank_you") -> set[str]:
    text = f"Subject: Thank you\n\nDear Sarah,\n\nThank you for today. {sentence}\n\nBest,\nPriya"
    send_at = "2026-11-30T10:00:00-05:00" if kind == "check_in" else "2026-11-20T19:30:00-05:00"
    case = Case("m", text, set(), kind=kind, send_at=send_at, notes=NOTES)
    return fired(case, "detail")


def test_shorthand_is_found_in_the_notes() -> None:
    words = shorthand("supplier accts reconciled by hand each qtr", english_words())
    assert "accts" in words and "qtr" in words
    assert "supplier" not in words and "hand" not in words


@pytest.mark.parametrize(
    ("short", "word", "found"),
    [
        ("accts", "accounts", True),
        ("qtr", "quarter", True),
        ("accts", "contracts", False),  # another first letter
        ("accts", "acts", False),  # no longer than the shorthand
    ],
)
def test_a_word_spells_shorthand_out(short: str, word: str, found: bool) -> None:
    letters = by_letter([word], english_words())
    spelt = spelt_out(f"the {short} of the year", letters, english_words(), "synonyms")
    assert bool(spelt) is found


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed hearing how the supplier accounts are kept.",
        "Closing the supplier books at the end of every quarter is work I know well.",
    ],
)
def test_a_spelt_out_word_names_the_detail(sentence: str) -> None:
    assert "detail-missing" not in message(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # "meeting" spells out "mtg", but any follow-up says it: no detail in a check-in
        "It was a pleasure meeting you, and I remain keen on the role.",
        "I enjoyed our conversation about the team's accounts of the role.",
    ],
)
def test_a_common_word_spelt_out_is_still_no_detail(sentence: str) -> None:
    kind = "check_in" if "meeting" in sentence else "thank_you"
    assert "detail-missing" in message(sentence, kind)
