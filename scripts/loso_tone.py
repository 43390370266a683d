"""Leave-one-set-out figures for the classifier learnt from messages (scripts/derive_sentences.py).

For each released message set, the labels of WEAK_LABELS are refitted on the sentences and on
the derived readings of the other sets' messages (a reading that stands in any message of the
left-out set is left out too), and the whole checker scores the left-out set with that model:
the honest estimate of how the model does on messages it never saw. Each fold is scored at
several thresholds (the shipped thresholds shifted by DELTAS) so that a threshold can be chosen
on these figures, never on in-sample ones.

    python scripts/loso_tone.py --out /tmp/loso.json [--sets tests/dev5 ...] [--weight 1.0]
    python scripts/loso_tone.py --out /tmp/loso.json --sets tests/dev5,tests/dev6 ...  # grouped
    python scripts/loso_tone.py --out /tmp/loso.json --summary   # pooled tp/fp/fn per rule

Writes {set: {delta: {rule: [tp, fp, fn]}}}. The vocabulary (which word pairs are features)
is counted over every text, the left-out set's too: it uses no label.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_classifier as tc  # noqa: E402
from derive_sentences import released_sets  # noqa: E402
from weak_labels import WEAK_LABELS, _eval_module  # noqa: E402

from coach import semantic  # noqa: E402
from coach.semantic.classifier import Classifier  # noqa: E402

DELTAS = (-0.1, -0.05, 0.0, 0.05, 0.1)
RULES = (*WEAK_LABELS, "tone-unprofessional", "rejection-argues")


def summary(out: dict[str, Any], delta: str = "0.0") -> dict[str, list[int]]:
    """tp/fp/fn per rule of RULES summed over the folds at one threshold shift."""
    pooled = {rule: [0, 0, 0] for rule in RULES}
    for by_delta in out.values():
        for rule, counts in by_delta.get(delta, {}).items():
            if rule in pooled:
                pooled[rule] = [a + b for a, b in zip(pooled[rule], counts, strict=True)]
    return pooled


def scored(
    spec: dict[str, Any], name: str, misses: list[list[str]] | None = None
) -> dict[str, list[int]]:
    """The left-out set checked with the model `spec`: [tp, fp, fn] per rule (and its misses,
    [path, rule, FP or FN, excerpt], appended to `misses` when given)."""
    ev = _eval_module()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "classifier.json"
        path.write_text(json.dumps(spec, sort_keys=True), encoding="utf-8")
        model = Classifier(path, semantic.embedding())
    original = semantic.classifier
    semantic.classifier = lambda: model  # type: ignore[assignment]
    try:
        e = ev.evaluate(ROOT / name)
    finally:
        semantic.classifier = original
    if misses is not None:
        misses.extend([m.path, m.rule, m.kind, m.excerpt] for m in e.misses)
    return {r: [s.tp, s.fp, s.fn] for r, s in e.rules.items() if s.tp or s.fp or s.fn}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sets", nargs="*", help="default: every released set (derive_sentences)")
    ap.add_argument("--derived", type=Path, default=tc.DERIVED)
    ap.add_argument("--weight", type=float, default=tc.WEAK_WEIGHT)
    ap.add_argument("--c", type=float, default=tc.C)
    ap.add_argument("--summary", action="store_true", help="print the pooled figures of --out")
    ap.add_argument("--prepared", type=Path, help="pickle of the prepared data, made if absent")
    ap.add_argument("--deltas", type=float, nargs="*", default=list(DELTAS))
    ap.add_argument("--thresholds", type=Path, help="JSON of fixed WEAK_LABELS thresholds")
    ap.add_argument("--in-sample", action="store_true", help="train on every set, the left-out too")
    ap.add_argument("--misses", type=Path, help="JSON of each fold's misses at the first delta")
    ap.add_argument(
        "--models",
        type=Path,
        help="a folder keeping each fold's fitted labels (reused when present), so a change to "
        "the checker alone is scored again without refitting",
    )
    args = ap.parse_args(argv)
    if args.summary:
        out = json.loads(args.out.read_text())
        deltas = sorted({d for by_delta in out.values() for d in by_delta}, key=float)
        print(f"{len(out)} folds")
        for delta in deltas:
            print(f"shift {delta}:")
            for rule, (tp, fp, fn) in summary(out, delta).items():
                print(f"  {rule:26} {tp:4d} {fp:4d} {fn:4d}")
        return 0
    sets = args.sets or released_sets()
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        if args.prepared and args.prepared.exists():
            data, base, thresholds = pickle.loads(args.prepared.read_bytes())
        else:
            data = tc.prepare(args.derived)
            base = tc.sentence_models(data)
            thresholds = tc.sentence_thresholds(data, verbose=False)
            if args.prepared:
                args.prepared.write_bytes(pickle.dumps((data, base, thresholds)))
        thresholds = {**thresholds, **tc.CHOSEN}
        tc.WEAK_WEIGHT = args.weight
        tc.C = args.c
        fixed = json.loads(args.thresholds.read_text()) if args.thresholds else None
        out: dict[str, Any] = json.loads(args.out.read_text()) if args.out.exists() else {}
        missed: dict[str, Any] = (
            json.loads(args.misses.read_text()) if args.misses and args.misses.exists() else {}
        )
        learnt = sorted({s for item in data.derived for s in item.sets})
        for fold in sets:
            group = fold.split(",")  # "a,b": one fold leaving out several sets at once
            leave_out = frozenset() if args.in_sample else frozenset(group)
            kept = args.models / (fold.replace("/", "+") + ".pkl") if args.models else None
            if kept is not None and kept.exists():
                models = pickle.loads(kept.read_bytes())
            else:
                models = tc.fit_all(data, base, leave_out)
                if kept is not None:
                    kept.parent.mkdir(parents=True, exist_ok=True)
                    kept.write_bytes(pickle.dumps(models))
            for i, delta in enumerate([0.0] if fixed else args.deltas):
                chosen = dict(thresholds)
                for label in WEAK_LABELS:
                    chosen[label] = fixed[label] if fixed else round(thresholds[label] + delta, 3)
                spec = tc.spec_of(models, data, chosen, [s for s in learnt if s not in leave_out])
                for name in group:
                    here: list[list[str]] | None = [] if args.misses and i == 0 else None
                    out.setdefault(name, {})[str(delta)] = scored(spec, name, here)
                    if here is not None:
                        missed[name] = here
            args.out.write_text(json.dumps(out, indent=0))
            if args.misses:
                args.misses.write_text(json.dumps(missed, indent=0))
            print(fold, "done", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
