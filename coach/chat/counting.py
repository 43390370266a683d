"""Where the wait before a check-in counts from: "do the 5 days count from my thank-you or
from the interview?". The rule (timing-check-in-early) counts business days from the
interview, whenever the thank-you went; a timeline they gave replaces that count."""

from __future__ import annotations

import re

from coach.chat.context import Situation
from coach.chat.followups import day, open_item

#: the question asks what the wait is counted from
COUNT_FROM = re.compile(
    r"\b(?:count(?:s|ed)?|start(?:s|ed)?|measured|run|runs|calculated)\s+from\b"
    r"|\bfrom (?:my|the) (?:thank[- ]?you|interview)\b[^?]*\bor\b",
    re.I,
)
#: about the check-in's wait, not the thank-you's hours
CHECK_IN_WAIT = re.compile(
    r"check[- ]?in|follow[- ]?up|\b(?:5|five) (?:business |working )?days\b|chas", re.I
)


def count_from_asked(question: str) -> bool:
    return bool(COUNT_FROM.search(question) and CHECK_IN_WAIT.search(question))


def count_from_verdict(situation: Situation) -> tuple[str, list[str]]:
    """From the interview, with the plan's first check-in day (or their timeline's)."""
    from coach.plan import limits

    notes, now = situation.notes, situation.now
    n = limits().check_in_business_days
    if notes is None or situation.synthetic:
        return (
            f"From the interview: the {n} business days count from the interview day, not from "
            "your thank-you (a late thank-you doesn't move it).",
            ["timing-check-in-early"],
        )
    held = notes.interview.start.astimezone(notes.interview.zone)
    item = open_item(situation, "check_in")
    when = day(item.earliest, now) if item and item.earliest else None
    first = f", so the first check-in is from {when}" if when else ""
    from coach.checks.timeline import timeline_of

    tl = timeline_of(notes)
    if tl.decision_by or tl.no_contact_before or tl.contact_on:
        return (
            f"Neither: they gave you a timeline, and that replaces the {n}-day count{first}.",
            ["timing-check-in-early"],
        )
    return (
        f"From the interview: the {n} business days count from {day(held, now)}, not from your "
        f"thank-you{first}. Waiting about a week after a late thank-you is a gentler option, "
        "not the rule.",
        ["timing-check-in-early"],
    )
