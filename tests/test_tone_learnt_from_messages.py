"""The tone labels learn from whole messages too (training/README.md, scripts/derive_sentences.py):
how a message's labels become sentence labels, and the readings the retrained model gives.
Sentences written for this test, at a bakery, a clinic and a shipyard."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import SimpleNamespace

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


def test_derived_readings_give_positives_negatives_and_leave_a_fold_out():
    tc = _train_module()
    d = tc.Derived
    items = [
        d("Reply by Friday or else.", frozenset({"tone-demanding"}), frozenset(), frozenset("a")),
        d("Thanks for the tour.", frozenset(), frozenset({"tone-demanding"}), frozenset("ab")),
        d("I loved the ovens.", frozenset(), frozenset({"tone-hostile"}), frozenset("b")),
    ]
    at = {item.text: i for i, item in enumerate(items)}
    rows, ys = tc.weak_rows(items, at)["tone-demanding"]
    assert dict(zip(rows.tolist(), ys.tolist(), strict=True)) == {0: 1, 1: 0}
    # a reading that stands in any message of the left-out set is left out with it
    rows, ys = tc.weak_rows(items, at, frozenset({"a"}))["tone-hostile"]
    assert dict(zip(rows.tolist(), ys.tolist(), strict=True)) == {2: 0}
    assert tc.set_of("training/tone/trainM/x/m1.md") == "training/tone/trainM"
    assert tc.set_of("tests/dev5/x/m1.md") == "tests/dev5"


def test_a_derived_row_is_negative_for_every_label_but_its_positives_and_its_unsure(tmp_path):
    tc = _train_module()
    path = tmp_path / "tone.jsonl"
    row = {
        "how": {"tone-demanding": "quote"},
        "sources": ["tests/dev5/x/m1.md"],
        "text": "Reply by Friday.",
        "unsure": ["tone-hostile"],
    }
    path.write_text(json.dumps(row) + "\n" + json.dumps({"how": {}, "sources": [], "text": "Hi."}))
    first, second = tc.load_derived(path)
    assert first.pos == {"tone-demanding"}
    assert first.neg == set(tc.DERIVED_LABELS) - {"tone-demanding", "tone-hostile"}
    assert first.sets == {"tests/dev5"}
    assert second.pos == set() and second.neg == set(tc.DERIVED_LABELS)


def test_the_derivation_reads_released_sets_only():
    ds = _derive_module()
    gates = {"tests/dev21", "tests/dev22", *(f"tests/dev{n}" for n in range(40, 60))}
    assert not gates & set(ds.RELEASED)
    assert not any("heldout" in s or s.endswith(("trainN", "trainO")) for s in ds.RELEASED)


class _Scores:
    """A stand-in for the reference classifier: fixed probabilities for one label."""

    def __init__(self, probs: dict[str, float]):
        self.probs = probs

    def score(self, text: str):  # type: ignore[no-untyped-def]
        return SimpleNamespace(probs={"tone-hostile": self.probs.get(text, 0.0)})


def _derive_module():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "scripts"))
    import derive_sentences

    return derive_sentences


def test_the_sentence_a_why_quotes_is_the_positive_whatever_the_model_says():
    ds = _derive_module()
    body = [["Thanks for the tour of the bakery."], ["Your ovens belong in a museum, frankly."]]
    why = "Thank-you with a jibe: 'ovens belong in a museum' (end)."
    model = _Scores({"Thanks for the tour of the bakery.": 0.6})
    assert ds.positive("tone-hostile", body, why, model) == (body[1][0], "quote")


def test_a_placed_fault_is_looked_for_in_that_part_of_the_body_only():
    ds = _derive_module()
    body = [["Sentence one."], ["Sentence two."], ["Sentence three."], ["A jibe at the end."]]
    model = _Scores({"Sentence one.": 0.5, "A jibe at the end.": 0.2})
    assert ds.positive("tone-hostile", body, "A jibe (end).", model) == (body[3][0], "place")
    # unplaced, the likeliest sentence must pass FLOOR; under it the message gives none
    assert ds.positive("tone-hostile", body, "A jibe.", model) == (body[0][0], "model")
    assert ds.positive("tone-hostile", body, "A jibe.", _Scores({})) is None


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
