"""The day of the interview the user states ("I interviewed on Tuesday 2 June", "my interview
was yesterday 3-4pm"), read by coach.chat.facts wherever a clause says it, also beside what the
interviewer said ("she said to give it a fortnight at the end of my interview on 2 June")."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.dates import DATE, MONTH_WORD, first_date, time_of
from coach.chat.factset import Facts
from coach.chat.phrases import INTERVIEW_ON
from coach.chat.rounds import SPAN, read_hours
from coach.text import dated

#: an interview still to come: "got an interview on Thursday", "my interview is on Monday"
UPCOMING = re.compile(
    r"\b(?:got|have|having|has)\s+(?:an?|my|the|another)\s+(?:\w+\s+)?interview\b"
    r"|\binterview\s+(?:is|will be|'s)\s+(?:on|next|this|tomorrow)\b|\bupcoming interview\b",
    re.I,
)


#: the user correcting what the notes hold: "actually the interview was on the 10th"
CORRECTED = re.compile(
    r"\b(?:actually|in fact|correction|turns out|it was really|my notes are wrong|not the)\b", re.I
)


#: the day said before the word: "after that friday 16 oct interview", "my tuesday 3pm interview"
DAY_BEFORE = re.compile(
    r"\b(?:my|the|that|our|this)\s+(?P<day>[^.?!,]{3,25}?)\s+"
    r"(?:(?:video|phone|panel|zoom|teams|first|final|in-person)\s+)?interview\b",
    re.I,
)
_CLOCK_AFTER = re.compile(r"\s*(?:at\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?)?\s*", re.I)


def _day_before(clause: str, today: dt.date) -> tuple[dt.date, int] | None:
    """The day a "the friday 16 oct interview" phrase names, and where the phrase starts."""
    for m in DAY_BEFORE.finditer(clause):
        said = DATE.match(m.group("day"))
        if said and _CLOCK_AFTER.fullmatch(m.group("day")[said.end() :]):
            day = first_date(m.group("day"), today, past=True)
            if day is not None:
                return day, m.start()
    return None


def _noted_weekday(text: str, day: dt.date, anchor: dt.date | None) -> dt.date:
    """ "the interview was friday afternoon", said days later: a bare weekday names the day the
    notes hold when that is the weekday said, not the latest such weekday on the clock."""
    said = DATE.search(text)
    if (
        anchor is None
        or said is None
        or not said.group("wd2")
        or (said.group("rel") or "").lower() in ("last", "next", "this")
        or anchor.weekday() != day.weekday()
        or re.match(rf"[\s,]*(?:the\s+)?(?:\d|{MONTH_WORD})", text[said.end() :], re.I)
    ):
        return day  # "Tuesday July 7": the date that follows names the day
    return anchor


def read_interview_on(
    clause: str, today: dt.date, facts: Facts, anchor: dt.date | None = None
) -> bool:
    """Adds the interview's day (and its hours, when given) that the clause states; False
    when it states none, or one still to come. `anchor` is the notes' interview day, which a
    bare weekday on the same weekday names."""
    if UPCOMING.search(clause):
        return False  # "I've got an interview on Thursday": one still to come
    interview = INTERVIEW_ON.search(clause)
    if interview is None:
        before = _day_before(clause, today)
        if before is None or before[0] > today:
            return False
        noted = _noted_weekday(clause[before[1] :], before[0], anchor)
        facts.interview_day, facts.interview_at = noted, time_of(clause[before[1] :])
        facts.said.append(f"the interview was on {dated(noted, '%-d %b')}")
        return True
    day = first_date(clause[interview.start() :], today, past=True)
    if day is None or day > today:
        return False
    day = _noted_weekday(clause[interview.start() :], day, anchor)
    facts.interview_day = day
    facts.interview_at = time_of(clause[interview.start() :])
    span = SPAN.search(clause, interview.start())  # "yesterday 3-4pm": both ends
    if span is not None and (span.group("ap1") or span.group("ap2")):
        start, end = read_hours(span)
        if start is not None and end is not None and start < end:
            facts.interview_at, facts.interview_end_at = start, end
    facts.said.append(f"the interview was on {dated(day, '%-d %b')}")
    return True


def read_interview_before(
    clause: str, today: dt.date, facts: Facts, anchor: dt.date | None
) -> None:
    """ "interview was fri 11 sept 3-4pm, i sent my thank you sunday": the interview day said
    ahead of a sent message in one sentence, which the send's timing is measured from; unless
    the notes (or an earlier turn) hold another day ("interviewed me twice, the 3rd and the
    17th, and I thanked him after both")."""
    held = Facts()
    if read_interview_on(clause, today, held, anchor) and (
        anchor is None or held.interview_day == anchor or CORRECTED.search(clause)
    ):
        facts.interview_day, facts.interview_at = held.interview_day, held.interview_at
        facts.interview_end_at = held.interview_end_at or facts.interview_end_at
        facts.said.extend(held.said)
