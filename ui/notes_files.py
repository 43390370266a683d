"""Notes files and the form: a YAML or JSON notes file read and filled into the form, and what
the form holds written out as YAML or JSON (complete or not) for the user to save.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import yaml
from pydantic import ValidationError

from coach.errors import InputError, from_validation
from coach.models import Notes
from coach.readers import parse_structured
from ui.form import COUNT_KEYS, GROUPS, FormValues, empty_form, row_keys, to_data
from ui.form_problems import problems_of
from ui.timefields import offset_label

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
        typo = from_validation(label, exc, model=Notes)
        if "did you mean" in typo.what:  # a misspelt key, named with the key meant
            raise typo from None
        problems = sorted(problems_of(exc), key=lambda p: "unknown key" not in p)
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise InputError(label, problems[0] + more) from None


def notes_in_markdown(text: str, label: str) -> str:
    """The notes a Markdown message file carries inline in its front matter (as a draft saved
    with Download .md does), as YAML text. A message whose notes are elsewhere, or that has
    none, raises an error saying where to look: people open the example .md files here."""
    from coach.readers import parse_front_matter

    meta, _ = parse_front_matter(text.replace("\r\n", "\n"), label)
    notes = meta.get("notes")
    if isinstance(notes, dict):
        return notes_yaml(notes)
    message = "this Markdown file is a message, and its notes"
    if isinstance(notes, str) and notes.strip():
        raise InputError(
            label,
            f"{message} are in {notes.strip()}: open that file here, and this message in "
            "the Critique tab",
        )
    raise InputError(
        label,
        f"{message} are not in it (no 'notes:' in its front matter): open a notes file "
        "(.yaml or .json) here, and the message in the Critique tab",
    )


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
