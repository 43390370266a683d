"""Which parts of a question ask and which only tell the story around the ask.

"we mostly talked shifts and pay with her. what would I even say to her?" asks what to say; the
pay is what the interview was about. The scope decision (scope.py) reads a not-covered topic
named in a telling clause as the occasion of the question, not its subject, so it splits the
question here: at sentence ends, at commas and semicolons, and at a conjunction that starts a new
ask ("dilru said tuesday but can I call monday").
"""

from __future__ import annotations

import re

__all__ = ["split_clauses", "told_spans", "within"]

#: how an ask opens: a question word, a modal or auxiliary put first, or a request
OPENER = re.compile(
    r"^(?:(?:ok(?:ay)?|so|and|but|also|then|hi|hey|pls|please|quick q(?:uestion)?|btw|honestly"
    r"|just|um+|hmm+|right|now|or)\W+)*"
    r"(?:what(?:'?s)?|whats|when|how(?:'?s)?|hows|which|who|whom|why|where|whether|if|is|are|was"
    r"|were|am|isn'?t|aren'?t|can|could|should|shall|would|will|may|might|must|do|does|did|don'?t"
    r"|doesn'?t|didn'?t|any|tell me|help me|give me|explain|check|rate|recommend|write|draft"
    r"|need (?:to know|help|advice)|ok to|okay to|fine to|too)\b",
    re.I,
)
#: a conjunction that hands over to a new ask: "... but can I call on Monday instead"
NEW_ASK = re.compile(
    r"\s+(?=(?:but|so|and|or|because|cos|cause)\s+(?:can|could|should|would|do|does|is|was|what"
    r"|when|how|which|will|may)\b)",
    re.I,
)
SENTENCE = re.compile(r"(?<=[.?!])\s+|\n+")
CLAUSE = re.compile(r"\s*[,;:]\s+|\s+[-–—]\s+")
#: words said in quotes are what the user means to write, not what they ask about
QUOTED = re.compile(r"(?<!\w)[\"“”‘’'](?=\w)[^\"“”‘’]{3,}?[\"“”‘’'](?!\w)")


def split_clauses(question: str) -> list[tuple[int, int, bool]]:
    """The question's clauses in order, as (start, end, asks). A sentence that ends in a question
    mark asks in its clauses that open as asks, or in all of them when none does ("8 days is
    fine?"); when no clause anywhere asks, every clause is taken to ask, so a question written as
    a statement keeps all its words."""
    out: list[tuple[int, int, bool]] = []
    for sentence in _pieces(question, 0, len(question), SENTENCE):
        parts = [
            p for c in _pieces(question, *sentence, CLAUSE) for p in _pieces(question, *c, NEW_ASK)
        ]
        if not parts:
            continue
        flags = [bool(OPENER.search(question[a:b])) for a, b in parts]
        if question[: sentence[1]].rstrip().endswith("?") and not any(flags):
            flags = [True] * len(parts)
        out.extend((a, b, f) for (a, b), f in zip(parts, flags, strict=True))
    if out and not any(f for *_, f in out):
        out = [(a, b, True) for a, b, _ in out]
    return out


def _pieces(text: str, start: int, end: int, sep: re.Pattern[str]) -> list[tuple[int, int]]:
    """The stretches of text[start:end] between separators, without surrounding blanks."""
    out, at = [], start
    for m in [*sep.finditer(text, start, end), None]:
        stop = m.start() if m is not None else end
        piece = text[at:stop]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((at + lead, at + len(piece.rstrip())))
        if m is not None:
            at = m.end()
    return out


def told_spans(question: str) -> list[tuple[int, int]]:
    """Where the question only tells the story around its ask, or quotes words to write."""
    told = [(a, b) for a, b, asks in split_clauses(question) if not asks]
    return told + [m.span() for m in QUOTED.finditer(question)]


def within(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)
