"""A send the user plans, asked about with the message after it: "plan is to email her on the
2nd; if that's met with silence, when can I send the next one?", "I'm checking in Monday, then
when?". The next message counts from the planned one, so the plan is built as if it went that
day; it is a plan, not a fact, so nothing is recorded in the notes."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.dates import first_date
from coach.chat.factset import Facts, Sent
from coach.chat.kinds import kind_in
from coach.models import Kind
from coach.text import dated

_SEND = (
    r"(?:e-?mail|write|send|check\s+in|follow\s+up|call|ring|phone|message|chase|nudge|contact"
    r"|reach\s+out|get\s+in\s+touch|text|ping)"
)
_SENDING = (
    r"(?:e-?mailing|writing|sending|checking\s+in|following\s+up|calling|ringing|phoning"
    r"|messaging|chasing|nudging|contacting|reaching\s+out|getting\s+in\s+touch|texting|pinging)"
)
#: the user's own plan to send: "plan is to email", "I'm going to write", "I'll ring", "I'm
#: emailing"; not "should I email" (a question) or "they'll call" (theirs)
PLAN = re.compile(
    rf"(?:\bplan(?:ning)?\s+(?:is\s+)?(?:on\s+|to\s+)|\b(?:I\s*['’]?m|im|I\s+am)\s+(?:going\s+to"
    rf"|gonna|planning\s+(?:to|on)|about\s+to|intending\s+to|set\s+to)\s+|\bI\s*(?:['’]ll|will"
    rf"|shall)\s+|\bI\s+intend\s+to\s+)(?:\w+\s+)?(?P<v>{_SEND}|{_SENDING})\b"
    rf"|\b(?:I\s*['’]?m|im|I\s+am)\s+(?:\w+\s+)?(?P<i>{_SENDING})\b"
    # a send supposed ahead: "say I email on the 10th and hear nothing", "if I ring Monday"
    rf"|\b(?:say|suppose|supposing|assuming|if|once)\s+I\s+(?:\w+\s+)?(?P<s>{_SEND})\b",
    re.I,
)
#: the question is about the message after it: "the next one", "then when", "after that",
#: "if that gets no reply", "the second", "the last one"
AFTER = re.compile(
    r"\b(?:next|after\s+(?:that|it|this)|then\s+when|when\s+then|another|again"
    r"|second\s+(?:one|e-?mail|follow[- ]?up|check[- ]?in|message|note|chase|call)"
    r"|last\s+one|final|follow[- ]?up\s+(?:on\s+)?(?:that|it)|silence|no\s+(?:reply|answer"
    r"|response)|nothing\s+back|(?:hear|get)\s+nothing)\b",
    re.I,
)


#: where the planned send's own words end: the sentence, or "if ..."/"then ..." after it
_CLAUSE_END = re.compile(r"(?<=[.?!;,])\s|\bif\b|\bthen\b|\band\s+(?:when|what|how)\b", re.I)


def read_planned(question: str, today: dt.date, facts: Facts) -> Facts:
    """`facts` with the planned send added, when the question plans one on a day and asks
    about the one after it."""
    found = PLAN.search(question)
    if found is None:
        return facts
    rest = question[found.start() :]
    end = _CLAUSE_END.search(rest)
    sentence = rest[: end.start()] if end else rest
    # "planning to write again on the 28th, ok?": the planned send itself is the question
    if end is None or AFTER.search(rest[end.start() :]) is None:
        return facts
    day = first_date(sentence, today, past=False)
    if day is None or any(s.day == day for s in facts.sent):
        return facts
    kind = kind_in(sentence)
    if kind not in (Kind.check_in, Kind.final_follow_up, Kind.thank_you):
        kind = Kind.check_in
    facts.sent.append(Sent(kind, day, planned=True))
    what = kind.value.replace("_", " ")
    facts.said.append(f"you plan to send a {what} on {dated(day, '%-d %b')}")
    return facts
