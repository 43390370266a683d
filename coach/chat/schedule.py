"""The whole plan from now: "what's my full schedule from here?", "all my dates please". Every
open step of the plan (coach.plan), in order, each with its own date; messages of one kind due
at the same moment are one step ("Thank Sam and Alex, by ...")."""

from __future__ import annotations

import re

from coach.chat.context import Situation, stopped
from coach.chat.followups import day, moment
from coach.plan import PlanItem

#: the question asks for the plan as a whole, not the next message alone
SCHEDULE_ASKED = re.compile(
    r"\b(?:whole|full|entire|complete|overall|rest of (?:the|my))\s+(?:follow[- ]?up\s+)?"
    r"(?:plan|schedule|timeline|calendar|picture)\b"
    r"|\b(?:schedule|timetable|road ?map)\b"
    r"|\b(?:all|every)\s+(?:of\s+)?(?:my\s+|the\s+)?(?:key\s+|important\s+)?"
    r"(?:dates|deadlines|steps|next steps|follow[- ]?ups)\b"
    r"|\b(?:my|the)\s+plan\s+(?:from|for)\s+(?:here|now|(?:this|next) week)\b"
    r"|\bwhat(?:'s| is| does)\s+my\s+(?:\w+\s+)?plan\b"
    r"|\b(?:lay|map|set|spell)\s+(?:it\s+|everything\s+)?out\b"
    r"|\bstep[- ]by[- ]step\b|\beverything I (?:need|have) to (?:send|do)\b",
    re.I,
)

#: the question asks how often to follow up: the sequence, each step with its date
HOW_OFTEN = re.compile(
    r"\bhow (?:often|frequently|regularly)\b|\bevery (?:couple of|few|other|\d+|two|three) days\b",
    re.I,
)

_WHAT = {
    "thank_you": "Thank {who}",
    "materials": "Send {who}what you promised",
    "check_in": "Check in{who}",
    "final_follow_up": "One last follow-up{who}",
}


def _names(items: list[PlanItem], synthetic: bool) -> list[str]:
    return [] if synthetic else [i.to for i in items if i.to]


def _step(items: list[PlanItem], situation: Situation) -> str:
    first, now = items[0], situation.now
    names = _names(items, situation.synthetic)
    kind = str(first.kind)
    if kind == "thank_you":
        who = " and ".join(names) if names else "each interviewer"
    elif kind == "materials":
        who = f"{names[0]} " if names else ""
    else:
        who = f" with {names[0]}" if names and kind == "check_in" else ""
        who = f" to {names[0]}" if names and kind == "final_follow_up" else who
    what = _WHAT.get(kind, kind.replace("_", " ").capitalize()).format(who=who)
    if first.status == "overdue" and first.limit is not None and first.limit > now:
        when = f"now (the limit is {moment(first.limit, now)})"
    elif first.status in ("due", "overdue") and first.latest is not None:
        when = f"by {moment(first.latest, now)}" if first.latest > now else "now, it is late"
    elif first.earliest is not None:
        when = f"from {day(first.earliest, now)}"
    else:
        when = "now"
    return f"{what}, {when}."


def whole_plan_verdict(situation: Situation) -> tuple[str, list[str]]:
    """Every open step of the plan with its date, and when to move on if nothing comes."""
    plan, now = situation.plan, situation.now
    if plan is None:
        return "", []
    if stopped(situation)[0]:
        from coach.chat.followups import follow_up_verdict

        return follow_up_verdict(situation)
    items = [i for i in plan.items if i.status not in ("done", "skip")]
    steps: list[list[PlanItem]] = []
    for item in sorted(items, key=lambda i: (i.latest or i.earliest or now, str(i.kind))):
        if str(item.kind) == "move_on":
            continue
        last = steps[-1][0] if steps else None
        if last is not None and last.kind == item.kind and last.latest == item.latest:
            steps[-1].append(item)
        else:
            steps.append([item])
    lines = [f"{n}. {_step(group, situation)}" for n, group in enumerate(steps, 1)]
    move = next((i for i in items if str(i.kind) == "move_on" and i.earliest), None)
    if move is not None and move.earliest is not None:
        lines.append(f"If nothing comes by then, move on from {day(move.earliest, now)}.")
    if not lines:
        return "", []
    rules = [r for group in steps for i in group for r in i.rules]
    return "Your plan from now: " + " ".join(lines), list(dict.fromkeys(rules))
