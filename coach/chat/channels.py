"""Verdicts on the channel: a call (welcome on a day they invited one, overeager the day after
the interview), the channel the notes say they prefer, and several channels on one day."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.context import Situation
from coach.chat.followups import day, follow_up_verdict
from coach.models import Kind, Stage

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
        return invited_call_verdict(situation, question, invited)
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


#: "call them or email?": two channels set side by side
CHANNEL_OR = re.compile(
    r"\b(?:phone|call|ring)\w*(?:\s+(?:them|her|him|back))?\s+or\s+(?:an?\s+|just\s+)?"
    r"(?:send\s+(?:an?\s+)?)?e-?mail|\be-?mail\w*(?:\s+(?:them|her|him|back))?\s+or\s+"
    r"(?:a\s+|just\s+)?(?:phone|call|ring)",
    re.I,
)
#: the user asks which channel to use: "phone or email?", "which do they prefer?"
CHANNEL_CHOICE = re.compile(rf"\bprefer|{CHANNEL_OR.pattern}", re.I)


def preferred_verdict(situation: Situation) -> tuple[str, list[str]]:
    notes = situation.notes
    if notes is None or situation.synthetic or notes.preferred_channel is None:
        return "", []
    channel = str(notes.preferred_channel.value).replace("_", " ")
    return f"Your notes say they prefer {channel}: use that for your follow-ups.", []


#: the channels a question names, each by the words people use for it (not a past contact:
#: "I rang her yesterday, can I email today?" asks about one message)
CHANNEL_WORDS = {
    "email": r"e-?mail(?:s|ing)?|mail",  # "call and ALSO send mail"
    # "everyone calls him Gord" names him, it is no call
    "phone": r"call(?:s|ing)?(?!\s+(?:him|her|them|me|you)\s+(?-i:[A-Z]))|phon(?:e|ing)"
    r"|ring(?:ing)?|voicemail",
    "linkedin": r"linked ?in",
    "text": r"text(?:s|ing)?|sms|whats ?app",
    "letter": r"card|letter|handwritten",
}
#: one way set against another: "whatsapp her instead of emailing", "a text, or email?"
_INSTEAD = re.compile(
    r"\b(?:or|instead of|rather than|vs\.?|versus|(?:have|has|need) to be|over)\b", re.I
)


def channel_choice(question: str) -> bool:
    """The question weighs one channel against another for a message ("could I WhatsApp her
    instead of emailing?", "is a text ok or does it have to be email?"): the articles leave
    the channel to what the employer prefers, and accept any one of them."""

    def named(text: str) -> set[str]:
        return {k for k, p in CHANNEL_WORDS.items() if re.search(rf"\b(?:{p})\b", text, re.I)}

    for m in _INSTEAD.finditer(question):
        before = named(question[max(0, m.start() - 60) : m.start()])
        after = named(question[m.end() : m.end() + 60])
        if before and after and before != after and (before | after) - (before & after):
            return True
    return False


#: two channels put together: "the email AND a LinkedIn request", "email, call and message"
TOGETHER = re.compile(
    r"\b(?:and|both|as well(?: as)?|also|too(?!\s+(?:forward|much|many|pushy|early|soon|late|eager"
    r"|keen|formal|casual|needy|desperate|aggressive|direct))|together|at once|plus)\b",
    re.I,
)
#: one day for both: "the same afternoon", "tonight", "today"
SAME_TIME = re.compile(
    r"\bsame (?:day|afternoon|morning|evening|night)\b|\btoday\b|\btonight\b"
    r"|\bthis (?:morning|afternoon|evening)\b|\bright now\b",
    re.I,
)

#: the question is about contact still to come ("can I...", "thinking to..."), not done
AHEAD = re.compile(
    r"\b(?:can|could|should|shall|may|will|would|if)\s+I\b|\b(?:ok|okay|fine|alright) to\b"
    r"|\b(?:going|want|planning|thinking|about|plan) to\b|\bI'?ll\b"
    # "is it overkill to send her a LinkedIn message too?"
    r"|\b(?:overkill|too much|pushy|excessive|overboard|annoying|rude|weird|wise|smart) to\b",
    re.I,
)


def channels_at_once(question: str) -> bool:
    """The question puts two channels together ("email and call her the same day?"), in one
    sentence or with "the same day" said of both; "call or email?" is a choice between them."""
    found = sorted(
        (match.start(), match.end(), name)
        for name, words in CHANNEL_WORDS.items()
        for match in re.finditer(rf"\b(?:{words})\b", question, re.I)
    )
    # each channel next to a different one ("Seun prefers WhatsApp. Can I WhatsApp him today
    # and also email Ngozi?": the second WhatsApp and the email are the pair asked about)
    pairs = [(a, b) for a, b in zip(found, found[1:], strict=False) if a[2] != b[2]]
    # "the same day", or "that afternoon" said of the day the other one goes
    same_day = re.search(
        r"\bsame (?:day|afternoon|morning|evening|night)\b|\b(?:later )?that (?:afternoon|morning"
        r"|evening|night|day)\b",
        question,
        re.I,
    )
    for a, b in pairs:
        between = question[a[1] : b[0]]
        after = re.split(r"[.?!]", question[b[1] :], maxsplit=1)[0]
        if TOGETHER.search(after) and _both_today(question, a[0], b[0]):
            return True  # "emailed her this morning. ring the office this afternoon as well?"
        if re.search(r"\bor\b|\binstead\b|\brather\b", between, re.I) or re.search(
            r"^\W*(?:\w+\W+){0,3}?(?:instead|rather)\b", after, re.I
        ):  # "should I just email instead?": one in place of the other
            continue
        if same_day or (not re.search(r"[.?!]", between) and TOGETHER.search(between)):
            return True
    return False


def _both_today(question: str, first: int, second: int) -> bool:
    """Each of the two channels' sentences says today ("this morning", "this afternoon")."""

    def sentence(at: int) -> str:
        start = max(question.rfind(c, 0, at) for c in ".?!\n") + 1
        ends = [e for e in (question.find(c, at) for c in ".?!\n") if e >= 0]
        return question[start : min(ends, default=len(question))]

    return bool(SAME_TIME.search(sentence(first)) and SAME_TIME.search(sentence(second)))


def followed_up_today(situation: Situation, question: str) -> bool:
    """A message went today (by the notes or the conversation), the thank-you too, and the
    question plans one on another channel today ("thinking to also send a LinkedIn message
    tonight")."""
    ahead = AHEAD.search(question)
    if ahead is None or not SAME_TIME.search(question):
        return False
    now = situation.now
    went = [e for e in situation.history if e.sent_at.astimezone(now.tzinfo).date() == now.date()]
    planned = {
        name
        for name, words in CHANNEL_WORDS.items()
        if re.search(rf"\b(?:{words})\b", question[ahead.start() :], re.I)
    }
    return bool(went) and bool(planned - {str(e.channel.value) for e in went})


def same_day_verdict(situation: Situation, question: str) -> tuple[str, list[str]]:
    """Two channels on one day: one today, the other from the next day (the rule is about one
    calendar day, in the interview's time zone)."""
    from coach.chat.yes_no import asked

    lead, rules = _same_day(situation, question)
    frame = asked(question)
    # "is it overkill?": yes, it is; "can I add her today, or is that too much?" asks first
    # whether to do it (the first alternative sets the frame), so it stays a no
    if (
        lead.startswith("No")
        and TOO_MUCH.search(question)
        and (frame is None or frame.frame != "ok")
    ):
        lead = "Yes, that is too much" + lead[2:]
    return lead, rules


#: asking whether it is too much, so that "yes" means don't: "is it overkill?", "too pushy?"
TOO_MUCH = re.compile(
    r"\b(?:overkill|too much|overboard|excessive|spammy|annoying|too pushy|too eager"
    r"|over the top)\b",
    re.I,
)


def _same_day(situation: Situation, question: str) -> tuple[str, list[str]]:
    from coach.calendar import add_business_days

    now = situation.now
    country = situation.notes.country if situation.notes is not None else situation.facts.country
    # the other channel goes the next business morning, as the plan has it: never a Sunday
    tomorrow = add_business_days(now.date(), 1, country)
    told = any(s.day == now.date() for s in situation.facts.sent)  # "emailed her this morning"
    if followed_up_today(situation, question) and (told or not channels_at_once(question)):
        return (  # no channel named: the question may correct the one the notes give
            "No: you already wrote to them today, and a second platform the same day "
            f"overwhelms them. If you still want to, send it from {day(tomorrow, now)}.",
            ["channel-multiple-same-day"],
        )
    if not (channels_at_once(question) and SAME_TIME.search(question) and AHEAD.search(question)):
        return "", []
    from coach.chat.dates import first_date

    named = first_date(question, now.date(), past=False)  # "call on 5 oct and also email"
    if named is not None and named > now.date():
        return (
            f"No, not both on {day(named, now)}: pick one channel that day (the one they prefer, "
            f"if they said), and keep the other for a later day, from "
            f"{day(add_business_days(named, 1, country), now)}, so they don't land at once.",
            ["channel-multiple-same-day"],
        )
    due = follow_up_verdict(situation)[0].startswith("Yes") and not TOO_MUCH.search(question)
    return (  # "can I call today and also text?": one today is the plan's yes, both its no
        ("Yes, one of them today, but no, " if due else "No, ")
        + "not both on the same day: send one today and the other from "
        f"{day(tomorrow, now)}, so they don't land at once.",
        ["channel-multiple-same-day"],
    )


def invited_call_verdict(
    situation: Situation, question: str, invited: dt.date
) -> tuple[str, list[str]]:
    """They invited a call on a day: a day asked about before it is early (the day after the
    interview overeager too); on or after it, call, and the last follow-up is the plan's after
    a call that day."""
    from coach.chat.followups import open_item

    now, notes = situation.now, situation.notes
    assert notes is not None
    asked = situation.facts.asked_day
    if asked is None and re.search(r"\btomorrow|\btmrw", question, re.I):
        asked = now.date() + dt.timedelta(days=1)
    interview_day = notes.interview.start.astimezone(notes.interview.zone).date()
    if asked is not None and asked < invited:
        eager = asked == interview_day + dt.timedelta(days=1)
        why = "a call the day after the interview reads as overeager, and " if eager else ""
        return (
            f"No: {day(asked, now)} is early; {why}they invited you to call on "
            f"{day(invited, now)}, so call that day or later.",
            ["timing-next-day-call", "timing-check-in-early"],
        )
    if invited > now.date():
        return (
            f"Yes, on {day(invited, now)}: they invited you to get in touch then, so a call "
            "that day is welcome, not pushy. Before then, wait.",
            ["timing-next-day-call"],
        )
    check = open_item(situation, "check_in")
    if check is None or check.status == "done":
        from coach.chat.followups import follow_up_verdict

        return follow_up_verdict(situation)
    # "missed the 9th, can I ring today?": today is the day asked about, not the one missed
    when = now.date() if re.search(r"\btoday\b|\bnow\b", question, re.I) else asked or now.date()
    last = _last_after_call(situation, when)
    more = f" If that brings nothing, one last follow-up from {day(last, now)}." if last else ""
    return (
        f"Yes: they invited contact from {day(invited, now)}, and any day from then is fine, so "
        f"call {'today' if when == now.date() else 'on ' + day(when, now)}.{more}",
        ["timing-check-in-early", "timing-too-soon-after-last"],
    )


def _last_after_call(situation: Situation, when: dt.date) -> dt.date | None:
    """The plan's final follow-up if the invited call is made on `when`."""
    from coach.models import Channel, HistoryEntry
    from coach.plan import build_plan

    notes = situation.notes
    if notes is None:
        return None
    zone = notes.interview.zone
    at = dt.datetime.combine(when, dt.time(10, 0), tzinfo=zone)
    call = HistoryEntry(kind=Kind.check_in, channel=Channel.phone, sent_at=at)
    plan = build_plan(notes, [*situation.history, call], situation.now)
    last = [i for i in plan.items if str(i.kind) == "final_follow_up" and i.earliest]
    return last[0].earliest.date() if last and last[0].earliest else None
