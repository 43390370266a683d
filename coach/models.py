"""The shapes of everything that crosses a boundary: notes, messages, findings, reports.

The shapes follow ../shared/INTERFACES.md to the letter; names may grow but never change. Each
is a `coach.plain.Plain` class: declared as a pydantic model, validated by one (built on first
use) when it is read from input, and a plain object when coach builds it itself or reads it
from the cache, so a one-file `coach check` never imports pydantic.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, Literal

from coach.plain import Field, Plain, field_validator, model_validator


class Kind(StrEnum):
    thank_you = "thank_you"
    check_in = "check_in"
    final_follow_up = "final_follow_up"
    materials = "materials"
    rejection_reply = "rejection_reply"
    linkedin_note = "linkedin_note"
    handwritten_note = "handwritten_note"


class Channel(StrEnum):
    email = "email"
    phone = "phone"
    linkedin = "linkedin"
    letter = "letter"


#: the channel a kind of message goes by when none is given (every other kind: email)
KIND_CHANNELS = {Kind.linkedin_note: Channel.linkedin, Kind.handwritten_note: Channel.letter}


class Stage(StrEnum):
    interviewed = "interviewed"
    awaiting_decision = "awaiting_decision"
    rejected = "rejected"
    offer = "offer"


Severity = Literal["error", "warning", "info"]
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


class Strict(Plain):
    """Unknown keys are input errors, never silently dropped."""

    model_config = {"extra": "forbid", "str_strip_whitespace": True, "defer_build": True}


def _require_offset(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("time has no UTC offset; write it like 2026-11-20T14:00:00-05:00")
    return value


class Person(Strict):
    name: str = Field(min_length=1)


class Company(Strict):
    name: str = Field(min_length=1)
    aliases: list[str] = []


class Interview(Strict):
    start: dt.datetime
    end: dt.datetime | None = None

    _offset = field_validator("start", "end")(lambda v: v if v is None else _require_offset(v))

    @model_validator(mode="after")
    def _default_end(self) -> Interview:
        if self.end is None:
            self.end = self.start + dt.timedelta(hours=1)
        elif self.end < self.start:
            raise ValueError("end is before start")
        return self

    @property
    def zone(self) -> dt.tzinfo:
        """The interview's zone is its UTC offset; every timing rule compares in it."""
        assert self.start.tzinfo is not None
        return self.start.tzinfo

    @property
    def finished(self) -> dt.datetime:
        assert self.end is not None
        return self.end


class Interviewer(Strict):
    name: str = Field(min_length=1)
    honorific: Literal["Ms.", "Mr.", "Mx.", "Dr.", "Mrs.", "Prof."] | None = None
    title: str | None = None
    aliases: list[str] = []
    email: str | None = None

    @property
    def first(self) -> str:
        return self.name.split()[0]

    @property
    def last(self) -> str:
        return self.name.split()[-1]


class Timeline(Strict):
    said: str | None = None
    decision_by: dt.date | None = None
    no_contact_before: dt.date | None = None
    contact_on: dt.date | None = None


class Material(Strict):
    what: str
    promised_by: dt.datetime | None = None

    _offset = field_validator("promised_by")(lambda v: v if v is None else _require_offset(v))


class HistoryEntry(Strict):
    kind: Kind
    channel: Channel = Channel.email
    to: str | None = None
    sent_at: dt.datetime

    _offset = field_validator("sent_at")(_require_offset)


class Notes(Strict):
    candidate: Person
    company: Company
    role: str = Field(min_length=1)
    interview: Interview
    interviewers: list[Interviewer] = Field(min_length=1)
    details: list[str] = []
    timeline: Timeline = Field(default_factory=Timeline)
    preferred_channel: Channel | None = None
    country: str | None = None
    stage: Stage = Stage.interviewed
    materials: list[Material] = []
    history: list[HistoryEntry] = []

    @field_validator("country")
    @classmethod
    def _known_country(cls, value: str | None) -> str | None:
        if value is None:
            return None
        from coach.calendar import supported_countries

        known = supported_countries()
        if known is not None and value.upper() not in known:
            raise ValueError(
                "not a country with a public-holiday calendar: use a two-letter ISO code "
                "such as US, GB, IN or AU"
            )
        return value

    def interviewer(self, who: str) -> Interviewer | None:
        """Find an interviewer by full name, alias, first name or email, ignoring case."""
        key = who.strip().casefold()
        for person in self.interviewers:
            forms = [person.name, person.first, person.last, *person.aliases]
            if person.email:
                forms.append(person.email)
            if key in (f.casefold() for f in forms):
                return person
        return None


class Fix(Plain):
    model_config = {"defer_build": True}

    start: int
    end: int
    replacement: str


class Finding(Plain):
    rule: str
    severity: Severity
    message: str
    line: int
    column: int
    start: int
    end: int
    excerpt: str
    suggestion: str | None = None
    fix: Fix | None = None
    sources: list[str] = []

    model_config = {"extra": "forbid", "defer_build": True}


class Result(Plain):
    model_config = {"defer_build": True}

    path: str
    kind: Kind | None
    kind_inferred: bool = False
    to: str | None
    passed: bool
    #: no error but those of when it is sent (late, too early): the text is ready to send
    text_passed: bool = True
    findings: list[Finding]


class Summary(Plain):
    model_config = {"defer_build": True}

    messages: int
    passed: int
    errors: int
    warnings: int


class Report(Plain):
    model_config = {"defer_build": True}
    version: Literal[1] = 1
    results: list[Result]
    summary: Summary

    @classmethod
    def of(cls, results: list[Result]) -> Report:
        # model_construct: the counts are computed here; no validator is built or run
        return cls.model_construct(
            results=results,
            summary=Summary.model_construct(
                messages=len(results),
                passed=sum(r.passed for r in results),
                errors=sum(f.severity == "error" for r in results for f in r.findings),
                warnings=sum(f.severity == "warning" for r in results for f in r.findings),
            ),
        )


class Tokens(Plain):
    model_config = {"defer_build": True}

    prompt: int = 0
    completion: int = 0


class Draft(Plain):
    model_config = {"defer_build": True}

    to: str
    kind: Kind
    channel: Channel
    subject: str | None
    body: str
    send_at: dt.datetime | None
    passed: bool
    #: as Result.text_passed: only the send time fails, the text is ready
    text_passed: bool = True
    findings: list[Finding]
    origin: Literal["model", "model+fixes", "composer"]
    backend: str
    model: str
    model_calls: int
    tokens: Tokens
    seconds: float


class DraftReport(Plain):
    model_config = {"defer_build": True}

    version: Literal[1] = 1
    drafts: list[Draft]
    #: what the user should know about the batch as a whole, e.g. a kind that does not fit the
    #: notes' stage (a reply to a rejection while the notes say "interviewed, waiting")
    warnings: list[str] = []


def dump(model: Plain) -> dict[str, Any]:
    """JSON-ready dict with ISO 8601 times, as users' scripts expect."""
    return model.model_dump(mode="json")
