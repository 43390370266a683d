"""Messages the user says they sent: "I emailed my thank-you on Monday", "the check-in I sent
on the 21st", "I followed up twice". Read by coach.chat.facts, one clause at a time."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.chased import days_after, first_span
from coach.chat.contacts import by_them
from coach.chat.dates import DURATION, days_of, first_date, time_of
from coach.chat.factset import Facts, Retracted, Sent
from coach.chat.phrases import (
    ASKING_SENT,
    BOTH_FOLLOW_UPS,
    NEGATED,
    PANEL,
    SENT,
    TWICE,
    sent_kind,
)
from coach.models import Kind
from coach.text import dated

#: sent moments ago: "I just emailed", "I've just sent", "a minute ago", "just now"
JUST = re.compile(
    r"\bjust\s+now\b|\b(?:a|one|a\s+few|few|\d+|two|five|ten|couple\s+of)\s+"
    r"(?:minutes?|mins?|moments?|secs?|seconds?)\s+ago\b|\bmoments\s+ago\b",
    re.I,
)


#: the interview's own day: "the same night", "that evening", "the night of the interview"
THAT_DAY = re.compile(
    r"\b(?:the\s+)?same\s+(?:night|evening|day|afternoon)\b|\bthat\s+(?:night|evening|afternoon)\b"
    r"|\b(?:night|evening|afternoon|day)\s+of\s+(?:the|my)\s+interview\b",
    re.I,
)


#: the time since a message went: "over a week since I (last) checked in"
SINCE_SENT = re.compile(
    rf"{DURATION.pattern}\W*(?:now\s+)?since\s+(?:I\s*(?:'ve|have)?\s+)?(?:last\s+)?$", re.I
)


def sent_in(
    clause: str, drafted: bool = False, names: list[str] | None = None
) -> re.Match[str] | None:
    """Where the clause says the user sent a message, or None when it does not (not yet, only
    asked about, received, written but not sent, or their contact rather than the user's)."""
    sent = SENT.search(clause)
    if sent is None:
        return None
    before = clause[: sent.start()]
    if NEGATED.search(before):
        return None  # "I haven't sent a thank-you yet"
    if re.search(
        r"\b(?:before|until|till)\s+(?:I\s*(?:'ve|have)?\s*)?(?:even\s+|actually\s+)?$",
        before,
        re.I,
    ):
        return None  # "before I've even emailed the thank-you": not sent yet
    if re.match(r"\w+\s+(?:me|us)\b", clause[sent.start() :], re.I):
        return None  # "Hemi sent me this on LinkedIn": received, not sent
    if ASKING_SENT.search(clause[: sent.end()]) and "?" in clause:
        return None  # "who did I send a check-in to?"
    if drafted and re.match(r"wr[io]te|written|drafted|made", sent.group(0), re.I):
        return None  # "I wrote a follow-up: '...'" with the draft quoted: written, not sent
    if by_them(before, names):
        return None  # "the recruiter (Jordan) called yesterday": they reached the user
    return sent


def read_sent(sent: re.Match[str], clause: str, today: dt.date, facts: Facts) -> bool:
    """Adds what was sent, of which kind and on which day, to `facts`; False when the clause
    only asks whether to send ("should I send a follow-up?")."""
    if re.search(r"\b(?:should|can|could|shall|will|would)\s+I\b", clause[: sent.start()], re.I):
        return False
    word = (
        sent.group("what") or sent.group("verb") or sent.group("noun") or sent.group("rel") or ""
    ).lower()
    if sent.group("one") or sent.group("nth"):  # "the first one was the 18th", "a 2nd email"
        word = "follow"
    if sent.group("asked"):
        word = "check"
    if sent.group("verb") and word.startswith("followed"):
        word = "follow"
    kind = sent_kind(word)
    if "final" in clause.lower() or "last follow" in clause.lower():
        kind = Kind.final_follow_up
    span = first_span(clause[sent.start() :], today)
    day = span[0] if span else None
    again = days_after(clause, sent.start() + span[1], today) if span else []
    if day is None:  # "Last Tuesday I emailed the recruiter"
        day = first_date(clause[: sent.start()], today, past=True)
    duration = DURATION.search(clause)
    if day is None and duration and re.search(r"\bago\b", clause, re.I):
        day = today - dt.timedelta(days=days_of(duration))
    since = SINCE_SENT.search(clause[: sent.start()])
    if day is None and since is not None:  # "over a week since I checked in": then, not today
        day = today - dt.timedelta(days=days_of(since))
    if kind is not None:
        what = "the material" if kind == Kind.materials else f"a {kind.value.replace('_', ' ')}"
        if kind in (Kind.check_in, Kind.final_follow_up) and TWICE.search(clause):
            facts.sent.append(Sent(Kind.check_in, day or today))
            kind, what = Kind.final_follow_up, "two follow-ups"
            if again and day is not None:  # "chased twice (6th and 13th)": one on each day
                facts.sent.append(Sent(kind, again[0]))
                facts.said.append(
                    f"you sent two follow-ups, on {dated(day, '%-d %b')} and "
                    f"{dated(again[0], '%-d %b')}"
                )
                return True
        panel = kind == Kind.thank_you and bool(PANEL.search(clause))
        just = day is None and bool(
            re.search(r"\bjust\s+$", clause[: sent.start()], re.I) or JUST.search(clause)
        )
        at = None if just else time_of(clause[sent.start() :])
        that_day = day is None and not just and bool(THAT_DAY.search(clause))
        by = since is not None and day == today - dt.timedelta(days=days_of(since))
        facts.sent.append(Sent(kind, day or today, panel, at, just=just, that_day=that_day, by=by))
        on = f" on or before {dated(day, '%-d %b')}" if by and day else ""
        facts.said.append(f"you sent {what}" + (on or f" on {dated(day, '%-d %b')}" if day else ""))
        for later in again:  # "checked in on the 13th and again the 16th"
            facts.sent.append(Sent(kind, later, panel))
            facts.said.append(f"you sent {what} on {dated(later, '%-d %b')}")
        if kind == Kind.thank_you and BOTH_FOLLOW_UPS.search(clause):
            facts.sent += [Sent(Kind.check_in, today), Sent(Kind.final_follow_up, today)]
            facts.said.append("you sent both follow-ups")
    return True


#: a recorded message the user says never went: "I never sent that check in on the 21st",
#: "the notes are wrong, I didn't actually send the thank-you"
NEVER_SENT = re.compile(
    r"\b(?:never|didn'?t|did not|haven'?t|have not)\s+(?:actually\s+|even\s+)?"
    r"(?:sent|send|emailed|email)\s+(?:that|the|my|this)\s+(?P<what>final follow[- ]?up|"
    r"last follow[- ]?up|follow[- ]?up|check[- ]?in|thank[- ]?you)",
    re.I,
)
#: what says the record is wrong, when no day is given: "the notes are wrong", "still in drafts"
CORRECTION = re.compile(
    r"\bnotes?\s+(?:are|is)\s+wrong\b|\bwrong(?:ly)?\s+(?:in|on)\s+(?:the|my)\s+notes\b"
    r"|\b(?:still\s+)?(?:sitting\s+)?in\s+(?:my\s+)?drafts\b|\bnever\s+(?:actually\s+)?sent\b",
    re.I,
)


def read_retracted(clause: str, today: dt.date, facts: Facts) -> bool:
    """Adds a recorded message the user says never went, of that kind and on the day named."""
    never = NEVER_SENT.search(clause)
    if never is None:
        return False
    word = never.group("what").lower()
    kind = sent_kind(word)
    if kind is None:
        return False
    day = first_date(clause[never.end() :], today, past=True)
    if day is None and not CORRECTION.search(clause):
        return False  # "I haven't sent the thank-you yet": not said to be on record
    facts.retracted.append(Retracted(kind, day))
    when = f" on {dated(day, '%-d %b')}" if day else ""
    facts.said.append(f"you never sent the {kind.value.replace('_', ' ')}{when}")
    return True
