"""Facts a user states in the chat: how long it has been, dates they were given, what they have
sent, that they were rejected. They override the notes for the answer (the user knows better
than a notes file written days ago), and carry across the turns of a conversation.

Only what is said plainly is read; nothing is guessed. A date without a year is the one nearest
the conversation's clock (on the named weekday when one is given).
"""

# ruff: noqa: E501 - the phrase patterns read best one alternation to a line
from __future__ import annotations

import datetime as dt
import re

from coach.chat.asked import asked_day
from coach.chat.chased import bare_sent_at, read_chased
from coach.chat.contacts import read_spoken
from coach.chat.counterfactual import SUPPOSED_SEND
from coach.chat.dates import DURATION, MONTHS, NUMBERS, days_of, first_date, time_of
from coach.chat.factset import Facts, Sent, Unsent
from coach.chat.interview_day import read_interview_before, read_interview_on
from coach.chat.materials import material_sent, named_material
from coach.chat.moved_send import read_moved_send
from coach.chat.names import by_title, fold, known, known_in
from coach.chat.own_holidays import stated_days_off
from coach.chat.phrases import (
    BARE_CLOCK,
    FORGOT,
    INTERVIEW_END,
    LEFT_OUT,
    NAME_AFTER,
    NEGATED,
    NO_TIMELINE,
    NOT_NAMES,
    NOT_REJECTED,
    OFFER,
    OTHER_EMPLOYER,
    SAID_KEYS,
    SENT,
    SENT_KIND,
    SINCE,
    SUPPOSED_NO_TIMELINE,
    TODAY_IS,
    TODAY_WEEKDAY,
)
from coach.chat.places import country_in
from coach.chat.promises import stated_promise
from coach.chat.recalled import MATERIAL_ASKED
from coach.chat.rejected import rejected_in
from coach.chat.relative import absolute_dates
from coach.chat.rounds import read_moved, read_round, read_span
from coach.chat.said_on import spoken_on
from coach.chat.sent import read_retracted, read_sent, sent_in
from coach.chat.slips import mended
from coach.chat.supposed import SUPPOSED_SPAN, supposition
from coach.chat.their_timeline import elapsed, read_their_timeline, their_words
from coach.models import Kind, Stage
from coach.text import dated

__all__ = ["Facts", "Sent", "Unsent", "extract"]


#: a span of time that is not since the interview: "out of work 8 months", "in my job 3 years"
OTHER_SPAN = (
    r"\bout of (?:work|a job)|\bunemployed|\bjob[- ]?(?:hunting|searching|search)|\blooking for "
    r"(?:work|a job)|\b(?:in|at) my (?:current |last |old )?(?:job|role|company|position)"
)


#: a span counted from something other than the interview: "since the no", "since the second",
#: "since they replied", "after the 23rd" (the interview is "the interview", "we met", "then")
OTHER_ANCHOR = re.compile(
    r"\s*(?:ago\s+)?(?:since|after)\s+(?!(?:the|my|our|that|this)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:interview|panel|meeting|chat|call)|interview|meeting|met\b|we\b|I\s+(?:met|interviewed"
    r"|was interviewed|had|saw|spoke|talked|went)\b|then\b|that\b|it\b|they\s+(?:met|saw"
    r"|interviewed)\b)\S",
    re.I,
)


#: a span said in round figures, just before it: "almost a week", "over 10 days", "about a week"
APPROXIMATE = re.compile(
    r"\b(?:almost|nearly|about|around|roughly|over|more than|getting on for|close to)\s+$", re.I
)


def quoted(clause: str, at: int) -> bool:
    """The span sits inside quote marks: words from a draft or from them, not the user's count."""
    before = clause[:at]
    opened = len(re.findall(r"(?:^|(?<=\s))['‘\"“]", before))
    closed = len(re.findall(r"['’\"”](?=\s|$|[.,!?])", before))
    return opened > closed


#: a span whose end is asked about: "which day would the 5 business days be up?"
SPAN_UP = re.compile(
    r"\s+(?:would\s+|will\s+)?(?:be|are|is)\s+(?:up|over|done)\b|\s+runs?\s+out\b", re.I
)


def measures_a_day(clause: str, at: int) -> bool:
    """A span said of a day pointed at ("that's a full week after", "which is 5 days later")
    measures that day from the interview; only "it's been", "ago" or "since" measure today."""
    return (
        re.search(
            r"\b(?:that|this|which|thats)(?:'?s|’s|\s+is|\s+was|\s+would be|\s+will be|\s*['’]?ll be)\s+"
            r"(?:(?:a|an|only|just|about|over|nearly|almost|exactly)\s+)*$",
            clause[:at],
            re.I,
        )
        is not None
    )


def _clauses(text: str) -> list[str]:
    return [
        c
        for c in re.split(
            r"(?<=[.!?;])\s+|\n+|,\s+(?:and|but)\s+|\s+and\s+I\s+|\s+but\s+"
            # "I checked in on the 2nd and Sam replied '...'": what they said is its own clause
            r"|\s+and\s+(?=[\w'’-]+\s+(?:replied|answered|responded|wrote back|said|told me)\b)"
            # "the interview ended at 4pm and my thank-you went at 6": the message is its own subject
            r"|,?\s+and\s+(?=(?:my|the)\s+(?:[\w'’-]+\s+){0,2}(?:went|was sent|got sent)\b)"
            r"|,\s+(?=(?:she|he|they)\s+(?:said|says|told me)\b)"
            # "thanked them both that night, then rang Sarah on 1 dec": two sends, each its day
            r"|,?\s+(?:and\s+)?then\s+(?=(?:I\s+)?(?:sent|emailed|e-mailed|rang|called|phoned"
            r"|checked|followed|wrote|messaged|texted|thanked|pinged|chased)\b)"
            # "they'd decide by the 27th and it's now the 5th": today's date is its own clause
            r"|,?\s+(?:and|but)\s+(?=(?:it'?s now|it is now|today is|today'?s date is)\b)"
            r"|(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF])\s+",  # an emoji ends a sentence too
            text,
        )
        if c.strip()
    ]


def extract(
    text: str,
    today: dt.date,
    known_names: list[str] | None = None,
    anchor: dt.date | None = None,
    country: str | None = None,
    *,
    titles: dict[str, str] | None = None,
    materials: list[str] | None = None,
    drafted: bool = False,
    prior_kind: Kind | None = None,
) -> Facts:
    """The facts stated in one message (a question, without any pasted draft). `anchor` is the
    interview's date, from which the interviewer's relative words count ("within two weeks",
    "by the end of next week"), read as the planner reads the notes' `timeline.said`; without
    one, the interview date the message itself gives ("it's been 12 days") is the anchor."""
    text = _elided_units(mended(text))  # "interveiw on the 3rd" is read as "interview"
    text = _pronoun_kind(text, prior_kind)
    text = absolute_dates(text, today, anchor, country or country_in(text), spoken_on(text, today))
    facts = _extract(text, today, known_names, anchor, country, titles, materials, drafted)
    if anchor is None and (facts.days_since_interview is not None or facts.interview_day):
        said = facts.interview_day or today - dt.timedelta(days=facts.days_since_interview or 0)
        facts = _extract(text, today, known_names, said, country, titles, materials, drafted)
    near = facts.interview_day or anchor or today
    facts.days_off = stated_days_off(text, near, country or facts.country)
    return facts


_IT = re.compile(
    r"\b((?:sent|emailed|mailed|posted)\s+)(it|that|one)\b(?!\s+(?:to|for)\s+me)", re.I
)


def _pronoun_kind(text: str, kind: Kind | None) -> str:
    """ "I sent it on Tuesday", after a turn about the thank-you: it is the thank-you."""
    if kind is None or SENT.search(text):
        return text
    return _IT.sub(lambda m: m.group(1) + "the " + kind.value.replace("_", " "), text, count=1)


def _elided_units(text: str) -> str:
    """ "they said 10 days; it's been 12": a bare count of days, or of the unit said before it
    when that count is small enough for it ("two weeks... it's been three")."""
    first = DURATION.search(text)
    unit = first.group("unit").lower() if first else "day"

    def unit_for(match: re.Match[str]) -> str:
        count = match.group("n").lower()
        n = int(count) if count.isdigit() else NUMBERS.get(count, 1)
        said = unit if unit == "day" or n <= 4 else "day"
        return f"{match.group(0)} {said}s"

    return re.sub(
        r"\b(?:it'?s|it has|it is) been (?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|"
        r"eleven|twelve)\b(?!\s*(?:business |working )?(?:day|week|month|fortnight)s?\b)",
        unit_for,
        text,
        flags=re.I,
    )


def _extract(
    text: str,
    today: dt.date,
    known_names: list[str] | None,
    anchor: dt.date | None,
    country: str | None,
    titles: dict[str, str] | None,
    materials: list[str] | None,
    drafted: bool,
) -> Facts:
    facts = Facts()
    clauses, read = _round_dates(_clauses(text), today), []
    spoken = spoken_on(text, today)  # "that was last Friday": their words count from then
    for clause in clauses:
        before, said = len(facts.sent), len(facts.said)
        if OTHER_EMPLOYER.search(clause):  # "that date was from the other company"
            read.append(False)
            continue
        _read_clause(clause, today, facts, drafted, spoken, known_names or [], anchor)
        gone = material_sent(clause, today, materials or [])
        if gone is not None and not any(s.kind == Kind.materials for s in facts.sent):
            facts.sent.append(gone)  # "I sent the writing sample 17th 9am"
            facts.said.append(f"you sent the material on {dated(gone.day, '%-d %b')}")
        _whom(clause, facts, before, known_names or [])
        theirs, cut = clause, bare_sent_at(clause)
        if len(facts.sent) > before and cut is not None:  # "said the 22nd and I emailed the 23rd"
            theirs = clause[:cut]
        if (
            facts.decision_by is None
            and facts.no_contact_before is None
            and facts.contact_on is None
            and facts.wait_days is None
            and their_words(theirs)
            and sent_in(theirs, drafted, known_names) is None
        ):
            from coach.checks.timeline import said_dates

            base = spoken or anchor or today
            for what, day in said_dates(theirs, base, country):
                day = _nearest_year(day, base, theirs)
                setattr(facts, SAID_KEYS[what], day)
                facts.said.append(f"{SAID_KEYS[what].replace('_', ' ')} {dated(day, '%-d %b')}")
        read.append(len(facts.said) > said)
    facts.asked_day = asked_day(clauses, today, read)
    facts.promise = stated_promise(text, today)  # the verdict says it, with its date
    facts.country = country_in(text)
    supposed = supposition(text)  # "if she hadn't said the 29th", "if I hadn't got the offer"
    if SUPPOSED_NO_TIMELINE.search(text) or supposed.timeline:  # the dates with no timeline
        facts.decision_by = facts.no_contact_before = facts.contact_on = None
        facts.no_timeline = facts.supposed = True
        facts.said = [s for s in facts.said if not s.startswith(("they invited", "they expect"))]
        facts.said.append("supposing they had given no date")
        if supposed.kept:  # "...and just said they'd decide by July 15": that date alone
            from coach.checks.timeline import said_dates

            for what, day in said_dates(supposed.kept, anchor or today, country):
                setattr(facts, SAID_KEYS[what], day)
                facts.said[-1] = f"supposing only {SAID_KEYS[what].replace('_', ' ')} {day:%-d %b}"
    elif (
        NO_TIMELINE.search(text)
        and not (facts.decision_by or facts.no_contact_before)
        and not MATERIAL_ASKED.search(text)  # "asked for a write-up, we never set a date"
    ):
        facts.no_timeline = True
        facts.said.append("they gave no date")
    if NOT_REJECTED.search(text):
        facts.stage = Stage.interviewed
        facts.said.append("they have not turned you down")
    elif rejected_in(text):
        facts.stage = Stage.rejected
        facts.said.append("they turned you down")
    elif OFFER.search(text):
        facts.stage = Stage.offer
        facts.said.append("you have an offer")
    if supposed.stage:  # the plan as it would be, still waiting
        facts.stage, facts.supposed = Stage.interviewed, True
        facts.said = [s for s in facts.said if not s.startswith(("you have an", "they turned"))]
        facts.said.append("supposing you were still waiting")
    for match in NAME_AFTER.finditer(text):
        name = match.group("name")
        words = [w for w in name.split() if w not in NOT_NAMES and w.lower() not in MONTHS]
        if words and words[0] == name.split()[0]:
            facts.names.append(" ".join(words))
    folded = fold(text)
    found = []  # the notes' interviewers named, the first named first
    for name in known_names or []:
        at = [
            m.start()
            for p in [name, *name.split()]
            if len(p) > 2
            for m in [re.search(rf"(?<!\w){re.escape(fold(p))}(?!\w)", folded)]
            if m
        ]
        if at:
            found.append((min(at), name))
    facts.names[:0] = [name for _, name in sorted(found)]
    # the material the message is about, not one it says went already ("and the bug report")
    unsent = " ".join(
        fold(c)
        for c in clauses
        if sent_in(c, drafted) is None and material_sent(c, today, materials or []) is None
    )
    facts.material = named_material(unsent, materials or [])
    titled = by_title(text, titles or {})
    if titled is not None and titled not in facts.names:
        facts.names.insert(0, titled)
    facts.names = list(dict.fromkeys(facts.names))
    return facts


def _nearest_year(day: dt.date, base: dt.date, text: str) -> dt.date:
    """A date they gave without a year is the nearest one: "they'd decide by the end of April",
    said on 1 May, is the April just gone, not next year's (as a written date is read)."""
    if (day - base).days <= 183 or re.search(r"\b20\d\d\b", text):
        return day
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day - dt.timedelta(days=365)


def _round_dates(clauses: list[str], today: dt.date) -> list[str]:
    """ "Invited to a 2nd round! Tuesday 3 November with Sam.": the round and its day, one
    clause, when the round's own clause gives no date."""
    from coach.chat.rounds import NEW_ROUND

    out: list[str] = []
    for clause in clauses:
        if (
            out
            and NEW_ROUND.search(out[-1])
            and first_date(out[-1], today) is None
            and first_date(clause[:30], today) is not None
        ):
            out[-1] = f"{out[-1]} {clause}"
            continue
        out.append(clause)
    return out


def _whom(clause: str, facts: Facts, before: int, names: list[str]) -> None:
    """Who the messages just read went to, and whom the user says they forgot."""
    forgot = {m.start(): known(m.group("who"), names) for m in FORGOT.finditer(clause)}
    for m in LEFT_OUT.finditer(clause):
        forgot[m.start()] = known(m.group("who") or m.group("owed") or m.group("late"), names)
    skip = {who for who in forgot.values() if who}
    for sent in facts.sent[before:]:
        if sent.panel:
            continue
        sent.to = next(
            (n for n in names if n not in skip and known_in(n, clause)),
            None,
        )
        sent.only = bool(re.search(r"\bonly\b", clause, re.I)) and sent.to is not None
    for who in skip:
        kind = facts.sent[before].kind if len(facts.sent) > before else Kind.thank_you
        facts.unsent.append(Unsent(kind, who))
        facts.said.append(f"nothing sent to {who} yet")


def _read_clause(
    clause: str,
    today: dt.date,
    facts: Facts,
    drafted: bool = False,
    spoken: dt.date | None = None,
    names: list[str] | None = None,
    anchor: dt.date | None = None,
) -> None:
    weekday = TODAY_WEEKDAY.search(clause)
    if weekday is not None:  # "it's Wednesday now": the latest Wednesday on the clock
        facts.today = first_date(weekday.group("wd"), today, past=True)
        if facts.today is not None:
            facts.said.append(f"today is {dated(facts.today, '%A %-d %b')}")
            return
    if read_round(clause, today, facts):  # "a final round next Thursday, 11 till 12"
        return
    said_today = TODAY_IS.search(clause)
    if said_today:
        day = first_date(clause[said_today.end() : said_today.end() + 30], today)
        if day is not None:
            facts.today = day
            facts.said.append(f"today is {dated(day, '%-d %b')}")
            before = clause[: said_today.start()]  # "9 days since my interview and today is..."
            if not (DURATION.search(before) and SINCE.search(before)):
                return
            clause = before
    supposed = SUPPOSED_SEND.search(clause)
    if supposed:  # "if I had sent it on the 13th": supposed, not sent
        # "actually the interview was on the 10th, when should I have sent it?": that day holds
        read_interview_before(clause[: supposed.start()], today, facts, anchor)
        return
    if read_moved_send(clause, today, facts):  # "went out the 15th, not the 9th"
        return
    sent = sent_in(clause, drafted, names)
    if sent is None and read_retracted(clause, today, facts):
        return
    bare = bare_sent_at(clause)  # "emailed Sam on the 21st, rang her on the 28th": both
    first = sent is None or (bare is not None and bare < sent.start())
    if first and read_chased(clause, today, facts, anchor):
        return
    if sent is None and read_spoken(clause, today, facts, NEGATED):
        return
    if sent is not None and read_sent(sent, clause, today, facts):
        read_interview_before(clause[: sent.start()], today, facts, anchor)
        # "I checked in on the 23rd and her assistant said decision by 6 November": their news
        rest = re.split(r"\b(?:and|but|then)\b", clause[sent.end() :], maxsplit=1)
        if len(rest) == 2 and not re.match(r"\s*(?:I|I'?ve|I then|again)\b", rest[1], re.I):
            read_their_timeline(rest[1], today, facts, spoken, names)
        return
    if read_their_timeline(clause, today, facts, spoken, names):
        # "she said 'give it a fortnight' at the end of my interview on 2 June": both
        read_interview_on(clause, today, facts, anchor)
        return
    duration = DURATION.search(clause)
    if duration and (
        measures_a_day(clause, duration.start()) or SPAN_UP.match(clause, duration.end())
    ):
        duration = None  # "so the 12th? that's a full week after": the day asked, not today
    passed = duration is not None and (SINCE.search(clause) or elapsed(clause, duration))
    if duration and passed and not re.search(r"\bwait\b|" + OTHER_SPAN, clause, re.I):
        been = re.search(
            r"\b(?:it'?s|it has|it is|has|have)\s+been\s+(?:about\s+|over\s+)?", clause, re.I
        )
        said = DURATION.match(clause, been.end()) if been else None
        duration = said or duration  # "they said a week, it's been three": the three
        days = days_of(duration)
        tail = clause[duration.end() : duration.end() + 40]
        if re.match(
            r"\s*(?:ago\s+)?(?:since|after)\s+(?:I\s+)?(?:sent\s+|sending\s+|emailed\s+)?"
            r"(?:my|the|a)?\s*(?:thank|check|follow|email|final|last)",
            tail,
            re.I,
        ):
            sent_kind = re.search(r"thank|final|check|follow", tail, re.I)
            word = sent_kind.group(0).lower() if sent_kind else "follow"
            kind = SENT_KIND.get(word[:5], SENT_KIND.get(word, Kind.check_in))
            # "a week since I emailed her (wed the 1st)": the day said, not the span's rounding
            named = first_date(clause[duration.end() :], today, past=True)
            named = named if named is not None and named < today else None
            # "almost a week since I emailed": a span in round figures, the one on record
            rough = named is None and APPROXIMATE.search(clause[: duration.start()]) is not None
            facts.sent.append(Sent(kind, named or today - dt.timedelta(days=days), by=rough))
            facts.said.append(f"{duration.group(0)} since your {kind.value.replace('_', ' ')}")
        elif OTHER_ANCHOR.match(tail) or quoted(clause, duration.start()):
            return  # "a week since the no", "9 days since the second": not the interview's day
        else:
            facts.days_since_interview = days
            facts.span_supposed = SUPPOSED_SPAN.search(clause[: duration.start()]) is not None
            facts.said.append(f"{duration.group(0)} since the interview")
        return
    if read_span(clause, facts) or read_moved(clause, facts):  # "it got pushed to 3pm"
        return
    ended = INTERVIEW_END.search(clause)
    at = time_of(clause[ended.end() : ended.end() + 20]) if ended else None
    clock = BARE_CLOCK.match(clause, ended.end()) if ended and at is None else None
    if clock is not None and 1 <= int(clock.group("h")) <= 12:  # "we finished at 4:15 not 3"
        hour = int(clock.group("h"))  # 1 to 7 is the afternoon; the interview's start may say later
        at = dt.time(hour + 12 if hour < 8 else hour, int(clock.group("m") or 0))
    if at is not None:
        facts.interview_end_at = at
        facts.said.append(f"the interview ended at {at:%H:%M}")
        day = first_date(clause[ended.start() :], today, past=True) if ended else None
        if day is not None and day <= today and facts.interview_day is None:
            facts.interview_day = day  # "it ended at 4:30pm, fri 9 april"
            facts.said.append(f"the interview was on {dated(day, '%-d %b')}")
        return
    read_interview_on(clause, today, facts, anchor)
