"""The materials promise as the user remembers it, and material asked for with no time set.

"What time did I say I'd send the cert?", "think I said Friday lunchtime", "did I get the link
to him in time?": the question recalls a promise the notes already hold
(`materials[].promised_by`), so the answer checks against the notes rather than reading a new
deadline from the words. "She asked if I could share a write-up, we never set a date": material
with no promised time, which the late rule cannot apply to."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from coach.models import Kind

if TYPE_CHECKING:
    from coach.chat.context import Situation
    from coach.chat.promises import Promise
    from coach.plan import PlanItem

#: the user asks what they promised, or says it the way one remembers it
RECALLED = re.compile(
    r"\b(?:what|which)\s+(?:time|day|date|hour)\b[^.?!]{0,25}?\b(?:did|had)\s+I\s+(?:say|promise"
    r"|tell|agree|commit)"
    r"|\bwhen\s+(?:did|had)\s+I\s+(?:say|promise|tell|agree|commit)"
    r"|\b(?:think|guess|believe|reckon|sure|probably|maybe|pretty sure)\s+I\s*(?:'d|had)?\s*"
    r"(?:said|promised|told|agreed)\b"
    r"|\bdid I (?:say|promise|tell \w+)\b"
    r"|\b(?:forgot|forget|remember|recall)\w*\s+(?:what|when)\s+I\s+(?:said|told|promised|agreed)",
    re.I,
)
#: whether it went in time: "in time?", "were they late?", "on time?"
ON_TIME_ASKED = re.compile(r"\bin time\b|\bon time\b|\blate\b|\bmissed\b", re.I)
#: material they asked for: "asked if I could share a write-up", "wanted to see my portfolio"
MATERIAL_ASKED = re.compile(
    r"\b(?:asked|wanted|wants|would like|requested)\s+(?:me\s+)?(?:if|whether)\s+I\s+(?:could|can"
    r"|would|'d)\s+(?:send|share|forward|pass on|email)\b"
    r"|\b(?:asked|wanted|wants|would like|requested)\s+(?:me\s+)?(?:to|for)\s+(?:send|share"
    r"|forward|see|get|have|a copy|copies|a sample|samples|a link|references|a write-?up)\b",
    re.I,
)
#: no time for it was agreed: "we never set a date", "no deadline", "didn't say when"
NO_TIME_SET = re.compile(
    r"\b(?:never|didn'?t|did not|no one|nobody|not)\s+(?:\w+\s+)?(?:set|give|gave|say|said"
    r"|agree[d]?|mention(?:ed)?|name[d]?)\s+(?:a\s+|any\s+)?(?:date|deadline|time|when)\b"
    r"|\bno (?:date|deadline|time (?:frame|limit))\b",
    re.I,
)


def recalled_verdict(situation: Situation, question: str, item: PlanItem | None = None) -> str:
    """The promise the notes hold (for the piece the question names, where there are
    several), and whether what went met it: "Yes, in time: it went on Friday 30 April, 09:10,
    before the Friday 30 April, 12:00 you promised." Empty when the notes hold no such
    promise."""
    from coach.chat.followups import moment
    from coach.chat.material_times import later_day_said, named_item, said_sent_at

    plan, now = situation.plan, situation.now
    if plan is None or situation.synthetic:
        return ""
    items = [i for i in plan.items if i.kind == Kind.materials and i.latest is not None]
    if not items:
        return ""
    named = named_item(situation, question)
    item = item or (named[0] if named and named[0].latest is not None else items[0])
    assert item.latest is not None
    promised = moment(item.latest, now)
    if item.sent_at is not None:
        sent, whose = item.sent_at, "as your notes have it"
        if (told := said_sent_at(question)) is not None:  # "went at 11.15": the user's word
            sent, whose = sent.replace(hour=told.hour, minute=told.minute), "as you tell it"
        late = sent > item.latest
        if re.search(r"\blate\b", question, re.I):
            word = "Yes, it was late" if late else "No, not late"
        else:
            word = "No, it was late" if late else "Yes, in time"
        when = "after" if late else "before"
        return (
            f"{word}: it went on {moment(sent, now)}, {when} the {promised} you promised ({whose})."
        )
    if now > item.latest:
        return (
            f"Your notes have it promised by {promised}, so it is late now: send it today, with "
            "a one-line apology and no excuses."
        )
    lead = "B"
    if later_day_said(question, item.latest.date(), now.date()):  # "can I send it Thursday?"
        lead = "No, not later than that: b"
    return (
        f"{lead}y {promised}: that is the time your notes have for it. Send it then or sooner; a "
        "weekend or holiday doesn't move a promise."
    )


def passed_promise_verdict(situation: Situation, question: str, promise: Promise) -> str:
    """A promise the user recalls by its weekday for a piece that has gone ("I said Friday 6pm
    but it went Monday 8:30"): the notes' promise for that piece, already passed, not the next
    Friday ahead. Empty unless the notes hold one on that weekday (and at that hour, if said)."""
    from coach.chat.material_times import material_items, named_item, said_gone

    if not said_gone(question):
        return ""
    named = named_item(situation, question)
    pieces = [named] if named else material_items(situation)
    if len(pieces) != 1:
        return ""
    item = pieces[0][0]
    latest = item.latest
    if latest is None or latest >= situation.now or latest.weekday() != promise.day.weekday():
        return ""
    if promise.at is not None and promise.at != latest.time():
        return ""
    return recalled_verdict(situation, question, item)


def unscheduled_verdict(question: str) -> str:
    """Material they asked for with no time set: it cannot be late, so send it soon."""
    if not (MATERIAL_ASKED.search(question) and NO_TIME_SET.search(question)):
        return ""
    word = "No, not too late" if re.search(r"\btoo late\b", question, re.I) else "Yes, send it"
    return (
        f"{word}: no time was set for it, so it cannot be late. Send it soon, with a "
        "short note tying it to what you discussed; the sooner, the more it shows you are "
        "reliable."
    )


def materials_boost(question: str, materials: list[str]) -> float:
    """How strongly the question is about requested material: a promise recalled about one the
    notes hold, or material they asked for."""
    from coach.chat.routes import material_named

    if RECALLED.search(question) and materials:
        return 0.5
    if MATERIAL_ASKED.search(question):
        return 0.4
    if ON_TIME_ASKED.search(question) and material_named(question, materials):
        return 0.3
    return 0.0
