"""WordLlama's tokenizer (Llama 2's byte-fallback BPE), run in pure Python.

The `tokenizers` package reads the same file in about 0.13 s, more than a whole one-file
`coach check`; the vocabulary and merge ranks derived from that file are kept in coach's
on-disk cache instead, and each word is encoded once per process. The result is the same list
of ids that `tokenizers` gives (a test compares them on every text of the corpus).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from coach.semantic.errors import damaged

SPACE = "▁"
_CHUNK = re.compile(f"{SPACE}*[^{SPACE}]+|{SPACE}+")


class Tokenizer:
    def __init__(self, vocab: dict[str, int], ranks: dict[str, int]):
        """`ranks` maps a merge, its two parts joined by a space, to its priority."""
        self.vocab = vocab
        self.ranks = ranks
        self._bytes = [vocab.get(f"<0x{b:02X}>", 0) for b in range(256)]
        self._words: dict[str, tuple[int, ...]] = {}

    @classmethod
    def from_file(cls, path: Path) -> Tokenizer:
        """Read the vocabulary and merges of a `tokenizers` BPE file."""
        try:
            spec = json.loads(path.read_text(encoding="utf-8"))
            model = spec["model"]
            if model["type"] != "BPE" or not model.get("byte_fallback"):
                raise ValueError(f"expected a byte-fallback BPE model, found {model['type']}")
            vocab = {str(k): int(v) for k, v in model["vocab"].items()}
            merges = model["merges"]
            pairs = [tuple(m.split(" ", 1)) if isinstance(m, str) else tuple(m) for m in merges]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise damaged(path, exc) from None
        # string keys: the cached tables unpickle in a quarter of the time tuple keys take
        return cls(vocab, {f"{a} {b}": i for i, (a, b) in enumerate(pairs)})

    def encode(self, text: str) -> list[int]:
        """Token ids of `text` as WordLlama embeds it: no special tokens, a leading space."""
        normal = SPACE + text.replace(" ", SPACE)
        ids: list[int] = []
        words = self._words
        # a chunk is a run of spaces and the word after it: no token crosses its edges
        for chunk in _CHUNK.findall(normal):
            found = words.get(chunk)
            if found is None:
                found = self._bpe(chunk)
                if len(words) < 200_000:
                    words[chunk] = found
            ids.extend(found)
        return ids

    def _bpe(self, chunk: str) -> tuple[int, ...]:
        parts = list(chunk)
        ranks = self.ranks
        while len(parts) > 1:
            best, at = None, -1
            for i in range(len(parts) - 1):
                rank = ranks.get(f"{parts[i]} {parts[i + 1]}")
                if rank is not None and (best is None or rank < best):
                    best, at = rank, i
            if best is None:
                break
            parts[at : at + 2] = [parts[at] + parts[at + 1]]
        ids: list[int] = []
        vocab = self.vocab
        for part in parts:
            token = vocab.get(part)
            if token is not None:
                ids.append(token)
            else:
                ids.extend(self._bytes[b] for b in part.encode("utf-8"))
        return tuple(ids)
