"""The notes form as plain values, and its round trip to and from interview notes.

The page keeps what the user typed as a flat dict of strings (`FormValues`), so that an
unfinished form survives a reload exactly as typed. `to_notes` turns it into validated Notes and
lists every problem by the label the user sees; `from_data` fills the form from a notes file.
Nothing here imports gradio, so it is tested directly.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from pydantic import ValidationError

from coach.errors import InputError
from coach.models import Channel, Kind, Notes, Stage
from coach.readers import parse_structured
from ui.timefields import (
    offset_label,
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


def _label(loc: tuple[Any, ...]) -> str:
    """pydantic's key path as the label the form shows, e.g. ('interviewers', 0, 'email')."""
    names = {
        "candidate": "Your name",
        "company": "Company",
        "role": "Role",
        "interview": "Interview",
        "details": "Details discussed",
        "stage": "Stage",
        "timeline": "Timeline",
        "country": "Country",
        "preferred_channel": "Preferred channel",
    }
    rows = {
        "interviewers": "Interviewer",
        "materials": "Promised material",
        "history": "Message already sent",
    }
    if not loc:
        return "Notes"
    head = str(loc[0])
    if head in rows:
        if len(loc) > 1 and isinstance(loc[1], int):
            rest = " ".join(str(p).replace("_", " ") for p in loc[2:])
            return f"{rows[head]} {loc[1] + 1}" + (f": {rest}" if rest else "")
        return rows[head] + "s"
    if head == "interview" and len(loc) > 1:
        return "Interview " + ("start" if loc[1] == "start" else "end")
    if head == "timeline" and len(loc) > 1:
        return str(loc[1]).replace("_", " ").capitalize()
    return names.get(head, head)


def problems_of(error: ValidationError) -> list[str]:
    out = []
    for item in error.errors():
        kind = item["type"]
        loc = tuple(item["loc"])
        if loc[:1] in (("candidate",), ("company",)) and loc[1:2] == ("name",):
            loc = loc[:1]
        if kind == "missing":
            text = "required"
        elif kind == "extra_forbidden":
            text = "unknown key (the form cannot hold it)"
        elif kind == "too_short" and loc[:1] == ("interviewers",):
            text = "add at least one"
        elif kind == "string_too_short" or (
            kind in ("datetime_type", "date_type") and item.get("input") is None
        ):
            out.append(f"{_possessive(_label(loc))} is empty")
            continue
        else:
            text = item["msg"].removeprefix("Value error, ")
        out.append(f"{_label(loc)}: {text}")
    return out


def _possessive(label: str) -> str:
    """ "Interviewer 1: name" -> "Interviewer 1's name"; other labels as they are."""
    head, sep, rest = label.partition(": ")
    return f"{head}'s {rest}" if sep else label


# Where each problem is shown: the label a problem starts with -> the field it is about
_FIELD_OF = {
    "Your name": "candidate",
    "Company": "company",
    "Role": "role",
    "Interview date": "date",
    "Start time": "start",
    "End time": "end",
    "Interview end": "end",
    "Interview start": "date",
    "Time zone": "zone",
    "Details discussed": "details",
    "Decision by": "decision_by",
    "No contact before": "no_contact_before",
    "Contact on": "contact_on",
    "Country": "country",
    "Preferred channel": "preferred_channel",
    "Stage": "stage",
    "Interviewers": "iv0_name",
}
_ROW = re.compile(
    r"^(Interviewer|Promised material|Message already sent) (\d+)(?:'s |: )?(\w[\w ]*)?"
)
_ROW_FIELD = {
    "Interviewer": ("iv", {"name", "honorific", "title", "email", "aliases"}, "name"),
    "Promised material": ("mat", {"what", "promised by"}, "promised_by"),
    "Message already sent": ("hist", {"kind", "channel", "to", "sent at"}, "sent_at"),
}


def field_of(problem: str) -> str | None:
    """The form field a problem (as to_notes words it) is about, or None."""
    match = _ROW.match(problem)
    if match:
        prefix, names, default = _ROW_FIELD[match.group(1)]
        index = int(match.group(2)) - 1
        rest = (match.group(3) or "").strip()
        name = next((n for n in names if rest.startswith(n)), None)
        return f"{prefix}{index}_{(name or default).replace(' ', '_')}"
    head = re.split(r"'s |: | is ", problem, maxsplit=1)[0]
    return _FIELD_OF.get(head)


def is_missing(problem: str) -> bool:
    """A required field left empty (said at once), not a value that is wrong (said once the
    user leaves the field)."""
    return problem.endswith((": required", "add at least one")) or "required (" in problem


def field_problems(values: FormValues, today: dt.date | None = None) -> dict[str, str]:
    """Field key -> what is wrong with it, or a warning about it, in plain words: errors that
    stop the notes, and dates that are possible but probably mistyped."""
    outcome = to_notes(values)
    found: dict[str, str] = {}
    for problem in outcome.problems:
        key = field_of(problem)
        if key is not None and key not in found:
            found[key] = problem
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


# --- filling the form from a notes file


def _moment_text(value: dt.datetime | None, offset: dt.timedelta | None) -> str:
    """A time as the form shows it: without its offset when that is the interview's."""
    if value is None:
        return ""
    if value.utcoffset() == offset:
        return value.strftime("%Y-%m-%d %H:%M" + (":%S" if value.second else ""))
    return value.isoformat()


def _clock_text(value: dt.datetime) -> str:
    return value.strftime("%H:%M" + (":%S" if value.second else ""))


def from_notes(notes: Notes) -> FormValues:
    """The form for valid notes: every field a notes file can hold has a place in it."""
    values = empty_form()
    start, end = notes.interview.start, notes.interview.finished
    offset = start.utcoffset()
    values.update(
        candidate=notes.candidate.name,
        company=notes.company.name,
        company_aliases=", ".join(notes.company.aliases),
        role=notes.role,
        date=start.date().isoformat(),
        start=_clock_text(start),
        end=_clock_text(end) if end.date() == start.date() else _moment_text(end, offset),
        zone=offset_label(start.utcoffset()),
        details="\n".join(notes.details),
        said=notes.timeline.said or "",
        stage=notes.stage.value,
        preferred_channel=notes.preferred_channel.value if notes.preferred_channel else "",
        country=notes.country or "",
    )
    for key in ("decision_by", "no_contact_before", "contact_on"):
        day = getattr(notes.timeline, key)
        values[key] = day.isoformat() if day else ""
    rows = {
        "interviewers": [
            [p.name, p.honorific or "", p.title or "", p.email or "", ", ".join(p.aliases)]
            for p in notes.interviewers
        ],
        "materials": [[m.what, _moment_text(m.promised_by, offset)] for m in notes.materials],
        "history": [
            [h.kind.value, h.channel.value, h.to or "", _moment_text(h.sent_at, offset)]
            for h in notes.history
        ],
    }
    for group, items in rows.items():
        limit = GROUPS[group][2]
        if len(items) > limit:
            raise InputError("notes", f"the form holds at most {limit} {group}", group)
        for i, cells in enumerate(items):
            values.update(zip(row_keys(group, i), cells, strict=True))
        values[COUNT_KEYS[group]] = max(len(items), 1 if group == "interviewers" else 0)
    return values


def parse_notes_text(text: str, label: str = "notes") -> Notes:
    """Notes as pasted or uploaded: YAML or JSON (JSON errors name their line)."""
    if not text.strip():
        raise InputError(label, "the file is empty")
    if text.lstrip().startswith(("{", "[")):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(label, f"malformed JSON: line {exc.lineno}: {exc.msg}") from None
    else:
        data = parse_structured(text, label)
    if not isinstance(data, dict):
        raise InputError(label, "notes must be a mapping with candidate, company, role, ...")
    try:
        return Notes.model_validate(data)
    except ValidationError as exc:
        problems = sorted(problems_of(exc), key=lambda p: "unknown key" not in p)
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise InputError(label, problems[0] + more) from None


# --- writing notes files


def _prune(value: Any) -> Any:
    if isinstance(value, dict):
        out = {k: _prune(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v not in (None, [], {}, "")}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value


def notes_dict(notes: Notes) -> dict[str, Any]:
    data: dict[str, Any] = _prune(notes.model_dump(mode="json"))
    return data


def notes_yaml(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def notes_json(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def draft_data(values: FormValues) -> dict[str, Any]:
    """What the form holds, as notes data, even when incomplete (for saving unfinished notes)."""
    data, _ = to_data(values)
    return _prune(json.loads(json.dumps(data, default=lambda v: v.isoformat())))


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
