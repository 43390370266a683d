"""Praise of the trade in general, for detail coverage: "Good bread is a matter of patience",
"Adventure sports depend on trust", "Camp life in the North asks a lot of everyone", "the river
below the falls is one of the most powerful in the world".

Such a sentence is full of the trade's words (crust, crumb, guides, cargo), rare in follow-up
prose, so it reads as specific; but it says what the whole trade is like, not what was said at
this interview. A paraphrase of a detail says what happens here ("a forgotten crate cannot be
replaced once the order has left"), not what the trade is. What marks the praise is its verb:
the trade characterised (a craft of, a matter of, one of the most), asking or depending on
people and virtues. Its sentence's words are no detail, as the employer's standing is not
(coach.checks.detail_specific.standing_spans).
"""

from __future__ import annotations

import re

from coach.text import Doc, lazy_compile

_SENTENCE = lazy_compile(r"[^.!?;\n]+")
#: the trade characterised: "is a special craft", "is a matter of patience", "is one of the
#: most powerful", "is the heart of trade", "asks a lot of everyone", "depends on trust",
#: "forgives very little"
_TRADE = lazy_compile(
    # ("a discipline" is not here: "keeping the roses near freezing is a discipline" is said
    # of one practice)
    r"\b(?:is|are)\s+(?:a|an)\s+(?:\w+\s+)?(?:craft|art|matter|calling|vocation|trade)\b"
    r"(?!\s+(?:you|your|the\s+team)\b)"
    r"|\b(?:is|are)\s+one\s+of\s+the\s+(?:most|few|best|oldest|finest|hardest|toughest|"
    r"greatest)\b"
    r"|\b(?:is|are)\s+(?:at\s+)?the\s+heart\s+of\s+(?!your\b|the\s+(?:plan|project|change)\b)"
    r"|\b(?:asks?|demands?|expects?)\s+(?:a\s+(?:great\s+)?lot|so\s+much|much|everything)\s+"
    r"(?:of|from)\b"
    r"|\b(?:depends?|relies|rely|rests?)\s+(?:on|upon)\s+(?:trust|people|patience|care|"
    r"teamwork|skill|discipline|attention)\b"
    r"|\bforgives?\s+(?:very\s+)?little\b|\bforgives?\s+nothing\b",
    re.I,
)
#: a sentence that turns to what was said: then its words may name a detail after all
_SAID = lazy_compile(
    r"\byour\b|\byou\s+(?:\w+\s+)?(?:mentioned|described|explained|told|showed|said|shared|"
    r"walked|talked|spoke)\b",
    re.I,
)


def trade_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the body's sentences that praise the trade in general, not about what the
    reader said."""
    return doc.derived("trade-spans", _trade_spans)


def _trade_spans(doc: Doc) -> list[tuple[int, int]]:
    text = doc.plain
    spans = []
    for m in _SENTENCE.finditer(text, doc.body_start):
        sentence = m.group()
        if _TRADE.search(sentence) and not _SAID.search(sentence):
            spans.append((m.start(), m.end()))
    return spans
