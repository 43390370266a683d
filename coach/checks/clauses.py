"""The parts of a sentence that a classifier should also read alone.

The sentence classifier (coach.semantic) scores a sentence by its words and the mean of their
vectors. In a long sentence of two independent clauses joined by a semicolon, a fault
in one clause is averaged with the plain words of the other and drops below its threshold ("My
family has staked everything on this post; please do not send me back empty-handed."). Each
clause stands as a sentence of its own, so each is read alone too; a clause too short to carry
a meaning of its own ("Agreed; ...") is not. A clause confirms a fault that its whole sentence
already leans to; it does not find one the sentence shows no sign of ("...; my classification
work would be a real asset" read alone is no plea).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.text import WORD, lazy_compile

if TYPE_CHECKING:
    from coach.semantic.classifier import Classifier, Scores

#: where one independent clause ends and the next begins
_JOIN = lazy_compile(r"\s*;\s+")
#: words a clause needs to be read alone
_MIN_WORDS = 4


def clauses(sentence: str) -> list[str]:
    """The independent clauses of a sentence joined by semicolons, each as a sentence on its
    own (capital first, full stop last); empty when there is only one. A dash is no such join:
    it sets off an aside ("... the rotation — that's rarer than it should be") more often than
    it joins two statements."""
    if ";" not in sentence:
        return []
    parts = [p.strip() for p in _JOIN.split(sentence)]
    if len(parts) < 2:
        return []
    out = []
    for part in parts:
        if _words_besides_names(part) < _MIN_WORDS:
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
    clause's labels those the whole sentence leans to."""
    whole = model.score(sentence)
    found = [(sentence, whole.labels)]
    if ";" not in sentence:
        return found
    for clause in clauses(sentence):
        labels = model.score(clause).labels
        found.append((clause, frozenset(x for x in labels if leaning(whole, x, model.thresholds))))
    return found
