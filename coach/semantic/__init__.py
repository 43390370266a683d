"""The semantic layer: sentence vectors and a trained sentence classifier, loaded once.

Everything here is offline and deterministic. The token vectors and the tokenizer come from the
`wordllama` wheel (see coach.semantic.vectors); the classifier's weights are data in
`rules/semantic/`. Both load on first use, and what is derived from them (the tokenizer's
tables) is kept in coach's on-disk cache, so a one-file check stays fast. A missing or damaged
file raises coach.semantic.errors.InstallError: one line, never a silent fallback.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from coach.semantic.classifier import Classifier, Scores
from coach.semantic.errors import InstallError
from coach.semantic.vectors import TOKENIZER, WEIGHTS, Embedding, cosine, package_dir
from coach.text import Doc

__all__ = [
    "Classifier",
    "Embedding",
    "InstallError",
    "Scores",
    "Sentence",
    "classifier",
    "cosine",
    "embedding",
    "sentences",
]


@cache
def embedding() -> Embedding:
    from coach.cache import cached
    from coach.semantic.errors import missing
    from coach.semantic.tokenizer import Tokenizer
    from coach.semantic.vectors import REINSTALL

    folder = package_dir()
    tok_path = folder / TOKENIZER
    if not tok_path.is_file():
        raise missing(tok_path, REINSTALL)
    tokenizer = cached("wordllama-tokenizer-v2", [tok_path], lambda: Tokenizer.from_file(tok_path))
    return Embedding(folder / WEIGHTS, tokenizer)


@cache
def classifier() -> Classifier:
    from coach.rulebook import rules_dir

    return Classifier(rules_dir() / "semantic" / "classifier.json", embedding())


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


#: a sentence ends at . ! ? (with closing quotes) followed by a space, or at the end of a line
#: (a sentence wrapped over two lines is read as two: joining lines would merge a signature's
#: name, title and telephone into one "sentence", which measured far worse on tests/corpus)
_SENTENCE = re.compile(r"[^\s].*?(?:[.!?…]+[\"'”’)]*(?=\s)|$)", re.M)
#: shorter lines are names, sign-offs and fragments, outside what the classifier learnt
_MIN_WORDS = 5


def sentences(doc: Doc) -> list[Sentence]:
    """The candidate's own sentences in the body: no greeting, quoted mail or signature."""
    text = doc.masked
    start = doc.body_start
    greeting = doc.greeting
    if greeting is not None:
        start = max(start, greeting.end())
    closing = doc.closing.strip().splitlines()
    last = text.rfind(closing[0], start) if closing else -1
    # the sign-off and the name under it are not sentences of the message
    stop = last if last > start and len(closing[0].split()) < _MIN_WORDS else len(text)
    found = []
    for m in _SENTENCE.finditer(text, start, stop):
        chunk = m.group().rstrip()
        before = text[max(start, m.start() - 80) : m.start()].rstrip()
        if before and (before[-1].isalnum() or before[-1] in ",;"):
            continue  # the rest of a sentence wrapped from the line above: a fragment
        if len(chunk.split()) >= _MIN_WORDS:
            found.append(Sentence(m.start(), m.start() + len(chunk), chunk))
    return found
