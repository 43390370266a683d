"""The length a message may run to, stated with any advice on what that message says: a person
asking what to put in a check-in, whether a card is a nice touch or how to word a reply to a
no is about to write one, and the rulebook's budget for it (too-long) is the one number the
advice on its content rests on, so the answer gives it without being asked."""

from __future__ import annotations

import re

from coach.chat.kinds import kind_in
from coach.models import Kind

#: the guide entries on what one kind of message says or how it is sent, with that kind
ENTRY_KIND = {
    "check-in-content": Kind.check_in,
    "thank-you-content": Kind.thank_you,
    "unique-notes": Kind.thank_you,
    "handwritten-note": Kind.handwritten_note,
    "linkedin": Kind.linkedin_note,
}
#: entries on how a message reads or on answering a no: a budget only for a message being written
WRITING_ENTRIES = ("tone", "rejection", "rejection-feedback")
#: entries on adding something to a message (a sample, a point forgotten): the budget of the
#: message it goes in, when the question names one ("attach it to the thank-you?")
ADDING_ENTRIES = ("extra-material", "forgot-something", "went-badly")
#: the answer to their message: after a no, the rejection reply
REPLY = re.compile(
    r"\b(?:repl(?:y|ies|ying)|respon(?:d|se)|answer(?:ing)? (?:back|them|her|him)"
    r"|write back)\b",
    re.I,
)
#: the question is about writing a message: its words, its wording or its size
WRITING = re.compile(
    r"\b(?:say|said|write|writ(?:e|ing)|wrote|word(?:ing|ed)?|phrase|put|include|mention|reply"
    r"|respond|answer back|draft|long|short|length|paragraphs?|waffle|brief)\b",
    re.I,
)


def budget_kind(entry_id: str, question: str, rejected: bool) -> Kind | None:
    """The kind of message the answer is about, when it is about writing one."""
    from coach.chat.length import size_asked

    named = kind_in(question)
    if named not in (None, Kind.materials) and size_asked(question):
        return named  # "when is the check-in due, and how long should it be?": its budget
    writing = entry_id in ENTRY_KIND or entry_id in WRITING_ENTRIES
    if writing and rejected and named in (None, Kind.rejection_reply) and REPLY.search(question):
        return Kind.rejection_reply  # "my reply" after a no, whatever the entry
    if entry_id in ENTRY_KIND:
        own = ENTRY_KIND[entry_id]
        if own == Kind.check_in and named in (Kind.final_follow_up, Kind.check_in):
            return named  # "the last one": a final follow-up's budget
        return own
    if entry_id in ADDING_ENTRIES:  # the message the piece goes in, not the piece
        host = kind_in(
            re.sub(r"\b(?:reference|material|portfolio|sample)\w*", " ", question, flags=re.I)
        )
        if host not in (None, Kind.materials):
            return host
    if entry_id in WRITING_ENTRIES and WRITING.search(question):
        if rejected and named in (None, Kind.rejection_reply, Kind.check_in):
            return Kind.rejection_reply  # "my reply" after a no is the rejection reply
        return named if named not in (None, Kind.materials) else None
    return None


def budget_line(entry_id: str, question: str, rejected: bool, said: str) -> tuple[str, list[str]]:
    """One sentence with the budget for the kind the answer is about, unless `said` (the answer
    so far) already gives that number."""
    from coach.chat.length import NAMED
    from coach.rulebook import load_rules

    kind = budget_kind(entry_id, question, rejected)
    if kind is None:
        return "", []
    check = load_rules()["too-long"].check
    budget = check["budgets"].get(kind.value)
    if budget is None or re.search(rf"\b{int(budget)}\b", said):
        return "", []
    unit = "characters" if kind.value in check.get("characters_for", []) else "words"
    name = NAMED.get(kind, kind.value.replace("_", " "))
    return f"Length: a {name} runs to about {int(budget)} {unit} at most (too-long).", ["too-long"]
