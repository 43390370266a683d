"""Verdicts from the plan: whether and when to send the next message, each date one the timing
rules compute (coach.plan), read for the situation the conversation describes. The follow-up
verdict itself is in coach.chat.followups, those on the channel in coach.chat.channels."""

from __future__ import annotations

import re

from coach.chat.channels import (
    CHANNEL_CHOICE,
    CHANNEL_OR,
    PHONING,
    phone_verdict,
    preferred_verdict,
    same_day_verdict,
)
from coach.chat.context import Situation, stopped
from coach.chat.counterfactual import counterfactual_verdict
from coach.chat.counting import count_from_asked, count_from_verdict
from coach.chat.followups import (
    FOLLOW_UP_PLAN,
    KIND_WORDS,
    NEXT_STEP,
    day,
    follow_up_verdict,
    moment,
    open_item,
)
from coach.chat.hindsight import hindsight_verdict, looks_back
from coach.chat.length import BUDGET_ASKED, WORDS_SAID, length_verdict
from coach.chat.material_times import material_send_asked
from coach.chat.next_day_call import next_day_call_verdict
from coach.chat.past_last import past_last
from coach.chat.phrases import COMPLAINT, SAY_THAT
from coach.chat.routes import SAME_TEXT, SUBJECT_ASKED
from coach.chat.schedule import HOW_OFTEN, SCHEDULE_ASKED, whole_plan_verdict
from coach.guide import Entry
from coach.models import Kind, Stage
from coach.plan import PlanItem

__all__ = [
    "CHANNEL_CHOICE",
    "CHANNEL_OR",
    "KIND_WORDS",
    "NEXT_STEP",
    "PHONING",
    "day",
    "moment",
    "verdict",
]


#: asking them to undo a no: "reconsider", "look at my application again", "they made a mistake"
RECONSIDER = re.compile(
    r"reconsider|change (?:their|her|his|your) mind|(?:another|second) (?:chance|shot|go|try)"
    r"|\bappeal\b|second look"
    r"|look (?:at (?:my|it|me|the) ?\w* )?again|re-?(?:evaluate|assess|review)|made a mistake"
    r"|wrong (?:decision|call|choice|person)|point (?:that|it) out|overturn|think again"
    r"|push ?back|fight (?:it|this|the decision)|argue|got (?:it|this|that)(?: one)? wrong"
    r"|(?:decision|it) (?:is|was) (?:\w+ )?final\b",  # "ask if the decision is final"
    re.I,
)


#: contact planned again and again: "every month", "keep emailing", "check in weekly"
REPEATED = re.compile(
    r"\bevery (?:\w+ )?(?:days?|weeks?|months?|fortnight)\b|\b(?:weekly|monthly|regularly"
    r"|periodically|keep (?:emailing|e-mailing|writing|messaging|asking|checking|calling))\b",
    re.I,
)


#: how long to wait, asked without a day: "how long do I wait before checking in?"
HOW_LONG = re.compile(r"\bhow (?:long|many days|soon)\b", re.I)
WORDS = {5: "five", 7: "seven", 10: "ten", 3: "three", 2: "two", 4: "four", 6: "six"}


def no_dates_wait(situation: Situation) -> tuple[str, list[str]]:
    """Without notes or an interview day: the rule's wait in business days, in words."""
    from coach.plan import limits

    n = limits().check_in_business_days
    days = f"{WORDS.get(n, str(n))} business days"
    if situation.facts.decision_by or situation.facts.no_contact_before:
        return "", []
    return (
        f"At least {days} after the interview when they gave no timeline (weekends and public "
        "holidays don't count); if they gave a date, wait until it has passed.",
        ["timing-check-in-early"],
    )


def sent_verdict(
    situation: Situation, question: str = "", person: str | None = None
) -> tuple[str, list[str]]:
    """What has gone out, from the notes' history and what the user said, oldest first; "Yes"
    or "No" first when the question asks whether a kind of message went ("did I thank her?")."""
    from coach.chat.kinds import kind_in

    if situation.notes is None:
        return "", []
    sent = sorted(situation.history, key=lambda e: e.sent_at)
    if not sent:
        return "Nothing is recorded as sent yet.", []
    asked = kind_in(question) if re.search(r"\b(?:did|have|had) I\b", question, re.I) else None
    if asked is not None:
        person = person or situation.to
        match = [e for e in sent if e.kind == asked and (person is None or e.to in (None, person))]
        lead = "Yes. " if match else "Not that your notes show. "
        return lead + sent_verdict(situation)[0], []
    now = situation.now
    lines = [
        f"{KIND_WORDS.get(e.kind.value, e.kind.value)} to {e.to or 'everyone'} on "
        f"{day(e.sent_at.astimezone(now.tzinfo), now)}"
        for e in sent
    ]
    return "Your notes show: " + "; ".join(lines) + ".", []


#: asked whether to keep writing: "do I email again?", "keep going?", "one more?"
WRITE_AGAIN = re.compile(r"\b(?:again|keep (?:going|\w+ing)|one more|every (?:week|month))\b", re.I)


def move_on_verdict(situation: Situation) -> tuple[str, list[str]]:
    """When to stop waiting: the plan's move-on date, after the follow-ups still allowed."""
    over, _count = stopped(situation)
    move = open_item(situation, "move_on")
    if over or move is None or move.earliest is None:
        return follow_up_verdict(situation)
    now = situation.now
    steps = [
        f"{KIND_WORDS[str(i.kind)]} (from {day(i.earliest, now)})"
        for i in (open_item(situation, "check_in"), open_item(situation, "final_follow_up"))
        if i is not None and i.status != "done" and i.earliest is not None
    ]
    after = f", after a {' and a '.join(steps)}" if steps else ""
    return (
        f"If you hear nothing, move on from {day(move.earliest, now)}{after}.",
        ["timing-too-many"],
    )


def next_steps_verdict(situation: Situation) -> tuple[str, list[str]]:
    """ "What do I do now?": the plan's next few messages, each with its day, in order."""
    plan, now = situation.plan, situation.now
    if plan is None:
        return "", []
    items = [i for i in plan.items if i.status not in ("done", "skip") and i.kind != "move_on"]
    items.sort(key=lambda i: i.earliest or i.latest or now)
    steps: list[str] = []
    rules: list[str] = []
    for item in items[:4]:
        who = item.to if item.to and not situation.synthetic else None
        what = {
            "thank_you": "Thank " + (who or "each interviewer"),
            "materials": "Send " + (f"{who} " if who else "") + "what you promised",
            "check_in": "Check in" + (f" with {who}" if who else ""),
            "final_follow_up": "One last follow-up" + (f" to {who}" if who else ""),
        }.get(str(item.kind), KIND_WORDS.get(str(item.kind), str(item.kind)).capitalize())
        if item.status in ("due", "overdue") and item.latest is not None:
            when = f"by {moment(item.latest, now)}"
        elif item.earliest is not None:
            when = f"from {day(item.earliest, now)}"
        else:
            when = "now"
        steps.append(f"{len(steps) + 1}. {what}, {when}.")
        rules += item.rules
    if not steps:
        return "", []
    return "Your next steps: " + " ".join(steps), list(dict.fromkeys(rules))


#: the question asks about the last follow-up or when to stop: "when do I try one last time?"
LAST_ASKED = re.compile(
    r"\b(?:one )?last (?:time|try|one|attempt|shot|email|message|note|nudge|follow[- ]?up"
    r"|check[- ]?in)\b|\bfinal (?:follow|check|email|message|note|one|try|attempt)"
    r"|\bwhen (?:do|should|can) I (?:just )?(?:stop|give up)\b"
    r"|\b(?:2nd|second) (?:one|follow[- ]?up|check[- ]?in|email|message|try|nudge)\b"
    r"|\b(?:be|is|it'?s|its|that'?s|thats)\s+(?:(?:it|that|this)\s+)?(?:the|my)\s+(?:very\s+)?(?:last|final)\b",
    re.I,
)
#: whether the next message is the last one: "would it be the last?", "is that my final one"
LAST_ONE = re.compile(
    r"\b(?:be|is|it'?s|its|that'?s|thats)\s+(?:(?:it|that|this)(?:\s+one)?\s+)?(?:the|my)\s+"
    r"(?:very\s+)?(?:last|final)\b",
    re.I,
)


def _final_is_next(check: PlanItem | None, last: PlanItem | None) -> bool:
    """The check-in has gone and the final follow-up is still to come."""
    return (
        check is not None and check.status == "done" and last is not None and last.status != "done"
    )


def sequence_verdict(situation: Situation, question: str = "") -> tuple[str, list[str]]:
    """Before the first check-in, "when is the last try?": the check-in, the final follow-up
    and the move-on date, in order, each the plan's."""
    check, last = open_item(situation, "check_in"), open_item(situation, "final_follow_up")
    move = open_item(situation, "move_on")
    if stopped(situation)[0] or None in (check, last, move) or check.status == "done":  # type: ignore[union-attr]
        lead, rules = follow_up_verdict(situation)
        if lead and LAST_ONE.search(question) and _final_is_next(check, last):
            # "when can I send the next one, and is that my last?": the second ask answered too
            lead = (
                f"{lead} Yes, that one is the last: follow up no more than twice after the "
                "thank-you (004), so if it goes unanswered, move on."
            )
            rules = list(dict.fromkeys([*rules, "timing-too-many"]))
        return lead, rules
    assert check and last and move and check.earliest and last.earliest and move.earliest
    now = situation.now
    first = f"Check in from {day(check.earliest, now)}"
    if check.earliest.date() <= now.date():  # "can I check in today, and when's my last?"
        first = f"Yes: check in today ({day(now, now)})"
    if LAST_ONE.search(question):  # "when is the next one, and would it be the last?": both
        return (
            f"{first}. No, that need not be the last: if it brings nothing, one last follow-up "
            f"from {day(last.earliest, now)}; if that gets no answer either, stop and move on to "
            f"other openings from {day(move.earliest, now)}.",
            ["timing-too-soon-after-last", "timing-too-many"],
        )
    return (
        f"{first}; if that brings nothing, one last follow-up "
        f"from {day(last.earliest, now)}; if that gets no answer either, stop and move on to "
        f"other openings from {day(move.earliest, now)}.",
        ["timing-too-soon-after-last", "timing-too-many"],
    )


#: the entries on what a message says, each with the kind it is about (None: any)
CONTENT = {"thank-you-content": None, "check-in-content": Kind.check_in, "unique-notes": None}


def rejected_not(situation: Situation) -> bool:
    """The stage, as the notes and the conversation leave it, is not a rejection."""
    stage = situation.notes.stage if situation.notes else situation.facts.stage
    return stage != Stage.rejected


def verdict(
    entry: Entry, situation: Situation, person: str | None, question: str = ""
) -> tuple[str, list[str]]:
    if WORDS_SAID.search(question) or BUDGET_ASKED.search(question):  # the rule's budget
        from coach.chat.kinds import kind_in
        from coach.models import Kind

        turned_down = (situation.notes.stage if situation.notes else situation.facts.stage) == (
            Stage.rejected
        )
        reply = turned_down and re.search(r"\b(?:repl|answer|response|respon)", question, re.I)
        kind = Kind.rejection_reply if reply else kind_in(question)  # "my reply to their no"
        kind = kind or (Kind.rejection_reply if turned_down else None)
        lead, rules = length_verdict(question, kind)
        if lead:
            return lead, rules
    lead, rules = next_day_call_verdict(situation, question)  # "ring her tomorrow to thank her?"
    if lead:
        return lead, rules
    if entry.plan != "materials" and material_send_asked(situation, question):
        from coach.chat.deadlines import materials_verdict

        lead, rules = materials_verdict(situation, question)  # "can I send the roster Wednesday?"
        if lead:
            return lead, rules
    lead, rules = counterfactual_verdict(situation, question)  # "if I had sent it on the 13th?"
    if lead:
        return lead, rules
    if (entry.plan in FOLLOW_UP_PLAN or entry.intent == "rejection") and looks_back(question):
        lead, rules = hindsight_verdict(situation, question)  # "did I jump the gun?"
        if lead:
            return lead, rules
    if entry.intent == "rejection" and _thanks_looked_back(question):
        from coach.chat.deadlines import thank_you_verdict

        # "my thank-you only went next day at 1pm, was that why?": its timing, not the no
        lead, rules = thank_you_verdict(situation, person, question)
        if lead:
            return lead, rules
    if entry.plan == "move_on":
        lead, rules = move_on_verdict(situation)
        if past_last(question) and WRITE_AGAIN.search(question):
            # "still nothing after the last one: do I write again?" asks a yes or no first
            lead = f"No, not again after the last one. {lead}".strip()
        return lead, rules
    if entry.id == "ask-timeline" and ASK_OK.search(question):  # "is it ok to ask when ...?"
        return (
            "Yes: asking about the next steps and when they expect to decide is expected, not "
            "pushy, and it tells you when to follow up.",
            [],
        )
    again = REPEATED.search(question)
    if (
        entry.plan in FOLLOW_UP_PLAN
        and again
        and rejected_not(situation)
        and not HOW_OFTEN.search(question)  # "how often? every few days?": the sequence
    ):  # "can I keep calling every week until the contract comes?": the cap, not the next day
        said = again.group(0).lower()
        head = f"No, don't {said}" if said.startswith("keep") else f"No, not {said}"
        return (
            f"{head}: "
            "follow up at most twice after the thank-you (004: never more than twice); if the "
            "second goes unanswered too, stop and put your energy into other openings.",
            ["timing-too-many"],
        )
    if (
        entry.plan in FOLLOW_UP_PLAN
        and situation.plan is not None
        and (LAST_ASKED.search(question) or HOW_OFTEN.search(question))
    ):  # "when is the last try?", "how often should I call?": the sequence, each with its day
        lead, rules = sequence_verdict(situation, question)
        return lead + _window(situation, lead, question), rules
    if entry.plan is not None and SCHEDULE_ASKED.search(question):
        lead, rules = whole_plan_verdict(situation)  # "what's my whole plan from here?"
        if lead:
            return lead, rules
    if entry.plan == "next_steps":
        return next_steps_verdict(situation)
    if entry.id == "tone" and SAY_THAT.search(question) and COMPLAINT.search(question):
        return (
            "Don't send that: a complaint about the wait reads as blame and closes the door. If "
            "you write, keep it polite: restate your interest and ask whether the timing has "
            "changed.",
            ["tone-accusatory"],
        )
    if entry.intent == "rejection":
        rejected = situation.notes.stage if situation.notes else situation.facts.stage
        if rejected != Stage.rejected:
            return "", []
        invited = situation.facts.contact_on
        if invited is not None:
            return (
                f"Yes: they invited you to write on {day(invited, situation.now)}, so do, briefly "
                "and politely, about that opening. It is not chasing the decision they made; "
                "don't reopen it.",
                ["rejection-reconsider"],
            )
        if RECONSIDER.search(question) and not re.search(r"feedback", question, re.I):
            return (  # "they made a mistake, can I ask them to look again?"
                "No: don't argue the decision or ask them to reconsider; it reads as disputing "
                "their judgement and closes the door. Thank them, accept it and ask to be kept "
                "in mind for future openings.",
                ["rejection-reconsider", "rejection-argues"],
            )
        if re.search(r"feedback|\bwhy\b|pointers|improve", question, re.I):
            if PHONING.search(question):  # "call her on the 29th to ask why?"
                return (
                    "No, not by phone: a call after a no presses them, and on a planned "
                    "check-in day it is a check-in after the decision. Ask once, gently, for "
                    "feedback inside a gracious written reply.",
                    ["rejection-feedback-pressed", "rejection-follow-up"],
                )
            return (
                "Yes, you can ask once for feedback, gently, inside a gracious thank-you; don't "
                "press if no answer comes.",
                ["rejection-feedback-pressed"],
            )
        if REPEATED.search(question):  # "email Kate every month about new openings?"
            return (
                "No: after a no, writing again and again reads as overdoing it. Reply once, "
                "graciously, asking to be kept in mind; then watch their openings and apply "
                "when one fits.",
                ["rejection-follow-up", "tone-overeager"],
            )
        if re.search(r"check[- ]?in|follow[- ]?up|chase|status|again|nudge", question, re.I):
            return follow_up_verdict(situation)
        if RECONSIDER.search(question):
            return (
                "No: don't ask them to reconsider. Thank them, accept the decision and ask to be "
                "kept in mind for future openings; that keeps the door open.",
                ["rejection-reconsider"],
            )
        if entry.id == "rejection":
            to = f" to {person}" if person and not situation.synthetic else ""
            return (
                f"Yes, once: a short, gracious reply{to} that thanks them and asks to be kept in "
                "mind for future openings. No check-ins after it.",
                ["rejection-follow-up", "rejection-future-missing"],
            )
        return "", []
    if entry.id in ("thank-you-content", "check-in-content") and SUBJECT_ASKED.search(question):
        from coach.chat.subjects import subject_verdict

        return subject_verdict(situation, question)  # "is just 'Follow up' ok as a subject?"
    if entry.id == "unique-notes" and SAME_TEXT.search(question):
        from coach.chat.unique import same_text_verdict

        lead, rules = same_text_verdict(situation, person, question)
        if lead:
            return lead, rules
    if entry.id in CONTENT:  # "do I need to mention something specific, or is ... fine?"
        from coach.chat.required import required_verdict

        lead, rules = required_verdict(question, CONTENT[entry.id])
        if lead:
            return lead, rules
    if entry.id == "multiple-platforms":
        return same_day_verdict(situation, question)
    if entry.id == "already-sent":
        return sent_verdict(situation, question, person)
    if entry.id == "preferred-contact":
        return preferred_verdict(situation)
    if entry.plan in FOLLOW_UP_PLAN and (entry.id == "phone-or-email" or PHONING.search(question)):
        lead, rules = phone_verdict(situation, question)
        if CHANNEL_CHOICE.search(question):
            lead = f"{preferred_verdict(situation)[0]} {lead}".strip()
        return lead, rules
    if entry.plan in FOLLOW_UP_PLAN and count_from_asked(question):
        return count_from_verdict(situation)  # "from my thank-you or from the interview?"
    if entry.plan in FOLLOW_UP_PLAN and situation.notes is None and HOW_LONG.search(question):
        return no_dates_wait(situation)  # "no timeline, how long do I wait?": the rule's floor
    if entry.plan in FOLLOW_UP_PLAN:
        lead, rules = follow_up_verdict(situation)
        return lead + _window(situation, lead, question), rules
    if entry.plan == "thank_you" or (
        entry.id in ("thank-you-content", "unique-notes") and NEXT_STEP.search(question)
    ):
        from coach.chat.deadlines import thank_you_verdict

        lead, rules = thank_you_verdict(situation, person, question)
        if any(said.startswith("another interview") for said in situation.facts.said):
            lead = (  # "do I thank them again after round two?"
                "Yes: every round earns its own thank-you, to each person you meet, in new "
                f"words. {lead}"
            ).strip()
        if lead.startswith("Your thank-you went") and NEXT_STEP.search(question):
            more, also = follow_up_verdict(situation)
            return f"{lead} {more}".strip(), [*rules, *also]
        return lead, rules
    if entry.plan == "materials":
        from coach.chat.deadlines import materials_verdict

        return materials_verdict(situation, question)
    return "", []


#: whether asking them something will do: "is it ok to ask ...", "does it sound pushy?"
ASK_OK = re.compile(
    r"\b(?:is it|it'?s|would it be|is that)\s+(?:ok|okay|fine|alright|all right|rude|pushy)\b"
    r"|\b(?:can|should|could|may)\s+I\s+ask\b|\bdoes (?:it|that) (?:sound|seem|come across)\b",
    re.I,
)
#: both ends asked: "what's the window?", "earliest and latest dates?"
WINDOW_ASKED = re.compile(r"\bwindow\b|\blatest\b|\bearliest and\b|\buntil when\b", re.I)


def _window(situation: Situation, lead: str, question: str) -> str:
    """The plan's last day for the follow-up the lead names, when the question asks for both
    ends and the lead gives only the first."""
    from coach.chat.followups import open_item

    if not WINDOW_ASKED.search(question) or "window runs" in lead or not lead.startswith("No, "):
        return ""
    item = open_item(situation, "check_in")
    if item is not None and item.status == "done":
        item = open_item(situation, "final_follow_up")
    if item is None or item.latest is None:
        return ""
    return f" The window runs until {day(item.latest, situation.now)}."


def _thanks_looked_back(question: str) -> bool:
    """The question judges a thank-you that went ("it only went next day at 1pm, was that
    bad?"), by its timing."""
    from coach.chat.kinds import kind_in
    from coach.chat.thanked import TIMING_ASKED

    went = re.search(r"\b(?:went|sent|gone|got)\b", question, re.I)
    return (
        kind_in(question) == Kind.thank_you and bool(went) and bool(TIMING_ASKED.search(question))
    )
