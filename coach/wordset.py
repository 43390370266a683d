"""A large fixed set of words that answers its first questions without being built.

Unpickling SCOWL's 64,000 words into a set was a twentieth of a one-file `coach check`, which
asks about a few dozen of them. A `WordSet` keeps the words as one sorted block of bytes (what
coach's on-disk cache holds) and answers `word in words` by bisection in it; only after
`BISECTED` questions, as in a batch, does it build the set and use that. Both answer the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

#: questions answered by bisection before the set is built
BISECTED = 256


class Words(Protocol):
    """What a check asks of a word list: `in`, and a hash (for the caches of its callers)."""

    def __contains__(self, word: object, /) -> bool: ...

    def __hash__(self) -> int: ...


def sorted_lines(words: Iterable[str]) -> bytes:
    """The words (no empty one, none with a line break), sorted by their UTF-8 bytes, one a
    line: the form a `WordSet` is made from."""
    encoded = sorted({w.encode("utf-8", "surrogatepass") for w in words if w and "\n" not in w})
    return b"\n".join(encoded)


class WordSet:
    def __init__(self, lines: bytes):
        self._lines = lines
        self._set: frozenset[str] | None = None
        self._left = BISECTED

    @classmethod
    def of(cls, words: frozenset[str]) -> WordSet:
        """The set itself, built already (when there is no cache to keep the sorted form)."""
        made = cls(b"")
        made._set = words
        return made

    @property
    def built(self) -> frozenset[str] | None:
        """The set, once built: asking it directly skips a Python-level `__contains__`."""
        return self._set

    def __contains__(self, word: object) -> bool:
        if self._set is None:
            if self._left > 0 and isinstance(word, str):
                self._left -= 1
                return self._bisect(word.encode("utf-8", "surrogatepass"))
            self._set = frozenset(self._lines.decode("utf-8", "surrogatepass").split("\n"))
            self._set -= {""}
        return word in self._set

    def _bisect(self, key: bytes) -> bool:
        data = self._lines
        lo, hi = 0, len(data)  # the line starting at or after lo, and before hi, may be it
        while lo < hi:
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", 0, mid) + 1
            end = data.find(b"\n", start)
            end = len(data) if end < 0 else end
            line = data[start:end]
            if line == key:
                return True
            if line < key:
                lo = end + 1
            else:
                hi = start
        return False
