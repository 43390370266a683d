"""Follow-ups the user says they sent on several days ("checked in on the 13th and again the
16th"), or sent without naming them as follow-ups ("emailed on the 15th and the 22nd, she
hasn't answered either one", or dated past the thank-you's window after the interview day they
gave): each day is one more message the next one is counted from."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.dates import DATE, day_of_month, resolve
from coach.chat.factset import Facts, Sent
from coach.models import Kind
from coach.text import dated

#: a further day after the first: "and again the 16th", ", then on Friday", "and 22nd"
_AND_THEN = re.compile(
    r"\s*(?:,\s*(?:and\s+|then\s+)?|\s+(?:and|then)\s+)(?:again\s+|also\s+)?"
    r"(?:(?:e-?mailed|rang|phoned|called|texted|messaged)\s+(?:again\s+)?)?(?:on\s+)?"
    r"(?:(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\b(?!\s*(?:check|follow|one|time|email))|(?=\S))",
    re.I,
)
#: the message got no answer: "hasn't answered either one", "no reply", "still nothing"
UNANSWERED = re.compile(
    r"\b(?:has|have|had)\s*n[o']?t\s+(?:answered|replied|responded|got(?:ten)? back)"
    r"|\bhasnt\s+(?:answered|replied|responded)|\bno (?:reply|replies|response|answer|word|news)\b"
    r"|\b(?:still|heard) nothing\b|\bnothing back\b|\bsilence\b|\bignored\b|\bghost(?:ed|ing)\b",
    re.I,
)
#: a message sent, its kind not named: "emailed on the 15th", "wrote to her on Monday"
_BARE_SENT = re.compile(
    r"\b(?:I\s+)?(?:e-?mailed|mailed|messaged|wrote(?:\s+to)?|texted)\b"
    r"(?:\s+(?:her|him|them|again|(?-i:[A-ZÀ-Þ])[\w'’-]+|[a-zà-ÿ][\w'’-]*))?\s+(?=on\b|the\b|last\b"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d)",
    re.I,
)


def days_after(text: str, first_end: int, today: dt.date) -> list[dt.date]:
    """The further days a list goes on to name after the first date, which ends at
    `first_end`: "on the 13th and again 16th", "the 15th and the 22nd"."""
    days: list[dt.date] = []
    at = first_end
    while True:
        link = _AND_THEN.match(text, at)
        if link is None:
            return days
        if link.group("n"):
            found = day_of_month(int(link.group("n")), today, True)
            if found is None:
                return days
            days.append(found)
            at = link.end()
            continue
        date = DATE.match(text, link.end())
        if date is None or date.group("word") or date.group("rel"):
            return days
        found = resolve(date, today, past=True)
        if found is None:
            return days
        days.append(found)
        at = date.end()


def first_span(text: str, today: dt.date) -> tuple[dt.date, int] | None:
    """The first date the text names, and where it ends."""
    for match in DATE.finditer(text):
        found = resolve(match, today, past=True)
        if found is not None:
            return found, match.end()
    return None


def read_chased(clause: str, today: dt.date, facts: Facts) -> bool:
    """ "emailed on the 15th and the 22nd, she hasn't answered either one": unanswered
    messages on those days are follow-ups. False when the clause says no such thing."""
    bare = _BARE_SENT.search(clause)
    if bare is None:
        return False
    if re.search(r"\b(?:should|can|could|shall|will|would)\s+I\b", clause[: bare.start()], re.I):
        return False
    span = first_span(clause[bare.end() : bare.end() + 40], today)
    if span is None:
        return False
    first, end = span
    if not UNANSWERED.search(clause) and not _past_thanks(first, facts):
        return False
    days = [first, *days_after(clause, bare.end() + end, today)]
    days = sorted(set(days))
    facts.sent += [Sent(Kind.check_in, day) for day in days]
    facts.said.append("you followed up on " + " and ".join(f"{dated(d, '%-d %b')}" for d in days))
    return True


def _past_thanks(day: dt.date, facts: Facts) -> bool:
    """A message the user sent after the thank-you's window (2 days from the interview day
    they stated) is a follow-up, even unnamed: "interview 24 June ... I emailed on 2 July"."""
    interview = facts.interview_day
    return interview is not None and day > interview + dt.timedelta(days=2)
