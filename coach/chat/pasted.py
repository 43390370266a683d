"""Checking what the user pastes: one draft or several, against the notes with the history the
question corrects, with the kind and channel the question names."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from coach.chat.context import Situation
from coach.chat.intent import GREETING
from coach.models import KIND_CHANNELS, Channel, Kind, Notes, Stage

#: where one of several pasted drafts starts: a "To Sam:" line, or a second subject line
_DRAFT_HEAD = re.compile(
    r"^[ \t]*(?:(?:to|for)\s+(?P<to>[^\n:]{1,60}):[ \t]*$|subject:)", re.I | re.M
)


def split_drafts(pasted: str) -> list[tuple[str | None, str]]:
    """Several drafts pasted at once, each (the recipient its header names, its text); one
    draft when there is no second header."""
    heads = [m for m in _DRAFT_HEAD.finditer(pasted)]
    starts: list[re.Match[str]] = []
    for m in heads:
        # a subject line right under a "To Sam:" line belongs to that draft
        if starts and starts[-1].group("to") and not m.group("to"):
            between = pasted[starts[-1].end() : m.start()]
            if not between.strip():
                continue
        starts.append(m)
    if len(starts) < 2:
        return [(None, pasted)]
    drafts = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(pasted)
        body = pasted[m.end() if m.group("to") else m.start() : end].strip()
        if body:
            drafts.append((m.group("to"), body))
    if starts[0].start() > 0 and pasted[: starts[0].start()].strip():
        drafts.insert(0, (None, pasted[: starts[0].start()].strip()))
    return drafts


#: kinds a question names that the checker cannot tell from a draft's words ("a LinkedIn
#: request to Sam, ok?"); "follow-up" and "thank-you" are read from the draft itself
NAMED_KINDS = (
    Kind.linkedin_note,
    Kind.handwritten_note,
    Kind.final_follow_up,
    Kind.rejection_reply,
)


#: the draft is what the user will say on a call: "if it goes to voicemail", "ringing Sam today"
SPOKEN = re.compile(
    r"\bvoice ?mail\b|\bphone script\b|\bover the phone\b|\bleave (?:her |him |them |a )*message\b"
    r"|\b(?:ring|call|phone)(?:ing)?\s+(?!you\b)(?:\w+\s+)?(?:this (?:morning|afternoon)|today"
    r"|tomorrow|now|later)\b",
    re.I,
)


def _with_history(s: Situation) -> Notes | None:
    """The notes a draft is checked against, with the history the question corrects ("my call
    with Zoë on the 15th"): the checker reads the notes' own history before any passed in."""
    if s.synthetic or s.notes is None:
        return None
    return s.notes.model_copy(update={"history": s.history})


#: a draft asking for news: "whether there is any updated timing", "I wanted to ask about the
#: start date", "any news on the contract"
NEWS_ASKED = re.compile(
    r"\bany (?:updated?|news|word|progress|change)\b|\bupdated? (?:on )?(?:the )?(?:timing|timeline"
    r"|status)\b|\bwanted to (?:ask|check|see|find out) (?:whether|if|about|on|where|when|how)\b",
    re.I,
)
#: the days after the interview within which a message is still read as the thank-you
THANKS_DAYS = 2


def _asks_news(text: str, s: Situation) -> bool:
    """The draft asks for news, and goes past the thank-you's two days: a thank-you judged
    hundreds of hours late would be the wrong reading of a status question."""
    if s.notes is None or s.synthetic or NEWS_ASKED.search(text) is None:
        return False
    ended = s.notes.interview.finished.astimezone(s.notes.interview.zone)
    return s.now - ended > dt.timedelta(days=THANKS_DAYS)


def check(
    text: str,
    s: Situation,
    asked: Kind | None = None,
    spoken: Channel | None = None,
    told: bool = False,
) -> Any:
    from coach.readers import parse_message

    notes = _with_history(s)
    subject = re.match(r"\s*subject:([^\n]*)", text, re.I)
    # "Subject: Following up on...": the checker reads other kinds from the body well enough
    chasing = subject and re.search(
        r"\b(?:follow(?:ing)?[- ]?up|check(?:ing)?[- ]?in|still waiting|any news|update|status)\b",
        subject.group(1),
        re.I,
    )
    kind = Kind.check_in if chasing else None
    if asked in NAMED_KINDS or (told and asked is not None):
        kind = asked  # named in the question, or the kind the user's words are meant for
    if kind is None and s.notes is not None and s.notes.stage == Stage.rejected:
        kind = Kind.rejection_reply  # after a no, the one message left is the reply to it
    thanks = subject and re.match(r"\s*(?:thank(?:s| you)|many thanks)\b", subject.group(1), re.I)
    if kind is None and thanks:
        kind = Kind.thank_you  # "Subject: Thank you – ...": whatever else the body promises
    if kind is None and _asks_news(text, s):
        kind = Kind.check_in  # past the thank-you's days, asking for news: a status check-in
    # "this is going to Pieter": the recipient the question names, whoever the greeting names
    to = s.to if notes is not None and s.to else None
    message = parse_message(
        text, "pasted draft", notes=notes, send_at=s.now, kind=kind.value if kind else None, to=to
    )
    channel = (KIND_CHANNELS.get(kind) if kind else None) or spoken
    if channel is not None:  # a LinkedIn note has no subject line to miss
        message = message.model_copy(update={"channel": channel})
    return checker().check(message, history=s.history if notes else None, now=s.now)


def check_all(
    text: str,
    s: Situation,
    asked: Kind | None = None,
    spoken: Channel | None = None,
    told: bool = False,
) -> list[Any]:
    """Check one pasted draft, or several pasted together ("To Sam: ... To Alex: ...") as one
    batch, so that drafts copied across interviewers are found."""
    from coach.chat.names import fold
    from coach.readers import parse_message

    drafts = split_drafts(text)
    if len(drafts) == 1:
        return [check(text, s, asked, spoken, told)]
    notes = _with_history(s)
    messages = []
    for i, (to, body) in enumerate(drafts, 1):
        person = None
        if notes is not None:
            greeting = GREETING.search(body)
            said = fold(" ".join(x for x in (to, greeting and greeting.group("g")) if x))
            words = re.findall(r"[\w'’-]+", said)
            named = [p for p in notes.interviewers if fold(p.first) in words]
            person = named[0].name if len(named) == 1 else None
        messages.append(
            parse_message(body, f"pasted draft {i}", notes=notes, send_at=s.now, to=person)
        )
    return checker().check_batch(messages, history=s.history if notes else None, now=s.now)


_CHECKER: list[Any] = []


def checker() -> Any:
    from coach.engine import Checker

    if not _CHECKER:
        _CHECKER.append(Checker())
    return _CHECKER[0]


#: the question says when the pasted draft will go: "going to Graça on the 8th at 9", "sending
#: at 9 tomorrow morning", "scheduled for Wednesday", "check-in for tomorrow morning"
_GOES = re.compile(
    r"\b(?:go(?:es|ing)? (?:to|out)|sending|send(?:ing)? it|schedul\w+|will go|before it goes"
    r"|this is going|for (?:tomorrow|tmrw?)|tomorrow morning|tmrw? morning)\b",
    re.I,
)
_AT_HOUR = re.compile(
    r"\bat (?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\b(?!\s*(?:[ap]\.?m|%|days?))", re.I
)


def stated_send(question: str, s: Situation) -> dt.datetime | None:
    """The later moment the question says the draft will be sent, in the notes' zone, or None:
    the day the question names (tomorrow, the 8th) at the hour it says (9:00 when it says
    none, or says "morning"), so the timing rules judge the draft when it goes, not now."""
    from coach.chat.dates import CLOCK, first_date, time_of

    if s.notes is None or not _GOES.search(question):
        return None
    said = re.sub(r"\btmrw?\b", "tomorrow", question, flags=re.I)
    day = s.facts.asked_day or first_date(said, s.now.date(), past=False)
    if day is None or day < s.now.date():
        return None
    at = time_of(question) if CLOCK.search(question) else None
    if at is None and (hour := _AT_HOUR.search(question)) and 6 <= int(hour.group("h")) <= 20:
        at = dt.time(int(hour.group("h")), int(hour.group("m") or 0))
    if at is None:
        at = dt.time(9, 0) if day > s.now.date() else s.now.timetz().replace(tzinfo=None)
    moment = dt.datetime.combine(day, at, tzinfo=s.now.tzinfo)
    return moment if moment > s.now else None
