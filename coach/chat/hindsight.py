"""A verdict on a follow-up already sent: "did I jump the gun?", "was my check-in on 26 Oct
too early?". The send is judged as the checker judges a check-in on that day
(timing-check-in-early, against the timeline as the conversation leaves it), and the answer
says the first right day."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.context import Situation
from coach.chat.dates import first_date
from coach.chat.followups import day, follow_up_verdict
from coach.models import Kind, Stage

__all__ = ["HINDSIGHT", "LOOKED_BACK", "SUPPOSED_PAST", "hindsight_verdict", "looks_back"]

#: the question looks back at a follow-up (sent, or only supposed) rather than asking about the
#: next one: "could I have gone on the 10th?", "was that timing ok?", "looking back...", "does
#: the clock change mess up the count?". After a no, such a question is still the timing's.
LOOKED_BACK = re.compile(
    r"\b(?:could|should|would) (?:I|it|that|this) have (?:been|gone|sent|emailed|called|rung"
    r"|phoned|written|waited|done)\b|\blooking back\b|\bhypothetically\b"
    r"|\bbefore (?:the|their) (?:no|rejection|decision) (?:came|arrived)\b"
    r"|\bwas (?:that|my|the)\b[^.?!]{0,40}\b(?:ok|okay|fine|alright|right)\b"
    r"|\bmess(?:es)? up\b[^.?!]{0,40}\bcount\b",
    re.I,
)
#: a past that did not happen, supposed: "what if I had phoned him", "if I'd emailed on the
#: Thursday", "I nearly called her": a follow-up judged as it would have been then
SUPPOSED_PAST = re.compile(
    r"\b(?:what if|if|had) I(?: had|'d)? (?:\w+ )?(?:\w+ed|rung|rang|sent|written|gone)\b"
    r"|\bI (?:nearly|almost) (?:\w+ed|rang|sent|wrote)\b"
    # "when could I have followed up", "if the no hadn't come"
    r"|\b(?:could|should|would|might) I have (?:\w+ed|rung|rang|sent|written|gone|done)\b"
    r"|\bif (?:the|their|that) (?:no|rejection|decision|news)\s+(?:hadn'?t|had not|never)\b",
    re.I,
)
#: a send supposed on another day: "could I have gone on the 10th?"
COULD_HAVE = re.compile(
    r"\b(?:could|should) (?:I|it|that|this) have (?:been|gone|sent|emailed|called|rung|phoned"
    r"|written)\b",
    re.I,
)
#: the question asks whether a send already made came too early
HINDSIGHT = re.compile(
    r"\bjump(?:ed|ing)? the gun\b"
    r"|\b(?:was|were)\s+(?:my|the|that|it|this|those)\b[^.?!]{0,60}?\b(?:too|a bit|a little)\s+"
    r"(?:early|soon)\b"
    r"|\b(?:did|have|had) I\b[^.?!]{0,40}\btoo (?:early|soon)\b"
    # "was friday 16th too early for my first check in?": the day it went, judged
    r"|\b(?:was|were)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:the\s+)?"
    r"\d{1,2}(?:st|nd|rd|th)?\b[^.?!]{0,20}?\btoo\s+(?:early|soon)\b"
    r"|\bshould(?: I)? have waited\b|\bwas (?:that|it) premature\b"
    r"|\bwould (?:that|it|this|mine|(?:my|the) [\w-]+(?: \w+){0,3}) have been\b"
    # "I already emailed to check in on the 8th, was that ok?": a follow-up said, then judged
    r"|\b(?:check(?:ed)?[- ]?in|follow(?:ed)?[- ]?up|chased)\b[^?!]{0,80}\b(?:was|were)\s+(?:that"
    r"|it|this|mine)\s+(?:ok|okay|fine|alright|all right|too early|early|right)\b"
    # "looking back, was emailing her on the 22nd ok?"
    r"|\b(?:was|were)\s+(?:emailing|calling|phoning|ringing|messaging|chasing|checking in"
    r"|following up|writing to)\b[^.?!]{0,60}\b(?:ok|okay|fine|alright|too early|early|right)\b",
    re.I,
)
#: the question asks whether the send was all right, not whether it was early
ASKED_OK = re.compile(r"\b(?:was|were)\b[^.?!]{0,80}\b(?:ok|okay|fine|alright|all right)\b", re.I)
ASKED_EARLY = re.compile(r"\b(?:early|soon|premature|jump(?:ed|ing)? the gun)\b", re.I)
#: a follow-up planned but never sent, judged now: "would that have been too soon?"
WOULD_HAVE = re.compile(
    r"\bwould (?:that|it|this|mine|(?:my|the) [\w-]+(?: \w+){0,3}) have been\b"
    # "would emailing on the 30th itself have been ok?": the send supposed, by its verb
    r"|\bwould \w+ing\b[^.?!]{0,40}?\bhave been\b",
    re.I,
)
_FOLLOW_UPS = (Kind.check_in, Kind.final_follow_up)


def looks_back(question: str) -> bool:
    """The question judges a follow-up already made (or supposed), not the next one."""
    return any(p.search(question) for p in (HINDSIGHT, LOOKED_BACK, WOULD_HAVE))


def hindsight_verdict(situation: Situation, question: str) -> tuple[str, list[str]]:
    """Yes or no on the follow-up the question names by its day (else the first one sent),
    with the first day a check-in was not early; "" when no follow-up went."""
    from coach.checks.timing import Timing, TimingParams
    from coach.plan import limits

    notes, now = situation.notes, situation.now
    if notes is None or not looks_back(question):
        return "", []
    if situation.synthetic and situation.facts.interview_day is None:
        return "", []  # without notes, only an interview day the user gives dates the send
    if WOULD_HAVE.search(question) or COULD_HAVE.search(question):
        planned = planned_verdict(situation, question)
        if planned[0]:
            return planned  # else "would my check-in on Monday have been early?": the one sent
    zone = notes.interview.zone
    sent = sorted((e for e in situation.history if e.kind in _FOLLOW_UPS), key=lambda e: e.sent_at)
    if not sent:
        return "", []
    named = first_date(question, now.date(), past=True)
    went = next((e for e in sent if e.sent_at.astimezone(zone).date() == named), sent[0])
    if went is not sent[0]:  # a later one is judged by the gap after the one before it
        return planned_verdict(situation, question, sent=True)
    on = went.sent_at.astimezone(zone).date()
    params = TimingParams(
        measure="check_in_early", min_business_days=limits().check_in_business_days
    )
    earliest, reason = Timing().earliest_check_in(notes, params)
    # "was it too early?" is answered no when it was on time; "was that ok?" yes
    fine, early = (
        ("Yes", "No")
        if (ASKED_OK.search(question) and not ASKED_EARLY.search(question))
        else ("No", "Yes")
    )
    if on == earliest:
        return (
            f"{fine}, it was on time: {day(on, now)} was the first right day ({reason}).",
            ["timing-check-in-early"],
        )
    if on > earliest:
        return (
            f"{fine}, it was not early: it went on {day(on, now)}, and the first right day was "
            f"{day(earliest, now)} ({reason}).",
            ["timing-check-in-early"],
        )
    lead = (
        f"{early}, it was early: the first right day was {day(earliest, now)} ({reason}), and it "
        f"went on {day(on, now)}. It has gone, so don't send another to make up for it."
    )
    if notes.stage == Stage.rejected or situation.facts.supposed:  # no plan from a supposition
        return lead, ["timing-check-in-early"]
    more, rules = follow_up_verdict(situation)
    more = re.sub(r"^No, not yet: w", "W", more)
    return f"{lead} {more}".strip(), ["timing-check-in-early", *rules]


def planned_verdict(
    situation: Situation, question: str, sent: bool = False
) -> tuple[str, list[str]]:
    """A follow-up the user planned for a named day but never sent ("I had a 2nd check-in ready
    for Friday 11 Dec, would that have been too soon?"), judged by the gap the rules ask after
    the follow-up before it: yes or no, and the first day it was allowed."""
    from coach.calendar import add_business_days, business_days_between
    from coach.plan import limits

    notes, now = situation.notes, situation.now
    assert notes is not None
    zone = notes.interview.zone
    named = first_date(question, now.date(), past=True)
    if named is None:
        return "", []
    before = [
        e.sent_at.astimezone(zone).date()
        for e in situation.history
        if e.kind in _FOLLOW_UPS and e.sent_at.astimezone(zone).date() < named
    ]
    if not before:
        return _first_supposed(situation, named, question)
    last, gap = max(before), limits().between_follow_ups_business_days
    allowed = add_business_days(last, gap, notes.country)
    between = business_days_between(last, named, notes.country)
    asked_too = re.search(r"\btoo (?:soon|early)\b", question, re.I) is not None
    if named < allowed:
        lead = "Yes, too soon" if asked_too else "No, that was too soon"
        return (
            f"{lead}: {day(named, now)} was only {between} business days after your follow-up "
            f"on {day(last, now)}; the next one needed {gap}, so {day(allowed, now)} at the "
            "earliest.",
            ["timing-too-soon-after-last"],
        )
    lead = "No, not too soon" if asked_too else "Yes, that would have been fine"
    if sent and not asked_too:
        lead = "Yes, that was fine"
    return (
        f"{lead}: {day(named, now)} was {between} business days after your follow-up on "
        f"{day(last, now)}, and the next one was allowed from {day(allowed, now)}.",
        ["timing-too-soon-after-last"],
    )


def _first_supposed(situation: Situation, named: dt.date, question: str) -> tuple[str, list[str]]:
    """A first check-in supposed on a day none went ("would emailing on the decision date
    itself have been ok?"), judged as timing-check-in-early judges that day."""
    from coach.checks.timing import Timing, TimingParams
    from coach.plan import limits

    notes, now = situation.notes, situation.now
    assert notes is not None
    from coach.chat.intent import kind_in

    if kind_in(question) not in (None, *_FOLLOW_UPS):
        return "", []  # "if I'd thanked her on Thursday, would that have been late?": not this
    if not WOULD_HAVE.search(question) or any(
        e.kind in _FOLLOW_UPS and e.sent_at.astimezone(notes.interview.zone).date() == named
        for e in situation.history
    ):
        return "", []
    params = TimingParams(
        measure="check_in_early", min_business_days=limits().check_in_business_days
    )
    earliest, reason = Timing().earliest_check_in(notes, params)
    asked_too = re.search(r"\btoo (?:soon|early)\b|\bearly\b", question, re.I) is not None
    if named < earliest:
        lead = "Yes, too early" if asked_too else "No, that would have been early"
        return (
            f"{lead}: the first right day was {day(earliest, now)} ({reason}), not "
            f"{day(named, now)}.",
            ["timing-check-in-early"],
        )
    lead = "No, not early" if asked_too else "Yes, that would have been fine"
    return (
        f"{lead}: {day(named, now)} was on or after the first right day, {day(earliest, now)} "
        f"({reason}).",
        ["timing-check-in-early"],
    )
