"""The coach's advice as data: one YAML file per topic under rules/guide/, validated on load.

Each entry paraphrases what the seed articles advise on one topic, cites article and section
the way rules/*.yaml do, and names the rules that enforce it. The chat (coach.chat) answers
from these entries, the rules' rationales, the plan and the checker, never from free text.
`not-covered.yaml` lists what the articles do not address, so the coach can say so honestly.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from coach.errors import InputError, from_validation
from coach.rulebook import Source, articles, check_id_and_sources, load_rules, load_yaml, rules_dir

Intent = Literal["timing", "content", "channel", "interview", "rejection", "tone", "general"]
PlanKind = Literal["thank_you", "check_in", "final_follow_up", "move_on", "materials", "next_steps"]
SCOPE_FILE = "not-covered.yaml"


class Forbid(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _patterns(value: list[str]) -> list[str]:
    for pattern in value:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"bad pattern {pattern!r}: {exc}") from None
    return value


class Entry(Forbid):
    """One topic: the advice in a few sentences, its sources and the rules behind it."""

    id: str = Field(pattern=r"^[a-z]+(?:-[a-z]+)*$")
    topic: str
    intent: Intent
    cues: list[str] = Field(description="keyword patterns (case-insensitive) that point here")
    questions: list[str] = Field(min_length=1, description="how people ask it; for retrieval")
    answer: str = Field(min_length=20)
    sources: list[Source] = Field(min_length=1)
    rules: list[str] = []
    plan: PlanKind | None = Field(None, description="which plan item gives this topic's dates")

    _cues = field_validator("cues")(_patterns)


class Uncovered(Forbid):
    topic: str
    cues: list[str] = Field(min_length=1)
    mentions: list[str] = Field(
        default_factory=list,
        description="patterns that only say the topic came up (an offer made or pulled): out of "
        "scope on their own, not when the question asks about something the guide covers",
    )
    situation: bool = Field(
        False,
        description="the cues describe the user's situation, which no advice fits (no interview "
        "yet): they count wherever they are, not only in the clauses that ask",
    )
    questions: list[str] = Field(
        default_factory=list,
        description="example questions on the topic, in our own words: a question nearer in "
        "meaning to one of these than to any guide entry asks about this topic, whatever its "
        "follow-up words",
    )

    _cues = field_validator("cues", "mentions")(_patterns)


class Scope(Forbid):
    """What the articles do not cover, and a one-line summary of what they do."""

    covers: str
    topics: list[Uncovered]


class Guide(Forbid):
    entries: dict[str, Entry]
    scope: Scope


def guide_dir() -> Path:
    return rules_dir() / "guide"


@lru_cache(maxsize=2)
def load_guide(directory: str | None = None) -> Guide:
    """Every entry, keyed by id in file-name order; cached on disk like the rules."""
    from coach.cache import cached

    folder = Path(directory) if directory else guide_dir()
    sources = [*sorted(folder.glob("*.yaml")), Path(__file__), rules_dir() / "sources.yaml"]
    return cached("guide", sources, lambda: _build(folder))


def _build(folder: Path) -> Guide:
    known, rules = articles(), load_rules()
    entries: dict[str, Entry] = {}
    scope: Scope | None = None
    for path in sorted(folder.glob("*.yaml")):
        data = load_yaml(path)
        try:
            if path.name == SCOPE_FILE:
                scope = Scope.model_validate(data)
                continue
            entry = Entry.model_validate(data)
        except ValidationError as exc:
            raise from_validation(str(path), exc) from None
        check_id_and_sources(path, "entry", entry.id, entry.sources, known)
        for rule_id in entry.rules:
            if rule_id not in rules:
                raise InputError(str(path), f"unknown rule id {rule_id!r}", "rules")
        entries[entry.id] = entry
    if scope is None:
        raise InputError(str(folder), f"{SCOPE_FILE} is missing")
    return Guide(entries=entries, scope=scope)


def section_label(source: Source) -> str:
    """A short label for an answer's text: "002 FAQ 6", "004 Continue Follow Ups"."""
    faq = re.match(r"(FAQ \d+):", source.section)
    name = faq.group(1) if faq else source.section.rstrip(".")
    return f"{source.article} {name}"
