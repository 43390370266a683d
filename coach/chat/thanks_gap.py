"""A thank-you timed by its distance from the interview, with no dates to go on: "sent it about
30 hrs after", "an hour after the interview ended", "the same night". The hours alone settle it
against the rule's 24-hour target and 2-day limit (RULEBOOK 5, timing-thank-you-late; 003 the
same evening, 002 within 24 hours, 000 and 004 within 1-2 days)."""

from __future__ import annotations

import re

from coach.plan import limits

_COUNT = {"an": 1, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: hours after the interview: "about 30 hrs after", "like an hour after it ended", "2h later"
_HOURS = re.compile(
    r"\b(?P<n>\d{1,3}|an|a|one|two|three|four|five|six)\s*(?:-|\s)?(?:hours?|hrs?|h)\s+"
    r"(?:after|later)\b",
    re.I,
)
#: days after: "two days after", "3 days later"
_DAYS = re.compile(r"\b(?P<n>\d|one|two|three|four|five|six)\s+days?\s+(?:after|later)\b", re.I)
#: the evening of the interview itself: "the same night", "that evening"
_SAME_DAY = re.compile(
    r"\b(?:the )?same (?:night|evening|day|afternoon)\b|\bthat (?:evening|night)\b"
)
#: the worry is that it was too soon: "weirdly keen?", "too eager?", "too soon?"
_TOO_SOON = re.compile(r"\b(?:keen|eager|soon|desperate|pushy|quick|fast|early)\b", re.I)
#: a thank-you is what the gap is about
_THANKS = re.compile(r"\bthank(?:s|[- ]?you)\b", re.I)


def _hours(question: str) -> float | None:
    if m := _HOURS.search(question):
        n = m.group("n").lower()
        return float(_COUNT.get(n) or int(n))
    if m := _DAYS.search(question):
        n = m.group("n").lower()
        return 24.0 * (_COUNT.get(n) or int(n))
    if _SAME_DAY.search(question):
        return 6.0  # the evening of the interview: well inside the target
    return None


def thanks_gap_verdict(question: str) -> str:
    """The verdict on a thank-you sent (or to be sent) some hours after the interview; empty
    unless the question is about a thank-you and says how long after."""
    if not _THANKS.search(question):
        return ""
    hours = _hours(question)
    if hours is None:
        return ""
    target, days = limits().thank_you_hours, limits().thank_you_limit_hours // 24
    said = (
        "the same evening"
        if _SAME_DAY.search(question) and hours == 6.0
        else (f"{hours:g} hour{'s' if hours != 1 else ''} after the interview")
    )
    if hours <= target:
        lead = "No, not too soon" if _TOO_SOON.search(question) else "No, not late"
        return (
            f"{lead}: {said} is inside the {target} hours, which is the target, and the evening "
            "of the interview is ideal. A prompt thank-you reads as keen in the right way."
        )
    if hours <= target * days:
        late = re.search(r"(?<!too )\blate\b", question, re.I)  # "was it late?": a little
        lead = "Yes, a little late, but not too late" if late else "No, you haven't blown it"
        return (
            f"{lead}: {said} is past the {target}-hour target but inside the "
            f"{days}-day limit, so it is a little late, not too late."
        )
    return (
        f"Yes, late: {said} is past even the {days}-day limit (the target is {target} hours). "
        "If it has not gone, send it anyway, short and warm, without dwelling on the delay."
    )
