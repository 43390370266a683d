"""Drafting: follow-up messages written by a model on rails and checked by the guardrail.

`draft_messages(notes, kind)` is the one entry point (the CLI's `coach draft` and the web app's
`/draft` both call it). Who gets a draft:

- `thank_you`, `linkedin_note`, `handwritten_note`: every interviewer, one draft each, each
  about a different detail where the notes have enough (interviewers compare notes);
- `check_in`, `final_follow_up`, `materials`, `rejection_reply`: one message for the whole
  application, to the recipient of the last check-in in the history if there is one (the
  thread continues), else the first interviewer listed (the notes' main contact), as the plan
  (`coach plan`) assumes;
- `to` picks one interviewer (name, alias, first name or email) for any kind.

Importing this package is cheap: no model client, no model runtime.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Callable

from coach.backends.base import Backend
from coach.drafting.composer import Slot
from coach.drafting.safety import Flag, sanitize_notes
from coach.errors import InputError
from coach.models import DraftReport, Interviewer, Kind, Notes

__all__ = [
    "PER_INTERVIEWER",
    "DraftReport",
    "Flag",
    "draft_messages",
    "draft_with_trace",
    "recipients",
]

PER_INTERVIEWER = (Kind.thank_you, Kind.linkedin_note, Kind.handwritten_note)
_FOLLOW_UPS = (Kind.check_in, Kind.final_follow_up)


def recipients(notes: Notes, kind: Kind, to: str | None = None) -> list[Interviewer]:
    """Who gets a draft of `kind` (see the module docstring)."""
    if to:
        person = notes.interviewer(to)
        if person is None:
            known = ", ".join(p.name for p in notes.interviewers)
            raise InputError("--to", f"unknown recipient {to!r} (the notes list: {known})")
        return [person]
    if kind in PER_INTERVIEWER:
        return list(notes.interviewers)
    for entry in reversed(sorted(notes.history, key=lambda h: h.sent_at)):
        if entry.kind in _FOLLOW_UPS and entry.to:
            person = notes.interviewer(entry.to)
            if person is not None:
                return [person]
    return [notes.interviewers[0]]


def assign_variants(people: list[Interviewer]) -> list[int]:
    """A wording variant per recipient, seeded by the name, distinct within the batch.

    Values whose difference is not a multiple of 3 or 4 (mod 12) pick different phrasings from
    every list of three, four or six variants, so up to three notes never share a phrasing.
    """
    chosen: list[int] = []
    for person in people:
        start = zlib.crc32(person.name.encode()) % 12
        for step in range(12):
            value = (start + step) % 12
            if all((value - c) % 12 not in (0, 3, 4, 6, 8, 9) for c in chosen):
                break
        else:  # four or more recipients: the details and other sentences still differ
            value = (start + len(chosen)) % 12
        chosen.append(value)
    return chosen


def _detail_for(notes: Notes, person: Interviewer) -> str | None:
    """Interviewer i talks about detail i (round robin), so a batch spreads the details."""
    if not notes.details:
        return None
    index = next(i for i, p in enumerate(notes.interviewers) if p.name == person.name)
    return notes.details[index % len(notes.details)]


_STAGE_WORDS = {
    "interviewed": "interviewed, waiting",
    "awaiting_decision": "awaiting a decision",
    "rejected": "rejected",
    "offer": "an offer",
}


def stage_warning(notes: Notes, kind: Kind) -> str | None:
    """A sentence when the kind asked for does not fit the notes' stage, else None. A
    follow-up after a rejection is the checker's error (rejection-follow-up); this covers what
    no rule of a message can see: a reply to a rejection nobody has sent."""
    stage = notes.stage.value if notes.stage else "interviewed"
    if kind == Kind.rejection_reply and stage != "rejected":
        return (
            f"The notes say the stage is '{_STAGE_WORDS.get(stage, stage)}', not rejected: a reply "
            "to a rejection declines a decision nobody has made. If they turned you down, set "
            "the stage to rejected; otherwise a thank-you or a check-in is the message due."
        )
    if kind in (Kind.thank_you, Kind.materials) and stage == "rejected":
        return (
            "The notes say you were rejected: the message for that is a reply to the rejection "
            "(thank them, and ask to be kept in mind)."
        )
    return None


def draft_with_trace(
    notes: Notes,
    kind: Kind | str,
    to: str | None = None,
    backend: Backend | None = None,
    *,
    now: dt.datetime | None = None,
    progress: Callable[[str], None] | None = None,
    send_at: dt.datetime | None = None,
) -> tuple[DraftReport, list, list[Flag]]:
    """`draft_messages`, plus how each draft came about and what was left out of the notes."""
    from coach.drafting.loop import Loop
    from coach.engine import Checker
    from coach.next_step import suggested_send_time

    kind = Kind(kind)
    clean, flags = sanitize_notes(notes)
    people = recipients(clean, kind, to)
    now = now or dt.datetime.now(dt.UTC)
    slots = [
        Slot(
            notes=clean,
            kind=kind,
            person=person,
            detail=_detail_for(clean, person),
            send_at=(send_at or suggested_send_time(clean, kind, person.name, now=now)).replace(
                second=0, microsecond=0
            ),
            variant=variant,
        )
        for person, variant in zip(people, assign_variants(people), strict=True)
    ]
    owned = backend is None
    if backend is None:
        from coach.backends import get_backend

        backend = get_backend()
    try:
        drafts, traces = Loop(clean, backend, Checker(), progress).run(slots)
    finally:
        if owned:
            backend.close()
    warning = stage_warning(clean, kind)
    return DraftReport(drafts=drafts, warnings=[warning] if warning else []), traces, flags


def draft_messages(
    notes: Notes,
    kind: Kind | str,
    to: str | None = None,
    backend: Backend | None = None,
    *,
    now: dt.datetime | None = None,
    progress: Callable[[str], None] | None = None,
    send_at: dt.datetime | None = None,
) -> DraftReport:
    """Draft, check and revise the messages of `kind` (one per interviewer unless `to`).

    `backend` defaults to `get_backend()` (COACH_BACKEND, OPENAI_BASE_URL, else embedded) and
    is closed afterwards only if this call created it. `now` fixes the clock (send times and
    time words). `send_at` is when the user means to send (default: the time the timing rules
    suggest); each draft is checked as sent then. `progress` receives one line per draft.
    Raises InputError for an unknown recipient or notes that are instructions,
    ModelUnavailable when there is no model.
    """
    report, _traces, _flags = draft_with_trace(
        notes, kind, to, backend, now=now, progress=progress, send_at=send_at
    )
    return report
