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
    # "then panicked and sent another tue 15th": one more message, whatever came between
    r"(?:[\w']+\s+and\s+(?=sent\b))?"
    r"(?:(?:e-?mailed|rang|phoned|called|texted|messaged|sent(?:\s+(?:another|a second|one more))?)"
    r"\s+(?:again\s+)?)?"
    # "then Øystein on the 17th", "rang her on the 28th": whom, before the day
    r"(?:(?:to\s+)?[\w'’-]+\s+(?=on\s))?(?:on\s+)?"
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
_WEEKDAY = r"(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?"
#: a message sent, its kind not named: "emailed on the 15th", "wrote to her on Monday"
_BARE_SENT = re.compile(
    r"\b(?:I\s+)?(?:e-?mailed|mailed|messaged|wrote(?:\s+to)?|texted)\b"
    # "emailed Sam", "emailed Dr Hönigsberger", "emailed Ulrike Hönigsberger": who, by any form
    r"(?:\s+(?:her|him|them|again|(?:(?:dr|mr|mrs|ms|mx|prof)\.?\s+)?(?!(?:me|us|by|about|back)\b)"
    # a day is not whom: "emailed thursday 28th"
    rf"(?!{_WEEKDAY}\b)[\w'’-]+(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]+){{0,3}}))?\s+(?=on\b|the\b|last\b"
    # "emailed Ingrid this morning": today's or yesterday's, said as such; "emailed Sam mon 29th"
    rf"|{_WEEKDAY}\b\.?\s*\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d"
    r"|this (?:morning|afternoon)\b|yesterday\b)",
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


#: what may come before a send that is the user's own: nothing, "I", or a joining word; not
#: "would be emailed by Monday" (theirs, to come) or "Sam emailed on the 3rd" (theirs)
_MINE = re.compile(
    r"(?:^|[,;:.!?()–—-]|\b(?:I|and|then|so|also|just|already|but|yes|ok|well))\s*$", re.I
)


def _bare_sent(clause: str) -> re.Match[str] | None:
    bare = _BARE_SENT.search(clause)
    if bare is None or re.match(r"I\b", bare.group(0), re.I):
        return bare
    return bare if _MINE.search(clause[: bare.start()]) else None


def bare_sent_at(clause: str) -> int | None:
    """Where the clause says a message went without naming its kind ("emailed Sam on the 3rd")."""
    bare = _bare_sent(clause)
    return None if bare is None else bare.start()


def read_chased(
    clause: str, today: dt.date, facts: Facts, interview: dt.date | None = None
) -> bool:
    """ "emailed on the 15th and the 22nd, she hasn't answered either one": unanswered
    messages on those days are follow-ups, as are ones dated past the thank-you's window after
    the interview (the one the message states, else `interview`, the notes'). False when the
    clause says no such thing."""
    bare = _bare_sent(clause)
    if bare is None:
        return False
    if re.search(r"\b(?:should|can|could|shall|will|would)\s+I\b", clause[: bare.start()], re.I):
        return False
    span = first_span(clause[bare.end() : bare.end() + 40], today)
    if span is None:
        return False
    first, end = span
    if not UNANSWERED.search(clause) and not _past_thanks(first, facts.interview_day or interview):
        return False
    days = [first, *days_after(clause, bare.end() + end, today)]
    days = sorted(set(days))
    facts.sent += [Sent(Kind.check_in, day) for day in days]
    facts.said.append("you followed up on " + " and ".join(f"{dated(d, '%-d %b')}" for d in days))
    return True


def _past_thanks(day: dt.date, interview: dt.date | None) -> bool:
    """A message the user sent after the thank-you's window (2 days from the interview day)
    is a follow-up, even unnamed: "interview 24 June ... I emailed on 2 July"."""
    return interview is not None and day > interview + dt.timedelta(days=2)
