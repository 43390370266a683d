"""WordLlama's tokenizer (Llama 2's byte-fallback BPE), run in pure Python.

The `tokenizers` package reads the same file in about 0.13 s, more than a whole one-file
`coach check`; the vocabulary derived from that file is kept in coach's on-disk cache instead,
and each word is encoded once per process. The result is the same list of ids that `tokenizers`
gives (a test compares them on every text of the corpus).

The 61,249 merges are not kept. A SentencePiece vocabulary converted to BPE merges every two
pieces whose join is a piece, in the order of the joined piece's id and then the left piece's
id, with the merges of runs of spaces appended last. So a merge's rank is computed from the
vocabulary, and only the merges out of that order are stored: unpickling 32,000 entries instead
of 93,000 takes a one-file check's load of the tokenizer from about 22 ms to 6 ms. A file built
another way keeps every merge's rank, and the same code reads it.
"""

from __future__ import annotations

import json
import re
from array import array
from pathlib import Path
from typing import Any

from coach.semantic.errors import damaged

SPACE = "▁"
_CHUNK = re.compile(f"{SPACE}*[^{SPACE}]+|{SPACE}+")


#: ranks computed from the vocabulary are `joined id * _SPAN + left id`; stored ranks come after
_SPAN = 1 << 20
_AFTER = _SPAN * _SPAN
#: at most this many pairs' ranks are kept
_PAIRS = 400_000
_UNKNOWN: int = -1


def _joinable(vocab: dict[str, int]) -> set[tuple[str, str]]:
    """Every split of a piece into two pieces."""
    return {
        (piece[:k], piece[k:])
        for piece in vocab
        for k in range(1, len(piece))
        if piece[:k] in vocab and piece[k:] in vocab
    }


class Tokenizer:
    def __init__(self, vocab: dict[str, int], ranks: dict[str, int], derived: bool = False):
        """`ranks` maps a merge, its two parts joined by a space, to its priority. With `derived`,
        every merge not in `ranks` is ranked by the vocabulary (see the module's docstring) and
        the merges in `ranks` come after all of those."""
        self.vocab = vocab
        self.ranks = ranks
        self.derived = derived
        self._bytes = [vocab.get(f"<0x{b:02X}>", 0) for b in range(256)]
        #: the joined pieces of the stored merges: only a pair making one of them is looked up
        self._tail = frozenset(vocab.get("".join(m.split(" ", 1)), -1) for m in ranks)
        self._words: dict[str, tuple[int, ...]] = {}
        #: each pair's rank (None: no merge) as met, so a pair is worked out once per process
        self._pairs: dict[str, int | None] = {}

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its pieces joined in one string and their ids in one array (coach's cache
        keeps it so): a one-file check unpickles the 32,000 pieces in about half the time a
        dict of them takes. The words and pairs met so far are not kept, as a fresh one has
        none."""
        pieces = "\x00".join(self.vocab)
        if any("\x00" in piece for piece in self.vocab):
            return (type(self), (self.vocab, self.ranks, self.derived))
        ids = array("q", self.vocab.values()).tobytes()
        return (_restored, (pieces, ids, self.ranks, self.derived))

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
        return cls._from_pairs(vocab, [(str(a), str(b)) for a, b in pairs])

    @classmethod
    def _from_pairs(cls, vocab: dict[str, int], pairs: list[tuple[str, str]]) -> Tokenizer:
        # string keys: the cached tables unpickle in a quarter of the time tuple keys take
        explicit = {f"{a} {b}": i for i, (a, b) in enumerate(pairs)}
        if len(vocab) >= _SPAN or set(pairs) != _joinable(vocab):
            return cls(vocab, explicit)
        # the longest start of the merges in the vocabulary's order; the rest keep their ranks
        order = len(pairs)
        last = -1
        for i, (a, b) in enumerate(pairs):
            rank = vocab[a + b] * _SPAN + vocab[a]
            if rank <= last:
                order = i
                break
            last = rank
        tail = {f"{a} {b}": _AFTER + i for i, (a, b) in enumerate(pairs[order:])}
        return cls(vocab, tail, derived=True)

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
        vocab = self.vocab
        get, stored, derived, tail = vocab.get, self.ranks.get, self.derived, self._tail
        pairs = self._pairs
        known = pairs.get
        while len(parts) > 1:
            best, at = None, -1
            for i in range(len(parts) - 1):
                a, b = parts[i], parts[i + 1]
                key = f"{a} {b}"
                rank = known(key, _UNKNOWN) if derived else stored(key)
                if rank == _UNKNOWN:  # worked out from the vocabulary, once per pair
                    rank = None
                    joined = get(a + b)
                    left = get(a)
                    if joined is not None and left is not None and b in vocab:
                        rank = joined * _SPAN + left
                        if joined in tail:  # a merge out of the vocabulary's order
                            rank = stored(key, rank)
                    if len(pairs) < _PAIRS:
                        pairs[key] = rank
                if rank is None:
                    continue
                if best is None or rank < best:
                    best, at = rank, i
            if best is None:
                break
            parts[at : at + 2] = [parts[at] + parts[at + 1]]
        ids: list[int] = []
        for part in parts:
            token = vocab.get(part)
            if token is not None:
                ids.append(token)
            else:
                ids.extend(self._bytes[b] for b in part.encode("utf-8"))
        return tuple(ids)


def _restored(pieces: str, ids: bytes, ranks: dict[str, int], derived: bool) -> Tokenizer:
    table = array("q")
    table.frombytes(ids)
    return Tokenizer(dict(zip(pieces.split("\x00"), table, strict=True)), ranks, derived)
