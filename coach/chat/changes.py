"""Whether what the user just said changes their plan: "they now decide by the 2nd, does that
change when I should follow up?" is a yes or a no, found by building the plan with and without
this message's facts and comparing the next follow-up's first allowed day."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.context import Situation, stopped

#: the question asks whether the news changes anything: "does that change my dates?"
CHANGE_ASKED = re.compile(
    r"\b(?:does|do|would|will|could|should)\s+(?:that|this|it|these|those)\s+(?:\w+\s+)?"
    r"(?:change|affect|move|shift|alter|impact)\b"
    r"|\bchange (?:anything|my (?:dates?|plan|timing|schedule))\b",
    re.I,
)
#: the plan items a follow-up question is about, in the order they come
NEXT_KINDS = ("check_in", "final_follow_up", "thank_you", "materials")
_VERDICT_WORD = re.compile(r"^(?:Yes|No)(?:, not yet)?:\s+")


def _next_day(situation: Situation) -> tuple[str, dt.date] | None:
    """The first open item of the plan (the next follow-up first) and its first allowed day."""
    plan = situation.plan
    if plan is None:
        return None
    for kind in NEXT_KINDS:
        for item in plan.items:
            if str(item.kind) == kind and item.status != "done" and item.earliest is not None:
                return kind, item.earliest.date()
    return None


def answer_to_change(lead: str, situation: Situation, question: str) -> str:
    """The verdict, opened by whether the news moves the next follow-up (or ends the chasing)
    compared with the plan before this message."""
    from coach.chat.verdicts import KIND_WORDS, day

    prior = situation.prior
    if prior is None or not lead or not CHANGE_ASKED.search(question):
        return lead
    rest = _VERDICT_WORD.sub("", lead)
    rest = rest[:1].upper() + rest[1:]
    was, now = _next_day(prior), _next_day(situation)
    ended = stopped(situation)[0] and not stopped(prior)[0]
    if ended:
        return f"Yes, that changes it. {rest}"
    if was is None or now is None or was == now:
        return f"No, that doesn't change your dates. {rest}"
    what = KIND_WORDS.get(was[0], was[0])
    return (
        f"Yes, that changes it: before, a {what} was fine from {day(was[1], situation.now)}. {rest}"
    )
