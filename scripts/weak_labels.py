"""Whole messages as weakly labelled training data for the sentence classifier.

The labelled message sets (tests/corpus and the dev rounds) say which rules a message must fire,
not which sentence carries the fault. Read as multiple-instance learning, a message is a bag of
readings (each body sentence as the checker reads it alone, its clauses and its point without a
polite frame):

- a message not labelled with a tone rule holds no sentence with that fault: every reading is a
  negative for the rule (the sincere praise, the calm deadline, the warm enthusiasm that the
  isolated sentences in training/sentences/ taught the model to fear);
- a message labelled with it holds at least one: its reading that a model trained on the
  sentences alone scores highest is the positive; the other readings of the message say nothing
  about that rule and are left out.

One round of this (positives chosen by the sentence-only model, never by the model being
trained) keeps `make train` a pure function of the repository's files.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: the tuning message sets, and the tone messages written apart for training (training/tone/);
#: the gated sets (tests/heldout*, dev21, dev22, dev29 and later) are never read here
SETS = (
    "tests/corpus",
    *(f"tests/dev{n}" for n in range(5, 21)),
    *(f"tests/dev{n}" for n in (23, 24, 25, 26, 27, 28)),
    "training/tone/trainD",
    "training/tone/trainE",
)
#: the rules learnt from messages as well as from sentences
WEAK_LABELS = (
    "tone-demanding",
    "tone-accusatory",
    "tone-desperate",
    "tone-overeager",
    "tone-hostile",
    "tone-passive-aggressive",
)
#: the rules training/derived/tone.jsonl gives sentence labels for (scripts/derive_sentences.py)
DERIVED_LABELS = (*WEAK_LABELS, "tone-unprofessional", "rejection-argues")


@dataclass(frozen=True)
class Bag:
    """One message: its set, its path, the rules it must fire and the texts the checker reads."""

    set: str
    path: str
    fires: frozenset[str]
    readings: tuple[str, ...]


def _eval_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("coach_eval", ROOT / "scripts" / "eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("coach_eval", module)
    spec.loader.exec_module(module)
    return module


def readings_of(text: str) -> list[str]:
    """What the checker may score in a message body: each sentence as written alone, its
    clauses (coach.checks.clauses) and its point without a polite frame (coach.checks.frames)."""
    from coach import semantic
    from coach.checks.classified import _as_written_alone
    from coach.checks.clauses import clauses
    from coach.checks.frames import unframed
    from coach.text import Doc

    doc = Doc(text)
    out: list[str] = []
    for s in semantic.sentences(doc):
        whole = _as_written_alone(doc, s.start, s.text)
        out.append(whole)
        point = unframed(whole)
        if point is not None:
            out.append(point)
        out.extend(clauses(whole))
    seen: set[str] = set()
    return [t for t in out if t.strip() and not (t in seen or seen.add(t))]  # type: ignore[func-returns-value]


def bags(sets: tuple[str, ...] = SETS) -> list[Bag]:
    """Every message of the sets, read as the evaluation reads it (scripts/eval.py)."""
    ev = _eval_module()
    out = []
    for name in sets:
        cases = ev.load_cases(ROOT / name)
        for case, message in zip(cases, ev.read_cases(cases), strict=True):
            if message is None:
                continue
            out.append(
                Bag(
                    name,
                    str(case.path.relative_to(ROOT)),
                    case.fires,
                    tuple(readings_of(message.text)),
                )
            )
    return out
