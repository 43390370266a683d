"""Rules as data: one YAML file per rule under rules/, validated on load.

A rule picks one check kind from the closed set in coach.checks and sets its parameters, as Vale's
`extends:` does. Loading fails loudly on an unknown key, a missing source or a bad parameter.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from coach import plain
from coach.errors import InputError, from_validation
from coach.models import Channel, Kind, Severity, Stage
from coach.plain import Field, Plain, field_validator, model_validator


def rules_dir() -> Path:
    """rules/ beside the package in a checkout, or the copy packed into a wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "rules", here / "_data" / "rules"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("rules/ folder not found beside the coach package")


class Forbid(Plain):
    # rules usually come from the on-disk cache, which needs no validator (coach.plain)
    model_config = {"extra": "forbid", "defer_build": True}


class Source(Forbid):
    article: str = Field(pattern=r"^\d{3}$", description="seed article prefix, e.g. 003")
    section: str = Field(min_length=1)


class AppliesTo(Forbid):
    """All of kinds, channels and stages must hold, unless the stage is one of `or_stages`."""

    kinds: list[Kind] | Literal["all"] = "all"
    channels: list[Channel] | Literal["all"] = "all"
    stages: list[Stage] | Literal["all"] = "all"
    or_stages: list[Stage] = []
    needs_notes: bool = False

    def matches(self, kind: Kind | None, channel: Channel, stage: Stage | None) -> bool:
        if stage is not None and stage in self.or_stages:
            return True
        if self.kinds != "all" and kind not in self.kinds:
            return False
        if self.channels != "all" and channel not in self.channels:
            return False
        return not (self.stages != "all" and stage not in self.stages)


class Example(Forbid):
    """A message for a rule's own tests. `notes` is merged over rules/context.yaml."""

    text: str
    kind: Kind | None = None
    channel: Channel | None = None
    to: str | None = None
    send_at: str | None = None
    notes: dict[str, Any] = {}
    history: list[dict[str, Any]] = []
    peer: str | None = Field(None, description="the same batch's message to Michael O'Brien")
    why: str | None = None


class Examples(Forbid):
    kind: Kind | None = Field(None, description="default kind for this rule's examples")
    bad: list[Example] = Field(min_length=3)
    good: list[Example] = Field(min_length=3)

    @field_validator("bad", "good", mode="before")
    @classmethod
    def _strings(cls, items: list[Any]) -> list[Any]:
        return [{"text": i} if isinstance(i, str) else i for i in items]


class Rule(Forbid):
    id: str = Field(pattern=r"^[a-z]+(?:-[a-z]+)*$")
    family: Literal["names", "detail", "tone", "rejection", "timing", "form", "context", "language"]
    severity: Severity
    severity_by_kind: dict[Kind, Severity] = {}
    message: str
    summary: str | None = Field(
        None,
        description="what the rule finds, in one plain line: required when `message` has "
        "{fields}, which only a finding fills (SARIF's shortDescription, `coach rules ID`)",
    )
    rationale: str
    sources: list[Source] = Field(min_length=1)
    applies_to: AppliesTo = Field(default_factory=AppliesTo)
    check: dict[str, Any]
    suggestion: str | None = None
    fix: str | None = Field(None, description="what the safe automatic fix does, if any")
    examples: Examples
    yields_to: list[str] = Field(
        [],
        description="rules that name the fault more exactly: a finding of this rule on words a "
        "finding of one of them already covers is dropped",
    )
    params: Any = Field(None, exclude=True)

    @model_validator(mode="after")
    def _readable_summary(self) -> Rule:
        if self.summary is None and "{" in self.message:
            raise ValueError("summary is required: message has {fields} only a finding fills")
        if self.summary is not None and ("{" in self.summary or "}" in self.summary):
            raise ValueError("summary must be plain text, without {fields}")
        return self

    @property
    def short_description(self) -> str:
        """The rule in one readable line, for a catalogue: never a template with {fields}."""
        return self.summary or self.message

    def severity_for(self, kind: Kind | None) -> Severity:
        return self.severity_by_kind.get(kind, self.severity) if kind else self.severity

    @property
    def about_send_time(self) -> bool:
        """A timing fault of when the message goes (late, too early, too soon after the last),
        which no edit to its text can change: the text can still be ready to send."""
        from coach.checks.timing import SEND_TIME_MEASURES

        return self.check.get("type") == "timing" and self.check.get("measure") in (
            SEND_TIME_MEASURES
        )

    @property
    def source_ids(self) -> list[str]:
        return sorted({s.article for s in self.sources})


def load_yaml(path: Path) -> Any:
    import yaml  # only when the rules cache is cold

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(path.read_text("utf-8"), Loader=loader)
    except yaml.YAMLError as exc:
        raise InputError(str(path), f"malformed YAML: {exc}") from None


@lru_cache(maxsize=1)
def articles() -> dict[str, dict[str, str]]:
    """The seed articles the rules cite: prefix -> {file, title}. Kept in the on-disk cache
    (coach.cache) while sources.yaml is unchanged: SARIF output names them on every run, and
    reading the file cost a one-file `coach check --format sarif` YAML's import and parse."""
    from coach.cache import cached

    path = rules_dir() / "sources.yaml"
    return cached("articles", [path, Path(__file__)], lambda: _read_articles(path))


def _read_articles(path: Path) -> dict[str, dict[str, str]]:
    data = load_yaml(path)
    return {str(k).zfill(3): v for k, v in data.items()}


def check_id_and_sources(
    path: Path, what: str, item_id: str, sources: list[Source], known: Any
) -> None:
    """A rule's or guide entry's file is named by its id, and cites only known articles."""
    if path.stem != item_id:
        raise InputError(str(path), f"file name must be the {what} id {item_id!r}", "id")
    for src in sources:
        if src.article not in known:
            raise InputError(str(path), f"unknown article {src.article!r}", "sources")


@lru_cache(maxsize=4)
def load_rules(directory: str | None = None) -> dict[str, Rule]:
    """Every rule, keyed by id, in file-name order; check parameters validated by their kind.

    The validated rules are cached on disk (coach.cache) and read afresh when a rule file or the
    code that defines them changes.
    """
    from coach.cache import cached

    folder = Path(directory) if directory else rules_dir()
    here = Path(__file__).resolve().parent
    sources = [
        *sorted(folder.glob("*.yaml")),
        rules_dir() / "sources.yaml",
        Path(__file__),
        Path(plain.__file__),
        *sorted((here / "checks").glob("*.py")),
    ]
    return cached("rules", sources, lambda: _build_rules(folder))


def _build_rules(folder: Path) -> dict[str, Rule]:
    from coach.checks import CHECKS

    known = articles()
    rules: dict[str, Rule] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name in ("sources.yaml", "context.yaml"):
            continue
        data = load_yaml(path)
        try:
            rule = Rule.model_validate(data)
            kind = rule.check.get("type")
            if kind not in CHECKS:
                raise InputError(str(path), f"unknown check type {kind!r}", "check.type")
            params = {k: v for k, v in rule.check.items() if k != "type"}
            rule.params = CHECKS[kind].Params.model_validate(params)
        except plain.ValidationError as exc:
            raise from_validation(str(path), exc) from None
        check_id_and_sources(path, "rule", rule.id, rule.sources, known)
        rules[rule.id] = rule
    return rules


def example_context() -> dict[str, Any]:
    """The notes the rule examples run against (the rulebook's own example context)."""
    data: dict[str, Any] = load_yaml(rules_dir() / "context.yaml")
    return data


@lru_cache(maxsize=1)
def send_time_rules() -> dict[str, str]:
    """Rule id -> "late" or "early" for the rules about when a message is sent
    (Rule.about_send_time): a draft failing only these has text that is ready, to send today
    (late) or later (early)."""
    from coach.checks.timing import LATE_MEASURES

    return {
        rule.id: "late" if rule.check.get("measure") in LATE_MEASURES else "early"
        for rule in load_rules().values()
        if rule.about_send_time
    }
