"""Which guide entry's sources a plan verdict cites. The entry a question was routed to gives
the advice, but when the verdict turns on another entry's rule, that entry's article sections
are the ones that back the verdict and are cited first: a "don't send another" verdict
(timing-too-many) is the how-many topic's, whatever the question was routed to, and a
"wait for the day they named" verdict before an invited date is the overeager section's."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.context import Situation
from coach.guide import Entry, load_guide
from coach.rulebook import Source

#: the verdict's opening that spends the last allowed follow-up
TOO_MANY_LEADS = (
    "No: you have sent",
    "Yes, too much: you have sent",
    "No: that would have been a third",  # a follow-up supposed past the two: the same limit
)
#: the verdict that a rejection ends the chasing
AFTER_NO_LEAD = "No: they have said no"


def _invited_day(situation: Situation) -> dt.date | None:
    from coach.checks.timeline import timeline_of

    if situation.notes is None:
        return situation.facts.contact_on
    return timeline_of(situation.notes).contact_on or situation.facts.contact_on


def owner_entry(entry: Entry, lead: str, rules: list[str], situation: Situation) -> Entry | None:
    """The entry whose rule the verdict applies, when it is not the routed entry."""
    entries = load_guide().entries
    owner: str | None = None
    if "timing-too-many" in rules[:1] and lead.startswith(TOO_MANY_LEADS):
        owner = "how-many"
    elif "rejection-follow-up" in rules[:1] and lead.startswith(AFTER_NO_LEAD):
        owner = "rejection"  # "one last email to ask if it's final?": no chasing after a no
    elif entry.plan is not None and (
        _early_for_invite(lead, situation) or _early_for_their_wait(lead, situation)
    ):
        owner = "respect-their-timeline"
    if owner is None or owner == entry.id or owner not in entries:
        return None
    return entries[owner]


def _early_for_invite(lead: str, situation: Situation) -> bool:
    """The verdict says to wait for (or that a day fell before) the day they invited contact."""
    invited = _invited_day(situation)
    if invited is None:
        return False
    if lead.startswith("No, that would have been early"):
        return True
    if situation.now.date() >= invited:
        return False
    from coach.chat.followups import day

    # "wait until Monday 21 September (they invited contact then)": the day they set holds it
    return "Before then, wait" in lead or (
        EARLY_LEAD.match(lead) is not None and day(invited, situation.now) in lead
    )


def _no_contact_day(situation: Situation) -> dt.date | None:
    from coach.checks.timeline import timeline_of

    if situation.notes is None:
        return situation.facts.no_contact_before
    return timeline_of(situation.notes).no_contact_before or situation.facts.no_contact_before


#: the plan's verdict that a day is before the one it may go: "No, not yet: wait until",
#: "No: Friday 20 November is too early", "Yes, too early:", "No, that would have been early"
EARLY_LEAD = re.compile(
    r"^(?:No, not yet: wait until|No: .{0,60}too early|Yes, too (?:early|soon)"
    r"|No, that would have been early|Wait until)"
)


def _early_for_their_wait(lead: str, situation: Situation) -> bool:
    """The verdict holds a check-in back to the day before which they asked not to be
    contacted: that is their request (001 "Don't be overeager"), not the 5-day floor."""
    wait = _no_contact_day(situation)
    if wait is None or EARLY_LEAD.match(lead) is None:
        return False
    from coach.chat.followups import day

    return day(wait, situation.now) in lead


#: the verdict turns on a day the employer set: the date they would decide by, or the day they
#: invited contact on (not the 5-business-day floor the articles give when they set none)
THEIR_DECISION = re.compile(r"\bdecide by\b|\bdecision date\b")
THEIR_INVITE = re.compile(r"\binvited contact\b")
#: the sections on each: following up once their date has passed (001), and the day asked for
#: at the interview (004)
DECISION_SECTIONS = ("Call or email if the employer doesn't get back to you",)
INVITE_SECTIONS = (
    "Set expectations early",
    "Call or email if the employer doesn't get back to you",
)


def their_date_sources(entry: Entry, lead: str) -> list[Source]:
    """For a follow-up's verdict that rests on the employer's own date, the sections on that
    date, cited after the routed entry's."""
    if entry.plan not in ("check_in", "final_follow_up"):
        return []
    wanted = (
        INVITE_SECTIONS
        if THEIR_INVITE.search(lead)
        else DECISION_SECTIONS
        if THEIR_DECISION.search(lead)
        else ()
    )
    found = {s.section: s for e in load_guide().entries.values() for s in e.sources}
    return [found[w] for w in wanted if w in found]


def verdict_sources(
    entry: Entry, lead: str, rules: list[str], situation: Situation
) -> list[Source]:
    """The owning entry's leading sources, to cite before the routed entry's own."""
    owner = owner_entry(entry, lead, rules, situation)
    return [] if owner is None else list(owner.sources[:2])
