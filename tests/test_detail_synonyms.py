"""A detail named by a WordNet synonym (coach.checks.detail_synonyms): "upkeep" for
"maintenance", "invoices" for "bills". The synonym counts as the detail's word, for coverage
and against detail-unsupported, when it is rare in follow-up prose; vague praise and a loose or
common synonym still leave the message without a detail. Wordings of our own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case, fired  # noqa: E402

from coach.checks.detail_synonyms import detail_synonyms, word_synonyms  # noqa: E402
from coach.checks.detail_words import base  # noqa: E402

NOTES = {
    "role": "Depot Coordinator",
    "details": [
        "weekly maintenance of the loading cranes",
        "chasing unpaid bills from the haulage contractors",
        "swearing in new volunteers at the depot",
    ],
}


def message(sentence: str, kind: str = "thank_you") -> set[str]:
    text = f"Subject: Thank you\n\nDear Sarah,\n\nThank you for today. {sentence}\n\nBest,\nPriya"
    send_at = "2026-11-30T10:00:00-05:00" if kind == "check_in" else "2026-11-20T19:30:00-05:00"
    case = Case("m", text, set(), kind=kind, send_at=send_at, notes=NOTES)
    return fired(case, "detail")


def test_a_synonym_stands_for_the_details_word() -> None:
    table = detail_synonyms("weekly maintenance of the loading cranes", frozenset(), "synonyms")
    assert table[base("upkeep")] == base("maintenance")
    assert base("maintenance") not in word_synonyms("maintenance", "synonyms")  # not itself


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a brief message names a detail by one rare synonym of its word
        ("I hope the upkeep plan is going well.", "check_in"),
        ("Thank you again for our chat about administering oaths to recruits.", "linkedin_note"),
    ],
)
def test_a_detail_in_synonyms_is_covered(sentence: str, kind: str) -> None:
    assert message(sentence, kind) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "I really enjoyed our great conversation and everything we discussed.",
        "It was a pleasure to hear about the depot and the way the team works together.",
        # one synonym of a detail's word is not yet the detail: a thank-you needs two concepts
        "I have always liked a job with plenty of upkeep to plan.",
    ],
)
def test_vague_praise_is_still_no_detail(sentence: str) -> None:
    assert "detail-missing" in message(sentence)


def test_a_common_synonym_does_not_count_alone() -> None:
    # "testing" is a synonym of "trial" but in many follow-up sentences about anything else
    notes = dict(NOTES, details=["a trial of the new booking app"])
    text = "Subject: Checking in\n\nDear Sarah,\n\nI hope testing went well this week.\n\nPriya"
    case = Case("m", text, set(), kind="check_in", send_at="2026-11-30T10:00:00-05:00", notes=notes)
    assert "detail-missing" in fired(case, "detail")


def test_a_claimed_topic_in_synonyms_is_no_invented_topic() -> None:
    # "oaths" for "swearing in": the topic is real, though a thank-you wants more of it
    found = message("I enjoyed our conversation about administering oaths to recruits.")
    assert "detail-unsupported" not in found


def test_an_invented_topic_is_still_reported() -> None:
    found = message("I enjoyed our conversation about the rooftop solar panels and heat pumps.")
    assert "detail-unsupported" in found
