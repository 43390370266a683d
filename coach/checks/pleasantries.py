"""Well-wishes to the reader ("Happy Diwali", "Enjoy the regatta", "I hope you have a calm
crossing home"), for detail coverage: a wish is about the reader's own days, not about anything
discussed, however rare its words are. A festival, a place or the weather named in one is the
commonest way a vague note looks specific ("Safe travels back to Hobart, and I hope the snow
holds off"), so the words of a wish never count as a detail in other words
(coach.checks.detail_specific). A detail's own words in a wish still count, through the first
test of coverage, which reads the whole message.
"""

from __future__ import annotations

import re

from coach.text import Doc, lazy_compile

#: a wish opening a clause: at a sentence's start, or after a comma, a semicolon, "and" or "but"
_WISH = lazy_compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[,;—–]\s)|(?<=\band\s)|(?<=\bbut\s))"
    r"(?:(?-i:[Hh]appy [A-Z])|happy (?:holidays|new year|birthday|weekend)"
    r"|merry\b|enjoy\b|have an? (?:good|great|lovely|nice|wonderful|restful|safe|happy|relaxing|"
    r"fun|peaceful|quiet)\b|safe (?:travels|trip|journey)|good luck\b|best of luck\b"
    r"|wishing you\b|i (?:do |really )?hope you(?:'ll| will)? (?:have|enjoy|find|get)\b"
    r"|i (?:do |really )?hope you(?:'re| are) (?:enjoying|having)\b)",
    re.I | re.M,
)
#: where the wish ends: its sentence's end
_END = lazy_compile(r"[.!?\n]")


def wish_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the body's well-wishes, each from its first word to its sentence's end."""
    return doc.derived("wish-spans", _wish_spans)


def _wish_spans(doc: Doc) -> list[tuple[int, int]]:
    text = doc.plain
    spans = []
    for m in _WISH.finditer(text, doc.body_start):
        end = _END.search(text, m.end())
        spans.append((m.start(), end.start() if end else len(text)))
    return spans
