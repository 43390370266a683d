"""The parts of a sentence that a classifier should also read alone.

The sentence classifier (coach.semantic) scores a sentence by its words and the mean of their
vectors. In a long sentence of two independent clauses, a fault in one clause is averaged with
the plain words of the other and drops below its threshold. Three joins set such clauses side
by side:

- a semicolon ("My family has staked everything on this post; please do not send me back
  empty-handed.");
- a colon before a clause, which states or explains ("I know you are all busy, so I am sending
  it again in case it was missed: is there any news?");
- a contrast, ", but", whose second clause is the writer's point and whose first only concedes
  ("I accept the decision, but I would ask you to put my name forward once more").

Each clause stands as a sentence of its own, so each is read alone too; a clause too short to
carry a meaning of its own ("Agreed; ...") is not. A clause confirms a fault that its whole
sentence already leans to; it does not find one the sentence shows no sign of ("...; my
classification work would be a real asset" read alone is no plea).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.text import WORD, lazy_compile

if TYPE_CHECKING:
    from coach.semantic.classifier import Classifier, Scores

#: where one independent clause ends and the next begins: a semicolon, a colon (not in a time,
#: "10:30"), or a comma before "but"
_JOIN = lazy_compile(r"\s*[;:]\s+|,\s+but\s+")
#: a sentence with one of those joins, found without splitting
_JOINED = lazy_compile(r"[;:]\s|,\s+but\s")
#: words a clause needs to be read alone
_MIN_WORDS = 4


def clauses(sentence: str) -> list[str]:
    """The independent clauses of a sentence joined by a semicolon, a colon or ", but", each as a
    sentence on its own (capital first, full stop last); empty when there is only one. What a
    "but" answers only concedes ("I find it hard to see how I could have done better, but any
    pointers are welcome"): it is not read alone, as the point after it is. A colon
    or a "but" after fewer than _MIN_WORDS words ends a label or an aside, not a clause ("Sign
    off: ...", "Yes, but ..."), so it joins nothing. A dash is no such join: it sets off an aside
    ("... the rotation — that's rarer than it should be") more often than it joins two
    statements."""
    if not _JOINED.search(sentence):
        return []
    parts: list[tuple[str, bool]] = []  # (clause, whether it only concedes)
    begin = 0
    for m in _JOIN.finditer(sentence):
        head = sentence[begin : m.start()]
        if not m.group().strip().startswith(";") and len(WORD.findall(head)) < _MIN_WORDS:
            continue
        parts.append((head.strip(), m.group().lstrip().startswith(",")))
        begin = m.end()
    parts.append((sentence[begin:].strip(), False))
    if len(parts) < 2:
        return []
    out = []
    for part, concedes in parts:
        if concedes or _words_besides_names(part) < _MIN_WORDS:
            continue
        part = part[:1].upper() + part[1:]
        out.append(part if part[-1:] in ".!?" else part + ".")
    return out


def _words_besides_names(part: str) -> int:
    """The clause's words, not counting a name after its first word: "This is Dana
    Okafor-Reyes" is a speaker naming themselves, with too few words of its own to carry a
    tone (read alone, its names weigh like any words and can tip it to one)."""
    found = WORD.findall(part)
    return sum(1 for i, w in enumerate(found) if i == 0 or w == "I" or not w[:1].isupper())


#: the share of a label's threshold that a whole sentence must reach for a clause to confirm it
LEAN = 0.25


def leaning(whole: Scores, label: str, thresholds: dict[str, float]) -> bool:
    """Whether the whole sentence leans to `label`: at least LEAN of its threshold."""
    return whole.probs.get(label, 0.0) >= LEAN * thresholds.get(label, 1.0)


def readings(model: Classifier, sentence: str) -> list[tuple[str, frozenset[str]]]:
    """(text, labels) of the sentence read whole, then of each clause read alone, keeping of a
    clause's labels those the whole sentence leans to. A whole sentence that already reads as
    something hides nothing: read as a fault, its clauses would only name the same fault another
    way ("..., but the call went unanswered" is the whole's remark on silence, not a second
    accusation); read as thanks or interest, that outweighs a fault a clause reads without it
    ("Following up again on the role: I remain very interested"), as within one sentence
    (coach.semantic.classifier)."""
    whole = model.score(sentence)
    found = [(sentence, whole.labels)]
    if not _JOINED.search(sentence) or whole.labels:
        return found
    # only what the whole leans to can be confirmed: a sentence that leans to nothing is not
    # split, and costs no further reading
    leans = frozenset(x for x in model.thresholds if leaning(whole, x, model.thresholds))
    if not leans:
        return found
    for clause in clauses(sentence):
        found.append((clause, model.score(clause).labels & leans))
    return found
