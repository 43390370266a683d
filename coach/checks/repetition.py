"""`repetition`: a run of words (or a sentence) said twice in the body."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from coach.checks.base import CheckKind, Context, Hit, Params, per_notes
from coach.checks.language import _signoff_start
from coach.checks.spelling_words import _naming_words, _words
from coach.plain import Field
from coach.text import Doc, fold, lazy_compile

_STOP = _words(
    "a an and the of to for in on at by with from or as i i'm am is are was were be been it "
    "this that my your you we our me us will would could should can may might have has had do "
    "did so if but not very also about more any all just there here what how when which who "
    "they them their he she his her its than then into out up some such only other again "
    "really much well one let know please thank thanks look forward love like want hope get "
    "make see need take great"
)


_SENTENCE_GAP = lazy_compile(r"[.!?;:]|\n[ \t]*\n")


class RepetitionParams(Params):
    min_words: int = Field(4, ge=2, description="the shortest run of words that counts")
    min_content: int = Field(2, description="content words the run must hold")
    long_run: int = Field(
        7,
        description="a run of this many ordinary words (a sentence said twice) needs only one "
        "content word",
    )


@lru_cache(maxsize=65536)
def _compare_form(word: str) -> str:
    """A word as repetition compares it: folded, lower case, without a possessive ending."""
    lower = fold(word).lower()
    return lower[:-2] if lower.endswith("'s") and len(lower) > 3 else lower


#: a repeat is grown to at most this many words: a longer one is reported as this long, and a
#: text of one word said ten thousand times is read in linear time
_LONGEST_REPEAT = 60


class Repetition(CheckKind):
    """`repetition`: a run of words (or a sentence) said twice in the body."""

    name = "repetition"
    Params = RepetitionParams

    def run(self, doc: Doc, ctx: Context, rule: Any, params: RepetitionParams) -> Iterator[Hit]:
        tokens = doc.body_tokens
        greeting = doc.greeting
        first = greeting.end() if greeting is not None else doc.body_start
        limit = _signoff_start(doc, first)
        words = [t for t in tokens if first <= t.start < limit]
        known = (
            per_notes(ctx.notes, "repetition-names", _naming_words)
            if ctx.notes is not None
            else frozenset()
        )
        lowered = [_compare_form(t.text) for t in words]
        # proper nouns (a hospital's or a product's name) may come back: only lower-case words
        # count as content
        plain = [t.text.islower() for t in words]
        n = params.min_words
        # ordinary words: lower case and not the notes' names (the role may come back whole)
        ordinary = [low and w not in known for w, low in zip(lowered, plain, strict=True)]
        content = [o and w not in _STOP for w, o in zip(lowered, ordinary, strict=True)]
        # a run stays inside its sentence: "...the brief. I am excited..." is two sayings
        # (the gaps' breaks are found in one pass; a word's sentence is how many lie before it)
        breaks = [m.start() for m in _SENTENCE_GAP.finditer(doc.plain, first, limit)]
        sentence = [bisect_right(breaks, t.start) for t in words]
        seen: dict[tuple[str, ...], int] = {}
        i = 0
        while i + n <= len(lowered):
            if sentence[i] != sentence[i + n - 1]:
                i += 1
                continue
            gram = tuple(lowered[i : i + n])
            j = seen.get(gram)
            k = n
            if j is not None and j + n <= i:
                # grow the repeat as far as it goes, and point at the second saying
                while (
                    k < _LONGEST_REPEAT
                    and i + k < len(lowered)
                    and j + k < i
                    and lowered[j + k] == lowered[i + k]
                    and sentence[i + k] == sentence[i]
                    and sentence[j + k] == sentence[j]
                ):
                    k += 1
            if j is not None and j + n <= i and _counts(content, ordinary, i, k, params):
                yield Hit(
                    words[i].start,
                    words[i + k - 1].end,
                    {"why": f"{k} words said twice"},
                    "Drop the second saying, or say something new",
                )
                i += k
                continue
            seen.setdefault(gram, i)
            i += 1


def _counts(
    content: list[bool], ordinary: list[bool], i: int, k: int, params: RepetitionParams
) -> bool:
    """Whether the repeat of `k` words at `i` holds enough content words to count (asked only of
    a repeat: most runs of words are said once)."""
    held = sum(content[i : i + k])
    return held >= params.min_content or (held > 0 and sum(ordinary[i : i + k]) >= params.long_run)
