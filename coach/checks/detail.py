"""A specific interview detail: coverage that accepts paraphrase, invented topics, and the same
text sent to two interviewers.

A detail is a set of concepts: each content word is stemmed (Snowball, via PyStemmer) and mapped
to its synonym group (rules/lexicon/synonyms.yaml). Generic words about the job itself never
count, so "the position" or "the team" is not a detail.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import yaml
from pydantic import Field

from coach.checks.base import CheckKind, Context, Hit, Params
from coach.checks.phrases import anchor
from coach.models import Notes
from coach.rulebook import rules_dir
from coach.text import WORD, Doc


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], dict[str, str]]:
    """Stop words (function words and generic job words) and stem -> synonym-group id."""
    data = yaml.load((rules_dir() / "lexicon" / "synonyms.yaml").read_text("utf-8"),
                     Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    stop = frozenset(stem(w) for w in " ".join(data["stopwords"]).split())
    groups: dict[str, str] = {}
    for group in data["synonyms"]:
        words = group.split(",") if isinstance(group, str) else group
        head = stem(words[0].strip())
        for word in words:
            for part in word.strip().split():
                groups.setdefault(stem(part), head)
    return stop, groups


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return str(_stemmer().stemWord(word))


@lru_cache(maxsize=65536)
def concept(word: str) -> str | None:
    """The concept a word stands for, or None for a stop word."""
    if len(word) < 3 and not word.isupper():
        return None
    stop, groups = _lexicon()
    s = stem(word)
    if s in stop:
        return None
    return groups.get(s, s)


def concepts(words: Iterable[str]) -> set[str]:
    return {c for w in words if (c := concept(w)) is not None}


def _context_concepts(notes: Notes) -> set[str]:
    """Concepts a bare mention of the role, company or people supplies: they never count."""
    texts = [notes.role, notes.company.name, *notes.company.aliases, notes.candidate.name]
    texts += [p.name for p in notes.interviewers]
    return concepts(w for t in texts for w in WORD.findall(t))


@lru_cache(maxsize=4096)
def _detail_concepts(detail: str, exclude: frozenset[str]) -> frozenset[str]:
    return frozenset(concepts(WORD.findall(detail)) - exclude)


def covered(detail_concepts: frozenset[str], text_concepts: set[str], need: int) -> bool:
    matched = len(detail_concepts & text_concepts)
    return matched >= min(need, len(detail_concepts)) and matched > 0


class CoverageParams(Params):
    need: int = Field(2, ge=1, description="concepts of one detail the message must share")


class Coverage(CheckKind):
    """`detail-missing`: the message refers to none of the details discussed."""

    name = "detail_coverage"
    Params = CoverageParams

    def run(self, doc: Doc, ctx: Context, rule: Any, params: CoverageParams) -> Iterator[Hit]:
        notes = ctx.notes
        if notes is None or not notes.details:
            return
        exclude = frozenset(_context_concepts(notes))
        text = concepts(t.text for t in doc.body_tokens)
        for detail in notes.details:
            if covered(_detail_concepts(detail, exclude), text, params.need):
                return
        example = notes.details[0]
        yield anchor(doc, "start", {"details": "; ".join(notes.details)},
                     f"Add a sentence about something you discussed, e.g. "
                     f"'I enjoyed our conversation about {example}.'")


CLAIM = re.compile(
    r"\b(?:(?:our|the|that) (?:conversation|discussion|chat|talk|exchange)s? (?:about|on|regarding|around)"
    r"|(?:we|you) (?:discussed|talked about|covered|spoke about|went over|walked me through)"
    r"|(?:discussing|talking about|hearing about|learning about|hearing more about|learning more about)"
    r"|your (?:insights?|thoughts|perspective) (?:on|about|into))\s+(?P<topic>[^.,;:!?\n]{3,80})",
    re.I,
)
_TOPIC_END = re.compile(r"\b(?:and I|and how|and it|which|that|because|as well)\b", re.I)
# "the migration we discussed is exactly ..." names its topic before the claim, not after it
_NOT_A_TOPIC = re.compile(r"(?:is|was|are|were|has|had|have|will|would|could|should|sounds?|"
                          r"seems?|really|very|so|too|earlier|today|yesterday|last)\b", re.I)


class UnsupportedParams(Params):
    max_words: int = Field(6, description="words of the claimed topic to read")


class Unsupported(CheckKind):
    """`detail-unsupported`: a claimed topic that is in neither the notes nor the role."""

    name = "detail_unsupported"
    Params = UnsupportedParams

    def run(self, doc: Doc, ctx: Context, rule: Any, params: UnsupportedParams) -> Iterator[Hit]:
        notes = ctx.notes
        if notes is None or not notes.details:
            return
        vocabulary = concepts(
            w for t in [*notes.details, notes.role, notes.company.name, notes.timeline.said or "",
                        *(p.title or "" for p in notes.interviewers), *notes.company.aliases,
                        *(m.what for m in notes.materials)]
            for w in WORD.findall(t)
        )
        for m in CLAIM.finditer(doc.plain, doc.body_start):
            topic = m.group("topic")
            if _NOT_A_TOPIC.match(topic):
                continue
            cut = _TOPIC_END.search(topic)
            if cut:
                topic = topic[: cut.start()]
            words = WORD.findall(topic)[: params.max_words]
            claimed = concepts(words)
            if claimed and not claimed & vocabulary:
                start = m.start("topic")
                text = " ".join(words)
                end = doc.plain.find(words[-1], start) + len(words[-1]) if words else start
                yield Hit(start, end, {"topic": text},
                          "Mention only topics you really discussed (see the notes' details)")


class DuplicateParams(Params):
    similarity: float = Field(90.0, description="rapidfuzz ratio (0-100) that counts as the same")


class Duplicate(CheckKind):
    """`duplicate-across-interviewers`: two messages of a batch nearly the same, names aside."""

    name = "duplicate"
    Params = DuplicateParams

    def run(self, doc: Doc, ctx: Context, rule: Any, params: DuplicateParams) -> Iterator[Hit]:
        if not ctx.peers or ctx.to is None:
            return
        names: set[str] = set()
        if ctx.notes is not None:
            for p in ctx.notes.interviewers:
                names.update(w.lower() for w in (*p.name.split(), *p.aliases))
        mine = _without_names(doc, names)
        for peer in ctx.peers:
            if peer.to is None or peer.to == ctx.to:
                continue
            from rapidfuzz import fuzz

            score = fuzz.ratio(mine, _without_names(peer.doc, names))
            if score >= params.similarity:
                yield anchor(doc, "start", {"other": peer.to, "path": peer.path,
                                            "score": round(score)},
                             f"Make this note different from the one to {peer.to}: mention "
                             "what you discussed with each person")
                return


def _without_names(doc: Doc, names: set[str]) -> str:
    """The body's words in lower case, interviewers' names left out (computed once per doc)."""
    cached: str | None = getattr(doc, "_without_names", None)
    if cached is None:
        cached = " ".join(w for t in doc.body_tokens if (w := t.text.lower()) not in names)
        doc._without_names = cached  # type: ignore[attr-defined]
    return cached
