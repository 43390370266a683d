"""Train the sentence classifier (`make train`): rules/semantic/classifier.json from training/.

The labelled sentences are in training/sentences/*.jsonl, one {"text", "labels", "register"}
object a line, written in separate batches by writers who worked apart and never saw a test
set. The tone labels of WEAK_LABELS also learn from the sentences derived from the released
message sets (training/derived/tone.jsonl, written by scripts/derive_sentences.py): every
reading of a message without the rule is a negative, and the sentence that carries the rule in
a message with it (quoted or placed by the label's `why:`, else the likeliest) is a positive.
The model is one logistic regression per label over the features that coach.semantic.classifier
computes at check time (words, word pairs, marks of form, and the mean WordLlama token vector),
so training and checking cannot drift apart.

Each label's threshold is chosen on out-of-fold predictions over the sentences (5 folds, fixed
seed): the probability that maximises F0.5 there. The final weights are fitted on every
sentence and message, rounded and written with sorted keys, so the same data gives the same
file byte for byte. Figures per label (precision, recall, F1 at the chosen threshold, out of
fold) are printed. scripts/loso_tone.py measures the tone rules leave-one-set-out.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from weak_labels import DERIVED_LABELS, WEAK_LABELS  # noqa: E402

from coach import semantic  # noqa: E402
from coach.semantic.classifier import FORMAT, mean_vector, ngrams  # noqa: E402

DATA = ROOT / "training" / "sentences"
DERIVED = ROOT / "training" / "derived" / "tone.jsonl"
OUT = ROOT / "rules" / "semantic" / "classifier.json"
LABELS = [
    *WEAK_LABELS,  # the six tone labels also learnt from whole messages, in this order
    "tone-unprofessional",
    "rejection-reconsider",
    "rejection-argues",
    "rejection-feedback-pressed",
    "feedback-gentle",
    "gratitude",
    "interest",
    "future",
]
SEED = 20261204
MIN_DF = 2
C = 2.0
DIGITS = 5
BETA = 0.5
#: a fault is reported on its own sentence, so its threshold starts high. Chosen on
#: out-of-fold figures and tests/corpus (never trained on): F0.5 from 0.7 with C=2 finds a
#: tenth more of each fault than F0.3 from 0.8 with C=1, for 2 more false alarms in 437 messages
FAULT_FLOOR = 0.7
#: how much a reading learnt from a message weighs beside an isolated sentence
WEAK_WEIGHT = 1.0
#: thresholds chosen leave-one-set-out (scripts/loso_tone.py, round 32: 25 sets, the sentence
#: thresholds shifted by -0.25 to +0.1). tone-demanding: 84/3/4 at 0.8, 85/3/3 from 0.65 to
#: 0.75 (dev27 gains one), 86/3/2 at 0.6 (dev5 too), but at 0.6 the rule's own clean example
#: "I need to reply to another offer by Thursday, so any update ... would help" (0.626) fires:
#: 0.65. tone-accusatory: flat from 0.6 to 0.75 (69/1/4; at the sentences' 0.8, 66/1/7: dev9,
#: dev18, dev26 each lost one). The others were best, or flat, at their sentence thresholds;
#: tone-hostile gained one message for each false alarm below its 0.725 (at 0.475, 69/5/21
#: against 65/1/25), so it kept it until round 49: scored on the sets no fit had read
#: (tests/dev29-dev36, training/tone/trainF-trainJ) and the rest, 0.6 found four more hostile
#: messages of trainJ (5/0/17 -> 9/0/13, jibes read at 0.62-0.71: comparisons that belittle
#: the work, a slight on a colleague, a veiled threat) for one false alarm in the 38 sets
#: (tests/dev32: "Frankly, this is not how I expected to be treated by a company that
#: talks so much about respect.", 0.71, labelled accusatory); no other set moved.
#: Stop 38 (tone52), with the derived sentences: each of the six shifted by -0.15 to 0 over
#: the 44 released sets in 10 folds (scripts/loso_tone.py, training/tone/README.md), the shift
#: with the best pooled F0.5 of its rule: tone-accusatory 0.75 -> 0.7 (132/8/14 -> 133/8/13);
#: tone-demanding was best at 0.55 (172/7/5 -> 174/7/3) but stays 0.65, above the rule's own
#: clean example above (0.642 now); the other four best unshifted
CHOSEN = {"tone-demanding": 0.65, "tone-accusatory": 0.7, "tone-hostile": 0.6}


def load(folder: Path = DATA) -> tuple[list[str], np.ndarray, list[str]]:
    texts, rows, sources = [], [], []
    seen: set[str] = set()
    for path in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            item = json.loads(line)
            text = item["text"].strip()
            if not text or text in seen:
                continue
            unknown = set(item["labels"]) - set(LABELS) - {"plain"}
            if unknown:
                raise SystemExit(f"{path}:{n}: unknown label(s) {sorted(unknown)}")
            seen.add(text)
            texts.append(text)
            rows.append([1 if label in item["labels"] else 0 for label in LABELS])
            sources.append(path.stem)
    return texts, np.array(rows, dtype=np.int8), sources


def features(texts: list[str]) -> tuple[sparse.csr_matrix, np.ndarray, list[str]]:
    emb = semantic.embedding()
    grams = [ngrams(t) for t in texts]
    df: dict[str, int] = {}
    for g in grams:
        for x in g:
            df[x] = df.get(x, 0) + 1
    vocab = sorted(x for x, n in df.items() if n >= MIN_DF)
    index = {x: i for i, x in enumerate(vocab)}
    indptr, indices = [0], []
    for g in grams:
        indices.extend(sorted(index[x] for x in g if x in index))
        indptr.append(len(indices))
    xs = sparse.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(texts), len(vocab)))
    dense = np.array([mean_vector(emb, t) or [0.0] * emb.dim for t in texts], dtype=np.float64)
    return xs, dense, vocab


def best_threshold(
    p: np.ndarray, y: np.ndarray, floor: float = 0.5
) -> tuple[float, float, float, float]:
    """The threshold with the best F-beta (beta = BETA: precision weighs more, since a message
    has many sentences and each false alarm is a finding); returns it with P, R and F1."""
    best = (0.5, 0.0, 0.0, 0.0)
    best_f = -1.0
    for t in np.arange(floor, 0.951, 0.025):
        pred = p >= t
        tp = int((pred & (y == 1)).sum())
        fp = int((pred & (y == 0)).sum())
        fn = int((~pred & (y == 1)).sum())
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        b2 = BETA * BETA
        fb = (1 + b2) * prec * rec / (b2 * prec + rec) if prec + rec else 0.0
        if fb > best_f + 1e-9:
            best, best_f = (round(float(t), 3), prec, rec, f1), fb
    return best


def main(argv: list[str] | None = None) -> int:
    # one BLAS thread: how many there are changes the order of floating-point sums, and so the
    # last digits of the weights (a 4-core machine, or a process where Dask has set
    # OPENBLAS_NUM_THREADS=1, trained a different file); with one, every machine writes the same
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        return _main(argv)


def design(xs: sparse.csr_matrix, dense: np.ndarray, scale: Any) -> sparse.csr_matrix:
    mu, sigma = scale
    return sparse.hstack([xs, sparse.csr_matrix((dense - mu) / sigma)]).tocsr()


class Derived(NamedTuple):
    """A reading of the released messages: the labels it carries and those it does not, and
    the sets of the messages it stands in (training/derived/tone.jsonl)."""

    text: str
    pos: frozenset[str]
    neg: frozenset[str]
    sets: frozenset[str]


def set_of(source: str) -> str:
    """The set a message file belongs to: tests/dev5/x/y.md -> tests/dev5,
    training/tone/trainM/x/y.md -> training/tone/trainM."""
    parts = source.split("/")
    return "/".join(parts[:3] if parts[0] == "training" else parts[:2])


def load_derived(path: Path = DERIVED) -> list[Derived]:
    out = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            out.append(
                Derived(
                    item["text"],
                    frozenset(item["how"]),
                    frozenset(DERIVED_LABELS) - set(item["how"]) - set(item.get("unsure", ())),
                    frozenset(set_of(s) for s in item["sources"]),
                )
            )
    return out


def weak_rows(
    items: list[Derived], at: dict[str, int], leave_out: frozenset[str] = frozenset()
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """For each of WEAK_LABELS, the derived readings (rows of x_read) and their labels, without
    any reading that stands in a message of a set in `leave_out` (a cross-validation fold)."""
    out = {}
    for label in WEAK_LABELS:
        pairs: set[tuple[int, int]] = set()
        for item in items:
            if item.sets & leave_out:
                continue
            if label in item.pos:
                pairs.add((at[item.text], 1))
            elif label in item.neg:
                pairs.add((at[item.text], 0))
        ordered = sorted(pairs)
        out[label] = (
            np.array([r for r, _ in ordered], dtype=np.int64),
            np.array([y for _, y in ordered], dtype=np.int8),
        )
    return out


def fit_weak(
    x_sent: sparse.csr_matrix,
    y_sent: np.ndarray,
    x_read: sparse.csr_matrix,
    rows: tuple[np.ndarray, np.ndarray],
    weight: float = WEAK_WEIGHT,
    c: float = C,
) -> Any:
    """One label's model from the isolated sentences and the readings learnt from messages."""
    at, ys = rows
    x = sparse.vstack([x_sent, x_read[at]]).tocsr()
    y = np.concatenate([y_sent, ys])
    w = np.concatenate([np.ones(len(y_sent)), np.full(len(ys), weight)])
    model = LogisticRegression(C=c, max_iter=2000, solver="liblinear", random_state=SEED)
    model.fit(x, y, sample_weight=w)
    return model


class Data(NamedTuple):
    """The sentences, the message readings and their features, computed once."""

    texts: list[str]
    y: np.ndarray
    sources: list[str]
    derived: list[Derived]
    at: dict[str, int]  # reading text -> row of x_read
    x_sent: sparse.csr_matrix
    x_read: sparse.csr_matrix
    scale: Any
    vocab: list[str]
    own: np.ndarray  # columns the sentences alone give (their word pairs, the dense part)


def prepare(derived: Path = DERIVED) -> Data:
    texts, y, sources = load()
    items = load_derived(derived)
    reads = sorted({item.text for item in items})
    xs, dense, vocab = features(texts + reads)
    n = len(texts)
    df: dict[str, int] = {}
    for t in texts:
        for g in ngrams(t):
            df[g] = df.get(g, 0) + 1
    own = [i for i, g in enumerate(vocab) if df.get(g, 0) >= MIN_DF]
    own += range(len(vocab), len(vocab) + dense.shape[1])
    mu, sigma = dense[:n].mean(axis=0), dense[:n].std(axis=0) + 1e-9
    scale = (mu, sigma)
    return Data(
        texts,
        y,
        sources,
        items,
        {t: i for i, t in enumerate(reads)},
        design(xs[:n], dense[:n], scale),
        design(xs[n:], dense[n:], scale),
        scale,
        vocab,
        np.array(own, dtype=np.int64),
    )


def fit_all(data: Data, models: list[Any], leave_out: frozenset[str] = frozenset()) -> list[Any]:
    """`models` (fitted on the sentences) with each of WEAK_LABELS refitted on the sentences
    and the derived readings, less those of the sets in `leave_out`."""
    rows = weak_rows(data.derived, data.at, leave_out)
    out = list(models)
    for label in WEAK_LABELS:
        j = LABELS.index(label)
        out[j] = fit_weak(
            data.x_sent, data.y[:, j], data.x_read, rows[label], weight=WEAK_WEIGHT, c=C
        )
    return out


def spec_of(
    models: list[Any], data: Data, thresholds: dict[str, float], sets: list[str]
) -> dict[str, Any]:
    """The model file; `sets` are the message sets whose derived readings it learnt from."""
    mu, sigma = data.scale
    n_sparse = len(data.vocab)
    bias, dense_cols, sparse_w = [], [], {}
    for model in models:
        w = model.coef_[0]
        wd = w[n_sparse:] / sigma  # fold the standardisation into raw-feature weights
        bias.append(round(float(model.intercept_[0] - (wd * mu).sum()), DIGITS))
        dense_cols.append([round(float(x), DIGITS) for x in wd])
    for i, gram in enumerate(data.vocab):
        ws = [round(float(m.coef_[0][i]), DIGITS) for m in models]
        if max(abs(x) for x in ws) >= 0.02:
            sparse_w[gram] = ws
    return {
        "format": FORMAT,
        "about": "Sentence classifier for Follow-up Coach: logistic regression per label over "
        "word n-grams and the mean WordLlama l2_supercat_256 token vector. Written by "
        "scripts/train_classifier.py; do not edit by hand.",
        "labels": LABELS,
        "thresholds": thresholds,
        "bias": bias,
        "sparse": sparse_w,
        "dense": dense_cols,
        "training": {
            "sentences": len(data.texts),
            "batches": sorted(set(data.sources)),
            "derived_from": sets,
            "weak_labels": list(WEAK_LABELS),
            "weak_weight": WEAK_WEIGHT,
            "seed": SEED,
            "C": C,
            "min_df": MIN_DF,
        },
    }


def fit_label(data: Data, x: sparse.csr_matrix, y: np.ndarray, j: int) -> Any:
    """Label j's model of the sentences `x`. A label not learnt from messages sees only the
    features the sentences give, as it did before messages were read: the word pairs that
    only messages repeat are theirs to weigh, not the thanks and interest labels'."""
    model = LogisticRegression(C=C, max_iter=2000, solver="liblinear", random_state=SEED)
    if LABELS[j] in WEAK_LABELS:
        return model.fit(x, y)
    model.fit(x[:, data.own], y)
    coef = np.zeros((1, x.shape[1]))
    coef[0, data.own] = model.coef_[0]
    model.coef_ = coef
    model.n_features_in_ = x.shape[1]
    return model


def sentence_thresholds(data: Data, verbose: bool = True) -> dict[str, float]:
    """Each label's threshold on out-of-fold predictions over the sentences (5 folds)."""
    y = data.y
    oof = np.zeros(y.shape, dtype=np.float64)
    for train, test in KFold(5, shuffle=True, random_state=SEED).split(data.texts):
        models = [fit_label(data, data.x_sent[train], y[train, j], j) for j in range(y.shape[1])]
        oof[test] = np.column_stack([m.predict_proba(data.x_sent[test])[:, 1] for m in models])
    thresholds = {}
    if verbose:
        print(f"{'label':28} {'n':>5} {'thr':>6} {'P':>6} {'R':>6} {'F1':>6}   (out of fold)")
    for j, label in enumerate(LABELS):
        floor = FAULT_FLOOR if label.startswith(("tone-", "rejection-")) else 0.5
        t, prec, rec, f1 = best_threshold(oof[:, j], y[:, j], floor)
        thresholds[label] = t
        if verbose:
            print(f"{label:28} {int(y[:, j].sum()):5d} {t:6.3f} {prec:6.3f} {rec:6.3f} {f1:6.3f}")
    return thresholds


def sentence_models(data: Data) -> list[Any]:
    return [fit_label(data, data.x_sent, data.y[:, j], j) for j in range(data.y.shape[1])]


def _main(argv: list[str] | None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    data = prepare()
    sets = sorted({s for item in data.derived for s in item.sets})
    print(
        f"{len(data.texts)} sentences from {len(set(data.sources))} batches, "
        f"{len(data.at)} derived readings from {len(sets)} message sets, "
        f"{len(data.vocab)} sparse features"
    )
    # the weak labels keep these too: shifted by -0.1 to +0.1 leave-one-set-out, tone F1 was
    # best unshifted (scripts/loso_tone.py)
    thresholds = sentence_thresholds(data)
    thresholds.update(CHOSEN)
    models = fit_all(data, sentence_models(data))
    spec = spec_of(models, data, thresholds, sets)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(spec, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    shown = args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out
    kept = len(spec["sparse"])
    print(f"wrote {shown}: {kept} sparse features kept, {args.out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
