"""What the page says about the notes as they are typed: the status above the form, the banner
on every tab, and a notes file's text opened into the form.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from html import escape
from typing import Any

from coach.errors import CoachError
from coach.models import Notes
from ui import form as F
from ui.drafts import slug
from ui.form_problems import field_of, is_missing
from ui.notes_files import (
    draft_data,
    from_notes,
    notes_dict,
    notes_json,
    notes_yaml,
    parse_notes_text,
)
from ui.render import error_html, info_html, when_text


@dataclass
class NotesState:
    notes: Notes | None = None
    problem: str = "the notes are empty"


def read_notes(
    values: F.FormValues, shown: dict[str, str] | None = None, today: dt.date | None = None
) -> tuple[NotesState, str, str, str]:
    """(state, status HTML, YAML to show, the save payload) for what the form holds. With
    `shown` (the problems said beside their fields), a wrong value is listed only once it is
    shown beside its field, i.e. once the user has left it: nothing complains mid-typing."""
    if F.is_blank(values):
        return (
            NotesState(),
            info_html(
                "Fill in your interview below, or open a notes file. "
                "Nothing you type is lost on reload."
            ),
            "",
            "",
        )
    outcome = F.to_notes(values)
    if outcome.notes is not None:
        notes = outcome.notes
        data = notes_dict(notes)
        status = (
            "<div class='fc-okbox' role='status'><strong>Notes complete.</strong> Drafts, "
            "checks and the plan use them; they stay in this browser.</div>"
        )
        if today is not None:
            from coach.plausible import implausible

            doubts = "".join(f"<li>{escape(w)}</li>" for _, w in implausible(notes, today))
            if doubts:
                status += f"<div class='fc-reading' role='status'><ul>{doubts}</ul></div>"
        state = NotesState(notes, "")
    else:
        data = draft_data(values)
        # an empty field is not being typed in: say it at once, as a missing one is
        listed = [
            p
            for p in outcome.problems
            if shown is None
            or is_missing(p)
            or p.endswith(" is empty")
            or field_of(p) is None
            or field_of(p) in shown
        ]
        items = "".join(f"<li>{escape(p)}</li>" for p in listed)
        head = (
            f"Notes incomplete: {len(listed)} to fix."
            if listed
            else "Notes incomplete: finish the field you are filling in."
        )
        status = (
            f"<div class='fc-alert' role='alert'><strong>{head}</strong>"
            + (f"<ul>{items}</ul>" if items else "")
            + "<p>Checks that need the notes wait until these are fixed; each is also said "
            "beside its field.</p></div>"
        )
        state = NotesState(None, outcome.problems[0])
    stem = "notes-" + slug(str(data.get("company", {}).get("name", "interview")))
    payload = json.dumps({"stem": stem, "yaml": notes_yaml(data), "json": notes_json(data)})
    return state, status, notes_yaml(data), payload


def summary(notes: Notes) -> str:
    people = ", ".join(p.name for p in notes.interviewers)
    return (
        f"{notes.candidate.name}, {notes.role} at {notes.company.name}; interviewed "
        f"{when_text(notes.interview.start)} by {people}; stage: "
        f"{F.STAGE_LABELS[notes.stage].lower()}."
    )


def login_db(request: Any) -> str | None:
    """The history database of the signed-in login (coach ui --auth), or None for the default
    log when the app has no logins."""
    user = getattr(request, "username", None)
    if not user:
        return None
    from coach.history import login_db_path

    return str(login_db_path(str(user)))


def banner(state: NotesState, now: dt.datetime, db: str | None = None) -> str:
    if state.notes is None:
        text = (
            "Start with the Notes tab: your interview, its interviewers and what you discussed."
            if state.problem == "the notes are empty"
            else f"Notes incomplete ({state.problem}): fix them on the Notes tab."
        )
        return f"<div class='fc-banner fc-missing' role='status'>{escape(text)}</div>"
    try:
        from ui.plan_view import next_sentence, plan_for

        nxt = " Next: " + next_sentence(plan_for(state.notes, now, db), now)
    except (CoachError, ValueError) as exc:
        nxt = f" (No plan: {exc})"
    return (
        f"<div class='fc-banner fc-ready' role='status'>{escape(summary(state.notes))}"
        f"<strong>{escape(nxt)}</strong></div>"
    )


def load_notes_text(text: str, label: str) -> tuple[F.FormValues | None, str]:
    """Form values for a notes file's text, or None and an error message."""
    try:
        return from_notes(parse_notes_text(text, label)), ""
    except CoachError as exc:
        return None, error_html(str(exc), "Could not open those notes")
