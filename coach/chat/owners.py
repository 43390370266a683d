"""Which guide entry's sources a plan verdict cites. The entry a question was routed to gives
the advice, but when the verdict turns on another entry's rule, that entry's article sections
are the ones that back the verdict and are cited first: a "don't send another" verdict
(timing-too-many) is the how-many topic's, whatever the question was routed to, and a
"wait for the day they named" verdict before an invited date is the overeager section's."""

from __future__ import annotations

import datetime as dt

from coach.chat.context import Situation
from coach.guide import Entry, load_guide
from coach.rulebook import Source

#: the verdict's opening that spends the last allowed follow-up
TOO_MANY_LEADS = ("No: you have sent", "Yes, too much: you have sent")


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
    elif entry.plan is not None and _early_for_invite(lead, situation):
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
    return situation.now.date() < invited and "Before then, wait" in lead


def verdict_sources(
    entry: Entry, lead: str, rules: list[str], situation: Situation
) -> list[Source]:
    """The owning entry's leading sources, to cite before the routed entry's own."""
    owner = owner_entry(entry, lead, rules, situation)
    return [] if owner is None else list(owner.sources[:2])
