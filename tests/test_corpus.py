"""The labelled corpus (tests/corpus) scores at least F1 0.95 in each family that matters.

The scoring is `scripts/eval.py`'s own, so `make eval` and CI agree; run `make eval` (or
`python scripts/eval.py --verbose`) to see which messages a regression broke.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("coach_eval", ROOT / "scripts" / "eval.py")
assert _spec is not None and _spec.loader is not None
evaluation = importlib.util.module_from_spec(_spec)
sys.modules["coach_eval"] = evaluation  # dataclasses look their module up by name
_spec.loader.exec_module(evaluation)


@pytest.fixture(scope="module")
def scored():
    return evaluation.evaluate()


def test_corpus_is_large_and_covers_every_kind(scored):
    assert scored.messages >= 150
    kinds = {
        "thank_you",
        "check_in",
        "final_follow_up",
        "materials",
        "rejection_reply",
        "linkedin_note",
        "handwritten_note",
    }
    assert kinds <= set(scored.kinds)


def test_every_message_has_labels():
    cases = evaluation.load_cases()
    assert all(isinstance(c.fires, frozenset) for c in cases)


@pytest.mark.parametrize("family", evaluation.GATED)
def test_family_f1(scored, family):
    score = scored.families.get(family, evaluation.Score())
    misses = [
        f"{m.kind} {m.rule} {m.path}: {m.excerpt!r}"
        for m in scored.misses
        if evaluation.load_rules()[m.rule].family == family
    ]
    assert score.f1 >= evaluation.THRESHOLD, (
        f"{family}: F1 {score.f1:.3f} (P {score.precision:.3f}, R {score.recall:.3f})\n"
        + "\n".join(misses)
    )
