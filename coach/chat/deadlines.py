"""Verdicts on messages with a deadline: the thank-you (hours from the interview's end) and
the material the user promised. Every time is the plan's (coach.plan), read in the interview's
time zone, and worded as the answer to what was asked."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from coach.chat.context import Situation
from coach.chat.dates import CLOCK, first_date, time_of
from coach.chat.followups import day, moment, open_item
from coach.chat.material_times import (
    after_promise,
    hour_said,
    kept_line,
    later_day_said,
    material_items,
    named_done,
    named_item,
)
from coach.chat.thanked import TIMING_ASKED, WITHIN, thanked_verdict
from coach.chat.yes_no import SEVERITY
from coach.models import Kind
from coach.plan import PlanItem, limits

#: "is it too late?", "any point now?"
TOO_LATE = re.compile(r"\btoo late\b|\bpointless\b|\bany point\b", re.I)
#: whether a late message is still worth it: "still worth sending?", "is it any use now?"
STILL_WORTH = re.compile(r"\bworth\b|\bany use\b", re.I)
#: two alternatives, the first the one to answer: "can I still send one or is it too late?"
STILL_OR_LATE = re.compile(
    r"\b(?:can|could|should|may) I\b[^.?!]{0,60}\bor\b[^.?!]{0,20}\btoo late\b", re.I
)
#: putting the thank-you off: "hold it till Tuesday", "or wait for my morning?"
HOLD = re.compile(
    r"\b(?:hold|wait|delay|put off|leave)\b[^.?!]{0,40}\b(?:till|until|for|to|morning|tomorrow"
    r"|monday|tuesday|wednesday|thursday|friday|weekend)\b",
    re.I,
)
#: asking whether now is still in time: "still inside the 24h window?", "am I on time?"
IN_TIME = re.compile(
    r"\b(?:still (?:inside|within|in|ok|okay|fine|on time)|in time|on time|inside the|within the)"
    r"\b|\bis (?:this|that|it|tomorrow|today)\b[^.?!]{0,20}\b(?:ok|okay|fine|alright)\b",
    re.I,
)


def thank_you_verdict(
    situation: Situation, person: str | None, question: str = ""
) -> tuple[str, list[str]]:
    """The thank-you's deadline from the plan, as the answer to what was asked: "still in
    time?" is a yes, "hold it till Tuesday?" a no, "too late?" a no while inside the limit."""
    plan, now = situation.plan, situation.now
    if plan is None:  # no dates: "sent it about 30 hrs after, have I blown it?"
        from coach.chat.thanks_gap import thanks_gap_verdict

        gap = thanks_gap_verdict(question)
        return (gap, ["timing-thank-you-late"]) if gap else ("", [])
    items = [i for i in plan.items if i.kind == Kind.thank_you and i.status != "skip"]
    if person:
        # the one named, even where the plan skips it (a thank-you owed after a no is late)
        mine = [i for i in plan.items if i.kind == Kind.thank_you and i.to == person]
        if mine and all(i.status == "done" for i in mine):  # "only thanked Kahu. Renée too?"
            others = situation.facts.names
            mine = [i for i in items if i.to in others and i.status != "done"] or mine
        items = mine or items
    if not items:
        return "", []
    pending = [i for i in items if i.status != "done"]
    supposed = _supposed_thanks(items[0], situation, question)
    if supposed:  # "if I'd waited till Friday 8am, would that have been late?"
        return supposed, ["timing-thank-you-late"]
    if not pending:
        sent = items[0].sent_at
        if sent is not None and TIMING_ASKED.search(question):  # "was 9.40 next morning OK?"
            said = [s.at for s in situation.facts.sent if s.kind == Kind.thank_you and s.at]
            item = min(items, key=lambda i: _off(i, said[0])) if said else items[0]
            return thanked_verdict(item, situation, question), ["timing-thank-you-late"]
        when = f" on {day(sent, now)}" if sent else ""
        return f"Your thank-you went{when}: nothing more is needed there.", []
    item = pending[0]
    to = f" to {item.to}" if not situation.synthetic and item.to else ""
    panel = [i.to for i in pending if i.to and i.status == item.status] if not person else []
    if len(panel) > 1 and not situation.synthetic:  # a panel: each of them is owed one
        to = " to each of " + ", ".join(panel[:-1]) + " and " + panel[-1]
    assert item.latest is not None and item.limit is not None
    hours, days = limits().thank_you_hours, limits().thank_you_limit_hours // 24
    due, limit = moment(item.latest, now), moment(item.limit, now)
    if now > item.limit:
        # past the limit a thank-you is an error (RULEBOOK 5: not to be sent as it is), so
        # "too late to send one?", "any point?" and "still worth it?" all get: not on its own
        lead = "No, not on its own now. Y"
        if STILL_WORTH.search(question):
            lead = "No, not on time any more. Y"
        return (
            f"{lead}our thank-you{to} is past the limit of {days} days after the interview (it "
            f"was due by {due}; the limit was {limit}), so it will read as late. If you send one, "
            f"keep it short and warm, and don't dwell on the delay{_fold_in(situation, now)}.",
            item.rules,
        )
    if item.status == "overdue":
        past = _planned_past(question, situation.facts.asked_day, now, item.limit)
        if past:  # "it won't go till Wednesday after lunch": past even the limit then
            return (
                f"No: {past} is past even the {days}-day limit ({limit}), when a late thank-you "
                f"becomes an error. Send your thank-you{to} before then, today if you can.",
                item.rules,
            )
        no = "No, not too late: y" if TOO_LATE.search(question) else "Yes: y"
        if SEVERITY.search(question):  # "is that a big deal?": a warning, not an error
            no = "No, not a big deal: y"
        if STILL_OR_LATE.search(question):  # "can I still send it, or is it too late?"
            no = "Yes, you can still send it: y"
        elif WITHIN.search(question):  # "am I still inside the 24 hours?": the target, no
            no = f"No, not within the {hours} hours, but still in time: y"
        return (
            f"{no}our thank-you{to} is past the {hours} hours (it was due by {due}), but inside "
            f"the {days}-day limit: send it today, before {limit}.",
            item.rules,
        )
    at = _send_at(question, situation.facts.asked_day, now)
    if at is not None:  # "sending it at 9am today, ok?": that moment against the plan's hours
        when = f"{at:%H:%M} on {day(at, now)}"
        if at <= item.latest:
            lead = f"Yes: {when} is inside the {hours} hours, which run out at {due}. Send"
        elif at <= item.limit:
            lead = (
                f"No, not ideal: {when} is past the {hours} hours ({due}), though inside the "
                f"{days}-day limit ({limit}). Sooner is better: send"
            )
        else:
            lead = f"No: {when} is past even the {days}-day limit ({limit}). Send"
        return f"{lead} your thank-you{to} as planned." if at <= item.latest else (
            f"{lead} your thank-you{to} now."
        ), item.rules
    later = _proposed(situation.facts.asked_day, question, now)
    if later is not None and _in_time(later, item.latest):
        when = f"the morning of {day(later[0], now)}" if later[1] else day(later[0], now)
        return (
            f"Yes, {when} is still in time: the {hours} hours run out at {due}, so send your "
            f"thank-you{to} before then. Sooner is better (sent the evening of the interview, "
            f"it waits in their inbox next morning); {limit} is the outer limit.",
            item.rules,
        )
    asked = situation.facts.asked_day
    if (asked is not None and asked > item.latest.date()) or HOLD.search(question):
        past = f"; {day(asked, now)} would be past even the {days}-day limit" if asked else ""
        lead = "Now, don't wait" if re.search(r"\bnow or\b", question, re.I) else "No"
        return (
            f"{lead}, send it now: the {hours} hours run out at {due}, in the interview's time "
            f"zone{past if asked and asked > item.limit.date() else ''}. Send your thank-you{to} "
            "before then.",
            item.rules,
        )
    if "?" in question and IN_TIME.search(question):
        return (
            f"Yes: it is {now:%H:%M} on {day(now, now)} in the interview's time zone, inside the "
            f"{hours} hours. Send your thank-you{to} now, by {due}; {limit} is the latest.",
            item.rules,
        )
    if re.search(r"\b(?:latest|deadline|how late|cut-?off)\b", question, re.I):
        return (  # "what's the latest I can send it?": the target, and the limit after it
            f"Send your thank-you{to} by {due}, {hours} hours after the interview ended; "
            f"{limit} ({days} days) is the outer limit, after which it reads as late.",
            item.rules,
        )
    return f"Send your thank-you{to} by {due}.", item.rules


#: a later time proposed for the thank-you: "tomorrow morning instead?", "or wait for morning?"
#: ("my morning" is the user's own time zone, not the interview's: not read)
LATER_SEND = re.compile(r"\b(?:tomorrow|tmrw)\b|(?<!\bmy )\bmorning\b", re.I)


def _proposed(
    asked: dt.date | None, question: str, now: dt.datetime
) -> tuple[dt.date, bool] | None:
    """(the day the question proposes to send the thank-you, in the morning), or None."""
    if not LATER_SEND.search(question):
        return None
    morning = re.search(r"(?<!\bmy )\bmorning\b", question, re.I) is not None
    if asked is None:
        tomorrow = re.search(r"\b(?:tomorrow|tmrw)\b", question, re.I) or now.hour >= 12
        asked = now.date() + dt.timedelta(days=1 if tomorrow else 0)
    return asked, morning


#: a clock time proposed for sending: "sending the thank you at 9am today", "schedule it for 8:30"
SEND_AT = re.compile(
    r"\b(?:send|sending|sent|email|emailing|schedul(?:e|ed|ing)|go(?:es|ing)? out|hit send)\b"
    r"[^.?!]{0,40}?\b(?:at|for|around|about)\s+(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s*"
    r"(?P<ap>[ap])\.?m\b",
    re.I,
)


#: the words before a clock time that make it the interview's, or a promise's, not a send time:
#: "the interview finished 5.30pm", "ended at 3pm", "I said by 9am"
NOT_SENDING = re.compile(
    r"(?:\b(?:interview\w*|finish\w*|end(?:ed|s)?|start\w*|wrapped(?: up)?|over|began|met)\b"
    r"[^.?!,]{0,25}|\bby\s*)$",
    re.I,
)


def _clock_said(question: str) -> re.Match[str] | None:
    """The clock time the question proposes for sending: "sending it at 9am", or, without a
    verb before it, "is tomorrow around 7pm ok?", "tomorrow after lunch around 2pm" (a time
    said of the interview itself, "finished 5.30pm today", is not one)."""
    said = SEND_AT.search(question)
    if said is not None:
        return said
    for clock in CLOCK.finditer(question):
        if clock.group("h") and not NOT_SENDING.search(question[: clock.start()]):
            return clock
    return None


def _send_at(question: str, asked: dt.date | None, now: dt.datetime) -> dt.datetime | None:
    """The moment the question proposes to send the thank-you, in the interview's zone."""
    said = _clock_said(question)
    if said is None:
        return None
    hour = int(said.group("h")) % 12 + (12 if said.group("ap").lower() == "p" else 0)
    if hour > 23:
        return None
    start = max(question.rfind(mark, 0, said.start()) for mark in ".?!")  # its own sentence
    tomorrow = re.search(r"\b(?:tomorrow|tmrw)\b", question[start + 1 :], re.I)
    on = asked or now.date() + dt.timedelta(days=1 if tomorrow else 0)
    return dt.datetime.combine(on, dt.time(hour, int(said.group("m") or 0)), tzinfo=now.tzinfo)


#: a part of the day said for a send: "Wednesday after lunch", "tomorrow evening"
_SEND_PART = {
    "morning": dt.time(9, 0),
    "lunch": dt.time(12, 30),
    "after lunch": dt.time(13, 30),
    "afternoon": dt.time(14, 0),
    "evening": dt.time(19, 0),
    "tonight": dt.time(20, 0),
}
_SEND_PART_SAID = re.compile(
    r"\b(after lunch|lunch(?:time)?|morning|afternoon|evening|tonight)\b", re.I
)


def _planned_past(
    question: str, asked: dt.date | None, now: dt.datetime, limit: dt.datetime
) -> str:
    """The send the question plans, in words, when it falls past the limit; "" otherwise."""
    if asked is None:  # "it won't go till Wednesday after lunch": the day it will go
        asked = first_date(question, now.date(), past=False)
        asked = asked if asked is not None and asked >= now.date() else None
    at = _send_at(question, asked, now)
    if at is None and asked is not None:
        part = _SEND_PART_SAID.search(question)
        key = part.group(1).lower().removesuffix("time") if part else ""
        if key in _SEND_PART:
            at = dt.datetime.combine(asked, _SEND_PART[key], tzinfo=now.tzinfo)
        elif asked > limit.date():  # a whole day after the limit's
            return day(asked, now)
    if at is None or at <= limit:
        return ""
    return f"{at:%H:%M} on {day(at, now)}" if at.date() == limit.date() else day(at, now)


def _in_time(later: tuple[dt.date, bool], latest: dt.datetime) -> bool:
    """The day proposed (its morning, when said) is before the thank-you's 24 hours run out."""
    on, _ = later
    return on < latest.date() or (on == latest.date() and latest.time() > dt.time(9, 0))


def _off(item: PlanItem, at: dt.time) -> int:
    """How far (in minutes) the item's send time is from the time the question states."""
    if item.sent_at is None:
        return 24 * 60
    return abs(item.sent_at.hour * 60 + item.sent_at.minute - (at.hour * 60 + at.minute))


def _fold_in(situation: Situation, now: dt.datetime) -> str:
    """Past the limit, the thanks can ride in the first check-in, on the plan's date for it."""
    check_in = open_item(situation, Kind.check_in.value)
    if check_in is None or check_in.status == "done" or check_in.earliest is None:
        return ""
    return f"; or thank them in your first check-in, from {day(check_in.earliest, now)}"


#: the promise the user states: "I said they'd have them by tomorrow morning"
PROMISED_BY = re.compile(
    # "promised them by 5pm", "said I'd send them tonight": the time the user gave
    r"\b(?:said|promised|told \w+|agreed|committed)\b[^.?!]{0,50}?"
    r"(?:\bby\s+|\bI'?d send (?:it|them|(?:the|my) \w+)\s+(?=to(?:night|morrow)\b))(?P<when>"
    r"(?:tomorrow|today|tonight|this|next|the end of)(?:\s+(?:morning|afternoon|evening|night"
    r"|week|day))?|\d{1,2}(?::\d\d)?\s*(?:am|pm)?(?:\s+(?:this|tomorrow)\s+(?:morning|afternoon"
    r"|evening))?|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening))?)",
    re.I,
)
#: whether keeping the promise matters: "does it matter that much?", "would it matter if..."
MATTERS = re.compile(r"\b(?:does|would|will|did) (?:it|that) (?:really |even )?matter\b", re.I)
#: material asked for with a deadline: "Sam asked me to send two references by Friday"
REQUESTED_BY = re.compile(
    r"\b(?:asked|wants?|wanted|needs?|needed|requested|would like)\b(?:[^.?!]{0,25}?\b(?:to (?:send"
    r"|see|get|have)|for)|(?=\s+(?:my|the|a|an|some|copies|proof)\s+(?!(?:\w+\s+)?(?:answer|decision|reply"
    r"|response|update|news|word|call|meeting|interview|start)\b)))\s+"  # "want my link by"
    r"(?:(?:him|her|them)\s+)?(?P<what>(?:(?!\b(?:and|I|but|then)\b)[^.?!,]){3,50}?)\s+by\s+"
    r"(?P<when>[^.?!]{3,30})",
    re.I,
)
#: the question proposes sending later than promised: "surely I can send it Tuesday?"
LATER = re.compile(
    r"\binstead\b|\b(?:later|hold (?:it|them|off)|take the weekend"
    r"|after the (?:weekend|holiday|break)|next week"
    r"|(?:send|email)\w* (?:it |them )?(?:on )?(?:mon|tues|wednes|thurs|fri)day)\b",
    re.I,
)


#: the question says the material went ("sent the rota this morning"), not that it will
WENT = re.compile(
    r"^(?!.*(?:\b\w+n['’]t|\b(?:is|are|have|has|did|was|were)nt|\bnot|\bnever|\bshould I"
    r"|\bcan I|\bcould I)\b)"
    r".*\b(?:sent|emailed|submitted|mailed|delivered|uploaded)\b",
    re.I,
)


def materials_verdict(situation: Situation, question: str = "") -> tuple[str, list[str]]:
    """Requested material: keep the promise. Late already: send it now, yes. Asked to send it
    after the promised time: no. With no notes, the promise the question states."""
    from coach.chat.recalled import (
        RECALLED,
        passed_promise_verdict,
        recalled_verdict,
        unscheduled_verdict,
    )
    from coach.chat.routes import material_named

    notes, plan, now = situation.notes, situation.plan, situation.now
    promise = situation.facts.promise
    unnamed = notes is None or not material_named(question, [m.what for m in notes.materials])
    if unnamed and (free := unscheduled_verdict(question)):  # asked for, with no time set
        return free, ["timing-materials-late"]
    if RECALLED.search(question) and (kept := recalled_verdict(situation, question)):
        return kept, ["timing-materials-late"]  # "think I said Friday": the notes' promise
    if promise is not None and (passed := passed_promise_verdict(situation, question, promise)):
        return passed, ["timing-materials-late"]  # "I said Friday 6pm, it went Monday"
    if promise is not None and notes is not None and not situation.synthetic:
        # "I said by Wednesday": the deadline the question states, over the notes' promise
        from coach.chat.promises import promise_verdict

        asked = situation.facts.asked_day
        moved = re.sub(r"\binstead of\b[^.?!,]*", "", question)  # "by 9am Friday instead of 5pm"
        early = asked is not None and asked < promise.day  # "send it Wednesday" for Thursday
        put_off = (
            (asked is not None and asked > promise.day)
            or (LATER.search(moved) is not None and not early)
            or later_day_said(moved, promise.day, now.date())  # "they'll go Saturday morning"
        )
        noted = open_item(situation, Kind.materials.value)
        if promise.at is None and noted and noted.latest and noted.latest.date() == promise.day:
            promise = replace(promise, at=noted.latest.time())  # the notes' hour for that day
        if promise.at is not None and asked in (None, promise.day):  # "more like 12:20" for noon
            at = hour_said(question, promise.at)
            put_off = put_off or (at is not None and at > promise.at)
        ahead = asked if asked is not None and now.date() <= asked < promise.day else None
        return promise_verdict(promise, now, put_off, question, ahead)
    request = REQUESTED_BY.search(question)
    due = first_date(request.group("when"), now.date(), past=False) if request else None
    if due is not None and situation.facts.material is None and not PROMISED_BY.search(question):
        # material the question says they asked for, not the notes' promise
        assert request is not None
        what = re.sub(r"^(?:my|the|a|an)\s+|\b(?:my)\b", "", request.group("what").strip())
        later = LATER.search(question) or later_day_said(question, due, now.date())
        hour = time_of(request.group("when"))  # "by Friday 5pm": the hour is the deadline too
        if hour is not None and CLOCK.search(request.group("when")):
            # "by 9am tomorrow. if I send at 9:30?": an hour after theirs is late as well
            at = hour_said(question[request.end() :], hour)
            later = later or (at is not None and at > hour)
        no = "No: don't hold it back. " if later else ""
        by = day(due, now) + (
            f", {hour:%H:%M}" if hour and CLOCK.search(request.group("when")) else ""
        )
        return (
            f"{no}Send the {what} by {by}, as asked, and sooner if it is ready: "
            "being prompt with requested material shows you are reliable, not overeager.",
            ["timing-materials-late"],
        )
    if plan is None or notes is None or not notes.materials:
        said = PROMISED_BY.search(question)
        if said is None:
            return "", []
        when = said.group("when").strip()
        promised = time_of(when) if CLOCK.search(when) else None  # "by 9am": and "more like 10"?
        past = promised is not None and (hour_said(question, promised) or promised) > promised
        if promised is not None:  # "9am" as every time is written: "09:00"
            when = CLOCK.sub(f"{promised:%H:%M}", when, count=1)
        no = "No: s" if LATER.search(question) or past else "S"
        if MATTERS.search(question):  # "does it matter if it's the afternoon?": the promise does
            no = "Yes, it matters: s"
        return (
            f"{no}end it by {when}, as you promised: keep that promise, and polish within it.",
            ["timing-materials-late"],
        )
    if piece := named_done(situation, question):  # "the video went at 11:40, I'd said noon"
        return kept_line(*piece, now, question), piece[0].rules
    item = next((i for i in plan.items if i.kind == Kind.materials and i.status != "done"), None)
    if item is None:
        done = [i for i in plan.items if i.kind == Kind.materials and i.sent_at and i.latest]
        late = [i for i in done if i.sent_at and i.latest and i.sent_at > i.latest]
        if late:  # "sent it at 7pm, I'd said 5": late, but sent
            was = late[-1]
            assert was.sent_at is not None and was.latest is not None
            return (
                f"Yes, a short apology fits: it went at {moment(was.sent_at, now)}, after the "
                f"{moment(was.latest, now)} you promised. One line, no excuses; it is sent, which "
                "matters most.",
                was.rules,
            )
        return recalled_verdict(
            situation, question
        ) or "The material you promised has gone out.", []
    named = named_item(situation, question)
    pieces = material_items(situation)
    if named is not None and named[0].status != "done":
        item, what = named  # the piece the question names, not the first one open
    else:  # the words for the first open piece, where the plan and the notes line up
        what = next((w for i, w in pieces if i is item), notes.materials[0].what)
    what = re.sub(r"\bmy\b", "your", what)  # the notes are in the user's words
    if not re.match(r"(?i)(?:the|a|an|my|your|some)\b", what):
        what = f"the {what}"
    if item.latest is not None and now > item.latest and WENT.search(question):
        return (  # "sent the rota this morning, a day late": late, but it has gone
            f"Yes, it was late: you promised {what} by {moment(item.latest, now)}. It has gone "
            "now, which matters most; a one-line apology at most, no excuses, and be punctual "
            "from here on.",
            item.rules,
        )
    if item.latest is not None and now > item.latest:
        if IN_TIME.search(question):  # "does it still count as on time?"
            return (
                f"No, not on time: you promised {what} by {moment(item.latest, now)}. Send it "
                "now, on its own, with a one-line apology and no excuses.",
                item.rules,
            )
        return (
            f"Yes, send it now, on its own: you promised {what} by {moment(item.latest, now)}, "
            "so it is already late, and every hour makes it later. A one-line apology, no "
            "excuses; don't hold it back for a check-in.",
            item.rules,
        )
    if item.latest is not None:
        asked = situation.facts.asked_day
        later = (
            (asked is not None and asked > item.latest.date())
            or LATER.search(question) is not None
            or after_promise(
                question, item, asked or now.date(), now.date()
            )  # "is 1pm fine?" for noon
        )
        lead = "No: keep your promise. " if later else ""
        return (
            f"{lead}You promised {what} by {moment(item.latest, now)}; a weekend or holiday "
            "doesn't move that.",
            item.rules,
        )
    return f"Send {what} promptly.", item.rules


#: a thank-you supposed at another moment: "if I'd waited till Friday 8am, would that have been
#: too late?", "if it had only gone out on Saturday morning"
SUPPOSED_THANKS = re.compile(
    r"\bif (?:id\b|[\w-]+['’]d\b|(?:[\w'’-]+ ){1,4}?had\b)[^.?!]*\bwould (?:that|it|this)\b"
    r"[^.?!]{0,30}"
    r"\bhave\b",
    re.I,
)
_PART_OF_DAY = {"morning": 9, "lunch": 12, "lunchtime": 12, "afternoon": 15, "evening": 19}


def _supposed_thanks(item: PlanItem, situation: Situation, question: str) -> str:
    """A supposed send time for the thank-you, set against the 24-hour target and the 2-day
    limit; "" unless the question supposes one, with its day and time of day."""
    if not SUPPOSED_THANKS.search(question) or item.latest is None or item.limit is None:
        return ""
    now = situation.now
    # the day after the interview that the question names ("Friday morning"), not one after now
    on = first_date(question, item.latest.date() - dt.timedelta(days=1), False)
    if on is None:
        return ""
    said = _clock_said(question)
    part = re.search(r"\b(morning|lunch(?:time)?|afternoon|evening)\b", question, re.I)
    if said is not None:
        hour = int(said.group("h")) % 12 + (12 if said.group("ap").lower() == "p" else 0)
        at = dt.time(hour % 24, int(said.group("m") or 0))
    elif part is not None:
        at = dt.time(_PART_OF_DAY[part.group(1).lower()], 0)
    else:
        return ""
    when = dt.datetime.combine(on, at, tzinfo=item.latest.tzinfo)
    hours, days = limits().thank_you_hours, limits().thank_you_limit_hours // 24
    target, limit = moment(item.latest, now), moment(item.limit, now)
    sent = f"{when:%H:%M} on {day(when, now)}"
    if when <= item.latest:
        return (
            f"No, not late: {sent} would have been inside the {hours} hours (the target was "
            f"{target})."
        )
    if when <= item.limit:
        return (
            f"A little late, but not too late: {sent} would have been past the {hours}-hour "
            f"target ({target}) but inside the {days}-day limit ({limit})."
        )
    return (
        f"Yes, late: {sent} would have been past even the {days}-day limit ({limit}; the "
        f"{hours}-hour target was {target})."
    )
