"""A survey of the subject, for detail coverage: a list of bare nouns, each named by "the" and one
word ("It was great to hear more about the boats, the crew and how a day works"), names the
areas of the job, not a thing discussed in them.

A detail is a particular: it has a modifier, a number, a name or a clause ("the monthly drill
with the fire brigade", "the Friday spreadsheet"). Two or more single-word items, each with its
own article, joined by commas, then "and" and a last such item ending the clause or a "how"
clause, read as the table of contents of the interview: its words ("the artisans, the
motifs", "the diving, the boats") sound specific, and may even be words of the notes, but the
list says nothing of them. Both tests of coverage pass these spans over: the detail's concepts
(coach.checks.detail) and the rare words of one sentence (coach.checks.detail_specific).
"""

from __future__ import annotations

from coach.text import Doc, lazy_compile

#: "the boats, the river and how a day of sailings works", "the customers, the orders, and the
#: shop": two or more items of one lower-case word each with its article, the last one ending
#: the clause or being a "how ..." clause, which runs to the clause's end
_ITEM = r"(?:the|your|its|their|our)\s+[a-z][a-z-]*"
_SURVEY = lazy_compile(
    rf"\b{_ITEM}(?:\s*,\s*{_ITEM})+\s*,?\s+and\s+"
    rf"(?:{_ITEM}(?=\s*(?:[.,;!?:]|$))|how\b[^.,;!?\n]*)"
)


def survey_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the body's lists of bare nouns ("the game, the testers and how a release comes
    together"); a list of fewer than two single-word items is not one."""
    return doc.derived("survey-spans", _survey_spans)


def _survey_spans(doc: Doc) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SURVEY.finditer(doc.plain, doc.body_start)]
