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
from pathlib import Path
from typing import NamedTuple

from coach.pattern_cache import compile_pattern
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
    from coach.semantic import tokenizer as tokenizer_code
    from coach.semantic.errors import missing
    from coach.semantic.tokenizer import Tokenizer
    from coach.semantic.vectors import REINSTALL

    folder = package_dir()
    tok_path = folder / TOKENIZER
    if not tok_path.is_file():
        raise missing(tok_path, REINSTALL)
    sources = [tok_path, Path(tokenizer_code.__file__)]  # the code that makes what is kept, too
    tokenizer = cached("wordllama-tokenizer-v6", sources, lambda: Tokenizer.from_file(tok_path))
    return Embedding(folder / WEIGHTS, tokenizer)


@cache
def classifier() -> Classifier:
    from coach.rulebook import rules_dir

    return Classifier(rules_dir() / "semantic" / "classifier.json", embedding())


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


#: where a sentence ends: a run of . ! ? (with closing quotes) before a space, or a line break.
#: A sentence wrapped over two lines is read as two: joining lines would merge a signature's
#: name, title and telephone into one "sentence", which measured far worse on tests/corpus.
#: The run starts only where it starts (the look-behind) and is taken whole (possessive), so a
#: line of ten thousand dots is read once, not once from every dot. The dot of an honorific or
#: of "e.g." ends nothing: "for the care you and Mr. MacIsaac took" is one sentence, and its
#: second half read alone ("MacIsaac took over my interview.") is not what was written.
_NOT_AN_END = "".join(
    rf"(?<!\b{word})" for word in ("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "St", "e.g", "i.e")
)
#: Nor does the last dot of a dotted abbreviation ("a.m.", "p.m.", "U.S.") with a lower-case
#: word after it: "a 2 a.m. start, and the rye line" is one sentence, and its tail read alone
#: opens in lower case, which reads as a message written without capitals.
_NOT_AN_ABBREVIATION = r"(?!(?<=\b\w\.\w)\.\s+[a-z])"
#: (the look-ahead first: at the many places that are no mark, the look-behinds are not tried)
_END = compile_pattern(
    rf"(?=[.!?…])(?<![.!?…]){_NOT_AN_END}{_NOT_AN_ABBREVIATION}[.!?…]++[\"'”’)]*+(?=\s|\Z)|\n"
)
#: a sentence read for tone ends as one does; a line without that ending is a heading, a list
#: entry or a reference ("Priya Natarajan, former BSA Officer, Lakeshore Credit Union"), unless
#: it runs on long enough to be prose written without punctuation
_TERMINAL = compile_pattern(r"[.!?…][\"'”’)]*$")
_UNFINISHED_WORDS = 12
#: shorter lines are names, sign-offs and fragments, outside what the classifier learnt
_MIN_WORDS = 5


def sentences(doc: Doc) -> list[Sentence]:
    """The candidate's own sentences in the body: no greeting, quoted mail or signature.

    Worked out once per message: every rule that reads sentences shares them."""
    found: list[Sentence] | None = doc.__dict__.get("_sentences")
    if found is None:
        found = doc.__dict__["_sentences"] = _split(doc)
    return found


def _greeting_end(text: str, greeting: re.Match[str]) -> int:
    """Where the greeting ends: at its match's end, or at the first sentence end inside it. A
    spoken greeting runs on without a comma ("Good morning, Mr. Okafor. This is Dana Reyes; we
    met ..."), and the greeting's pattern takes up to sixty characters of it, so the sentence
    after it would be read from the middle of a word."""
    if not any(mark in greeting.group() for mark in ".!?…"):
        return greeting.end()  # "Dear Sarah," (most greetings): nothing to search
    inside = _END.search(text, greeting.start(), greeting.end())
    return inside.end() if inside is not None and inside.group() != "\n" else greeting.end()


def _split(doc: Doc) -> list[Sentence]:
    text = doc.masked
    start = doc.body_start
    greeting = doc.greeting
    if greeting is not None:
        after = _greeting_end(text, greeting)
        line_end = text.find("\n", after)
        line_end = len(text) if line_end < 0 else line_end
        rest = text[after:line_end]
        # "Dear Sarah," alone on its line, or "Hi Sara, thanks for ..." with the body after it
        start = max(start, line_end if not any(c.isalnum() for c in rest) else after)
    closing = doc.closing.strip().splitlines()
    last = text.rfind(closing[0], start) if closing else -1
    # the sign-off and the name under it are not sentences of the message
    stop = last if last > start and len(closing[0].split()) < _MIN_WORDS else len(text)
    found = []
    begin = start
    for end in [m.end() for m in _END.finditer(text, start, stop)] + [stop]:
        raw = text[begin:end]
        lead = len(raw) - len(raw.lstrip(" \t\n,;:—–-•*"))
        chunk = raw[lead:].rstrip()
        at = begin + lead
        begin = end
        if len(chunk.split()) < _MIN_WORDS:
            continue
        before = text[max(doc.body_start, at - 80) : at]
        gap = before[len(before.rstrip()) :]
        if (
            before.strip()
            and gap.count("\n") == 1
            and (before.rstrip()[-1].isalnum() or before.rstrip()[-1] in ",;")
        ):
            continue  # the rest of a sentence wrapped from the line above: a fragment
        if not _TERMINAL.search(chunk) and len(chunk.split()) < _UNFINISHED_WORDS:
            continue  # a heading, a list entry or a reference line: not a sentence to read
        found.append(Sentence(at, at + len(chunk), chunk))
    return found
