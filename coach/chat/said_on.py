"""The day the interviewer spoke, when the question names it apart from today: "she said she'd
get back to me by the end of the week. That was last Friday". Their relative words ("end of the
week", "within a few days") count from that day, as the notes' `timeline.said` counts from the
interview."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.dates import first_date

_SAID_ON = re.compile(
    r"\b(?:that|this)\s+(?:was|were)\s+(?P<when>(?:last\s+|on\s+)?\w+day\b|yesterday"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+\w+|\w+\s+\d{1,2}(?:st|nd|rd|th)?\b|last\s+week\b)",
    re.I,
)


#: "Lwazi just phoned me, says ...", "Sam's saying it'll be ...": they spoke today, whatever
#: day the interview was
_JUST = re.compile(
    r"\bjust\s+(?:phoned|called|rang|emailed|e-mailed|messaged|texted|told me|said|wrote)\b"
    r"|(?:['’]s|\bis|\bare|['’]re)\s+(?:now\s+)?(?:saying|telling me)\b|\bnow\s+(?:says|saying)\b",
    re.I,
)


#: "it's tuesday of the week after": they spoke in the week before this one (a week ago)
_WEEK_AFTER = re.compile(
    r"\b(?:it'?s|it is|today is|we'?re)\s+(?:now\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:of\s+)?)?the\s+(?:week\s+after|following\s+week)\b"
    r"|\b(?:it'?s|it is|today is)\s+(?:now\s+)?the\s+following\s+\w+day\b",
    re.I,
)


def spoken_on(text: str, today: dt.date) -> dt.date | None:
    """The day the text says the interviewer's words were spoken, if it names one."""
    if _JUST.search(text):
        return today
    if _WEEK_AFTER.search(text):
        return today - dt.timedelta(days=7)
    match = _SAID_ON.search(text)
    if match is None:
        return None
    day = first_date(match.group("when"), today, past=True)
    return day if day is not None and day < today else None
