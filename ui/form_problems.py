"""Problems with the notes in the form's own words: each said by the label the user sees
(pydantic's key paths turned into "Interviewer 2's email"), and the field each one is about.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from coach.errors import plain_message


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
            text = plain_message(item)
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
