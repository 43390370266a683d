"""Measure a learned decision of `detail-missing` and `detail-unsupported` leave-one-set-out,
beside the hand rules on the same messages.

Data: every labelled message of the detail tuning sets of this checkout (tests/corpus, each
tests/dev* round, each training/detail/train* set) whose notes list details, described by
scripts/detail_decision_features.py after the hand rules ran on it; its labels say whether each
rule should fire. A set is one fold. Each held-out set is scored by a model fitted on the others:
a logistic regression (standardised features, C=1) or, with `--trees`, 50 gradient-boosted trees
of depth 2; its threshold is the probability that maximises F1 on the training sets' own
out-of-fold scores (5 folds by set). `detail-missing` is fitted and scored on the kinds it
applies to. tp/fp/fn are pooled over the held-out sets: all, the dev rounds with the corpus (the
make-up of the gate sets: mostly clean hard negatives), the train sets, and trainM alone.

The model replaces the hand decision (`replace`, the hand reading being one feature), or only
adds to it where the hand rules are silent and the probability reaches a fixed bar (`or 0.5` ..
`or 0.9`), or only vetoes (`and 0.1` .. `and 0.3`). Figures and the decision not to ship:
training/detail/README.md.

    python scripts/loso_detail_decision.py --cache /tmp/dd.json [--trees] [--drop details] [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "scripts"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from detail_decision_features import FEATURES, RULES  # noqa: E402

UNSEEN = "training/detail/trainM"
SEED = 0
INNER = 5
Tally = tuple[int, int, int]


def sets() -> list[str]:
    """The labelled sets of this checkout: a gate set left out of the clone is not here."""
    found = ["tests/corpus"]
    devs = [p for p in (ROOT / "tests").glob("dev*") if p.is_dir() and p.name[3:].isdigit()]
    found += [str(p.relative_to(ROOT)) for p in sorted(devs, key=lambda p: int(p.name[3:]))]
    trains = sorted((ROOT / "training" / "detail").glob("train*"))
    found += [str(p.relative_to(ROOT)) for p in trains if p.is_dir()]
    return found


def collect(folder: str) -> list[dict[str, Any]]:
    """Each message of a set with details in its notes: labels, hand rules, features."""
    from detail_decision_features import read
    from eval import NOW, load_cases, read_cases

    from coach.checks.base import Context
    from coach.engine import Checker
    from coach.rulebook import load_rules
    from coach.text import Doc

    catalogue = load_rules()
    rules = {r: catalogue[r] for r in RULES}
    checker = Checker(rules=catalogue, select=set(RULES))
    cases = load_cases(ROOT / folder)
    out = []
    for case, message in zip(cases, read_cases(cases), strict=True):
        if message is None or message.notes is None or not message.notes.details:
            continue
        (result,) = checker.check_batch([message], now=NOW)
        notes = message.notes
        ctx = Context(notes, result.kind, message.channel, message.to, message.send_at or NOW)
        applies = {r for r, rule in rules.items() if rule.applies_to.matches(*_where(ctx))}
        row, _ = read(Doc(message.text), ctx, result.findings, rules, applies)
        out.append(
            {
                "set": folder,
                "path": str(case.path.relative_to(ROOT)),
                "labels": [r in case.fires for r in RULES],
                "hand": [
                    any(f.rule == r and f.severity in ("error", "warning") for f in result.findings)
                    for r in RULES
                ],
                "applies": [r in applies for r in RULES],
                "x": row,
            }
        )
    return out


def _where(ctx: Any) -> tuple[Any, Any, Any]:
    return ctx.kind, ctx.channel, ctx.stage


def load_all(cache: Path | None) -> list[dict[str, Any]]:
    if cache is not None and cache.exists():
        return list(json.loads(cache.read_text("utf-8")))
    data = []
    for folder in sets():
        data.extend(collect(folder))
        print(f"read {folder}", file=sys.stderr)
    if cache is not None:
        cache.write_text(json.dumps(data), "utf-8")
    return data


def _model(trees: bool) -> Any:
    if trees:
        from sklearn.ensemble import GradientBoostingClassifier

        return GradientBoostingClassifier(
            n_estimators=50, max_depth=2, learning_rate=0.1, random_state=SEED
        )
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=5000))


def best_threshold(probs: Any, ys: Any) -> float:
    """The probability (in steps of 0.01) that maximises F1; the lowest of ties."""
    best, at = -1.0, 0.5
    for step in range(5, 96):
        fired = probs >= step / 100
        t = (int((fired & ys).sum()), int((fired & ~ys).sum()), int((~fired & ys).sum()))
        if f1(t) > best + 1e-12:
            best, at = f1(t), step / 100
    return at


def fit(xs: Any, ys: Any, groups: Any, trees: bool) -> tuple[Any, float]:
    """(model, threshold): the threshold from out-of-fold scores, the sets in INNER folds."""
    import numpy as np

    names = sorted(set(groups))
    fold = np.array([names.index(g) % INNER for g in groups])
    probs = np.zeros(len(ys))
    for k in range(INNER):
        inside = fold != k
        model = _model(trees).fit(xs[inside], ys[inside])
        probs[~inside] = model.predict_proba(xs[~inside])[:, 1]
    return _model(trees).fit(xs, ys), best_threshold(probs, ys)


def f1(t: Tally) -> float:
    return 2 * t[0] / (2 * t[0] + t[1] + t[2]) if t[0] else 0.0


def tally(ys: Any, fired: Any, mask: Any) -> Tally:
    return (
        int((fired & ys & mask).sum()),
        int((fired & ~ys & mask).sum()),
        int((~fired & ys & mask).sum()),
    )


def cv(data: list[dict[str, Any]], cols: list[int], trees: bool, verbose: bool) -> None:
    """Leave one set out, per rule: the hand rules, then each way of using the model."""
    import numpy as np

    xs = np.array([[m["x"][i] for i in cols] for m in data])
    group = np.array([m["set"] for m in data])
    names = list(dict.fromkeys(group))
    groups = {
        "all": np.ones(len(data), bool),
        "dev+corpus": np.array([not g.startswith("training/") for g in group]),
        "train": np.array([g.startswith("training/") for g in group]),
        "trainM": group == UNSEEN,
    }
    for r, rule in enumerate(RULES):
        ys = np.array([m["labels"][r] for m in data])
        hand = np.array([m["hand"][r] for m in data])
        rows = np.array([m["applies"][r] for m in data])
        probs, replace = np.zeros(len(data)), np.zeros(len(data), bool)
        for s in names:
            inside, held = rows & (group != s), rows & (group == s)
            model, t = fit(xs[inside], ys[inside], group[inside], trees)
            probs[held] = model.predict_proba(xs[held])[:, 1]
            replace[held] = probs[held] >= t
            if verbose:
                one = group == s
                b, a = tally(ys, hand, one), tally(ys, replace, one)
                print(f"  {rule} {s:30} t={t:.2f} {b} {f1(b):.3f} -> {a} {f1(a):.3f}")
        ways = {"hand rules": hand, "replace": replace}
        ways |= {f"or {t}": hand | (probs >= t) for t in (0.5, 0.6, 0.7, 0.8, 0.9)}
        ways |= {f"and {t}": hand & (probs >= t) for t in (0.1, 0.2, 0.3)}
        print(f"{rule}:")
        for way, fired in ways.items():
            cells = []
            for name, mask in groups.items():
                t = tally(ys, fired, mask)
                cells.append(f"{name} {t[0]}/{t[1]}/{t[2]} {f1(t):.3f}")
            print(f"  {way:10} " + "  ".join(cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, help="keep the features in this JSON file")
    parser.add_argument("--trees", action="store_true", help="gradient-boosted trees, not LR")
    parser.add_argument("--drop", nargs="*", default=[], choices=FEATURES, help="features left out")
    parser.add_argument("-v", "--verbose", action="store_true", help="each held-out set")
    args = parser.parse_args(argv)
    data = load_all(args.cache)
    print(f"{len(data)} messages with details in {len({m['set'] for m in data})} sets")
    cols = [i for i, name in enumerate(FEATURES) if name not in args.drop]
    cv(data, cols, args.trees, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
