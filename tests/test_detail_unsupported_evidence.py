"""The evidence a learned decision of detail-unsupported would weigh
(scripts/detail_unsupported_evidence.py), sentence by sentence, for a bakery's notes of our own:
what the sentence recalls, its rare words the notes lack, a number the notes do not give."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
_spec = importlib.util.spec_from_file_location(
    "detail_unsupported_evidence", ROOT / "scripts" / "detail_unsupported_evidence.py"
)
assert _spec is not None and _spec.loader is not None
evidence = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(evidence)

from coach.checks.detail_words import DEFAULT  # noqa: E402
from coach.models import Notes  # noqa: E402
from coach.text import Doc  # noqa: E402

NOTES = Notes.model_validate(
    {
        "candidate": {"name": "Odile Brannagh"},
        "company": {"name": "Quillfeather Bakehouse", "aliases": []},
        "role": "Night Baker",
        "interview": {"start": "2026-03-02T09:00:00+00:00", "end": "2026-03-02T10:00:00+00:00"},
        "interviewers": [{"name": "Mirek Solvay", "title": "Head Baker", "aliases": []}],
        "details": [
            "Mirek - the rye sourdough is proofed for 14 hours in the walk-in",
            "Mirek - ovens start at 3 am so the vans leave by six",
        ],
    }
)


def features(sentence: str) -> dict[str, float]:
    text = f"Dear Mirek,\n\n{sentence}\n\nBest wishes,\nOdile Brannagh"
    rows = evidence.sentence_features(Doc(text), NOTES, [], DEFAULT)
    assert len(rows) == 1, rows
    return dict(zip(evidence.FEATURES, rows[0][2], strict=True))


def test_an_invented_topic_is_recalled_in_rare_words_the_notes_lack() -> None:
    found = features(
        "I enjoyed hearing about the gluten-free croissant line for the airport kiosk."
    )
    assert found["recall"] == 1.0
    assert found["told_new"] >= 2
    assert found["rule"] == 0.0  # no span of the hand rules was given


def test_a_paraphrase_adds_no_rare_word() -> None:
    found = features("I enjoyed hearing how long the rye sourdough proofs in the walk-in.")
    assert found["recall"] == 1.0
    assert found["told_new"] == 0.0
    assert found["told_covered"] > 0.5


def test_a_number_the_notes_do_not_give_is_seen_beside_a_detail() -> None:
    wrong = features("It was useful to learn that the rye sourdough is proofed for 9 hours.")
    right = features("It was useful to learn that the rye sourdough is proofed for 14 hours.")
    assert wrong["told_number"] == 1.0
    assert right["told_number"] == 0.0


def test_own_words_after_the_recalled_clause_are_not_what_was_recalled() -> None:
    found = features(
        "I was glad to hear that the ovens start at 3 am, and I have run a tandoor at festivals."
    )
    assert found["told_new"] == 0.0
    assert found["new_rare"] >= 1


def test_numbers_read_words_and_digits_alike() -> None:
    assert evidence.numbers("six vans, 2,000 loaves and a dozen rolls") == {"6", "2000", "12"}
