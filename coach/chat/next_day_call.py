"""A phone call the day after the interview, planned or looked back on: "ringing her tomorrow to
thank her again?", "should I have phoned him the morning after?", "I nearly rang her the
Thursday after the interview". Whatever topic the question is routed to (thanks, a check-in,
a rejection), the call itself is the fault (timing-next-day-call, 001 "Don't be overeager"),
unless they asked for a call that day."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.context import Situation
from coach.chat.followups import day

#: the user calling (not "everyone calls her Fati", not "she said call on the 1st")
_CALL = re.compile(
    r"(?<!said )\b(?:phon(?:e|ed|ing)|ring(?:ing)?|rang|rung"
    r"|call(?:ed|ing)?(?!\s+(?:him|her|them|me|you)\s+(?-i:[A-Z])))\b(?!\s+(?:it|this|back))",
    re.I,
)
#: the day after, by its place: "the next day", "the morning after the interview"
_AFTER = re.compile(
    r"\bthe\s+(?:next|following)\s+(?:day|morning)\b"
    r"|\bthe\s+(?:day|morning)\s+after\s+(?:the|my|our)\s+interview\b",
    re.I,
)
#: the day after, by its weekday: "the thursday after the interview"
_WEEKDAY_AFTER = re.compile(
    r"\bthe\s+(mon|tues|wednes|thurs|fri)day\s+after\s+(?:the|my|our)\s+interview\b", re.I
)
_TOMORROW = re.compile(r"\b(?:tomorrow|tmrw)\b", re.I)
_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri")
#: the call is looked back on, not planned
_PAST = re.compile(
    r"\b(?:should|could|would|might)\s+(?:I|that|it)\s+have\b|\bif\s+I\s+had\b|\bhad\s+I\b"
    r"|\b(?:nearly|almost)\s+(?:phoned|rang|called)\b|\bglad\s+I\s+didn'?t\b",
    re.I,
)


def _interview_day(situation: Situation) -> dt.date | None:
    notes = situation.notes
    if notes is None or situation.synthetic:
        return None
    return notes.interview.start.astimezone(notes.interview.zone).date()


def called_next_day(situation: Situation, question: str) -> bool:
    """The question asks about a call of the user's on the day after the interview."""
    if not _CALL.search(question):
        return False
    if _AFTER.search(question):
        return True
    interview = _interview_day(situation)
    if interview is None:
        return False
    weekday = _WEEKDAY_AFTER.search(question)
    if weekday is not None:
        return (interview + dt.timedelta(days=1)).weekday() == _WEEKDAYS.index(
            weekday.group(1).lower()
        )
    return _TOMORROW.search(question) is not None and situation.now.date() == interview


def next_day_call_verdict(situation: Situation, question: str) -> tuple[str, list[str]]:
    """No to a call the day after the interview that nobody asked for, with the day a check-in
    was (or is) first welcome; "" when the question asks about no such call."""
    from coach.checks.timeline import timeline_of

    if not called_next_day(situation, question):
        return "", []
    notes, now = situation.notes, situation.now
    interview = _interview_day(situation)
    after = interview + dt.timedelta(days=1) if interview is not None else None
    invited = situation.facts.contact_on or (
        timeline_of(notes).contact_on if notes is not None else None
    )
    if invited is not None and (after is None or invited <= after):
        return "", []  # they asked for a call then: the channel verdicts judge it
    past = _PAST.search(question) is not None or (after is not None and after < now.date())
    if invited is not None and after is not None:  # as the invited-call verdict words it
        was = "would have been" if past else "is"
        return (
            f"No: {day(after, now)} {was} early; a call the day after the interview reads as "
            f"overeager, and they invited you to call on {day(invited, now)}, so "
            f"{'that day or later was the time' if past else 'call that day or later'}.",
            ["timing-next-day-call", "timing-check-in-early"],
        )
    when = f" ({day(after, now)})" if after is not None else ""
    lead = (
        f"No: a call the day after the interview{when} would have read as overeager"
        if past
        else f"No: a call the day after the interview{when} reads as overeager"
    )
    lead += " unless they had asked for one; thank them by email instead (001)."
    first = _first_check_in(situation)
    if first is not None:
        lead += f" The first check-in {'was' if past or first <= now.date() else 'is'} "
        lead += f"welcome from {day(first, now)}."
    return lead, ["timing-next-day-call", "timing-check-in-early"]


def _first_check_in(situation: Situation) -> dt.date | None:
    plan = situation.plan
    if plan is None:
        return None
    items = [i for i in plan.items if str(i.kind) == "check_in" and i.earliest is not None]
    return items[0].earliest.date() if items and items[0].earliest else None
