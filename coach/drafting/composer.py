"""The deterministic composer: frames the model's sentences, or writes a whole draft alone.

Everything that must be exactly right comes from here, never from the model: the greeting with
the recipient's name as the notes spell it, the thanks, time words that fit the send date
("today" only on the interview's day), the interviewer's own timeline, the request for
future consideration after a rejection, the sign-off with the candidate's full name and the
subject line. When the model's sentences fail the guardrail, the composer's own sentences take
their place, so every kind always has a draft that passes.

Wording lives in `coach.drafting.wording`; `Slot.variant` picks among its phrasings so notes to
different interviewers differ (see `coach.drafting.loop.assign_variants`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from coach.calendar import local_date
from coach.drafting import wording as w
from coach.models import KIND_CHANNELS, Channel, Interviewer, Kind, Notes

LINKEDIN_LIMIT = 300
_LOWER_FIRST = {
    "the",
    "a",
    "an",
    "our",
    "your",
    "their",
    "its",
    "how",
    "why",
    "what",
    "when",
    "this",
    "that",
    "these",
    "those",
    "my",
    "his",
    "her",
    "some",
    "new",
    "weekly",
    "daily",
    "monthly",
    "quarterly",
    "annual",
}
_ROLE_NOUNS = ("role", "position", "job", "post")
_LEAD_INS = re.compile(r"^(?:we\s+)?(?:discussed|talked\s+about|covered|spoke\s+about)\s+", re.I)


def channel_for(kind: Kind) -> Channel:
    return KIND_CHANNELS.get(kind, Channel.email)


def detail_phrase(detail: str) -> str:
    """A detail as it reads inside a sentence: no lead-in, no end stop, sentence case kept
    for names ("Looker") but not for an opening common word ("The weekly review")."""
    text = " ".join(detail.split()).strip().rstrip(".;:!,")
    text = _LEAD_INS.sub("", text)
    first = text.split(" ", 1)[0]
    if (
        first[:1].isupper()
        and first[1:].islower()
        and (first.lower() in _LOWER_FIRST or first.lower().endswith("ing"))
    ):
        text = first.lower() + text[len(first) :]
    return text


def role_phrase(role: str) -> str:
    """'the Data Analyst role', or 'the Sous Chef position' kept as given."""
    if role.split()[-1].lower() in _ROLE_NOUNS:
        return f"the {role}"
    return f"the {role} role"


def when_phrase(notes: Notes, send_at: dt.datetime) -> tuple[str, str]:
    """(in a sentence, in a subject) for the interview as seen from the send date."""
    zone = notes.interview.zone
    days = (local_date(send_at, zone) - local_date(notes.interview.start, zone)).days
    start = notes.interview.start.astimezone(zone)
    if days <= 0:
        return "today", "today's"
    if days == 1:
        return "yesterday", "yesterday's"
    if days < 7:
        return f"on {start:%A}", "the"
    return f"on {start:%B} {start.day}", "the"


def long_date(day: dt.date) -> str:
    return f"{day:%A}, {day:%B} {day.day}"


def greeting(person: Interviewer, kind: Kind) -> str:
    """'Dear Sarah,'; 'Dear Dr. Ruiz,' for a doctor or professor, and on a handwritten card
    (traditional employers) 'Dear Mrs. Ellis,' when the notes give an honorific."""
    opener = "Hi" if kind == Kind.linkedin_note else "Dear"
    formal = kind == Kind.handwritten_note and person.honorific is not None
    if formal or person.honorific in ("Dr.", "Prof."):
        return f"{opener} {person.honorific} {person.last},"
    return f"{opener} {person.first},"


def materials_phrase(notes: Notes) -> str:
    items = [" ".join(m.what.split()) for m in notes.materials]
    if not items:
        return w.NO_MATERIALS
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


@dataclass(frozen=True)
class Slot:
    """One draft to write: who it goes to, which detail it is about, when it is sent."""

    notes: Notes
    kind: Kind
    person: Interviewer
    detail: str | None
    send_at: dt.datetime
    variant: int = 0

    @property
    def channel(self) -> Channel:
        return channel_for(self.kind)

    def pick(self, options: list[str], salt: int = 0) -> str:
        return options[(self.variant + salt) % len(options)]

    def fields(self) -> dict[str, str]:
        notes = self.notes
        when, when_subject = when_phrase(notes, self.send_at)
        start = notes.interview.start.astimezone(notes.interview.zone)
        tl = notes.timeline
        materials = materials_phrase(notes)
        return {
            "role": role_phrase(notes.role),
            "role_title": notes.role,
            "company": notes.company.name,
            "when": when,
            "when_subject": when_subject,
            "interview_date": f"{start:%B} {start.day}",
            "date": long_date(tl.decision_by) if tl.decision_by else "",
            "contact_date": long_date(tl.contact_on) if tl.contact_on else "",
            "materials": materials,
            "materials_title": materials[:1].upper() + materials[1:],
            "d": detail_phrase(self.detail) if self.detail else "",
        }


@dataclass
class Composed:
    subject: str | None
    body: str
    parts: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The message as the checker reads it: subject line first, for email."""
        return f"Subject: {self.subject}\n\n{self.body}" if self.subject else self.body


def own_sentences(slot: Slot) -> dict[str, str]:
    """The composer's sentences for the slots the model would otherwise fill."""
    f, kind = slot.fields(), slot.kind.value
    family = "thank_you" if kind == "handwritten_note" else kind
    out: dict[str, str] = {}
    if kind in ("thank_you", "handwritten_note", "check_in", "linkedin_note"):
        if slot.detail:
            out["detail_sentence"] = slot.pick(w.DETAIL[family], 1).format(**f)
        elif kind != "check_in":
            out["detail_sentence"] = slot.pick(w.NO_DETAIL["thank_you"], 1).format(**f)
    if kind in ("thank_you", "handwritten_note", "check_in", "final_follow_up"):
        out["interest_sentence"] = slot.pick(w.INTEREST[family], 2).format(**f)
    if kind == "materials":
        notes = w.MATERIALS_NOTE_ONE if _one_item(slot.notes) else w.MATERIALS_NOTE
        out["note_sentence"] = slot.pick(notes, 1)
    if kind == "rejection_reply":
        options = w.DETAIL["rejection_reply"] if slot.detail else w.NO_DETAIL["rejection_reply"]
        out["appreciation_sentence"] = slot.pick(options, 1).format(**f)
    return out


def _one_item(notes: Notes) -> bool:
    if len(notes.materials) != 1:
        return False
    what = notes.materials[0].what.lower()
    return not re.search(r"\b(?:two|three|four|five|several|some)\b|s\b$", what)


def compose(slot: Slot, sentences: dict[str, str] | None = None) -> Composed:
    """The whole message: the model's sentences where given, the composer's elsewhere."""
    parts = own_sentences(slot)
    parts.update({k: v for k, v in (sentences or {}).items() if k in parts or k in _MODEL_SLOTS})
    f = slot.fields()
    build = _BUILDERS[slot.kind]
    paragraphs, subject = build(slot, f, parts)
    composed = _assemble(slot, paragraphs, subject, parts)
    if slot.kind == Kind.linkedin_note and len(composed.body) > LINKEDIN_LIMIT:
        composed = _shorter_linkedin(slot, f, parts)
    return composed


_MODEL_SLOTS = ("detail_sentence", "interest_sentence", "note_sentence", "appreciation_sentence")


def _join(*sentences: str | None) -> str:
    return " ".join(s for s in sentences if s)


def _timeline(slot: Slot, f: dict[str, str]) -> str:
    if slot.notes.timeline.decision_by is not None:
        return w.TIMELINE["decision"].format(**f)
    if slot.notes.timeline.said or slot.notes.timeline.contact_on:
        return ""
    return w.TIMELINE["ask"]


def _thank_you(slot: Slot, f: dict[str, str], p: dict[str, str]) -> tuple[list[str], str | None]:
    return [
        slot.pick(w.THANKS["thank_you"]).format(**f),
        _join(p.get("detail_sentence"), p.get("interest_sentence")),
        _join(_timeline(slot, f), slot.pick(w.CLOSINGS["thank_you"], 3)),
    ], slot.pick(w.SUBJECTS["thank_you"], 2).format(**f)


def _handwritten(slot: Slot, f: dict[str, str], p: dict[str, str]) -> tuple[list[str], None]:
    return [
        _join(slot.pick(w.THANKS["handwritten_note"]).format(**f), p.get("detail_sentence")),
        _join(p.get("interest_sentence"), slot.pick(w.CLOSINGS["handwritten_note"], 3)),
    ], None


def _linkedin(slot: Slot, f: dict[str, str], p: dict[str, str]) -> tuple[list[str], None]:
    return [
        _join(
            slot.pick(w.THANKS["linkedin_note"]).format(**f),
            p.get("detail_sentence"),
            slot.pick(w.CLOSINGS["linkedin_note"], 2),
        )
    ], None


def _shorter_linkedin(slot: Slot, f: dict[str, str], p: dict[str, str]) -> Composed:
    """Fit about 300 characters: shortest thanks, then the shortest own detail sentence."""
    closing = min(w.CLOSINGS["linkedin_note"], key=len)
    own = sorted((s.format(**f) for s in w.DETAIL["linkedin_note"]), key=len) if f["d"] else []
    candidates: list[str | None] = [p.get("detail_sentence"), *own]
    for candidate in candidates:
        composed = _assemble(slot, [_join(w.THANKS_SHORT, candidate, closing)], None, p)
        if len(composed.body) <= LINKEDIN_LIMIT:
            return composed
    return _assemble(slot, [_join(w.THANKS_SHORT, closing)], None, p)


def _check_in(slot: Slot, f: dict[str, str], p: dict[str, str]) -> tuple[list[str], str]:
    tl = slot.notes.timeline
    if tl.contact_on is not None:
        opening = w.CHECK_IN_OPENING["contact_on"].format(**{**f, "date": f["contact_date"]})
    elif tl.decision_by is not None:
        opening = w.CHECK_IN_OPENING["decision"].format(**f)
    else:
        opening = w.CHECK_IN_OPENING["plain"].format(**f)
    return [
        _join("I hope you are well.", opening),
        _join(p.get("detail_sentence"), p.get("interest_sentence")),
        _join(slot.pick(w.CHECK_IN_ASK, 1), slot.pick(w.CHECK_IN_CLOSE, 2)),
    ], slot.pick(w.SUBJECTS["check_in"]).format(**f)


def _final(slot: Slot, f: dict[str, str], p: dict[str, str]) -> tuple[list[str], str]:
    return [
        _join("I hope you are well.", slot.pick(w.FINAL_OPENING).format(**f)),
        _join(p.get("interest_sentence"), w.FINAL_FUTURE),
        slot.pick(w.FINAL_CLOSE, 1),
    ], slot.pick(w.SUBJECTS["final_follow_up"]).format(**f)


def _materials(slot: Slot, f: dict[str, str], p: dict[str, str]) -> tuple[list[str], str]:
    promised = [m.promised_by for m in slot.notes.materials if m.promised_by is not None]
    late = bool(promised) and slot.send_at > min(promised)
    them = "it" if _one_item(slot.notes) else "them"
    return [
        _join(
            slot.pick(w.MATERIALS_OPENING).format(**f),
            w.MATERIALS_LATE.format(materials_them=them) if late else None,
        ),
        _join(p.get("note_sentence"), slot.pick(w.MATERIALS_CLOSE, 1)),
    ], slot.pick(w.SUBJECTS["materials"]).format(**f)


def _rejection(slot: Slot, f: dict[str, str], p: dict[str, str]) -> tuple[list[str], str]:
    return [
        slot.pick(w.REJECTION_OPENING).format(**f),
        _join(p.get("appreciation_sentence"), slot.pick(w.REJECTION_FUTURE, 1).format(**f)),
        slot.pick(w.REJECTION_CLOSE, 1),
    ], slot.pick(w.SUBJECTS["rejection_reply"]).format(**f)


_BUILDERS = {
    Kind.thank_you: _thank_you,
    Kind.handwritten_note: _handwritten,
    Kind.linkedin_note: _linkedin,
    Kind.check_in: _check_in,
    Kind.final_follow_up: _final,
    Kind.materials: _materials,
    Kind.rejection_reply: _rejection,
}


def _assemble(
    slot: Slot, paragraphs: list[str], subject: str | None, parts: dict[str, str]
) -> Composed:
    name = slot.notes.candidate.name
    if slot.kind == Kind.linkedin_note:
        closing = name
    else:
        signoffs = w.HANDWRITTEN_SIGNOFFS if slot.kind == Kind.handwritten_note else w.SIGNOFFS
        closing = f"{slot.pick(signoffs, 4)}\n{name}"
    blocks = [greeting(slot.person, slot.kind), *(p for p in paragraphs if p), closing]
    return Composed(
        subject=subject if slot.channel == Channel.email else None,
        body="\n\n".join(blocks),
        parts=dict(parts),
    )
