"""Who made a contact the question states: "Jordan called yesterday" is the interviewer reaching
the user, not a check-in the user sent; "spoke to Zoë yesterday" and "my call with Zoë on the
15th" are contacts the user made, counted as a check-in when the next one is timed."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.dates import first_date
from coach.chat.factset import Facts, Sent
from coach.models import Kind
from coach.text import dated

#: a call the user had with them, not named as a check-in: "spoke to Zoë", "my call with Zoë"
SPOKE = re.compile(
    r"\b(?:I\s+)?(?:spoke|talked|chatted)\s+(?:to|with)\s+(?!(?:my|a|an|some)\b)"
    r"(?![^.?!]{0,40}\b(?:at|during|in|after)\s+the\s+interview\b)"
    r"|\bmy\s+(?:phone\s+|follow[- ]?up\s+)?call\s+(?:with|to)\b",
    re.I,
)
#: the word before a contact verb when someone else is its subject: "the recruiter (Jordan)
#: called", "she emailed"; names are told apart from words that open a sentence by a stop list
_THEIR_SUBJECT = re.compile(
    r"(?:\b(?P<word>he|she|they|recruiter|manager|interviewer|hr|panel|company|team)"
    r"|(?P<name>\b[A-Z][\w'’-]+))\)?\s*(?:just\s+|finally\s+|already\s+|actually\s+)?$"
)
_NOT_SUBJECT = set(
    [
        "i",
        "i've",
        "i'd",
        "i'm",
        "we",
        "we've",
        "then",
        "also",
        "just",
        "already",
        "yesterday",
        "today",
        "tonight",
        "and",
        "so",
        "but",
        "finally",
        "actually",
        "ok",
        "okay",
        "well",
        "oh",
        "anyway",
        "plus",
        "last",
        "on",
        "this",
        "lol",
    ]
)


def by_them(before: str, names: list[str] | None = None) -> bool:
    """Whether the text just before a contact verb names someone else as its subject: a
    pronoun, a role, a capitalised name, or an interviewer's name however it is written
    ("aroha called yesterday")."""
    from coach.chat.names import fold

    last = re.search(r"([\w'’-]+)\)?\s*(?:just\s+|finally\s+|already\s+|actually\s+)?$", before)
    if last and names:
        word = fold(last.group(1))
        if any(word in fold(n).split() for n in names):
            return True
    match = _THEIR_SUBJECT.search(before)
    if match is None:
        return False
    if match.group("word"):
        return True
    name = match.group("name").lower()
    return name not in _NOT_SUBJECT and not re.fullmatch(
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|last|on|this", name
    )


def read_spoken(clause: str, today: dt.date, facts: Facts, negated: re.Pattern[str]) -> bool:
    """A call the user had with them ("spoke to Zoë yesterday"), recorded as a check-in sent
    on the day it names (today when it names none). False when the clause holds none."""
    spoke = SPOKE.search(clause)
    if spoke is None or negated.search(clause[: spoke.start()]) or by_them(clause[: spoke.start()]):
        return False
    if re.search(r"\b(?:should|can|could|shall|will|would)\s+I\b", clause[: spoke.start()], re.I):
        return False
    day = first_date(clause[spoke.start() :], today, past=True)
    if day is None:
        day = first_date(clause[: spoke.start()], today, past=True)
    facts.sent.append(Sent(Kind.check_in, day or today))
    facts.said.append("you spoke to them" + (f" on {dated(day, '%-d %b')}" if day else ""))
    return True
