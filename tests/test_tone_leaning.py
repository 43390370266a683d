"""Two ways a fault the classifier reads was withdrawn though it still leaned to the fault:
a good label passing its bar beside a fault read more surely than it, and the reading without
the interview's topic words, whose cut can break the sentence. Cases written for this test,
at an orchard and a boatyard."""

from __future__ import annotations

from typing import Any

from coach.checks.reread import still_reads
from coach.models import Notes
from coach.semantic.classifier import Classifier, Scores

LABELS = ["tone-hostile", "gratitude", "future"]
THRESHOLDS = {"tone-hostile": 0.6, "gratitude": 0.625, "future": 0.625}


def _logit(p: float) -> float:
    import math

    return math.log(p / (1.0 - p))


def _classifier(probs: dict[str, float]) -> Classifier:
    """A head whose logits are fixed: score() is what is tested, not the weights."""
    model = object.__new__(Classifier)
    model.labels = LABELS
    model.thresholds = THRESHOLDS
    model._memo = {}
    logits = [_logit(probs[label]) for label in LABELS]
    model.logits = lambda sentence: list(logits)  # type: ignore[method-assign]
    return model


def test_a_fault_read_more_surely_than_the_good_label_beside_it_stays():
    labels = _classifier({"tone-hostile": 0.85, "gratitude": 0.1, "future": 0.66}).score("x")
    assert labels.labels == {"tone-hostile", "future"}


def test_a_good_label_read_more_surely_still_outweighs_an_unsure_fault():
    labels = _classifier({"tone-hostile": 0.8, "gratitude": 0.97, "future": 0.1}).score("x")
    assert labels.labels == {"gratitude"}
    sure = _classifier({"tone-hostile": 0.95, "gratitude": 0.97, "future": 0.1}).score("x")
    assert sure.labels == {"gratitude", "tone-hostile"}


class _Fixed:
    """A model that reads the topic-free text at a fixed probability for the label."""

    def __init__(self, masked: float):
        self.masked = masked

    def score(self, text: str) -> Scores:
        p = 0.95 if "orchard sprayers" in text else self.masked
        return Scores({"tone-hostile": p}, frozenset({"tone-hostile"} if p >= 0.6 else ()))


NOTES = Notes.model_validate(
    {
        "candidate": {"name": "Ines Varga"},
        "company": {"name": "Kettlewood Orchards"},
        "role": "Spray Technician",
        "interview": {"start": "2026-04-02T10:00:00+00:00", "end": "2026-04-02T11:00:00+00:00"},
        "interviewers": [{"name": "Tom Reyes", "title": "Farm Manager"}],
        "details": ["servicing the orchard sprayers before blossom"],
    }
)
JIBE = "Whoever last touched the orchard sprayers should be kept away from spanners."


def _reads(masked: float, floor: float | None) -> bool:
    model: Any = _Fixed(masked)
    return still_reads(model, "tone-hostile", [], 0, JIBE, NOTES, floor)


def test_without_a_floor_the_topic_free_reading_must_pass_the_threshold():
    assert not _reads(0.55, None)
    assert _reads(0.65, None)


def test_with_a_floor_a_topic_free_reading_that_still_leans_keeps_the_fault():
    assert _reads(0.55, 0.5)
    assert not _reads(0.2, 0.5)
