"""The notes form as plain values, and reading it as interview notes.

The page keeps what the user typed as a flat dict of strings (`FormValues`), so that an
unfinished form survives a reload exactly as typed. `to_notes` turns it into validated Notes and
lists every problem by the label the user sees (worded in ui.form_problems); ui.notes_files
fills the form from a notes file and writes one. Nothing here imports gradio, so it is tested
directly.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from coach.errors import InputError
from coach.models import Channel, Kind, Notes, Stage
from ui.form_problems import field_of, is_missing, problems_of
from ui.timefields import (
    parse_clock,
    parse_date,
    parse_moment,
    resolve_zone,
)

MAX_INTERVIEWERS = 8
MAX_MATERIALS = 4
MAX_HISTORY = 10

HONORIFICS = ["", "Ms.", "Mr.", "Mx.", "Dr.", "Mrs.", "Prof."]
SCALARS = (
    "candidate",
    "company",
    "company_aliases",
    "role",
    "date",
    "start",
    "end",
    "zone",
    "details",
    "said",
    "decision_by",
    "no_contact_before",
    "contact_on",
    "stage",
    "preferred_channel",
    "country",
)
# Repeated rows: (group, row prefix, fields, most rows the form shows)
GROUPS = {
    "interviewers": ("iv", ("name", "honorific", "title", "email", "aliases"), MAX_INTERVIEWERS),
    "materials": ("mat", ("what", "promised_by"), MAX_MATERIALS),
    "history": ("hist", ("kind", "channel", "to", "sent_at"), MAX_HISTORY),
}


def row_keys(group: str, index: int) -> list[str]:
    prefix, fields, _ = GROUPS[group]
    return [f"{prefix}{index}_{name}" for name in fields]


def group_keys(group: str) -> list[str]:
    return [k for i in range(GROUPS[group][2]) for k in row_keys(group, i)]


# Every field, in the order the page passes its components to handlers.
FIELD_KEYS: list[str] = [*SCALARS, *(k for g in GROUPS for k in group_keys(g))]
COUNT_KEYS = {g: f"n_{g}" for g in GROUPS}

FormValues = dict[str, Any]
# one @, no spaces or commas, a dot in the domain: enough to catch a slip of the finger
EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]+$")


def empty_form() -> FormValues:
    values: FormValues = dict.fromkeys(FIELD_KEYS, "")
    values.update(stage=Stage.interviewed.value, zone="")
    values.update(
        {COUNT_KEYS["interviewers"]: 1, COUNT_KEYS["materials"]: 0, COUNT_KEYS["history"]: 0}
    )
    return values


def is_blank(values: FormValues) -> bool:
    """Nothing typed yet (the stage and channels have defaults, so they do not count)."""
    return not any(
        str(values.get(k) or "").strip()
        for k in FIELD_KEYS
        if k != "stage" and not k.endswith("_channel")
    )


def _split(text: str, sep: str = ",") -> list[str]:
    return [part.strip() for part in str(text or "").split(sep) if part.strip()]


def _lines(text: str) -> list[str]:
    return [
        line.strip().lstrip("-•*").strip()
        for line in str(text or "").splitlines()
        if line.strip().lstrip("-•*").strip()
    ]


def _text(values: FormValues, key: str) -> str:
    value = values.get(key)
    return "" if value is None else str(value).strip()


@dataclass
class Outcome:
    """The form read as notes: `notes` when valid, else every problem by its on-screen label."""

    notes: Notes | None = None
    data: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        return "; ".join(self.problems)


def field_problems(values: FormValues, today: dt.date | None = None) -> dict[str, str]:
    """Field key -> what is wrong with it, or a warning about it, in plain words: errors that
    stop the notes, and dates that are possible but probably mistyped."""
    outcome = to_notes(values)
    found: dict[str, str] = {}
    for problem in outcome.problems:
        key = field_of(problem)
        if key is not None and key not in found:
            found[key] = problem
    for i in range(int(values.get(COUNT_KEYS["interviewers"]) or 0)):
        key = f"iv{i}_email"
        email = _text(values, key)
        if email and not EMAIL.match(email):
            found.setdefault(
                key,
                f"{email} does not look like an email address (name@example.com): "
                "check it for a typo before you send to it",
            )
    if outcome.notes is not None and today is not None:
        from coach.plausible import implausible

        for what, warning in implausible(outcome.notes, today):
            found.setdefault("date" if what == "interview" else what, warning)
    return found


def to_data(values: FormValues) -> tuple[dict[str, Any], list[str]]:
    """The notes mapping the form describes, and the problems found while reading it."""
    problems: list[str] = []
    data: dict[str, Any] = {}

    def attempt(fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except InputError as exc:
            problems.append(f"{exc.key}: {exc.what}")
            return None

    if _text(values, "candidate"):
        data["candidate"] = {"name": _text(values, "candidate")}
    if _text(values, "company"):
        data["company"] = {
            "name": _text(values, "company"),
            "aliases": _split(_text(values, "company_aliases")),
        }
    if _text(values, "role"):
        data["role"] = _text(values, "role")

    zone: dt.tzinfo | None = None
    day = (
        attempt(parse_date, _text(values, "date"), "Interview date")
        if _text(values, "date")
        else None
    )
    start = (
        attempt(parse_clock, _text(values, "start"), "Start time")
        if _text(values, "start")
        else None
    )
    if day and start:
        if _text(values, "zone"):
            zone = attempt(resolve_zone, _text(values, "zone"), day, start, "Time zone")
        else:
            problems.append("Time zone: required (the UTC offset where the interview took place)")
        if zone is not None:
            interview: dict[str, Any] = {"start": dt.datetime.combine(day, start, tzinfo=zone)}
            end_text = _text(values, "end")
            if end_text:
                if re.match(r"^\d{4}-", end_text):
                    end = attempt(parse_moment, end_text, zone, "End time")
                else:
                    clock = attempt(parse_clock, end_text, "End time")
                    end = dt.datetime.combine(day, clock, tzinfo=zone) if clock else None
                if end is not None:
                    interview["end"] = end
            data["interview"] = interview
    elif _text(values, "date") or _text(values, "start"):
        if not _text(values, "date"):
            problems.append("Interview date: required")
        if not _text(values, "start"):
            problems.append("Start time: required")

    people = []
    for i in range(int(values.get(COUNT_KEYS["interviewers"]) or 0)):
        name, honorific, title, email, aliases = (
            _text(values, k) for k in row_keys("interviewers", i)
        )
        if not any((name, honorific, title, email, aliases)):
            continue
        person: dict[str, Any] = {"name": name}
        if honorific:
            person["honorific"] = honorific
        if title:
            person["title"] = title
        if email:
            person["email"] = email
        if aliases:
            person["aliases"] = _split(aliases)
        people.append(person)
    if people:
        data["interviewers"] = people
    if _text(values, "details"):
        data["details"] = _lines(_text(values, "details"))

    timeline: dict[str, Any] = {}
    if _text(values, "said"):
        timeline["said"] = _text(values, "said")
    for key, label in (
        ("decision_by", "Decision by"),
        ("no_contact_before", "No contact before"),
        ("contact_on", "Contact on"),
    ):
        if _text(values, key):
            timeline[key] = attempt(parse_date, _text(values, key), label)
    if timeline:
        data["timeline"] = timeline
    for key in ("preferred_channel", "country"):
        if _text(values, key):
            data[key] = _text(values, key)
    data["stage"] = _text(values, "stage") or Stage.interviewed.value

    materials = []
    for i in range(int(values.get(COUNT_KEYS["materials"]) or 0)):
        what, by = (_text(values, k) for k in row_keys("materials", i))
        if not (what or by):
            continue
        item: dict[str, Any] = {"what": what}
        if by:
            item["promised_by"] = attempt(parse_moment, by, zone, f"Promised material {i + 1}")
        materials.append(item)
    if materials:
        data["materials"] = materials

    history = []
    for i in range(int(values.get(COUNT_KEYS["history"]) or 0)):
        kind, channel, to, sent = (_text(values, k) for k in row_keys("history", i))
        if not (kind or to or sent):
            continue
        entry: dict[str, Any] = {"kind": kind, "channel": channel or Channel.email.value}
        if to:
            entry["to"] = to
        entry["sent_at"] = (
            attempt(parse_moment, sent, zone, f"Message already sent {i + 1}") if sent else None
        )
        history.append(entry)
    if history:
        data["history"] = history
    return data, problems


def to_notes(values: FormValues) -> Outcome:
    data, problems = to_data(values)
    if problems:
        # what else is wrong, so that each field says its own fault now, not after the others
        # are fixed (a key that failed to read is left out of `data`: not reported twice)
        try:
            Notes.model_validate(data)
        except ValidationError as exc:
            seen = {field_of(p) for p in problems}
            for extra in problems_of(exc):
                key = field_of(extra)
                if key is not None and key not in seen and not is_missing(extra):
                    problems.append(extra)
                    seen.add(key)
        return Outcome(data=data, problems=problems)
    try:
        return Outcome(notes=Notes.model_validate(data), data=data)
    except ValidationError as exc:
        return Outcome(data=data, problems=problems_of(exc))


KIND_LABELS = {
    Kind.thank_you: "Thank-you note",
    Kind.check_in: "Check-in",
    Kind.final_follow_up: "Final follow-up",
    Kind.materials: "Sending materials",
    Kind.rejection_reply: "Reply to a rejection",
    Kind.linkedin_note: "LinkedIn note",
    Kind.handwritten_note: "Handwritten card",
}
STAGE_LABELS = {
    Stage.interviewed: "Interviewed, waiting",
    Stage.awaiting_decision: "Awaiting a decision",
    Stage.rejected: "Rejected",
    Stage.offer: "Offer received",
}
