"""A thank-you already sent, judged against the plan: "was 9.40 next morning OK?", "was my note
to Kai too late?". The time it went (the notes', or the one the question states) is set against
the plan's 24-hour target and its 2-day limit, both read in the interview's time zone."""

from __future__ import annotations

import re

from coach.chat.context import Situation
from coach.chat.followups import day, moment
from coach.plan import PlanItem, limits

#: the question asks how the timing of a sent note was: "was evening ok?", "too late?"
TIMING_ASKED = re.compile(
    r"\b(?:late|ok|okay|fine|alright|all right|on time|in time|timing|soon enough|quick enough"
    r"|good enough|acceptable|24|hours?|rule|counted|counts?|deadline|window|all good"
    r"|(?:a )?big deal|bad)\b"
    # "within the 24hrs?", "what was the cutoff?", "should I have waited till morning?"
    r"|\b24\s*h(?:ou)?rs?\b|\bcut-?off\b|\bshould I have (?:waited|held|sent)\b",
    re.I,
)
#: asking for the last moment as well as the target: "what was the actual cutoff?"
LIMIT_ASKED = re.compile(r"\bcut-?off\b|\bdeadline\b|\blatest\b|\blimit\b", re.I)
#: asked the worried way ("too late?", "was it late?"): a yes means it was late
LATE_ASKED = re.compile(r"\b(?:too late|late\?|was (?:it|that|mine|my \w+(?: \w+)?) late)", re.I)

#: asking about the target itself: "was that on time?", "still within the 24 hours?"
WITHIN = re.compile(r"\b(?:on time|in time|within|inside)\b", re.I)

#: a question asking what or whose, not whether: "whose time is counted?" gets no yes or no
WH_ASKED = re.compile(r"\b(?:whose|which|what|when|how)\b", re.I)
YES_NO = re.compile(
    r"\b(?:was|is|were) (?:it|that|this|mine|my|evening|morning|\w+ing)\b|\bok(?:ay)?\?|late\?",
    re.I,
)


def yes_no_part(question: str) -> str:
    """The first question asked yes or no ("that was inside 24 hours right? when would it have
    been late?"): its words set which way the yes points, not a later what-or-when."""
    for part in re.findall(r"[^.?!]+\?", question):
        if not (WH_ASKED.search(part) and not YES_NO.search(part)):
            return part
    return question


#: a yes-or-no asked without its verb: "both fine timing wise?", "all good"
JUDGED = re.compile(r"\b(?:ok|okay|fine|alright|all right)\?|\ball good\b|\bfine\b[^.?!]*\?", re.I)
AUX = re.compile(
    r"\b(?:was|is|were|did|does|am|has|had|would|could|should|can)\b|\b(?:ok|okay|fine|late)\?",
    re.I,
)


def thanked_verdict(item: PlanItem, situation: Situation, question: str) -> str:
    """ "Yes, on time: ..." or "Yes, it was late: ...": when it went, the target and the limit,
    as the answer to how the question asks (OK? or too late?)."""
    assert item.sent_at is not None and item.latest is not None and item.limit is not None
    now, sent = situation.now, item.sent_at
    hours, days = limits().thank_you_hours, limits().thank_you_limit_hours // 24
    to = f" to {item.to}" if item.to and not situation.synthetic else ""
    went = f"your thank-you{to} went at {sent:%H:%M} on {day(sent, now)}"
    worried = LATE_ASKED.search(yes_no_part(question)) is not None
    neutral = (WH_ASKED.search(question) is not None and not YES_NO.search(question)) or (
        not AUX.search(question)  # "thank-you deadline?": a statement, no yes or no
        and not JUDGED.search(question)  # "both fine timing wise?", "all good": a yes or no
    )
    if sent <= item.latest:
        evening = ""
        if situation.notes is not None:
            end = situation.notes.interview.finished.astimezone(sent.tzinfo)
            if sent.date() == end.date() and sent.hour >= 17:
                evening = (
                    " The evening of the interview is ideal: it waits in their inbox next morning."
                )
        lead = "No, not late" if worried else "Yes, that was fine"
        lead = "On time" if neutral else lead
        limit = ""
        if LIMIT_ASKED.search(question):  # the outer limit too, when the last moment is asked
            limit = f"; the {days}-day limit was {moment(item.limit, now)}"
        return (
            f"{lead}: {went}, inside the {hours} hours (the target was {moment(item.latest, now)}"
            f"{limit}).{evening}"
        )
    if sent <= item.limit:
        # "was it ok?": a warning fires (past the target), so not quite, though nothing to fix
        lead = "No, a little late, though nothing needs resending"
        lead = "A little, but not too late" if worried else lead
        lead = "A little late" if neutral else lead
        if not worried and WITHIN.search(question):  # "was that on time?": past the target, no
            lead = "No, a little late"
        return (
            f"{lead}: {went}, past the {hours}-hour target ({moment(item.latest, now)}) but inside "
            f"the {days}-day limit ({moment(item.limit, now)})."
        )
    lead = "Yes, it was late" if worried else "No, it was late"
    lead = "Late" if neutral else lead
    return (
        f"{lead}: {went}, past even the {days}-day limit ({moment(item.limit, now)}; the "
        f"{hours}-hour target was {day(item.latest, now)}, {item.latest:%H:%M}). It has gone, "
        "which matters most: nothing to fix now; send each thank-you by the evening of the "
        "interview next time."
    )
