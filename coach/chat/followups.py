"""The follow-up verdict: whether to check in now and when, from the plan (coach.plan), read for
the situation the conversation describes; and the day and time words every verdict uses."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.context import Situation, stopped
from coach.models import Kind, Stage
from coach.plan import PlanItem

KIND_WORDS = {
    "thank_you": "thank-you",
    "check_in": "check-in",
    "final_follow_up": "final follow-up",
    "materials": "materials",
    "rejection_reply": "reply to the rejection",
    "linkedin_note": "LinkedIn note",
    "handwritten_note": "handwritten note",
}
FOLLOW_UP_PLAN = ("check_in", "final_follow_up", "move_on")
#: the question asks what comes after what was sent: "what next?", "anything more, or wait?"
NEXT_STEP = re.compile(
    r"\bnext\b|now what|what now|\banything (?:more|else)\b|\b(?:just|or|simply) wait\b"
    r"|\bwhat (?:do|should) I do\b|\bwait (?:now|for)\b",
    re.I,
)


def day(when: dt.date | dt.datetime, now: dt.datetime) -> str:
    """ "Monday 30 November", with the year only when it is not the clock's."""
    d = when.date() if isinstance(when, dt.datetime) else when
    text = f"{d:%A} {d.day} {d:%B}"
    return text if d.year == now.year else f"{text} {d.year}"


def moment(when: dt.datetime, now: dt.datetime) -> str:
    return f"{day(when, now)}, {when:%H:%M}"


def open_item(situation: Situation, kind: str) -> PlanItem | None:
    plan = situation.plan
    if plan is None:
        return None
    items = [i for i in plan.items if str(i.kind) == kind and i.status != "skip"]
    return items[0] if items else None


def _timeline_reason(situation: Situation) -> str:
    from coach.checks.timeline import timeline_of

    assert situation.notes is not None
    tl, now = timeline_of(situation.notes), situation.now
    if tl.contact_on:
        return f"they invited contact on {day(tl.contact_on, now)}"
    if tl.no_contact_before and tl.decision_by:
        return (
            f"they asked for no contact before {day(tl.no_contact_before, now)} and expect "
            f"to decide by {day(tl.decision_by, now)}"
        )
    if tl.no_contact_before:
        return f"they asked for no contact before {day(tl.no_contact_before, now)}"
    if tl.decision_by:
        return f"they expect to decide by {day(tl.decision_by, now)}"
    start = situation.notes.interview.start
    return (
        f"with no timeline, 004 advises 5-10 business days after the interview ({day(start, now)})"
    )


def _held_until(situation: Situation, item: PlanItem) -> dt.date | None:
    """A follow-up after the first check-in still waits for a timeline given since: the day
    the plan would allow a first check-in under it (coach.plan.check_in_window), when later."""
    from coach.checks.timeline import timeline_of
    from coach.plan import check_in_window

    notes = situation.notes
    if notes is None or item.kind != Kind.final_follow_up or item.earliest is None:
        return None
    tl = timeline_of(notes)
    if not (tl.decision_by or tl.no_contact_before or tl.contact_on):
        return None
    first = check_in_window(notes)[0]
    return first if first > item.earliest.date() else None


def follow_up_verdict(situation: Situation) -> tuple[str, list[str]]:
    """Whether to check in now, and when: from the plan, or "no" when chasing is over."""
    notes, now = situation.notes, situation.now
    stage = notes.stage if notes is not None else situation.facts.stage
    if stage == Stage.rejected:
        return (
            "No: they have said no, so don't check in again; one gracious reply is all that "
            "is left.",
            ["rejection-follow-up"],
        )
    told = told_follow_ups_verdict(situation) if notes is None else ("", [])
    if told[0]:  # "I emailed on the 2nd, they never gave a date": counted from that one
        return told
    if notes is None and situation.facts.no_timeline:
        from coach.plan import limits

        return (  # "they never gave a date": the timing rule's floor, counted from the interview
            f"With no timeline given, wait at least {limits().check_in_business_days} business "
            "days after the interview before you check in.",
            ["timing-check-in-early"],
        )
    if notes is None:
        return told
    if notes.stage == Stage.offer:
        return offer_verdict(situation)
    over, count = stopped(situation)
    if over:
        move = open_item(situation, "move_on")
        when = f" from {day(move.earliest, now)}" if move and move.earliest else ""
        return (
            f"No: you have sent {count} follow-ups after the thank-you, the most the articles "
            f"advise (004: never more than twice). Don't send another; move on to other "
            f"openings{when}.",
            ["timing-too-many"],
        )
    item = open_item(situation, "check_in")
    if item is not None and item.status == "done":
        item = open_item(situation, "final_follow_up")
    if item is None or item.earliest is None:
        return "", []
    what = KIND_WORDS[str(item.kind)]
    if (situation.to or item.to) and not situation.synthetic:
        what += f" to {situation.to or item.to}"
    held = _held_until(situation, item)
    asked = situation.facts.asked_day
    if asked is not None and asked > now.date() and item.status != "done":
        return _asked_verdict(
            asked, max(item.earliest.date(), held or item.earliest.date()), what, situation, item
        )
    if held is not None and held > now.date():
        return (
            f"No, not yet: wait until {day(held, now)} to send a {what} "
            f"({_timeline_reason(situation)}). Sooner is early.",
            ["timing-check-in-early", *item.rules],
        )
    if item.status == "upcoming":
        why = (
            _timeline_reason(situation)
            if item.kind == Kind.check_in
            else "one last note 5-10 business days after the check-in"
        )
        return (
            f"No, not yet: wait until {day(item.earliest, now)} to send a {what} ({why}). "
            "Sooner is early.",
            item.rules,
        )
    if item.status == "due":
        until = f"; the window runs until {day(item.latest, now)}" if item.latest else ""
        since = f" (from {day(item.earliest, now)})"
        return f"Yes: you can send a {what} now{since}{until}.", item.rules
    return (
        f"Yes: send a {what} now (it was due from {day(item.earliest, now)}).",
        item.rules,
    )


def _asked_verdict(
    asked: dt.date, earliest: dt.date, what: str, situation: Situation, item: PlanItem
) -> tuple[str, list[str]]:
    """ "Is Thursday OK?": that day against the first day the plan allows the follow-up."""
    now = situation.now
    why = (
        _timeline_reason(situation)
        if item.kind == Kind.check_in
        else "one last note 5-10 business days after the check-in"
    )
    if asked < earliest:
        return (
            f"No: {day(asked, now)} is too early for a {what}; wait until {day(earliest, now)} "
            f"({why}).",
            ["timing-check-in-early", *item.rules],
        )
    if item.latest is not None and asked > item.latest.date():
        return (
            f"Yes, though sooner is better: a {what} is fine from {day(earliest, now)}, and "
            f"{day(asked, now)} is after the window that closes {day(item.latest, now)}.",
            item.rules,
        )
    return (
        f"Yes: {day(asked, now)} is fine for a {what}; it is allowed from {day(earliest, now)}.",
        item.rules,
    )


#: the offer's paperwork, still to come: "the written offer", "the contract", "offer letter"
PAPERWORK = re.compile(
    r"\b(?:written|formal)\s+offer|\boffer\s+letter|\bcontract\b|\bpaperwork\b|\bin writing\b"
    r"|\b(?:written|employment|signed|job)\s+agreement\b",
    re.I,
)


def offer_verdict(situation: Situation) -> tuple[str, list[str]]:
    """With an offer, no decision is left to chase, but paperwork they said would come by a day
    is: asked about from the next business day after it."""
    from coach.calendar import add_business_days

    notes, now = situation.notes, situation.now
    assert notes is not None
    due = situation.facts.decision_by
    said = notes.timeline.said or ""
    paper = notes.timeline.decision_by is not None and PAPERWORK.search(said)
    if due is None and (paper or notes.timeline.contact_on is not None):
        # the notes' date is the paper's ("the written offer should go out by the 9th"), or they
        # invited a call ("ring me on the 7th and I'll tell you where the contract is"): asking
        # after it is a check-in, spaced and counted as any other
        from dataclasses import replace

        from coach.models import Timeline

        waiting = notes.model_copy(
            update={
                "stage": Stage.awaiting_decision,
                # a call they invited stays invited: on or after that day it is never early
                "timeline": Timeline(
                    decision_by=notes.timeline.decision_by,
                    contact_on=notes.timeline.contact_on,
                    no_contact_before=notes.timeline.no_contact_before,
                ),
            }
        )
        return follow_up_verdict(replace(situation, notes=waiting, _plan=None))
    if due is not None:
        ask = add_business_days(due, 1, notes.country)
        if now.date() < ask:
            return (
                f"Not yet: they said it would come by {day(due, now)}. If nothing has arrived, "
                f"ask politely from {day(ask, now)}.",
                ["timing-check-in-early"],
            )
        return (
            f"Yes: it was due by {day(due, now)}, so a short, polite note asking about it is fine "
            f"from {day(ask, now)}.",
            ["timing-check-in-early"],
        )
    return "There is nothing to chase: you have an offer.", []


def told_follow_ups_verdict(situation: Situation) -> tuple[str, list[str]]:
    """With no notes, the follow-ups the user says they sent ("checked in on the 10th and again
    on the 17th") still decide what is left: the next one 5 business days after the last
    (weekends skipped; no country, so no public holidays), and none after the second."""
    from coach.calendar import add_business_days
    from coach.plan import limits

    now = situation.now
    sent = sorted(
        s.day
        for s in situation.facts.sent
        if s.kind in (Kind.check_in, Kind.final_follow_up) and not s.planned
    )
    if not sent:
        return "", []
    most = limits().max_follow_ups
    if len(sent) >= most:
        return (
            f"No: you have sent {len(sent)} follow-ups after the thank-you, the most the "
            "articles advise (004: never more than twice). Don't send another; move on to other "
            "openings.",
            ["timing-too-many"],
        )
    gap = limits().between_follow_ups_business_days
    last = sent[-1]
    nxt = add_business_days(last, gap)
    return (
        f"The next one, and the last, from {day(nxt, now)}: {gap} business days after your "
        f"follow-up on {day(last, now)} (weekends skipped; tell me your country and I will "
        "skip its public holidays too). If that goes unanswered as well, stop there: no more "
        "than twice after the thank-you.",
        ["timing-too-soon-after-last", "timing-too-many"],
    )
