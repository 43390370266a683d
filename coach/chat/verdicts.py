"""Verdicts from the plan: whether and when to send the next message, each date one the timing
rules compute (coach.plan), read for the situation the conversation describes."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.context import Situation, stopped
from coach.chat.phrases import COMPLAINT, SAY_THAT
from coach.guide import Entry
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


def _open_item(situation: Situation, kind: str) -> PlanItem | None:
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
    if notes is None and situation.facts.no_timeline:
        from coach.plan import limits

        return (  # "they never gave a date": the timing rule's floor, counted from the interview
            f"With no timeline given, wait at least {limits().check_in_business_days} business "
            "days after the interview before you check in.",
            ["timing-check-in-early"],
        )
    if notes is None:
        return "", []
    if notes.stage == Stage.offer:
        return "There is nothing to chase: you have an offer.", []
    over, count = stopped(situation)
    if over:
        move = _open_item(situation, "move_on")
        when = f" from {day(move.earliest, now)}" if move and move.earliest else ""
        return (
            f"No: you have sent {count} follow-ups after the thank-you, the most the articles "
            f"advise. Don't send another; move on to other openings{when}.",
            ["timing-too-many"],
        )
    item = _open_item(situation, "check_in")
    if item is not None and item.status == "done":
        item = _open_item(situation, "final_follow_up")
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


#: a call tomorrow that thanks them (again): the interview was today
NEXT_DAY_CALL = re.compile(
    r"\b(?:tomorrow|tmrw|the (?:next|following) day)\b[^.?!]{0,60}\bthank|\bthank[^.?!]{0,60}"
    r"\b(?:tomorrow|tmrw|the (?:next|following) day)\b",
    re.I,
)
PHONING = re.compile(r"\b(?:call(?:ing)?|phon(?:e|ing)|ring(?:ing)?)\b(?!\s+(?:it|this))", re.I)


def phone_verdict(situation: Situation, question: str) -> tuple[str, list[str]]:
    """A call: fine on or after a day they invited one; overeager the day after the interview
    (timing-next-day-call); otherwise as any check-in."""
    from coach.checks.timeline import timeline_of

    notes, now = situation.notes, situation.now
    if notes is None and situation.facts.stage is None and NEXT_DAY_CALL.search(question):
        from coach.plan import limits

        return (  # "ring them tomorrow to say thanks again?": the day after the interview
            "No: a call the day after the interview reads as overeager, unless they asked for "
            "one. Thank them by email, then wait at least "
            f"{limits().check_in_business_days} business days before checking in.",
            ["timing-next-day-call", "timing-check-in-early"],
        )
    if notes is None or notes.stage in (Stage.rejected, Stage.offer):
        return follow_up_verdict(situation)
    invited = timeline_of(notes).contact_on
    if invited is not None:
        if invited > now.date():
            return (
                f"Yes, on {day(invited, now)}: they invited you to get in touch then, so a call "
                "that day is welcome, not pushy. Before then, wait.",
                ["timing-next-day-call"],
            )
        return f"Yes: they invited contact from {day(invited, now)}, so call.", []
    asked = now.date() + dt.timedelta(days=1 if re.search(r"\btomorrow|\btmrw", question) else 0)
    interview_day = notes.interview.start.astimezone(notes.interview.zone).date()
    if asked == interview_day + dt.timedelta(days=1):
        more, rules = follow_up_verdict(situation)
        more = re.sub(r"^No, not yet: w", "W", more)
        return (
            f"No: a call the day after the interview reads as overeager, unless they asked for "
            f"one. {more}".strip(),
            ["timing-next-day-call", *rules],
        )
    return follow_up_verdict(situation)


#: the user asks which channel to use: "phone or email?", "which do they prefer?"
CHANNEL_CHOICE = re.compile(
    r"\bprefer|\b(?:phone|call|ring)\w*\s+or\s+(?:an?\s+)?e-?mail|\be-?mail\w*\s+or\s+(?:a\s+)?"
    r"(?:phone|call|ring)",
    re.I,
)


def preferred_verdict(situation: Situation) -> tuple[str, list[str]]:
    notes = situation.notes
    if notes is None or situation.synthetic or notes.preferred_channel is None:
        return "", []
    channel = str(notes.preferred_channel.value).replace("_", " ")
    return f"Your notes say they prefer {channel}: use that for your follow-ups.", []


def sent_verdict(
    situation: Situation, question: str = "", person: str | None = None
) -> tuple[str, list[str]]:
    """What has gone out, from the notes' history and what the user said, oldest first; "Yes"
    or "No" first when the question asks whether a kind of message went ("did I thank her?")."""
    from coach.chat.intent import kind_in

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


def move_on_verdict(situation: Situation) -> tuple[str, list[str]]:
    """When to stop waiting: the plan's move-on date, after the follow-ups still allowed."""
    over, _count = stopped(situation)
    move = _open_item(situation, "move_on")
    if over or move is None or move.earliest is None:
        return follow_up_verdict(situation)
    now = situation.now
    steps = [
        f"{KIND_WORDS[str(i.kind)]} (from {day(i.earliest, now)})"
        for i in (_open_item(situation, "check_in"), _open_item(situation, "final_follow_up"))
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
    r"|\b(?:2nd|second) (?:one|follow[- ]?up|check[- ]?in|email|message|try|nudge)\b",
    re.I,
)


def sequence_verdict(situation: Situation) -> tuple[str, list[str]]:
    """Before the first check-in, "when is the last try?": the check-in, the final follow-up
    and the move-on date, in order, each the plan's."""
    check, last = _open_item(situation, "check_in"), _open_item(situation, "final_follow_up")
    move = _open_item(situation, "move_on")
    if stopped(situation)[0] or None in (check, last, move) or check.status == "done":  # type: ignore[union-attr]
        return follow_up_verdict(situation)
    assert check and last and move and check.earliest and last.earliest and move.earliest
    now = situation.now
    return (
        f"Check in from {day(check.earliest, now)}; if that brings nothing, one last follow-up "
        f"from {day(last.earliest, now)}; if that gets no answer either, stop and move on to "
        f"other openings from {day(move.earliest, now)}.",
        ["timing-too-soon-after-last", "timing-too-many"],
    )


def verdict(
    entry: Entry, situation: Situation, person: str | None, question: str = ""
) -> tuple[str, list[str]]:
    if entry.plan == "move_on":
        return move_on_verdict(situation)
    if entry.plan in FOLLOW_UP_PLAN and situation.plan is not None and LAST_ASKED.search(question):
        return sequence_verdict(situation)
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
        if re.search(r"feedback|\bwhy\b|pointers|improve", question, re.I):
            return (
                "Yes, you can ask once for feedback, gently, inside a gracious thank-you; don't "
                "press if no answer comes.",
                ["rejection-feedback-pressed"],
            )
        if re.search(r"check[- ]?in|follow[- ]?up|chase|status|again|nudge", question, re.I):
            return follow_up_verdict(situation)
        if re.search(
            r"reconsider|change (?:their|her|his|your) mind|another chance|appeal", question, re.I
        ):
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
    if entry.id == "already-sent":
        return sent_verdict(situation, question, person)
    if entry.id == "preferred-contact":
        return preferred_verdict(situation)
    if entry.plan in FOLLOW_UP_PLAN and (entry.id == "phone-or-email" or PHONING.search(question)):
        lead, rules = phone_verdict(situation, question)
        if CHANNEL_CHOICE.search(question):
            lead = f"{preferred_verdict(situation)[0]} {lead}".strip()
        return lead, rules
    if entry.plan in FOLLOW_UP_PLAN:
        return follow_up_verdict(situation)
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
