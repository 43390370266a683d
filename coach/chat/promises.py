"""A deadline for requested material that the question states, replacing the notes' promise:
"I said by Wednesday", "I promised it for 'this Friday'", "they now want the certificate by
9am Friday instead of 5pm today". Read as a day (and a time, when said) and answered from it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from coach.chat.dates import DATE, resolve, time_of

#: who sets the deadline: the user's promise, or their request
_TRIGGER = re.compile(
    r"\bI\s*(?:'d|had|have|'ve)?\s*(?:said|promised|told (?:her|him|them|\w+)|agreed|committed)\b"
    r"|\b(?:they|she|he|[\w'’-]+)\s+(?:now\s+|also\s+)?(?:want|wants|wanted|need|needs|needed"
    r"|asked for|requested)\b"
    # their new deadline: "Brian emailed and said the report can come Monday 10am"
    r"|\b(?:they|she|he|[\w'’-]+)\s+(?:(?:emailed|called|wrote|rang)\s+(?:me\s+)?and\s+)?"
    r"(?:said|told me|confirmed|agreed)\b(?:\s+that)?(?=[^.?!]{0,60}?\bcan (?:come|arrive|wait"
    r"|be (?:sent|in|submitted)|reach))",
    re.I,
)
#: the deadline is for something to do with the decision, not material: "need until Wednesday
#: to decide", "said I'd follow up on Friday"
_NOT_MATERIAL = re.compile(
    r"\b(?:decid\w*|decision|hear|chas\w*|contact|interview\w*|call|ring|phone|follow|check"
    r"|wait|touch|reply|answer|get back|days?|weeks?)\b",
    re.I,
)
#: the word just before the day: "by Wednesday", "for 'this friday'", or nothing after "I said"
_BEFORE_DAY = re.compile(
    r"(?:\b(?:by|for|before|can (?:come|arrive|wait|be (?:sent|in|submitted)|reach (?:them|her"
    r"|him)))(?:\s+(?:on|until|till|by))?\s+(?:\d{1,2}(?::\d\d)?\s*[ap]m\s+)?['\"‘“]?)$",
    re.I,
)
_WHAT = re.compile(
    r"^\s*(?:(?:(?:me\s+)?to|i\s*(?:'d|’d|d|would|'ll|will))\s+(?:send|see|get|have|email"
    r"|share)\s+)?(?!(?:it|them|that|this|by|for|before|on|until|till)\b)"
    r"(?P<what>\w[^,;]{2,60}?)\s*(?=\b(?:by|for|and I|and i|can)\b|,|$)",
)


@dataclass
class Promise:
    day: dt.date
    at: dt.time | None
    what: str | None
    said: str = ""  # the user's own words for a relative day: "tomorrow morning", "this friday"


def stated_promise(text: str, today: dt.date) -> Promise | None:
    """The material deadline the text states, if any: the first day after a promise or a
    request, said as "by/for <day>" or right after "I said"."""
    named = None  # "they asked for photos of my work, I said Wednesday": the photos
    for trigger in _TRIGGER.finditer(text):
        window = re.split(r"[.?!;]|\binstead\b|\brather than\b", text[trigger.end() :])[0][:90]
        if _NOT_MATERIAL.search(window.split(",")[0]):
            continue
        what = _WHAT.match(window)
        named = named or (what.group("what").strip() if what else None)
        for match in DATE.finditer(window):
            if match.group("word") and match.group("word").lower() != "tomorrow":
                continue
            lead = window[: match.start()]
            direct = trigger.group(0).lower().startswith("i") and not lead.strip(" '\"‘“")
            if not direct and not _BEFORE_DAY.search(lead):
                continue
            day = resolve(match, today, past=False)
            if day is None or day < today:
                continue
            after = re.match(r"\s+(?:morning|afternoon|evening|night)\b", window[match.end() :])
            said = match.group(0) + (after.group(0) if after else "")
            relative = bool(match.group("word") or match.group("rel"))
            return Promise(
                day,
                time_of(lead[-12:] + window[match.end() : match.end() + 12]),
                named,
                said if relative else "",
            )
    return None


#: asked whether it is late: "so I'm not late, right?", "am I late?"
_LATE_ASKED = re.compile(r"\b(?:am I|I'?m|i am|is it|is that)\s+(?:not\s+|still\s+)?late\b", re.I)


def promise_verdict(
    promise: Promise, now: dt.datetime, later: bool, question: str, ahead: dt.date | None = None
) -> tuple[str, list[str]]:
    """The stated deadline as the answer: late already, asked to send after it, or in time (on
    `ahead`, a day before the deadline that the question proposes)."""
    from coach.chat.verdicts import day

    what = promise.what or "it"
    what = re.sub(r"\bmy\b", "your", what)
    when = day(promise.day, now) + (f", {promise.at:%H:%M}" if promise.at else "")
    if promise.said:  # "by tomorrow morning (Sunday 6 December, 09:00)"
        when = f"{promise.said} ({when})"
    due = dt.datetime.combine(promise.day, promise.at or dt.time(23, 59), tzinfo=now.tzinfo)
    rules = ["timing-materials-late"]
    if now > due:
        from coach.chat.deadlines import IN_TIME

        if IN_TIME.search(question):  # "does that still count as on time?"
            return (
                f"No, not on time: it was due by {when}. Send {what} now, with a one-line apology.",
                rules,
            )
        return (
            f"Yes, send {what} now, with a one-line apology: it was due by {when}.",
            rules,
        )
    if later:
        return f"No: keep your promise and send {what} by {when}; sooner if it is ready.", rules
    if ahead is not None:  # "if I send them Sunday night, is that early enough?"
        return (
            f"Yes, in time: {day(ahead, now)} is before the deadline for {what}, {when}. Keep "
            "that promise; sooner is fine if it is ready.",
            rules,
        )
    lead = "No, you're not late: the" if _LATE_ASKED.search(question) else "The"
    return (
        f"{lead} deadline for {what} is {when}; send it then or sooner, and keep that promise: "
        "a day late can count against you.",
        rules,
    )
