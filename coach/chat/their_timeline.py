"""What the interviewer said about their timeline, as the user reports it: a date before which
not to contact them ("don't contact us before the 21st"), a wait ("give us two weeks", "10
working days before anyone chases"), a decision date, a delay, more time, an invitation to get
in touch on a day. Read one clause at a time for coach.chat.facts."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.contacts import by_them
from coach.chat.dates import DATE, DURATION, NUMBERS, days_of, first_date, resolve
from coach.chat.factset import Facts
from coach.chat.phrases import (
    CALL_BACK,
    CONTACT_ON,
    DECIDE_AFTER,
    DECIDE_BY,
    DECIDE_ON_MINE,
    DECISION_IS,
    DELAYED,
    FOR_DECISION,
    INVITED,
    NEED_MORE,
    NOT_BEFORE,
    NOT_DECIDING,
    NOT_FOR,
    REJECTED,
    REVISED,
    THEY_SAID,
    WAIT,
)
from coach.text import dated

__all__ = ["SPOKEN", "UNHEARD", "elapsed", "proposed", "read_their_timeline"]

#: words that put a wait in the employer's mouth: "they said", "she told me", "asked us to"
SPOKEN = re.compile(
    r"\b(?:said|says|say|told|tells|asked|asks|(?:they|she|he|who)\s+(?:\w+\s+)?wants?|wanted"
    r"|requested|mentioned|according to"
    r"|instructed|advised|insisted|informed|let me know|their words|quote)\b",
    re.I,
)
#: a span the person says has passed without word: "haven't heard back in two weeks", "no
#: reply for ten days", "nothing from them in a week" (elapsed, not a wait they asked for)
UNHEARD = re.compile(
    r"(?:\bnot\b|n'?t\b|\bnever\b)\s+(?:\w+\s+){0,2}?(?:heard|hear|gotten|got|had|received"
    r"|seen)\b|\bno\s+(?:\w+\s+)?(?:word|reply|replies|response|news|answer|update|contact"
    r"|email|call)\b|\bnothing\b|\bsilence\b|\bcrickets\b|\bradio silence\b|\bghost",
    re.I,
)
#: the person as the one who would wait, or a wait they weigh: "or should I wait till Friday",
#: "maybe I'll hold off until Friday", "I was thinking I'd wait": their plan, not a timeline
PROPOSED = re.compile(
    r"\b(?:I|I'?d|I'?ll|Im|I'?m|we'?d|we'?ll|should|shall|would|could|might|maybe|perhaps"
    r"|better|rather|thinking|plan(?:ning)?|going to|gonna)\b",
    re.I,
)


def elapsed(clause: str, duration: re.Match[str]) -> bool:
    """A span the person says has passed ("I haven't heard back in two weeks", "no word for ten
    days now") is time since the interview or their last message; only the employer's words
    ("they said give it two weeks") make it a wait, so a span counted as one is never guessed."""
    return UNHEARD.search(clause[: duration.start()]) is not None and SPOKEN.search(clause) is None


def proposed(clause: str, start: int) -> bool:
    """A wait the person puts forward ("or should I wait till Friday", "I'd hold off until
    Friday") is their own plan; the employer's no-contact date needs their words before it."""
    before = clause[:start]
    if re.search(r"[\"'‘“]\s*$", before):  # "does 'not before the 15th' mean...": quoted, theirs
        return False
    return PROPOSED.search(before) is not None and SPOKEN.search(before) is None


#: "they want 10 working days before anyone chases": a wait, whoever would chase
BEFORE_CHASING = re.compile(
    r"\s+before\s+(?:anyone|any(?:one|body)|you|I|we|candidates?|people|they)\s+(?:\w+\s+)?"
    r"(?:chase|chases|contact|contacts|follow|follows|check|checks|gets? in touch|reach|reaches"
    r"|calls?|rings?|phones?|e-?mails?|nudges?)\b",
    re.I,
)


def _before_own_words(clause: str) -> str:
    """The clause without the words the user asks to say ("can I email Karen today and say I
    need their decision by Friday"): a deadline in them is the user's, not their timeline."""
    from coach.chat.intended import MAY_I, SAYING

    saying = SAYING.search(clause)
    if saying is None or MAY_I.search(clause[: saying.start()]) is None:
        return clause
    return clause[: saying.start("words")]


#: what they will do, before a call or an email: "she'd", "he will", "they're going to"
THEIR_CALL = re.compile(
    r"(?:['’](?:d|ll)|\b(?:will|would|shall|going\s+to|gonna|promised\s+to|planned\s+to))\s+$",
    re.I,
)


def _wait(duration: re.Match[str], facts: Facts) -> bool:
    """A wait counted from the interview; in business days when they said so."""
    facts.wait_days = days_of(duration)
    if duration.group("biz") and duration.group("unit").lower() == "day":
        n = duration.group("n").lower()
        facts.wait_business_days = int(n) if n.isdigit() else NUMBERS.get(n, 1)
    facts.said.append(f"they asked you to wait {duration.group(0)}")
    return True


#: the person's own send, asked about or planned: "can I", "should I", "I'll", "I want to"
_MINE = re.compile(
    r"\b(?:can|could|should|shall|may|might)\s+i\b|\bi\s*(?:'ll|will|want to|am going to"
    r"|'m going to|m going to)\b",
    re.I,
)


def _own_send(before: str) -> bool:
    """Whether the words between their last word of invitation and the day make it the
    person's own message: a question or plan of theirs ("now they've said no, can I email on
    Friday?"), or a no ("they rejected me, is the follow-up on the 3rd still worth it?")."""
    said = list(INVITED.finditer(before))
    if not said:
        return False
    gap = before[said[-1].start() :]
    return bool(_MINE.search(gap[len(said[-1].group(0)) :]) or REJECTED.search(gap))


def read_their_timeline(
    clause: str,
    today: dt.date,
    facts: Facts,
    spoken: dt.date | None = None,
    names: list[str] | None = None,
) -> bool:
    """Read the clause's timeline into `facts`; True when it held one."""
    clause = _before_own_words(clause)
    undecided = NOT_DECIDING.search(clause)
    if undecided is not None:  # "they won't decide until the 7th": decided that day
        day = first_date(clause[undecided.end() : undecided.end() + 30], spoken or today)
        if day is not None:
            facts.decision_by, facts.revised = day, True
            facts.said.append(f"they expect to decide by {dated(day, '%-d %b')}")
            return True
    duration = DURATION.search(clause)
    before = NOT_BEFORE.search(clause)
    if before and re.search(
        r"\b(?:(?:should|shall|do|can|must|could)\s+I|if\s+I)\b[^.?!]{0,12}\bwait\b"
        r"|\bor (?:just )?wait\b"
        r"|\b(?:so|then)\s+I\s+(?:just\s+)?wait\b[^.!]*\?",  # "so i wait till the 24th?"
        clause,
        re.I,
    ):
        before = None  # "should I wait till tomorrow?": their own question, not a timeline
    if before and proposed(clause, before.start()):
        before = None  # "or would it be better to hold off until friday": their plan
    if duration and elapsed(clause, duration):
        duration = None  # "haven't heard back in two weeks": time passed, not a wait asked for
    if before:
        # "interview was mon 2 nov. they said not before the 10th": said then, so it counts
        # from the interview the message gives (the 10th after it), else from today
        said_on = spoken or facts.interview_day
        day = first_date(
            clause[before.end() : before.end() + 40], said_on or today, False if said_on else None
        )
        if day is not None:
            facts.no_contact_before = day
            facts.said.append(f"no contact before {dated(day, '%-d %b')}")
            return True
        if duration:
            return _wait(duration, facts)
    if duration and NOT_FOR.search(clause[: duration.start()]):
        return _wait(duration, facts)
    if duration and (WAIT.search(clause) or BEFORE_CHASING.match(clause, duration.end())):
        return _wait(duration, facts)
    by = DECIDE_BY.search(clause)
    if by:
        day = first_date(clause[by.end() : by.end() + 30], spoken or today)
        if day is None and re.match(r"\s*then\b", clause[by.end() :]):
            day = first_date(clause[: by.start()], spoken or today)  # "ends Friday 23rd, by then"
        if day is not None:
            facts.decision_by = day
            facts.revised = bool(REVISED.search(clause))
            facts.said.append(f"they expect to decide by {dated(day, '%-d %b')}")
            return True
    named = DECISION_IS.search(clause)
    if named and DECIDE_ON_MINE.search(clause[: named.start()]):
        named = None  # "I have to decide on Friday": the user's own decision, not theirs
    told = FOR_DECISION.search(clause)
    day = first_date(clause[named.end() : named.end() + 30], spoken or today) if named else None
    if day is None and told is not None:  # "end of next week for a decision": just before it
        ends = [
            m
            for m in DATE.finditer(clause[: told.start()])
            if not clause[m.end() : told.start()].strip(" '\"’")
        ]
        day = resolve(ends[-1], spoken or today) if ends else None
    if day is not None:
        facts.decision_by = day
        facts.revised = bool(REVISED.search(clause))
        facts.said.append(f"they expect to decide by {dated(day, '%-d %b')}")
        return True
    after = DECIDE_AFTER.search(clause)
    if after:  # "the panel meets on Friday 9 October, we'll decide right after"
        day = first_date(clause, today)
        if day is not None:
            facts.decision_by = day
            facts.said.append(f"they expect to decide by {dated(day, '%-d %b')}")
            return True
    more = NEED_MORE.search(clause)
    if more is not None:  # "on Friday they said they need another week": from when they said it
        extra = DURATION.search(clause[more.start() :].replace(more.group(1), "one", 1))
        if extra is not None:
            said_on = first_date(clause, today, past=True) or today
            facts.decision_by = said_on + dt.timedelta(days=days_of(extra))
            facts.said.append(f"they expect to decide by {dated(facts.decision_by, '%-d %b')}")
            return True
    if duration and DELAYED.search(clause):
        facts.delay_days = days_of(duration)
        facts.said.append(f"their process is {duration.group(0)} later")
        return True
    if back := CALL_BACK.search(clause):
        # "asked me to call her back Monday 23rd": that day; with none, now
        day = first_date(clause[back.end() : back.end() + 30], today)
        facts.contact_on = day if day is not None and day >= today else today
        facts.said.append("they asked you to get back to them")
        return True
    contact = CONTACT_ON.search(clause)
    if contact and by_them(clause[: contact.start()], names):
        contact = None  # "Grégoire call me on Saturday": their call, not an invitation
    their = contact and (contact.group("direct") or contact.group("back"))
    if contact and their and THEIR_CALL.search(clause[: contact.start()]):
        contact = None  # "she'd call me Friday": what they will do, not what they asked
    if contact and _own_send(clause[: contact.start()]):
        contact = None  # "they turned me down. can I send one last email on Friday?": mine
    if contact and INVITED.search(clause[: contact.start()]):  # "so she sees it" after: mine
        day = first_date(clause[contact.end() : contact.end() + 30], today)
        if day is not None:
            facts.contact_on = day
            facts.said.append(f"they invited contact on {dated(day, '%-d %b')}")
            return True
    return False


#: what the user means to ask them: "ring tomorrow to ask if they've decided", "see whether
#: she has made a choice"; their decision is the question there, not a date they gave
ASKED_WHETHER = re.compile(
    r"\b(?:ask|asking|check|checking|see|find out|know|wonder\w*)\s+(?:them\s+|her\s+|him\s+)?"
    r"(?:if|whether)\s+(?=(?:they|she|he)\b)",
    re.I,
)


def their_words(clause: str) -> bool:
    """The clause reports what they said of their timeline, not what the user will ask them."""
    asked = ASKED_WHETHER.search(clause)
    return THEY_SAID.search(clause[: asked.start()] if asked else clause) is not None
