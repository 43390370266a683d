"""A detail named by one word: "your point about one shared dictionary for the team", "your
promise that nobody is pushed into crunch". A thank-you must name two concepts of a detail, since
one word of a detail is often said of something else; but a word that only one detail has, rare
in follow-up prose, said as the reader's or the conversation's (after "your", "you", "our"
or "we" in its sentence), refers to that detail as the person who took the notes reads
it; the "you" of "thank you" is no such turn.

A word several details share points at none of them; a word of the role, the company or the
people, a synonym or generic group, and the spans detail coverage leaves out (the candidate's
own background, praise of the employer or the trade) never count, nor does a word common in
follow-up prose ("the farm", "everything we covered"). Words before the reader is named do not
count: "Restoring bogs is why I studied ecology ... your projects" is the candidate's own story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from coach.checks.detail_words import Normalise, _base, concept, is_group
from coach.text import WORD, lazy_compile

#: the reader or the conversation, before the word in its sentence (not "hearing about the
#: estate": the employer praised)
_ADDRESSED = lazy_compile(r"\b(?:your|our|we)\b|(?<!thank )\byou\b", re.I)
_SENTENCE = lazy_compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
#: the reader's side or the candidate's, whichever is named last before a figure
_WHOSE = lazy_compile(
    r"\b(?P<reader>your|our|we|(?<!thank )you)\b|\b(?:I|I'm|I've|I'd|my|mine)(?![\w'’])", re.I
)
#: a length of time after a number: "our 45-minute call", "a 30 min chat"
_LENGTH = lazy_compile(r"[\s-]?(?:minutes?|mins?|hours?|hrs?)\b", re.I)


def sole_references(
    text: str,
    body_start: int,
    tokens: Sequence[Any],
    detail_concepts: Sequence[frozenset[str]],
    skip: frozenset[str],
    method: Normalise,
    common: int,
) -> list[int]:
    """Offsets of the tokens that name, alone, a concept exactly one detail has, after a word
    for the reader or the conversation in their sentence; each is in fewer than `common`
    sentences of follow-up prose (coach.checks.detail_specific.sentence_counts)."""
    from coach.checks.detail_specific import sentence_counts

    owners: dict[str, int] = {}
    for wanted in detail_concepts:
        for c in wanted:
            if not is_group(c):
                owners[c] = owners.get(c, 0) + 1
    if not owners:
        return []
    counts = sentence_counts()
    sentences: list[tuple[int, int]] | None = None
    found = []
    for t in tokens:
        for part in t.text.split("-"):
            if not WORD.fullmatch(part):
                continue
            b = _base(part, method)
            if b in skip or counts.get(b, 0) >= common:
                continue
            got = concept(part, method)
            if got is None or is_group(got) or owners.get(got) != 1:
                continue
            if sentences is None:
                sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text, body_start)]
            if any(s <= t.start < e and _ADDRESSED.search(text, s, t.start) for s, e in sentences):
                found.append(t.start)
                break
    return found


def sole_numbers(
    text: str, body_start: int, detail_numbers: Sequence[frozenset[str]], spans: list[Any]
) -> list[int]:
    """Offsets of the numbers (from 10 up, as coach.checks.detail_forms.numbers reads them) that
    exactly one detail gives, told after a word for the reader or the conversation in their
    sentence, with no "I" or "my" between, and outside `spans` (the candidate's own record):
    "you told me about the thirty-six people who give up their Saturdays" for "36 volunteers".
    A figure of the notes is as specific as a word no other detail has."""
    from coach.checks.detail_forms import NUMBER, message_numbers

    owners: dict[str, int] = {}
    for wanted in detail_numbers:
        for n in wanted:
            owners[n] = owners.get(n, 0) + 1
    if not owners:
        return []
    found = []
    for sentence in _SENTENCE.finditer(text, body_start):
        for m in NUMBER.finditer(text, sentence.start(), sentence.end()):
            if any(s <= m.start() < e for s, e in spans) or _LENGTH.match(text, m.end()):
                continue  # the candidate's own; "our 45-minute call" is how long they talked
            said = message_numbers(text[sentence.start() : sentence.end()])
            value = next((n for n in said if n == f"#{_value(m.group())}"), None)
            if value is None or owners.get(value) != 1:
                continue
            sides = [w.group("reader") for w in _WHOSE.finditer(text, sentence.start(), m.start())]
            if sides and sides[-1]:
                found.append(m.start())  # not "you asked, and I coached 36 people"
    return found


def _value(written: str) -> int | None:
    from coach.checks.detail_forms import number_value

    return number_value(written)
