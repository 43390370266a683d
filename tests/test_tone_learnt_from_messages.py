"""The tone labels learn from whole messages too (training/README.md, scripts/weak_labels.py):
how a message's labels become sentence labels, and the readings the retrained model gives.
Sentences written for this test, at a bakery, a clinic and a shipyard."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest
from test_reread import tone_findings

ROOT = Path(__file__).resolve().parent.parent


def _train_module():  # type: ignore[no-untyped-def]
    pytest.importorskip("sklearn")
    spec = importlib.util.spec_from_file_location(
        "train_classifier", ROOT / "scripts" / "train_classifier.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_classifier", module)
    spec.loader.exec_module(module)
    return module


def test_a_message_without_the_rule_gives_negatives_and_one_with_it_a_single_positive():
    tc = _train_module()
    from weak_labels import Bag

    texts = ["Thanks for the tour.", "Reply by Friday or else.", "I loved the ovens.", "Hi."]
    at = {t: i for i, t in enumerate(texts)}
    first = np.zeros((len(texts), len(tc.LABELS)))
    first[1, tc.LABELS.index("tone-demanding")] = 0.9  # the sentence-only model's pick
    first[2, tc.LABELS.index("tone-demanding")] = 0.4
    bags = [
        Bag("a", "a/1.md", frozenset({"tone-demanding"}), tuple(texts[:3])),
        Bag("a", "a/2.md", frozenset(), (texts[0], texts[3])),
        # the same thanks in a third message counts once
        Bag("b", "b/1.md", frozenset(), (texts[0],)),
    ]
    rows, ys = tc.weak_rows(bags, at, first)["tone-demanding"]
    # the labelled message adds only its top reading; its other readings say nothing
    assert dict(zip(rows.tolist(), ys.tolist(), strict=True)) == {0: 0, 1: 1, 3: 0}
    # a rule no message is labelled with has every reading as a negative
    rows, ys = tc.weak_rows(bags, at, first)["tone-hostile"]
    assert rows.tolist() == [0, 1, 2, 3] and not ys.any()


def test_a_message_whose_best_reading_is_under_the_floor_gives_no_positive(monkeypatch):
    tc = _train_module()
    from weak_labels import Bag

    texts = ["I loved the ovens!", "Thanks for the tour!", "Hope the launch goes well!"]
    at = {t: i for i, t in enumerate(texts)}
    first = np.zeros((len(texts), len(tc.LABELS)))
    first[0, tc.LABELS.index("tone-overeager")] = 0.05  # labelled for its run of "!" only
    bags = [
        Bag("a", "a/1.md", frozenset({"tone-overeager"}), tuple(texts[:2])),
        Bag("a", "a/2.md", frozenset(), (texts[2],)),
    ]
    monkeypatch.setattr(tc, "PICK_FLOOR", 0.1)
    rows, ys = tc.weak_rows(bags, at, first)["tone-overeager"]
    assert dict(zip(rows.tolist(), ys.tolist(), strict=True)) == {2: 0}
    monkeypatch.setattr(tc, "PICK_FLOOR", 0.0)
    rows, ys = tc.weak_rows(bags, at, first)["tone-overeager"]
    assert dict(zip(rows.tolist(), ys.tolist(), strict=True)) == {0: 1, 2: 0}


@pytest.mark.parametrize(
    "body",
    [
        "Understood. Enjoy explaining to your director why the refit slipped again.",
        "Thank you for the update. Do let me know when you hire someone who can read a drawing.",
    ],
)
def test_a_parting_jibe_is_hostile(body):
    assert "tone-hostile" in {rule for rule, _ in tone_findings(body)}


@pytest.mark.parametrize(
    "body",
    [
        "No worries at all; I'm sure my emails simply got lost among more important ones.",
    ],
)
def test_reproach_in_polite_words_is_passive_aggressive(body):
    assert "tone-passive-aggressive" in {rule for rule, _ in tone_findings(body)}


@pytest.mark.parametrize(
    "body",
    [
        "I left our talk genuinely excited about the work your team is doing at the clinic.",
        "I'm really looking forward to hearing how the bakery's new line develops, whatever the "
        "outcome.",
        "It was a joy to talk about the restoration plans, and I would love to be part of them.",
        "Your description of the apprentice scheme made me even keener on the role.",
        "I'm so excited about the role and would love to join your team.",
    ],
)
def test_warm_enthusiasm_is_not_overeager(body):
    assert not {rule for rule, _ in tone_findings(body)}
