"""A sentence classifier for tone, rejection, thanks and interest: a linear head, readable data.

Each sentence is scored for every label by one logistic regression over two feature sets:

- the words and word pairs it contains (lower case), plus a few marks of form (runs of "!",
  a word in capitals, a sentence with no capital letter);
- the mean of its WordLlama token vectors (coach.semantic.vectors), which carries meaning that
  no word list names.

The weights live in `rules/semantic/classifier.json`, written by `scripts/train_classifier.py`
from the labelled sentences in `training/` (`make train` reproduces the file byte for byte).
A linear head over a mean of token vectors folds into one number per token and label, so a
sentence costs a few dictionary look-ups: no numpy, nothing opaque.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from operator import mul
from pathlib import Path

from coach.semantic.errors import damaged, missing
from coach.semantic.vectors import Embedding
from coach.text import WORD, fold

FORMAT = 1
#: labels that say something good; a fault beside one needs at least SURE to count
POSITIVE = frozenset({"gratitude", "interest", "future", "feedback-gentle"})
SURE = 0.9
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


@dataclass(frozen=True)
class Scores:
    """A sentence's probability for each label, and the labels that pass their thresholds."""

    probs: dict[str, float]
    labels: frozenset[str]


class Classifier:
    def __init__(self, path: Path, embedding: Embedding):
        try:
            spec = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise missing(path) from None
        except (OSError, ValueError) as exc:
            raise damaged(path, exc) from None
        try:
            if spec["format"] != FORMAT:
                raise ValueError(f"format {spec['format']}, expected {FORMAT}")
            self.labels: list[str] = list(spec["labels"])
            n = len(self.labels)
            self.bias = [float(x) for x in spec["bias"]]
            self.thresholds = {k: float(v) for k, v in spec["thresholds"].items()}
            self.sparse = {str(k): [float(x) for x in v] for k, v in spec["sparse"].items()}
            dense = spec["dense"]  # one column of `dim` weights per label
            self.columns = [tuple(float(x) for x in col) for col in dense]
            if (
                len(self.bias) != n
                or len(self.columns) != n
                or any(len(c) != embedding.dim for c in self.columns)
                or any(len(v) != n for v in self.sparse.values())
                or set(self.thresholds) - set(self.labels)
            ):
                raise ValueError("weights do not match the labels or the embedding")
        except (KeyError, TypeError, ValueError) as exc:
            raise damaged(path, exc) from None
        self.embedding = embedding
        self._folded: dict[int, tuple[float, ...]] = {}
        self._memo: dict[str, Scores] = {}

    def _fold(self, token: int) -> tuple[float, ...]:
        """The dense part of the head for one token: its row times each label's column."""
        found = self._folded.get(token)
        if found is None:
            row = self.embedding.row(token)
            found = tuple(math.fsum(map(mul, col, row)) for col in self.columns)
            self._folded[token] = found
        return found

    def logits(self, sentence: str) -> list[float]:
        total = list(self.bias)
        ids = self.embedding.tokenizer.encode(sentence)
        if ids:
            dense = [0.0] * len(total)
            for token in ids:
                for i, x in enumerate(self._fold(token)):
                    dense[i] += x
            total = [t + d / len(ids) for t, d in zip(total, dense, strict=True)]
        for gram in ngrams(sentence):
            weights = self.sparse.get(gram)
            if weights is not None:
                total = [t + w for t, w in zip(total, weights, strict=True)]
        return total

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
                # "it made the role even more appealing" is not a complaint
                chosen = frozenset(
                    label for label in chosen if label in POSITIVE or probs[label] >= SURE
                )
            found = Scores(probs, chosen)
            if len(self._memo) > 100_000:
                self._memo.clear()
            self._memo[sentence] = found
        return found
