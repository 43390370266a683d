"""Well-wishes to the reader ("Happy Diwali", "Enjoy the regatta", "I hope you have a calm
crossing home") and praise of the reader's or the team's feeling for their trade ("your passion
for the orchards", "the care that goes into every loaf"), for detail coverage: a wish is about
the reader's own days, and such praise is about the trade as a whole, not about anything
discussed, however rare their words are. A festival, a place, the weather or the trade's own
nouns named in one is the commonest way a vague note looks specific ("Safe travels back to
Hobart, and I hope the snow holds off"), so their words never count as a detail in other words
(coach.checks.detail_specific). A detail's own words in them still count, through the first
test of coverage, which reads the whole message. Praise of a commitment or a plan ("your
commitment to mentoring the graduates") is left alone: it is how people retell a detail.
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
#: a feeling for the trade: "your passion for", "the team's love of", "the care that goes into"
_PRAISE = lazy_compile(
    r"\b(?:(?:your|the team['’]s|everyone['’]s|their) (?:\w+ )?(?:passion|love|enthusiasm|pride) "
    r"(?:for|of|in)\b|the (?:\w+ )?care (?:that )?(?:goes|go|went|you put|you take|they put|"
    r"they take|the team puts|the team takes) (?:into|in|with|over)\b)",
    re.I,
)
#: where the wish ends: its sentence's end
_END = lazy_compile(r"[.!?\n]")


def wish_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the body's well-wishes and praise of a feeling for the trade, each from its
    first word to its sentence's end."""
    return doc.derived("wish-spans", _wish_spans)


def _wish_spans(doc: Doc) -> list[tuple[int, int]]:
    text = doc.plain
    spans = []
    for rx in (_WISH, _PRAISE):
        for m in rx.finditer(text, doc.body_start):
            end = _END.search(text, m.end())
            spans.append((m.start(), end.start() if end else len(text)))
    return spans
