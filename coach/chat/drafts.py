"""A message the user asked the chat for ("write me a check-in"): drafted through the drafting
loop when a model backend is chosen, else by its composer alone; checked either way, and sent
at the time the plan suggests."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from coach.chat import answer as A
from coach.chat import verdicts as V
from coach.chat.context import Situation, stopped
from coach.chat.review import finding_line
from coach.guide import load_guide
from coach.models import Draft, Kind, Stage, Tokens
from coach.rulebook import Source

if TYPE_CHECKING:
    from coach.chat import Backend, Drafter
    from coach.chat.intent import Intent

_ADVICE = {
    Kind.thank_you: "thank-you-content",
    Kind.check_in: "check-in-content",
    Kind.final_follow_up: "how-many",
    Kind.rejection_reply: "rejection",
    Kind.linkedin_note: "linkedin",
    Kind.handwritten_note: "handwritten-note",
    Kind.materials: "materials",
}
_FOLLOW_UPS = (Kind.check_in, Kind.final_follow_up)


def compose_draft(situation: Situation, kind: Kind, to: str | None) -> Draft:
    """The composer's draft, checked: what `coach draft` falls back to, with no model."""
    from coach.chat.pasted import checker as _checker
    from coach.drafting import _detail_for, assign_variants, recipients, sanitize_notes
    from coach.drafting.composer import Slot, compose
    from coach.next_step import suggested_send_time
    from coach.readers import Message

    assert situation.notes is not None
    started = time.perf_counter()
    clean, _flags = sanitize_notes(situation.notes)
    person = recipients(clean, kind, to)[0]
    send_at = suggested_send_time(
        clean, kind, person.name, situation.now, history=situation.history
    ).replace(second=0, microsecond=0)
    slot = Slot(
        notes=clean,
        kind=kind,
        person=person,
        detail=_detail_for(clean, person),
        send_at=send_at,
        variant=assign_variants([person])[0],
    )
    composed = compose(slot)
    message = Message(
        path=f"draft to {person.name}",
        text=composed.text,
        kind=kind,
        channel=slot.channel,
        to=person.name,
        send_at=send_at,
        notes=clean,
    )
    result = _checker().check(message, history=situation.history, now=situation.now)
    return Draft(
        to=person.name,
        kind=kind,
        channel=slot.channel,
        subject=composed.subject,
        body=composed.body,
        send_at=send_at,
        passed=result.passed,
        findings=result.findings,
        origin="composer",
        backend="none",
        model="",
        model_calls=0,
        tokens=Tokens(prompt=0, completion=0),
        seconds=round(time.perf_counter() - started, 3),
    )


def draft_answer(
    intent: Intent,
    situation: Situation,
    person: str | None,
    backend: Backend,
    drafter: Drafter | None,
) -> tuple[str, list[Source], list[str], Draft | None, str]:
    """(answer, sources, rules, draft, backend used)."""
    kind = intent.kind or Kind.thank_you
    entry = load_guide().entries[_ADVICE[kind]]
    sources, rules = list(entry.sources[:2]), list(entry.rules)
    notes = situation.notes
    if notes is None or situation.synthetic:
        text = A.join(
            "To write it I need your interview notes (--notes, or the Notes tab): names, "
            "the role and what you discussed. Meanwhile, what it should say:",
            " ".join(entry.answer.split()),
            A.cite_line(sources, rules),
        )
        return text, sources, rules, None, "none"
    if kind in _FOLLOW_UPS:
        over, _count = stopped(situation)
        if notes.stage == Stage.rejected or over:
            lead, why = V.follow_up_verdict(situation)
            return (
                A.join(f"I won't draft that. {lead}", A.cite_line(sources, [*why, *rules])),
                sources,
                [*why, *rules],
                None,
                "none",
            )
    notes_for_draft = notes.model_copy(update={"history": situation.history})
    if backend == "none" or drafter is None:
        draft = compose_draft(situation, kind, person)
        used = "none"
    else:
        draft = drafter(notes_for_draft, kind, person, situation.now)
        used = draft.backend
    verdict = "It passes the checker." if draft.passed else "The checker still flags it:"
    flagged = [finding_line(f) for f in draft.findings if f.severity != "info"][:3]
    when = f" Send it {V.moment(draft.send_at, situation.now)}." if draft.send_at else ""
    subject = f"Subject: {draft.subject}\n\n" if draft.subject else ""
    label = V.KIND_WORDS[kind.value]
    text = A.join(
        f"Here is a {label} to {draft.to}.{when} {verdict}",
        "\n".join(flagged),
        subject + draft.body,
        A.cite_line(sources, rules),
    )
    return text, sources, rules, draft, used
