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
from bisect import bisect_right
from collections.abc import Iterator
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


#: vocabulary look-ups made in the sorted pieces before they are put in a dict (see `Pieces`):
#: a one-file check makes some 800, each costing what putting ten pieces in the dict does
BISECTIONS = 2048
#: sorted pieces to a block: a look-up bisects the blocks' first pieces, then finds the piece
#: in its block's text
BLOCK = 32


class Pieces:
    """The vocabulary (piece -> id) as the cache keeps it, without a string object per piece:
    for a process's first `BISECTIONS` look-ups a piece is found by bisecting the first pieces
    of blocks of the sorted pieces and finding it in its block's text, then from a dict. A
    one-file check makes some 800 look-ups; making the dict of 32,000 pieces (splitting the
    string, hashing every piece) cost about a twelfth of it."""

    def __init__(
        self, pieces: str, ids: bytes, ordered: str, firsts: list[str], bounds: bytes, by: bytes
    ):
        self._pieces = pieces  # in the file's order, joined by NUL, as are `ids`
        self._ids = memoryview(ids).cast("q")
        self._ordered = ordered  # sorted, each between NULs
        self._firsts = firsts  # every BLOCK-th sorted piece
        self._bounds = memoryview(bounds).cast("q")  # the NUL before each block, and the last
        self._by = memoryview(by).cast("q")  # the sorted pieces' ids
        self._lookups = 0

    def get(self, piece: str, default: int | None = None) -> int | None:
        self._lookups += 1
        block = bisect_right(self._firsts, piece) - 1
        if block < 0 or "\x00" in piece:
            return default
        bounds, ordered = self._bounds, self._ordered
        start = bounds[block]
        at = ordered.find(f"\x00{piece}\x00", start, bounds[block + 1] + 1)
        if at < 0:
            return default
        return int(self._by[block * BLOCK + ordered.count("\x00", start, at)])

    def __contains__(self, piece: object) -> bool:
        return isinstance(piece, str) and self.get(piece) is not None

    def __len__(self) -> int:
        return len(self._ids)

    def __iter__(self) -> Iterator[str]:
        return iter(self.as_dict())

    def items(self) -> Any:
        return self.as_dict().items()

    def values(self) -> Any:
        return self.as_dict().values()

    def many(self) -> bool:
        """Whether look-ups have become many enough for a dict."""
        return self._lookups > BISECTIONS

    def as_dict(self) -> dict[str, int]:
        """The vocabulary as a dict, in its file's order."""
        split = self._pieces.split("\x00") if len(self._ids) else []
        return dict(zip(split, self._ids.tolist(), strict=True))

    @staticmethod
    def parts(vocab: dict[str, int]) -> tuple[Any, ...]:
        """What `Pieces` is made from (no piece may hold a NUL)."""
        listed = sorted(vocab)
        bounds, at = [], 0
        for i, piece in enumerate(listed):
            if i % BLOCK == 0:
                bounds.append(at)
            at += len(piece) + 1
        bounds.append(at)
        return (
            "\x00".join(vocab),
            array("q", vocab.values()).tobytes(),
            "\x00" + "\x00".join(listed) + "\x00",
            listed[::BLOCK],
            array("q", bounds).tobytes(),
            array("q", [vocab[p] for p in listed]).tobytes(),
        )


class Tokenizer:
    def __init__(
        self,
        vocab: dict[str, int] | Pieces,
        ranks: dict[str, int],
        derived: bool = False,
        tail: frozenset[int] | None = None,
    ):
        """`ranks` maps a merge, its two parts joined by a space, to its priority. With `derived`,
        every merge not in `ranks` is ranked by the vocabulary (see the module's docstring) and
        the merges in `ranks` come after all of those. `tail` is what `_tail` works out, when
        the cache kept it."""
        self.vocab = vocab
        self.ranks = ranks
        self.derived = derived
        self._byte_ids: list[int] | None = None
        #: the joined pieces of the stored merges: only a pair making one of them is looked up
        self._tail = (
            tail
            if tail is not None
            else frozenset(vocab.get("".join(m.split(" ", 1)), -1) for m in ranks)
        )
        self._words: dict[str, tuple[int, ...]] = {}
        #: each pair's rank (None: no merge) as met, so a pair is worked out once per process
        self._pairs: dict[str, int | None] = {}

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as `Pieces.parts` (coach's cache keeps it so): a one-file check reads the
        vocabulary as `Pieces`, without making 32,000 strings. The words and pairs met so far
        are not kept, as a fresh one has none."""
        vocab = self.vocab if isinstance(self.vocab, dict) else self.vocab.as_dict()
        if any("\x00" in piece for piece in vocab):
            return (type(self), (vocab, self.ranks, self.derived))
        return (_restored, (*Pieces.parts(vocab), self.ranks, self.derived, self._tail))

    @property
    def _bytes(self) -> list[int]:
        """Each byte's token (for a character no piece holds), worked out when first needed."""
        if self._byte_ids is None:
            self._byte_ids = [self.vocab.get(f"<0x{b:02X}>", 0) or 0 for b in range(256)]
        return self._byte_ids

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
        if isinstance(self.vocab, Pieces) and self.vocab.many():
            self.vocab = self.vocab.as_dict()  # a batch: look-ups are many, a dict pays
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
                    left = get(a) if joined is not None else None
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


def _restored(*parts: Any) -> Tokenizer:
    *pieces, ranks, derived, tail = parts
    return Tokenizer(Pieces(*pieces), ranks, derived, tail)
