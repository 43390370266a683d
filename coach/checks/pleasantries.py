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
#: an impression of the place or the day: a clause that says how something looked or was to the
#: eye ("the view of the valley from your office was beautiful", "Tromsø looked beautiful in
#: the spring sunshine", "the drive up through the mist was stunning") ...
_ADJECTIVES = (
    "beautiful",
    "stunning",
    "breathtaking",
    "picturesque",
    "gorgeous",
    "spectacular",
    "glorious",
    "magical",
)
_LOOKS = lazy_compile(rf"\b(?:{'|'.join(_ADJECTIVES)})\b", re.I)
#: ... said of it just before: "was", "looked", "were so" (most messages have none of the
#: adjectives, which a substring test tells far sooner than a pattern)
_LOOKS_VERB = lazy_compile(
    r"\b(?:looked|looks|look|was|were|is|are)\s+(?:so |really |very |truly |absolutely |just )?$",
    re.I,
)
#: ... of the surroundings or the weather: "the pictures of the 1902 winding gear were stunning"
#: is what the reader showed, often a detail in other words, and is left alone
_SURROUNDINGS = lazy_compile(
    r"\b(?:views?|drive|journey|trip|scenery|landscape|countryside|surroundings|weather|"
    r"sunshine|sunset|sunrise|mist|rain|snow|sky|valley|lake|hills|mountains|coast(?:line)?)\b",
    re.I,
)
#: where such a clause starts: its sentence's start, or a comma, semicolon, "and" or "but"
_CLAUSE = lazy_compile(r"(?:[.!?\n]|[,;—–]|\b(?:and|but)\b)\s+")
#: where the wish ends: its sentence's end
_END = lazy_compile(r"[.!?\n]")


def wish_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the body's well-wishes, praise of a feeling for the trade, and impressions of
    how the surroundings or the weather looked, each from its clause's first word to its
    sentence's end: the view, the drive and the weather are the candidate's day, not a topic
    discussed."""
    return doc.derived("wish-spans", _wish_spans)


def _wish_spans(doc: Doc) -> list[tuple[int, int]]:
    text = doc.plain
    spans = []
    for rx in (_WISH, _PRAISE):
        for m in rx.finditer(text, doc.body_start):
            end = _END.search(text, m.end())
            spans.append((m.start(), end.start() if end else len(text)))
    lower = text.lower()
    if not any(a in lower for a in _ADJECTIVES):
        return spans
    for m in _LOOKS.finditer(text, doc.body_start):
        if not _LOOKS_VERB.search(text, max(doc.body_start, m.start() - 24), m.start()):
            continue
        start = max(
            (c.end() for c in _CLAUSE.finditer(text, doc.body_start, m.start())),
            default=doc.body_start,
        )
        found = _END.search(text, m.end())
        stop = found.start() if found else len(text)
        if _SURROUNDINGS.search(text, start, stop):
            spans.append((start, stop))
    return spans
