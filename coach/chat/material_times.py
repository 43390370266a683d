"""The hour a question gives for sending promised material ("it's 11:40, is 1pm fine?", "the
video went at 11:40, I'd said by noon"), weighed against the hour promised: a day alone cannot
say that 1pm misses a noon promise, nor that 11:40 kept it. A time after "by", "before" or
"until" is the promise, not the send."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.context import Situation
from coach.chat.dates import DATE, resolve
from coach.chat.followups import day, moment
from coach.chat.yes_no import SEVERITY, asked
from coach.models import Kind
from coach.plan import PlanItem

#: a clock time: "1pm", "11:40", "half 12" is left out (ambiguous), "noon", "midday"
_CLOCK = re.compile(
    r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[ap])\.?m\b"
    r"|(?<![\d:.])(?P<H>[01]?\d|2[0-3])[:.](?P<M>[0-5]\d)(?![\d])"
    r"|\b(?P<noon>noon|midday)\b",
    re.I,
)
#: what makes a time the promise rather than the send: "by noon", "i'd said 5pm", "due at 3"
_PROMISE = re.compile(
    r"\b(?:by|before|until|till|til|due(?: at)?|promised(?: it)?(?: for| by)?|said|deadline"
    r"(?: is| was| of)?)\s+(?:(?:this\s+|next\s+|the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day|tomorrow|today|tonight)\s+)?(?:about\s+|around\s+)?$",
    re.I,
)  # "by Wednesday midday" is the promise as much as "by midday"
#: an hour said without am/pm where only a clock fits: "more like 10", "closer to 2"
_BARE_HOUR = re.compile(
    r"\b(?:more like|closer to|nearer(?: to)?|not (?:till|until|before))\s+(?:about\s+|around\s+)?"
    r"(?P<h>1[0-2]|[1-9])(?![\d:.]|\s*(?:%|mins?\b|minutes|hours?|hrs?|days?|weeks?))",
    re.I,
)
#: "it's 11:40": the time now, not a time to send
_NOW = re.compile(r"\b(?:it'?s|its|it is|now)\s+(?:already\s+|about\s+|nearly\s+)?$", re.I)

#: the question says the piece went: "went at 11:40", "I sent it", "emailed it over"
_GONE = re.compile(
    r"^(?!.*\b(?:should|can|could|shall) I\b).*\b(?:sent|went|emailed|e-mailed|submitted|mailed"
    r"|delivered|uploaded|posted)\b",
    re.I,
)


#: "won't be ready till 2pm", "not done until Monday": after a negation, "till" is when it
#: can go, not the promise
_NOT_UNTIL = re.compile(
    r"(?:n[o']?t|never)\b[^.?!,]{0,30}\b(?:till|til|until)\s+(?:about\s+|around\s+)?$", re.I
)
#: a day said of the interview, not of the sending: "(interview was wed 4 nov)"
_INTERVIEW_DAY = re.compile(r"\binterview\w*\b[^.?!,;()]{0,20}$", re.I)


def send_time(question: str) -> dt.time | None:
    """The first clock time in the question that is neither the promise nor the time now."""
    for m in _CLOCK.finditer(question):
        before = question[max(0, m.start() - 25) : m.start()]
        wide = question[max(0, m.start() - 45) : m.start()]
        if (_PROMISE.search(before) and not _NOT_UNTIL.search(wide)) or _NOW.search(before):
            continue
        if m.group("noon"):
            return dt.time(12, 0)
        if m.group("h"):
            hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
            return dt.time(hour, int(m.group("m") or 0)) if hour < 24 else None
        return dt.time(int(m.group("H")), int(m.group("M")))
    return None


def hour_said(question: str, promised: dt.time) -> dt.time | None:
    """The send time the question gives, a bare hour ("more like 10") read as the first such
    hour from the promised one on: after a 9am promise "10" is 10:00, after a noon one "2" is
    14:00."""
    if (at := send_time(question)) is not None:
        return at
    bare = _BARE_HOUR.search(question)
    if bare is None:
        return None
    hour = int(bare.group("h")) % 12
    for h in (hour, hour + 12):
        if h >= promised.hour:
            return dt.time(h, 0)
    return None


def said_gone(question: str) -> bool:
    """The question's first sentence says the piece went: "the scans went Friday 9am but I'd
    said Thursday 5pm", not "should I send it Friday?"."""
    return _GONE.search(re.split(r"[?!]|\.\s", question)[0]) is not None


def said_sent_at(question: str) -> dt.time | None:
    """The hour the question says the material went ("sent them Monday at 11.15, I'd said
    10am"), which outweighs the notes' hour for it."""
    first = question.split("?")[0]  # "sent it at 11.15. on time? should I apologise?"
    return send_time(question) if _GONE.search(first) else None


def after_promise(question: str, item: PlanItem, on: dt.date, today: dt.date) -> bool:
    """The question proposes sending past the promise: on the promised day at a later hour, or
    on any later day it names ("it'll be Saturday morning", "so I've got till Wednesday?")."""
    at = send_time(question)
    latest = item.latest
    if latest is None:
        return False
    said = days_said(question, today)
    if at and latest.date() in (said or [on]) and at > latest.time():
        return True  # "won't be proofed till 2pm Monday", promised by Monday noon
    return any(latest.date() < d <= latest.date() + dt.timedelta(days=14) for d in said)


def later_day_said(question: str, promised: dt.date, today: dt.date) -> bool:
    """A day the question names, after the promised one and not the interview's: the user
    means to send it then. A day within a fortnight of the promise counts, the rest is noise."""
    return any(promised < d <= promised + dt.timedelta(days=14) for d in days_said(question, today))


def days_said(question: str, today: dt.date) -> list[dt.date]:
    """The days the question names from today on, leaving out the interview's."""
    said = []
    for match in DATE.finditer(question):
        if _INTERVIEW_DAY.search(question[: match.start()]):
            continue
        day = resolve(match, today, past=False)
        if day is not None and day >= today:
            said.append(day)
    return said


def material_items(situation: Situation) -> list[tuple[PlanItem, str]]:
    """The plan's materials items, each with the notes' words for it (the plan keeps the notes'
    order); empty when the two do not line up."""
    notes, plan = situation.notes, situation.plan
    if notes is None or plan is None or situation.synthetic:
        return []
    items = [i for i in plan.items if i.kind == Kind.materials]
    if len(items) != len(notes.materials):
        return []
    return [(item, m.what) for item, m in zip(items, notes.materials, strict=True)]


def named_item(situation: Situation, question: str) -> tuple[PlanItem, str] | None:
    """The promised piece the question names first, where the notes hold several: "sent the
    first aid cert at 11:40 ... and does the flamingo plan need an email?" is about the cert."""
    from coach.chat.routes import GENERIC, material_named

    first: tuple[int, tuple[PlanItem, str]] | None = None
    for item, what in material_items(situation):
        words = set(re.findall(r"[^\W\d_]{4,}", what.lower())) - GENERIC
        if not material_named(question, [what]):
            continue
        spots = [
            m.start() for m in re.finditer(r"[^\W\d_]{4,}", question.lower()) if m.group(0) in words
        ]
        at = min(spots, default=len(question))
        if first is None or at < first[0]:
            first = (at, (item, what))
    return first[1] if first else None


def named_done(situation: Situation, question: str) -> tuple[PlanItem, str] | None:
    """(the sent item, what) when the question names a promised piece that the history says
    has gone: "the re-tuning video went at 11:40"."""
    if not (_GONE.search(question) or said_gone(question)):
        return None
    named = named_item(situation, question)
    if named is not None and named[0].status == "done" and named[0].sent_at:
        return named
    return None


def kept_line(item: PlanItem, what: str, now: dt.datetime, question: str) -> str:
    """Whether the sent piece kept its promise, as a yes or no to the question's frame: "were
    they late?" is a no when it was on time, "did it go in time?" a yes."""
    sent, latest = item.sent_at, item.latest
    assert sent is not None
    if (told := said_sent_at(question)) is not None:  # "went at 17:30": the user's word for it
        sent = sent.replace(hour=told.hour, minute=told.minute)
    what = re.sub(r"^(?:a|an|my)\s+", "the ", re.sub(r"\bmy\b", "your", what))
    went = f"{what} went on {day(sent, now)} at {sent:%H:%M}"
    if latest is None:
        return f"It is sent: {went}, which is what counts."
    frame = asked(question)
    fault = frame is not None and frame.frame == "fault"
    if sent <= latest:
        lead = "No, not late" if fault else "Yes, on time"
        return (
            f"{lead}: {went}, before the {moment(latest, now)} you promised. Nothing more is "
            "needed for it."
        )
    lead = "No, it was late" if frame is not None and not fault else "Yes, it was late"
    if SEVERITY.search(question):  # "big deal or let it go?": a warning, and it has gone
        lead = "No, not a big deal, though it was late"
    return (
        f"{lead}: {went}, after the {moment(latest, now)} you promised. A one-line apology "
        "at most; it is sent, which matters most, so be punctual from here on."
    )


#: sending something: "can I send the roster Wednesday", "is it fine if it goes Tuesday"
_SENDING = re.compile(
    r"\b(?:send(?:ing)?|sent|submit(?:ted|ting)?|upload(?:ed|ing)?|goes|go(?:es)? (?:in|out)"
    r"|went (?:in|out))\b",
    re.I,
)


_CHASE = re.compile(r"\bchas\w*|\bcheck(?:ing)?[- ]?in\b|\bfollow(?:ing)?[- ]?up|\bnudge", re.I)


def material_send_asked(situation: Situation, question: str) -> bool:
    """The question asks when to send (or whether it went in time) the material promised, by
    the notes or by the question itself, on a day or at an hour it names: whatever topic its
    other words suggest, the promise decides the answer."""
    from coach.chat.dates import CLOCK
    from coach.chat.kinds import kind_in
    from coach.chat.routes import material_named

    notes = situation.notes
    if notes is None or situation.synthetic or kind_in(question) not in (None, Kind.materials):
        return False
    if _CHASE.search(question):  # "sent the sample on the 17th. when can I chase?"
        return False
    named = material_named(question, [m.what for m in notes.materials])
    if not (named or situation.facts.promise is not None):
        return False
    dated = situation.facts.asked_day is not None or DATE.search(question) or CLOCK.search(question)
    return bool(dated) and _SENDING.search(question) is not None
