"""A question that asks what to write to someone ("what do I actually say to Emmanuel?") asks
for a message's content, not for its timing: the words its reader is owed next. Which message
that is follows the record: the thank-you while that person has had none, a check-in after it,
the reply once they have said no."""

from __future__ import annotations

import re

from coach.chat.factset import Facts
from coach.chat.kinds import kind_in
from coach.chat.routes import material_named
from coach.models import Kind, Notes, Stage

__all__ = ["SAY_TO", "content_entry"]

#: what to write to someone: "what would I even say to her", "what do I write to Dr Abeysekera"
SAY_TO = re.compile(
    r"\bwhat (?:should|do|can|could|would|shall) I (?:\w+ ){0,2}?(?:say|write|put|tell|mention)"
    r"(?: (?:back|him|her|them))? (?:to|for) (?!(?:the |an? )?(?:interview|round|question))\w+"
    # "what do I actually put in my second check-in?": the message named by its kind
    r"|\bwhat (?:should|do|can|could|would|shall) I (?:\w+ ){0,2}?(?:say|write|put|mention"
    r"|include) in (?:my|the|a|this|that|our) (?:\w+ ){0,2}?(?:check[- ]?in|follow[- ]?up"
    r"|thank[- ]?you|note|e-?mail|message|reply|nudge|request)\b"
    # "what should actually go in the check-in?", "what goes in a thank-you"
    r"|\bwhat (?:(?:should|do(?:es)?|can|could|would|shall) (?:\w+ ){0,2}?go|goes) in (?:my|the|a"
    r"|this|that|our) (?:\w+ ){0,2}?(?:check[- ]?in|follow[- ]?up|thank[- ]?you|note|reply)\b",
    re.I,
)


#: a LinkedIn connection request, named: its note is what the question asks to write
LINKEDIN = re.compile(r"\blinked ?in\b|\bconnection (?:request|message|note)\b", re.I)


def content_entry(
    question: str, facts: Facts, notes: Notes | None, stage: Stage | None
) -> str | None:
    """The guide entry on the content of the message the question asks what to write, or None
    when it asks no such thing."""
    if SAY_TO.search(question) is None:
        return None
    if (facts.stage or stage) == Stage.rejected:
        return "rejection"
    if notes is not None and material_named(question, [m.what for m in notes.materials]):
        return None  # "what do I write in the email with the wine list?": the material's note
    named = kind_in(question)  # "what goes in my second check-in": the kind it names
    if named in (None, Kind.thank_you, Kind.linkedin_note) and LINKEDIN.search(question):
        return "linkedin"  # "what do I put in the LinkedIn request, before the thank-you?"
    if named in (Kind.check_in, Kind.final_follow_up):
        return "check-in-content"
    if named == Kind.thank_you:
        return "thank-you-content"
    person = facts.names[0] if facts.names else None
    thanked = [s.to for s in facts.sent if s.kind == Kind.thank_you]
    if notes is not None:
        thanked += [e.to for e in notes.history if e.kind == Kind.thank_you]
    if person is None and notes is not None:  # "him": the one still owed, if any is
        person = next((p.name for p in notes.interviewers if p.name not in thanked), None)
        if person is None:
            return "check-in-content"
    owed = None not in thanked and (not thanked if person is None else person not in thanked)
    return "thank-you-content" if owed else "check-in-content"
