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

Sarcasm and jibes are the exception: people tuck them into a polite sentence as an aside, after
a comma or a dash, and the thanks around them outweigh them in the whole. So every piece of a
sentence between its commas, semicolons, colons and dashes is read alone too, and a piece read
as hostile or passive-aggressive at SURE, the confidence that outweighs thanks within one
sentence (coach.semantic.classifier), counts without the whole leaning to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.checks.frames import unframed
from coach.semantic.classifier import POSITIVE, SURE
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


def _leans(model: Classifier, whole: Scores) -> frozenset[str]:
    return frozenset(x for x in model.thresholds if leaning(whole, x, model.thresholds))


def readings(model: Classifier, sentence: str) -> list[tuple[str, frozenset[str]]]:
    """(text, labels) of the sentence read whole, then of each clause read alone, keeping of a
    clause's labels those the whole sentence leans to. A whole sentence that already reads as
    something hides nothing: read as a fault, its clauses would only name the same fault another
    way ("..., but the call went unanswered" is the whole's remark on silence, not a second
    accusation); read as thanks or interest, that outweighs a fault a clause reads without it
    ("Following up again on the role: I remain very interested"), as within one sentence
    (coach.semantic.classifier).

    Courtesy is read through too (coach.checks.frames): the point of a sentence in a polite
    frame is read without the frame, even when the frame alone made the whole read as thanks
    ("I'd be grateful to know by Friday, as ...")."""
    whole = model.score(sentence)
    found = [(sentence, whole.labels)]
    if whole.labels <= POSITIVE:
        point = unframed(sentence)
        if point is not None:
            leans = _leans(model, whole)
            if leans:
                found.append((point, model.score(point).labels & leans))
    if _JOINED.search(sentence) and not whole.labels:
        # only what the whole leans to can be confirmed: a sentence that leans to nothing is
        # not split this way, and costs no further reading
        leans = _leans(model, whole)
        if leans:
            found.extend((c, model.score(c).labels & leans) for c in clauses(sentence))
    found.extend(_asides(model, sentence, whole, {text for text, _ in found}))
    return found


def _asides(
    model: Classifier, sentence: str, whole: Scores, seen: set[str]
) -> list[tuple[str, frozenset[str]]]:
    """Each piece of the sentence (`pieces`) read alone, keeping the ASIDE_LABELS it reads at
    SURE. A jibe set as an aside in a polite sentence ("Thank you for the tour of the kilns,
    though nobody competent will stay long at a depot run like that") is averaged with the
    thanks around it, and the whole reads as thanks; the aside alone reads as what it is. The
    piece must be read with confidence, since nothing in the whole sentence confirms it (a
    clause needs the whole to lean, above). A sentence that already reads as a fault names it
    itself: its pieces only say where (a rule's exception may cover the rest of it,
    coach.checks.classified), never a second fault."""
    if not _CUT.search(sentence):
        return []
    labels = ASIDE_LABELS if whole.labels <= POSITIVE else ASIDE_LABELS & whole.labels
    if not labels:
        return []
    out = []
    for piece in pieces(sentence):
        if piece in seen:
            continue
        probs = model.score(piece).probs
        found = frozenset(x for x in labels if probs.get(x, 0.0) >= SURE)
        if found:
            out.append((piece, found))
    return out


#: the labels an aside carries unconfirmed: sarcasm and jibes, which people tuck into a polite
#: sentence; a demand or a plea is the sentence's point, and reads in the whole or its clauses
ASIDE_LABELS = frozenset({"tone-hostile", "tone-passive-aggressive"})
#: where a sentence is cut into pieces: a comma, a semicolon, a colon (not in a time) or a dash
_CUT = lazy_compile(r"[,;:]\s|\s[—–-]\s|[—–]")
#: words (besides names) a piece needs to be read alone; shorter ones join the next piece
_MIN_PIECE = 5


def pieces(sentence: str) -> list[str]:
    """The sentence cut at every comma, semicolon, colon and dash, as it is written, each piece
    a sentence on its own (capital first, full stop last); a piece of fewer than _MIN_PIECE
    words joins the next ("Thanks, too, for ..."), a short last one the piece before it, so a
    list of names is never a piece of its own. Empty when the sentence is one piece."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for m in [*_CUT.finditer(sentence), None]:
        end = m.start() if m is not None else len(sentence)
        if _words_besides_names(sentence[begin:end]) >= _MIN_PIECE or m is None:
            spans.append((begin, end))
            begin = m.end() if m is not None else end
    if len(spans) > 1 and _words_besides_names(sentence[slice(*spans[-1])]) < _MIN_PIECE:
        spans[-2:] = [(spans[-2][0], spans[-1][1])]
    if len(spans) < 2:
        return []
    out = []
    for start, end in spans:
        part = sentence[start:end].strip(" ,;:—–-")
        part = part[:1].upper() + part[1:]
        out.append(part if part[-1:] in ".!?" else part + ".")
    return out
