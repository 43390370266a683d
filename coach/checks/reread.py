"""A fault the sentence classifier reads is read a second way before it counts.

The classifier (coach.semantic) reads one sentence alone, by its words and their mean vector.
Two things it cannot see mislead it, and each has a second reading that can only withdraw a
finding, never add one:

- The interview's own subject. A detail restated in the notes' words ("getting the porters to
  run their own drills" for "training the night porters to run the fire drills") is the
  employer's topic, not the writer's tone, yet such words carry weight for a fault ("run",
  "invasive", "complaints"). A fault survives without the restatement ("you promised me the
  fire drill rota and it never came" still complains with "fire drill rota" left out); a
  sentence that only restates the topic, or praises it, does not. One word shared with a
  detail is no restatement ("I will take any hours"): it stays the writer's.
- A point's number. "Third, winter on the floats." heads the third point of a list; the
  ordinal, read as part of the sentence, counts the writer's messages ("third time"). A fault
  survives with the list's marker taken off, or it was the marker's.
- A parenthetical aside. "(My gran would never forgive me otherwise!)" comments on the sentence
  before it; alone it reads as a grievance. It counts only if it still does read with its host.

Only sentences the classifier has already given a fault are read again, so a clean message
costs nothing more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from coach.checks.base import per_notes
from coach.checks.detail_words import concept, stem
from coach.models import Notes
from coach.pattern_cache import compile_pattern
from coach.text import WORD

if TYPE_CHECKING:
    from coach.semantic import Classifier, Sentence


def topic_stems(notes: Notes) -> frozenset[str]:
    """Stems of the content words of the notes' details (no stop words: "the", "with")."""
    return per_notes(notes, "topic-stems", _topic_stems, uses=("details",))


def _topic_stems(notes: Notes) -> frozenset[str]:
    words = (p for d in notes.details for w in WORD.findall(d) for p in w.split("-") if p)
    return frozenset(stem(p) for p in words if concept(p) is not None)


def without_topic(sentence: str, stems: frozenset[str]) -> str:
    """The sentence with the interview's topic left out: each run of at least two of the
    details' words (stop words between them allowed) that restates it, with the determiner
    before it, stands as "it". One shared word alone ("any hours", "the porters") is the
    writer's own: it stays. A hole ("audited along with the, since it seems ...") is no
    sentence, and the classifier read such broken ones as milder than the jibe they carried
    (tests/dev9, tests/dev23); "along with it, since it seems ..." keeps the sentence whole."""
    if not stems:
        return sentence
    cut: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for m in WORD.finditer(sentence):
        kind = _kind(m.group(), stems)
        if kind == "topic":
            run.append(m)
        elif kind != "stop" or not run:
            if len(run) >= _RUN:
                cut.append((run[0].start(), run[-1].end()))
            run = []
    if len(run) >= _RUN:
        cut.append((run[0].start(), run[-1].end()))
    if not cut:
        return sentence
    out, last = [], 0
    for start, end in cut:
        head = sentence[last:start]
        det = _DETERMINER.search(head)
        # an owner's mark, in the run's last word or after it: "the night porter's idea"
        owner = _POSSESSIVE.match(sentence, end)
        owned = owner is not None or sentence[end - 2 : end] in ("'s", "’s")
        out.append((head[: det.start()] if det else head) + ("its" if owned else "it"))
        last = owner.end() if owner else end
    out.append(sentence[last:])
    return "".join(out)


_POSSESSIVE = compile_pattern(r"['’]s?\b|['’](?=\s)")
_DETERMINER = compile_pattern(
    r"\b(?:the|a|an|our|your|its|their|my|this|these|those|his|her)\s*$", re.IGNORECASE
)


#: topic words in a run that make it a restatement of the interview's subject
_RUN = 2


def _kind(word: str, stems: frozenset[str]) -> str:
    """ "topic" (every part a word of the details), "stop" (a function word) or "other"."""
    parts = [p for p in word.split("-") if p]
    if parts and all(stem(p) in stems for p in parts):
        return "topic"
    return "stop" if concept(word) is None else "other"


#: a list's marker heading a sentence: "First,", "Secondly,", "Third:", "Finally,"
_MARKER = compile_pattern(
    r"^(?:first|second|third|fourth|fifth|(?:first|second|third|fourth|fifth)ly|finally|"
    r"lastly|next)\s*[,:]\s+(?=\w)",
    re.I,
)


def without_marker(sentence: str) -> str:
    """The sentence without the list marker that heads it, capitalised; unchanged without one."""
    m = _MARKER.match(sentence)
    if m is None:
        return sentence
    rest = sentence[m.end() :]
    return rest[:1].upper() + rest[1:]


def host_reading(sentences: Sequence[Sentence], at: int, text: str) -> str | None:
    """An aside in brackets read with the sentence before it, or None when it is no aside or
    has no sentence before it."""
    body = text.rstrip(".!?… ")
    if not (body.startswith("(") and body.endswith(")")) or at == 0:
        return None
    return f"{sentences[at - 1].text} {text}"


def still_reads(
    model: Classifier,
    label: str,
    sentences: Sequence[Sentence],
    at: int,
    text: str,
    notes: Notes | None,
    floor: float | None = None,
) -> bool:
    """Whether the fault `label`, read in `text` (sentence `at`), survives the second readings:
    without the interview's topic words, without a list's marker, and an aside with its host.
    With a `floor`, the reading without the topic withdraws the fault only under that
    probability (the cut can leave a broken sentence that reads milder than the jibe)."""
    if notes is not None and notes.details:
        masked = without_topic(text, topic_stems(notes))
        if masked != text:
            scored = model.score(masked)
            kept = label in scored.labels if floor is None else scored.probs[label] >= floor
            if not kept:
                return False
    unmarked = without_marker(text)
    if unmarked != text and label not in model.score(unmarked).labels:
        return False
    hosted = host_reading(sentences, at, text)
    return hosted is None or label in model.score(hosted).labels
