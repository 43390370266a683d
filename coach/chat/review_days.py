"""The day a reviewed message may go, said beside the review of its words: the day of words the
user means to say ("emailing Ingrid the day after tomorrow just to say..."), the first day for
a check-in pasted with the interview's day but no notes, and the 2-day limit of a thank-you
that is late but still inside it."""

from __future__ import annotations

import re
from typing import Any

from coach.chat.context import Situation
from coach.chat.followups import moment
from coach.models import Kind


def planned_day_line(situation: Situation, person: str | None, question: str) -> str:
    """When the question also names the day the words would go ("emailing Ingrid the day after
    tomorrow just to say ..."), the plan's word on that day if it is too early, or that the
    follow-ups are spent; "" otherwise, as the words, not the day, are what is judged first."""
    from coach.chat.verdicts import verdict
    from coach.guide import load_guide
    from coach.models import Stage

    if situation.notes is None or situation.plan is None:
        return ""
    if (situation.notes.stage if situation.notes else None) == Stage.rejected:
        return ""
    lead, _ = verdict(load_guide().entries["check-in-timing"], situation, person, question)
    early = re.match(r"No\b[^.]*\b(?:wait until|too early)\b", lead)
    spent = re.match(r"No\b.*\bmore than twice\b", lead)  # whatever the day: none is left
    return lead if spent or (early and situation.facts.asked_day is not None) else ""


def with_send_day(
    text: str, s: Situation, person: str | None, question: str, intended: bool, results: Any
) -> str:
    """The review's text with the day it may go, where the review alone leaves it unsaid."""
    timed = s.synthetic and str(results[0].kind) in ("check_in", "final_follow_up")
    if timed and (day := planned_day_line(s, person, question)):
        # no notes, but the question gave the interview's day: the day it may go
        return re.sub(r"Without your notes I could not check when it goes: [^.]*\.", day, text)
    if intended and (day := planned_day_line(s, person, question)):
        # "...the day after tomorrow": too soon, said before how to word it
        head, cue, rest = text.partition(" Say it politely instead:")
        day = re.sub(r"^No\b[:,]?\s*", "", day)
        but = "But not" if head.startswith("Yes") else "Nor"
        return f"{head} {but} on that day: {day}{cue}{rest}"
    late = [f for r in results for f in r.findings if f.rule == "timing-thank-you-late"]
    if late and all(f.severity == "warning" for f in late) and s.plan and not s.synthetic:
        # past the 24 hours, inside the 2 days: the day it still counts as in time
        limits = [
            i.limit
            for i in s.plan.items
            if i.kind == Kind.thank_you and i.status != "done" and i.limit is not None
        ]
        if limits:
            first, _, rest = text.partition("\n")
            limit = moment(limits[0], s.now)
            line = f"Send it before {limit}, the 2-day limit, after which it is an error."
            return f"{first} {line}\n{rest}".rstrip("\n")
    return text
