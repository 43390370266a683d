"""A send supposed in the past: "if I had sent my first check-in on the 13th, would that have
been ok?", "could I have sent the second email on the 18th instead?", "what was the latest I
could have sent my thank-yous?". The supposed send is judged against the record as it stood
then (the follow-ups before it, the timeline, the promise), not added to the notes, and the
answer gives the first (or last) right moment. Sends the notes hold after it are set aside."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from coach.chat.dates import first_date, time_of
from coach.models import Kind, Notes

if TYPE_CHECKING:  # coach.chat.facts reads SUPPOSED_SEND before the context exists
    from coach.chat.context import Situation


def day(when: dt.date | dt.datetime, now: dt.datetime) -> str:
    from coach.chat.followups import day as said

    return said(when, now)


def moment(when: dt.datetime, now: dt.datetime) -> str:
    return f"{day(when, now)}, {when:%H:%M}"


__all__ = ["SUPPOSED_SEND", "counterfactual_verdict", "supposed_send"]

#: the user's own send, in the past conditional: "if I had sent", "if I'd phoned", "had I
#: emailed", "could I have sent", "I could have sent"
_SEND_VERB = (
    r"(?P<verb>sent|send|emailed|e-?mailed|phoned|called|rung|rang|messaged|texted|written|wrote"
    r"|followed\s+up|checked\s+in|chased|nudged|reached\s+out|got\s+in\s+touch|gotten\s+in\s+touch"
    r"|thanked|posted|dropped|done)"
)
SUPPOSED_SEND = re.compile(
    r"(?:\bif\s+(?:I|i)\s*(?:had|'d|’d)|\bif\s+id|\bhad\s+I|\b(?:could|would|should|might)\s+I\s+"
    r"(?:first\s+|ever\s+|at\s+the\s+earliest\s+)?(?:have|'ve|of)|\bI\s*(?:could|would|should|might)\s*(?:have|'ve|’ve|of))\s+"
    rf"(?:(?:just|already|instead|actually|only|then|still)\s+)?{_SEND_VERB}\b",
    re.I,
)
#: a when-question about the past: "when would my first follow-up have been allowed?"
_WHEN_WOULD = re.compile(
    r"\bwhen\s+(?:would|could|should|might)\b[^.?!]{0,60}?\bhave\s+been\b"
    r"|\b(?:latest|earliest)\b[^.?!]{0,40}?\b(?:could|would|should)\s+(?:I\s+)?have\b",
    re.I,
)
#: when the first follow-up goes, asked: "first check in when?", "when is the first chase"
_FIRST_WHEN = re.compile(
    r"\bfirst\s+(?:check[- ]?in|follow[- ]?up|chase|nudge)\b[^.?!]{0,20}\bwhen\b"
    r"|\bwhen\b[^.?!]{0,30}\bfirst\s+(?:check[- ]?in|follow[- ]?up|chase|nudge)\b",
    re.I,
)
#: which follow-up: "my first check-in", "the second email", "another one"
_MESSAGE = r"(?:check[- ]?in|follow[- ]?up|e-?mail|message|note|call|one|chase|nudge)"
#: ("the last follow-up", "my 2nd (and last) check in", "second and final one": the one after
#: the first, which is also the last the articles allow)
_SECOND = re.compile(
    rf"\b(?:second|2nd|another|next|other|last|final)\s+(?:\(?(?:and|&)\s+(?:last|final)\)?\s+)?"
    rf"{_MESSAGE}",
    re.I,
)
_FIRST = re.compile(rf"\b(?:first|1st)\s+{_MESSAGE}", re.I)
_THANKS = re.compile(r"\bthank|\bthanks\b", re.I)
_CLOCK24 = re.compile(r"\b(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\b(?!\s*[ap]\.?m)")
_FOLLOW_UPS = (Kind.check_in, Kind.final_follow_up)


def supposed_send(text: str) -> bool:
    """The text supposes a send in the past rather than stating one."""
    return SUPPOSED_SEND.search(text) is not None or _WHEN_WOULD.search(text) is not None


def supposed_entry(question: str, materials: list[str]) -> str | None:
    """The guide entry on the timing of the message a supposed send names, if any."""
    found = SUPPOSED_SEND.search(question)
    if found is None and _WHEN_WOULD.search(question) is None:
        return None
    from coach.chat.kinds import kind_in

    rest = question[found.start() :] if found else question
    kind = kind_in(rest)
    words = {w.rstrip("s") for w in re.findall(r"[a-z0-9]{4,}", rest.lower())}
    named = any(
        words & {w.rstrip("s") for w in re.findall(r"[a-z0-9]{4,}", m.lower())} for m in materials
    )
    if kind == Kind.materials or named:
        return "materials"
    from coach.chat.routes import CALL_TO_ASK

    if CALL_TO_ASK.search(rest):  # "had I phoned to thank him again and ask how it went": a call
        return "phone-or-email"
    if kind == Kind.thank_you or (kind is None and _THANKS.search(rest)):
        return "thank-you-timing"
    return "check-in-timing"


def _kind(text: str, notes: Notes) -> Kind:
    from coach.chat.kinds import kind_in

    kind = kind_in(text)
    if kind is None and _CHASED.search(text):  # "when could I first have chased?": a check-in
        return Kind.check_in
    if kind == Kind.materials or _material(text, notes) is not None:
        return Kind.materials
    if kind == Kind.thank_you or (kind is None and _THANKS.search(text)):
        return Kind.thank_you
    return Kind.check_in


#: getting in touch about the decision, which no promised material is
_CHASED = re.compile(
    r"\bchas(?:e|ed|ing)\b|\bcheck(?:ed|ing)?[- ]?in\b|\bfollow(?:ed|ing)?[- ]?up\b|\bnudg\w*",
    re.I,
)
#: words a material's name shares with any question about timing: "first", "copy", "sent"
_NOT_NAMING = {"first", "last", "next", "copy", "copie", "send", "sent", "email", "with", "from"}


def _material(text: str, notes: Notes) -> int | None:
    """The promised material the text names, by its words ("the references"), if any."""
    words = set(re.findall(r"[a-z0-9]{4,}", text.lower())) - _NOT_NAMING
    for i, item in enumerate(notes.materials):
        named = {w.rstrip("s") for w in re.findall(r"[a-z0-9]{4,}", item.what.lower())}
        if named & {w.rstrip("s") for w in words}:
            return i
    return None


def _at(text: str) -> dt.time | None:
    clock = _CLOCK24.search(text)
    if clock is not None:
        return dt.time(int(clock.group("h")), int(clock.group("m")))
    return time_of(text)


def counterfactual_verdict(situation: Situation, question: str) -> tuple[str, list[str]]:
    """Yes or no on the supposed send, or the first (last) right moment when none is named;
    ("", []) when the question supposes no send or the notes cannot say."""
    notes, now = situation.notes, situation.now
    # "and if they'd given no dates at all, first check in when?": the first, as it would have been
    first_supposed = situation.facts.supposed and _FIRST_WHEN.search(question) is not None
    if not supposed_send(question) and not first_supposed:
        return "", []
    if notes is None or situation.synthetic:
        weekdays = _weekday_thanks(question)
        if weekdays:
            return weekdays
    if notes is None:
        return "", []
    found = SUPPOSED_SEND.search(question)
    asked = found or _WHEN_WOULD.search(question)  # "..., when would the last one have been due"
    start = 0
    if asked is not None:  # from the start of the sentence that supposes it
        start = max(question.rfind(c, 0, asked.start()) for c in ".?!") + 1
        start = found.start() if found else start
    rest = re.split(r"(?<=[.?!])\s", question[start:].lstrip(), maxsplit=1)[0]
    kind = _kind(rest, notes)
    on = first_date(rest, now.date(), past=True) if found else None
    at = _at(rest) if found else None
    if kind == Kind.thank_you:
        return _thank_you(notes, now, on, at)
    if kind == Kind.materials:
        return _materials(notes, now, rest, on, at)
    return _follow_up(situation, rest, on)


def _thank_you(
    notes: Notes, now: dt.datetime, on: dt.date | None, at: dt.time | None
) -> tuple[str, list[str]]:
    from coach.plan import limits

    zone = notes.interview.zone
    end = notes.interview.finished.astimezone(zone)
    target = end + dt.timedelta(hours=limits().thank_you_hours)
    limit = end + dt.timedelta(hours=limits().thank_you_limit_hours)
    days = limits().thank_you_limit_hours // 24
    window = (
        f"within 24 hours, by {moment(target, now)}; {days} days, {moment(limit, now)}, "
        "was the outer limit"
    )
    rules = ["timing-thank-you-late"]
    if on is None:
        return f"The latest that counted as on time: {window}.", rules
    when = dt.datetime.combine(on, at or dt.time(0, 0), tzinfo=zone)
    if on > limit.date() or (at is not None and when > limit):
        return f"No, that would have been late: {window}.", rules
    if at is not None and when <= target or on < target.date():
        return f"Yes, that would have been on time: {window}.", rules
    if at is None and on == target.date():
        return f"Yes, if it went by {target:%H:%M}: {window}.", rules
    return f"No, a little late (inside the limit, but past the 24 hours): {window}.", rules


def _materials(
    notes: Notes, now: dt.datetime, text: str, on: dt.date | None, at: dt.time | None
) -> tuple[str, list[str]]:
    if not notes.materials:
        return "", []
    item = notes.materials[_material(text, notes) or 0]
    if item.promised_by is None:
        return "", []
    due = item.promised_by.astimezone(notes.interview.zone)
    promised = f"you promised {item.what} by {due:%H:%M} on {day(due, now)}"
    rules = ["timing-materials-late"]
    if on is None:
        return f"The latest that counted as on time: {promised}.", rules
    when = dt.datetime.combine(on, at or dt.time(0, 0), tzinfo=due.tzinfo)
    late = on > due.date() or (at is not None and when > due)
    if late:
        return f"No, that would have been late: {promised}.", rules
    if at is None and on == due.date():
        return f"Yes, if it went by {due:%H:%M}: {promised}.", rules
    return f"Yes, that would have been on time: {promised}.", rules


def _follow_up(situation: Situation, text: str, on: dt.date | None) -> tuple[str, list[str]]:
    from coach.calendar import add_business_days, business_days_between
    from coach.checks.timing import Timing, TimingParams
    from coach.plan import limits

    notes, now = situation.notes, situation.now
    assert notes is not None
    zone = notes.interview.zone
    sent = sorted(
        e.sent_at.astimezone(zone).date() for e in situation.history if e.kind in _FOLLOW_UPS
    )
    second = _SECOND.search(text) is not None  # "the second email" ("I sent the first one")
    if not second and (_FIRST.search(text) or on is None):
        before: list[dt.date] = []
    else:
        before = [d for d in sent if on is None or d < on]
        if second:
            before = before[:1]
    most = limits().max_follow_ups
    if len(before) >= most:
        when = f" on {day(on, now)}" if on else ""
        return (
            f"No: that would have been a third follow-up{when}, after {len(before)} already; "
            f"the articles advise {most} at most, then moving on.",
            ["timing-too-many"],
        )
    if before:
        last, gap = before[-1], limits().between_follow_ups_business_days
        allowed = add_business_days(last, gap, notes.country)
        if on is None:
            return (
                f"From {day(allowed, now)}: {gap} business days after your follow-up on "
                f"{day(last, now)}.",
                ["timing-too-soon-after-last"],
            )
        between = business_days_between(last, on, notes.country)
        if on < allowed:
            return (
                f"No, that would have been too soon: {day(on, now)} was only {between} business "
                f"days after your follow-up on {day(last, now)}; the next one needed {gap}, so "
                f"{day(allowed, now)} at the earliest.",
                ["timing-too-soon-after-last"],
            )
        return (
            f"Yes, that would have been fine: {day(on, now)} was {between} business days after "
            f"your follow-up on {day(last, now)} (allowed from {day(allowed, now)}).",
            ["timing-too-soon-after-last"],
        )
    params = TimingParams(
        measure="check_in_early", min_business_days=limits().check_in_business_days
    )
    earliest, reason = Timing().earliest_check_in(notes, params)
    if on is None:
        return (
            f"From {day(earliest, now)}: the first check-in was allowed then ({reason}).",
            ["timing-check-in-early"],
        )
    if on < earliest:
        return (
            f"No, that would have been early: the first right day was {day(earliest, now)} "
            f"({reason}), and {day(on, now)} was before it.",
            ["timing-check-in-early"],
        )
    return (
        f"Yes, that would have been fine: {day(on, now)} was on or after the first right day, "
        f"{day(earliest, now)} ({reason}).",
        ["timing-check-in-early"],
    )


_DAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
_WEEKDAY = r"(?P<wd>mon|tues|wednes|thurs|fri|satur|sun)day"
#: the interview's weekday, said without a date: "a Friday morning interview"
_INTERVIEW_ON = re.compile(
    rf"\b{_WEEKDAY}\s+(?:(?:morning|afternoon|evening|lunchtime)\s+)?interview"
    rf"|\binterview(?:ed)?\s+(?:was\s+)?(?:on\s+)?(?:a\s+|the\s+)?{_WEEKDAY.replace('wd', 'on')}\b",
    re.I,
)


def _weekday_thanks(question: str) -> tuple[str, list[str]] | None:
    """Without dates, a thank-you supposed on one weekday after an interview on another
    ("the Monday after a Friday interview"): the days between, against the 2-day limit."""
    from coach.plan import limits

    found = SUPPOSED_SEND.search(question)
    held = _INTERVIEW_ON.search(question)
    if found is None or held is None or _kind_words(question[found.start() :]) != "thanks":
        return None
    sends = [
        m
        for m in re.finditer(rf"\b{_WEEKDAY}\b", question[found.start() :], re.I)
        if found.start() + m.start() not in range(held.start(), held.end())
    ]
    if not sends:
        return None
    on = (held.group("wd") or held.group("on")).lower()
    start = _DAYS.index(on)
    gap = (_DAYS.index(sends[0].group("wd").lower()) - start) % 7 or 7
    most = limits().thank_you_limit_hours // 24
    rules = ["timing-thank-you-late"]
    said = f"{sends[0].group(0).capitalize()} is {gap} days after a {on.capitalize()}day"
    if gap > most:
        return (
            f"No, that would have been late: {said} interview, past the limit of {most} days.",
            rules,
        )
    if gap == most:
        return f"No, late: {said} interview, at the {most} days limit and past the 24 hours.", rules
    return f"Yes, if it went within 24 hours of the end: {said} interview.", rules


def _kind_words(text: str) -> str:
    return "thanks" if _THANKS.search(text) else ""
