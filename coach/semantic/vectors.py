"""WordLlama's static token embedding, read straight from the `wordllama` wheel.

The wheel ships the weights (`weights/l2_supercat_256.safetensors`) and the tokenizer
(`tokenizers/l2_supercat_tokenizer_config.json`), but its own loader looks for the tokenizer in
the wrong folder and then tries to download it. Both files are read here directly: the
safetensors file is memory-mapped and a token's row is unpacked when first needed, so a one-file
check reads a few hundred rows of the 16 MB table and imports neither numpy nor `tokenizers`.
A sentence's vector is the mean of its tokens' rows, as WordLlama computes it.
"""

from __future__ import annotations

import importlib.util
import json
import math
import mmap
import struct
from functools import cached_property
from pathlib import Path
from typing import Any

from coach.semantic.errors import InstallError, damaged, missing
from coach.semantic.tokenizer import Tokenizer

WEIGHTS = "weights/l2_supercat_256.safetensors"
TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
TENSOR = "embedding.weight"
REINSTALL = "reinstall it: pip install --force-reinstall wordllama"


def package_dir() -> Path:
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise InstallError("wordllama", f"the package is not installed; {REINSTALL}")
    return Path(next(iter(spec.submodule_search_locations)))


class Embedding:
    """The token table: `rows` x `dim` half floats, one row per token id."""

    def __init__(self, weights: Path, tokenizer: Tokenizer):
        self.path = weights
        self.tokenizer = tokenizer
        try:
            handle = weights.open("rb")
        except FileNotFoundError:
            raise missing(weights, REINSTALL) from None
        except OSError as exc:
            raise damaged(weights, exc, REINSTALL) from None
        with handle:
            try:
                self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
                (size,) = struct.unpack_from("<Q", self._map, 0)
                header = json.loads(bytes(self._map[8 : 8 + size]))
                entry = header[TENSOR]
                rows, dim = (int(x) for x in entry["shape"])
                begin, end = (int(x) for x in entry["data_offsets"])
                if entry["dtype"] != "F16" or end - begin != rows * dim * 2:
                    raise ValueError(f"unexpected tensor {entry['dtype']} {entry['shape']}")
                if 8 + size + end > len(self._map):
                    raise ValueError("the file is truncated")
            except (ValueError, KeyError, TypeError, struct.error) as exc:
                raise damaged(weights, exc, REINSTALL) from None
        self.rows, self.dim = rows, dim
        self._base = 8 + size + begin
        self._row = struct.Struct(f"<{dim}e")
        self._cache: dict[int, tuple[float, ...]] = {}
        if len(tokenizer.vocab) > rows:
            raise damaged(weights, f"{rows} rows for {len(tokenizer.vocab)} tokens", REINSTALL)

    def row(self, token: int) -> tuple[float, ...]:
        found = self._cache.get(token)
        if found is None:
            found = self._row.unpack_from(self._map, self._base + token * self.dim * 2)
            self._cache[token] = found
        return found

    def table(self) -> Any:
        """The whole table as a numpy array (compiling the classifier needs it, once)."""
        import numpy as np

        flat = np.frombuffer(self._map, dtype="<f2", count=self.rows * self.dim, offset=self._base)
        return flat.reshape(self.rows, self.dim)

    def vector(self, text: str) -> tuple[float, ...] | None:
        """The mean of the text's token rows, unit length; None for a text with no tokens."""
        ids = self.tokenizer.encode(text)
        if not ids:
            return None
        rows = [self.row(i) for i in ids]
        total = [sum(column) for column in zip(*rows, strict=True)]
        norm = math.sqrt(sum(x * x for x in total))
        if norm == 0.0:
            return None
        return tuple(x / norm for x in total)

    @cached_property
    def _vector_cache(self) -> dict[str, tuple[float, ...] | None]:
        return {}

    def cached_vector(self, text: str) -> tuple[float, ...] | None:
        """`vector`, remembered: the notes' details are compared with every message."""
        cache = self._vector_cache
        if text not in cache:
            if len(cache) > 50_000:
                cache.clear()
            cache[text] = self.vector(text)
        return cache[text]


def cosine(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    """Both vectors are unit length, so their dot product is the cosine."""
    return math.fsum(x * y for x, y in zip(a, b, strict=True))
