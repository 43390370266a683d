"""A sentence classifier for tone, rejection, thanks and interest: a linear head, readable data.

Each sentence is scored for every label by one logistic regression over two feature sets:

- the words and word pairs it contains (lower case), plus a few marks of form (runs of "!",
  a word in capitals, a sentence with no capital letter);
- the mean of its WordLlama token vectors (coach.semantic.vectors), which carries meaning that
  no word list names.

The weights live in `rules/semantic/classifier.json`, written by `scripts/train_classifier.py`
from the labelled sentences in `training/` (`make train` reproduces the file byte for byte).
A linear head over a mean of token vectors folds into one number per token and label (done
once, with numpy, and cached), so a sentence costs a few look-ups: nothing opaque.
"""

from __future__ import annotations

import json
import math
import re
from array import array
from functools import reduce
from operator import add
from pathlib import Path
from typing import Any, NamedTuple, cast

from coach.semantic.errors import damaged, missing
from coach.semantic.vectors import Embedding
from coach.text import WORD, fold

FORMAT = 1
#: labels that say something good; a fault beside one needs at least SURE to count
POSITIVE = frozenset({"gratitude", "interest", "future", "feedback-gentle"})
SURE = 0.9
#: gram look-ups made by bisection before the grams are put in a dict (in a batch): a one-file
#: check makes about a hundred, each costing what putting some 35 grams in the dict does
BISECTIONS = 512
_EXCLAIM = re.compile(r"!{2,}")
_CAPS = re.compile(r"\b[A-Z]{3,}\b")
_LETTER = re.compile(r"[^\W\d_]")


def words(sentence: str) -> list[str]:
    return [w.lower() for w in WORD.findall(fold(sentence))]


def ngrams(sentence: str) -> set[str]:
    """The sentence's sparse features: words, adjacent word pairs and marks of form."""
    ws = words(sentence)
    found = set(ws)
    found.update(f"{a} {b}" for a, b in zip(ws, ws[1:], strict=False))
    if _EXCLAIM.search(sentence):
        found.add("<!!>")
    if _CAPS.search(sentence):
        found.add("<CAPS>")
    if _LETTER.search(sentence) and sentence == sentence.lower():
        found.add("<lower>")
    if sentence.rstrip().endswith("?"):
        found.add("<?>")
    return found


def mean_vector(embedding: Embedding, sentence: str) -> list[float] | None:
    """The plain mean of the token rows (not normalised), the classifier's dense features."""
    ids = embedding.tokenizer.encode(sentence)
    if not ids:
        return None
    rows = [embedding.row(i) for i in ids]
    return [sum(column) / len(rows) for column in zip(*rows, strict=True)]


class Scores(NamedTuple):
    """A sentence's probability for each label, and the labels that pass their thresholds."""

    probs: dict[str, float]
    labels: frozenset[str]


class Classifier:
    """The head, compiled for checking: weights in flat arrays, the dense part folded per token.

    Compiling (reading the JSON, folding the token table through each label's column with
    numpy) happens once per version of the files; the result is kept in coach's on-disk cache,
    so a one-file check reads one file and parses no JSON.
    """

    def __init__(self, path: Path, embedding: Embedding):
        from coach.cache import cached

        self.embedding = embedding
        compiled = cached(
            "classifier-v3",
            [path, embedding.path, Path(__file__)],
            lambda: _compile(path, embedding),
        )
        self.labels: list[str] = compiled["labels"]
        self.bias: list[float] = compiled["bias"]
        self.thresholds: dict[str, float] = compiled["thresholds"]
        # the sorted grams kept as one string and where each starts: a dict of 27,000 grams
        # unpickles slower than it is rebuilt, and rebuilding it (splitting the string, hashing
        # every gram) was a fifteenth of a one-file check, which looks up a few hundred
        self._grams: str = compiled["grams"]
        self._starts = memoryview(compiled["starts"]).cast("q")
        self._by_gram: dict[str, int] | None = None
        self._lookups = 0
        self._sparse = memoryview(compiled["sparse"]).cast("d")
        self._folded = memoryview(compiled["folded"]).cast("d")
        self._memo: dict[str, Scores] = {}
        self._folded_rows: dict[int, list[float]] = {}
        self._sparse_rows: dict[int, list[float]] = {}

    def logits(self, sentence: str) -> list[float]:
        total = list(self.bias)
        ids = self.embedding.tokenizer.encode(sentence)
        if ids:
            rows = self._rows(self._folded, self._folded_rows, ids)
            # each label's column summed in token order (as one accumulator would)
            dense = [sum(column) for column in zip(*rows, strict=True)]
            total = [t + d / len(ids) for t, d in zip(total, dense, strict=True)]
        position = self._position
        # in a fixed order: a set's order changes with the process's string hashing, and
        # floating-point sums with their order, so two runs could differ in the last bit
        grams = [at for gram in sorted(ngrams(sentence)) if (at := position(gram)) is not None]
        rows = self._rows(self._sparse, self._sparse_rows, grams)
        if rows:
            # each label's total plus its weights in the grams' order, as one accumulator would
            columns = zip(*rows, strict=True)
            total = [reduce(add, column, t) for t, column in zip(total, columns, strict=True)]
        return total

    @property
    def _index(self) -> dict[str, int]:
        """Each gram's row."""
        grams = self._grams.split("\x00") if self._grams else []
        return dict(zip(grams, range(len(grams)), strict=True))

    def _position(self, gram: str) -> int | None:
        """The gram's row: found by bisection in the sorted grams for a process's first
        `BISECTIONS` look-ups (a one-file check makes a few hundred), then from a dict."""
        index = self._by_gram
        if index is not None:
            return index.get(gram)
        self._lookups += 1
        if self._lookups > BISECTIONS:
            self._by_gram = self._index
            return self._by_gram.get(gram)
        grams, starts = self._grams, self._starts
        count = len(starts) - 1
        lo, hi = 0, count
        while lo < hi:
            mid = (lo + hi) // 2
            if grams[starts[mid] : starts[mid + 1] - 1] < gram:
                lo = mid + 1
            else:
                hi = mid
        if lo < count and grams[starts[lo] : starts[lo + 1] - 1] == gram:
            return lo
        return None

    def _rows(
        self, table: memoryview[float], kept: dict[int, list[float]], at: list[int]
    ) -> list[list[float]]:
        """Rows of a flat table (one weight per label), each sliced out once and kept."""
        n = len(self.labels)
        out = []
        for i in at:
            row = kept.get(i)
            if row is None:
                row = kept[i] = cast("list[float]", table[i * n : (i + 1) * n].tolist())
            out.append(row)
        return out

    def score(self, sentence: str) -> Scores:
        found = self._memo.get(sentence)
        if found is None:
            probs = {
                label: round(1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z)))), 6)
                for label, z in zip(self.labels, self.logits(sentence), strict=True)
            }
            chosen = frozenset(
                label
                for label, p in probs.items()
                if label in self.thresholds and p >= self.thresholds[label]
            )
            if chosen & POSITIVE:
                # thanks or interest read with confidence outweighs a fault read without it:
                # "it made the role even more appealing" is not a complaint. A fault read more
                # surely than every good label beside it stays: a jibe that merely passes the
                # future label's bar ("whoever installed those valves should be kept well away
                # from tools", future 0.63, hostile 0.88) is no wish to stay in touch
                good = max(probs[label] for label in chosen & POSITIVE)
                chosen = frozenset(
                    label
                    for label in chosen
                    if label in POSITIVE or probs[label] >= SURE or probs[label] > good
                )
            found = Scores(probs, chosen)
            if len(self._memo) > 100_000:
                self._memo.clear()
            self._memo[sentence] = found
        return found


def _compile(path: Path, embedding: Embedding) -> dict[str, Any]:
    """Read and check the model file, and fold the token table through the dense weights."""
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise missing(path) from None
    except (OSError, ValueError) as exc:
        raise damaged(path, exc) from None
    try:
        if spec["format"] != FORMAT:
            raise ValueError(f"format {spec['format']}, expected {FORMAT}")
        labels = [str(x) for x in spec["labels"]]
        n = len(labels)
        bias = [float(x) for x in spec["bias"]]
        thresholds = {str(k): float(v) for k, v in spec["thresholds"].items()}
        grams = sorted(spec["sparse"])
        if any("\x00" in g for g in grams):
            raise ValueError("a feature name holds a NUL character")
        weights = [float(x) for g in grams for x in spec["sparse"][g]]
        columns = [[float(x) for x in col] for col in spec["dense"]]
        if (
            len(bias) != n
            or len(columns) != n
            or any(len(c) != embedding.dim for c in columns)
            or len(weights) != n * len(grams)
            or set(thresholds) - set(labels)
        ):
            raise ValueError("weights do not match the labels or the embedding")
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise damaged(path, exc) from None
    import numpy as np

    table = embedding.table().astype(np.float64)  # rows x dim
    folded = table @ np.array(columns, dtype=np.float64).T  # rows x labels
    return {
        "labels": labels,
        "bias": bias,
        "thresholds": thresholds,
        "grams": "\x00".join(grams),
        "starts": array("q", _starts(grams)).tobytes(),
        "sparse": array("d", weights).tobytes(),
        "folded": np.ascontiguousarray(folded, dtype=np.float64).tobytes(),
    }


def _starts(grams: list[str]) -> list[int]:
    """Where each gram starts in the grams joined by NUL, and one more: where one past the
    end would (gram i is joined[starts[i] : starts[i + 1] - 1])."""
    starts, at = [], 0
    for gram in grams:
        starts.append(at)
        at += len(gram) + 1
    starts.append(at)
    return starts
