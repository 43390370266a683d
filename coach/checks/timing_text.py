"""Reading dates and time phrases in a message: the number words, dates and weekdays a
writer uses, resolved against the interview and the send day, and the claims about the
interview that `timing-claim-mismatch` compares with the notes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from coach.calendar import business_days_between
from coach.checks.matcher import compile_pattern
from coach.checks.written_dates import (
    _WEEKDAY_ALONE,
    _WEEKDAYS,
    _WHEN,
    _plausible,
    resolve_date,
    tense_around,
)
from coach.models import Kind
from coach.text import CARDINALS, lazy_compile, windows

#: number words a time phrase may use (shared with the chat's reading of questions)
NUMBER_WORDS = _NUMBERS = {"a": 1, "an": 1, **{w: n for w, n in CARDINALS.items() if n <= 12}}
_N = (
    r"(?P<n>\d+|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)"
)
#: "almost three weeks" allows less than three weeks, "over a week" more than one
_Q = (
    r"(?:(?P<q>almost|nearly|about|around|roughly|approximately|over|more than|just over|"
    r"a little over|just under|under|less than|close to|well over)\s+)?"
)
#: "business days" are counted as the rulebook counts them; a fortnight is two weeks
_UNIT = r"(?P<u>(?:business |working |work )?days?|weeks?|fortnights?|months?)"
_WD = rf"(?P<wd>{'|'.join(_WEEKDAYS)})"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_DATE = (
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?: of)? (?P<m1>{_MONTH})"
    rf"|(?P<m2>{_MONTH})\.? (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b"
)
#: what the interview is called: "our video call", "the interview", "my visit"
_EVENT = (
    r"(?:(?:video|phone|zoom|teams|virtual|online|in-person|on-site|onsite|panel|first|initial|"
    r"recent|lovely|great|productive|informative|insightful|enjoyable|wonderful|helpful|"
    r"interesting|brief|final|second)\s+)?"
    r"(?:meeting|interview|conversation|call|chat|talk|discussion|visit)"
)
# words that point at the interview itself, not at some other call or email
_MET = (
    rf"\b(?:(?:our|the|my) {_EVENT}"
    r"|(?:met|spoke|talked|chatted|interviewed)(?: with)?(?: (?:me|you|us))?"
    r"|(?:meet|meeting|see|seeing) (?:with )?(?:me|you|us|everyone|the team|your team)\b"
    r"|(?:speak|speaking|talk|talking|chat|chatting) (?:with|to) (?:me|you|us)"
    r"|interviewing me|(?:your|the) time"
    # the welcome itself, and where: "receiving me at the cellar", "showing me round the yard"
    r"|(?:having|hosting|receiving|welcoming|showing|walking|taking) (?:me|us)"
    r"(?: (?:at|around|round|through|to|into|in|on|over) (?:the |your |our )?(?:[\w'-]+ ){0,2}?"
    r"[\w'-]+)?)"
)


def _claim(pattern: str) -> Any:
    return compile_pattern(pattern, case_sensitive=False)


#: days one unit of a time phrase can mean, and how far "almost" reaches below it
_UNIT_DAYS = {"day": (1, 1, 2), "week": (6, 8, 6), "month": (28, 31, 10)}


def _bounds(raw_n: str | None, q: str | None, raw_unit: str) -> tuple[int, int]:
    """Days (or business days) a time phrase can mean; `n` scales the unit, `q` loosens it."""
    unit = raw_unit.lower().split()[-1].rstrip("s")
    n_raw = (raw_n or "a").lower()
    if unit == "fortnight":
        unit, scale = "week", 2
    else:
        scale = 1
    low, high, slack = _UNIT_DAYS[unit]
    if n_raw in ("a couple of", "a few", "several"):  # vague: accept a wide range
        return 2 * scale * low, 5 * scale * high + low
    n = scale * (int(n_raw) if n_raw.isdigit() else _NUMBERS.get(n_raw, 1))
    lo = n * low
    hi = n * high + (7 if unit == "month" else low if low > 1 else 1)
    q = (q or "").lower()
    if q in ("almost", "nearly", "just under", "under", "less than", "close to"):
        lo = max(0, lo - slack)
    elif q in ("over", "more than", "just over", "a little over", "well over"):
        hi += 2 * high + 2
    elif q:
        lo, hi = max(0, lo - min(low // 2, 7) - 1), hi + high // 2 + 1
    return lo, hi


# A date that has passed, written as still ahead: "I understand you hope to decide by Friday,
# November 27" sent on December 4. The date must be one the text pins down (a weekday alone means
# the next one, which is never past), after the interview, and before the send date in the
# interview's zone; the wording around it, in the same clause, must look forward.


def _ahead_of_interview(text: str, start: int, end: int) -> bool:
    """Is the weekday or date that ends a claim about meeting spoken of as still ahead ("I look
    forward to speaking with you on Monday")? Then it is not the interview."""
    found = list(_WHEN.finditer(text, start, end)) or list(
        _WEEKDAY_ALONE.finditer(text, start, end)
    )
    if not found:
        return False
    last = found[-1]
    reading = tense_around(text, last.start(), last.end())
    return reading is not None and reading[0] == "ahead"


# --- the first reading: a time phrase about the interview that the dates contradict ---------

#: "since we spoke", "since our interview", "since meeting": the interview as the starting point
_SINCE_MET = (
    rf"since\s+(?:(?:our|the|my|your)\s+{_EVENT}"
    r"|(?:we|i|you)\s+(?:last\s+|first\s+)?(?:met|spoke|talked|chatted|interviewed|sat\s+down)"
    # what the two did together at the interview, in the trade's verb: "since we cupped
    # together", "since we walked the site together"
    r"|we\s+(?:last\s+|first\s+)?[a-z]+ed(?:\s+(?:the|our|your|a)\s+[a-z]+)?\s+together\b"
    r"|(?:meeting|speaking|talking|interviewing)\b|(?:i|we)\s+(?:came|visited))"
)
#: how long ago the interview was: "it's been two weeks", "three weeks have passed since we
#: spoke", "in the ten days since our interview", "we met almost a month ago"
_ELAPSED = _claim(
    r"(?P<pre>\b(?:it'?s|it\s+has|it\s+is)(?:\s+(?:now|already|officially|actually|just|been))*"
    r"|\bafter|\bnow|\bin\s+the(?:\s+(?:last|past))?)?\s*"
    rf"\b{_Q}{_N}\s+{_UNIT}\b"
    r"(?P<post>\s+(?:now\s+)?(?:have|has)\s+(?:now\s+|already\s+)?(?:passed|gone\s+by|elapsed|"
    rf"gone)\b|\s+(?:now\s+)?{_SINCE_MET}|\s+ago\b|\s+on\s+from\s+(?:our|the|my)\b)?"
)
#: after a count of days, words that make it something other than the time since the interview
_NOT_SINCE = lazy_compile(
    r"\s*(?:'s?\s+)?(?:notice|of|until|till|before|since|to\s+go|away|from\s+now|later|ahead|left|"
    r"in\s+advance|earlier\s+than"
    # "after eight months without work": a time out of work, not since the interview (but
    # "after two weeks without news" is the wait for them)
    r"|without\s+(?!(?:any\s+|a\s+|an\s+)?(?:news|word|reply|response|update|answer|hearing|"
    r"contact)\b))\b",
    re.I,
)
#: after a count of days, another starting point: "a few days past the date you mentioned", "a
#: few days have passed since February 13" (the decision date, not the interview)
_OTHER_START = lazy_compile(
    r"\s*(?:since|past|after|beyond)\s+(?:(?P<named>(?:the|your|that)\s+(?:date|deadline|"
    r"decision(?:\s+date)?|day\s+you)\b)|(?P<date>(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b"
    rf"|{_MONTH}\.?\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b))",
    re.I,
)
#: after "... have passed", a starting point other than the interview: "since my last message",
#: "since I wrote", "since the board met" (but "since our interview" is the interview)
_SINCE_ELSE = lazy_compile(rf"\s+(?!{_SINCE_MET})since\b", re.I)
#: before "... ago", words that can only mean the interview: "we spoke", "I interviewed with you"
#: (not "I met with a recruiter two weeks ago")
_MET_AGO = lazy_compile(
    rf"\b(?:(?:our|the|my) {_EVENT}|we\s+(?:first\s+|last\s+)?(?:met|spoke|talked|chatted)"
    r"|we\s+(?:first\s+|last\s+)?[a-z]+ed(?:\s+(?:the|our|your|a)\s+[a-z]+)?\s+together"
    r"|i\s+(?:was\s+)?interviewed|(?:met|spoke|talked|chatted|interviewed|interviewing)\s+"
    r"(?:with\s+)?(?:me|you|us)\b)",
    re.I,
)
_NOUNS = r"(?:meeting|interview|conversation|call|chat|talk|discussion|visit)"
#: which day: "our meeting yesterday", "today's interview", "last week's call", "earlier this week"
_DAY_CLAIM = _claim(
    rf"(?P<yesterday>{_MET}\s+yesterday\b|\byesterday'?s\s+(?:\w+\s+)?{_NOUNS}\b)"
    rf"|(?P<today>{_MET}\s+(?:today|this\s+morning|this\s+afternoon|earlier\s+today)\b"
    rf"|\b(?:today|this\s+morning|this\s+afternoon)'?s\s+(?:\w+\s+)?{_NOUNS}\b)"
    rf"|(?P<lastweek>{_MET}\s+last\s+week\b|\blast\s+week'?s\s+(?:\w+\s+)?{_NOUNS}\b)"
    rf"|(?P<thisweek>{_MET}\s+(?:earlier\s+)?this\s+week\b|\bthis\s+week'?s\s+(?:\w+\s+)?"
    rf"{_NOUNS}\b)"
)
_DAY_SPAN = {"yesterday": (1, 1), "today": (0, 0), "lastweek": (2, 13)}
#: a date or weekday given for the interview: "meeting with me on the 19th", "our call on
#: Thursday", "last Friday's interview"
_MET_ON = lazy_compile(
    rf"{_MET}[^.!?\n]{{0,40}}?\b(?P<prep>on|last|this\s+past)\s+"
    rf"(?:(?P<when>{_WHEN.pattern})|(?P<day>{'|'.join(_WEEKDAYS)})\b)"
    rf"|\b(?P<prep2>last\s+|this\s+past\s+)?(?P<day2>{'|'.join(_WEEKDAYS)})'?s\s+"
    rf"(?:\w+\s+)?{_NOUNS}\b",
    re.I,
)
#: (spelt out so that the scan starts with one class of characters, which `re` skips to in C:
#: `\d|monday|...` under re.I tried every alternative at every character. The same matches:
#: the long s "ſ" is the one other character that re.I reads as a weekday's first letter.)
_MET_ON_CUE = lazy_compile(
    r"[\dMTWFSmtwfs\u017f](?:(?<=\d)|(?<=[Mm])(?i:onday)|(?<=[Tt])(?i:uesday|hursday)"
    r"|(?<=[Ww])(?i:ednesday)|(?<=[Ff])(?i:riday)|(?<=[Ss\u017f])(?i:aturday|unday))"
)
#: "I haven't heard back" in a thank-you: a complaint about a silence that cannot be yet
_NO_REPLY = _claim(
    r"\b(?:haven'?t|have\s+not|'ve\s+not|hadn'?t|didn'?t|did\s+not)\s+(?:yet\s+|still\s+)?"
    r"(?:heard|hear|received|receive|gotten|got)\s+(?:back|anything|any\s+(?:news|update|reply|"
    r"response|word)|a\s+(?:reply|response)|from\s+(?:you|anyone|the\s+team|your\s+team))"
    r"|\b(?:have|'ve)\s+yet\s+to\s+hear\b|\bno\s+(?:word|news|reply|response)\s+(?:yet|so\s+far)\b"
)


def claims_about_the_interview(
    text: str,
    floor: int,
    kind: Kind | None,
    country: str | None,
    interview_day: dt.date,
    send_day: dt.date,
    contacts: frozenset[dt.date] = frozenset(),
    calls: frozenset[dt.date] = frozenset(),
    news: bool | None = None,
) -> Iterator[tuple[int, int]]:
    """Spans of time phrases about the interview that the dates contradict. `contacts` are the
    days of the other calls and messages the notes record: "our call on the 9th" may be one of
    those, not the interview; `calls` are the days of those made by phone, which "our call last
    week" may be. With `news` (a reply to a rejection, or any message once the stage is
    rejected), "thanks for the call today" is the call with the news, which the notes do not
    date; by default, news is only read in a rejection reply."""
    elapsed = (send_day - interview_day).days
    for m in _ELAPSED.finditer(text, floor):
        g = m.groupdict()
        pre, post = (g.get("pre") or "").strip().lower(), (g.get("post") or "").strip().lower()
        if post == "ago":
            sentence = max(text.rfind(c, floor, m.start()) for c in ".!?\n")
            if not _MET_AGO.search(text, max(sentence, m.start() - 80, floor), m.start()):
                continue  # "two weeks ago I finished a course" is not about the interview
        elif not post and (not pre or pre.startswith("in")):
            continue  # "within two weeks", "in the last two weeks": not a time since
        elif not post and _NOT_SINCE.match(text, m.end()):
            continue  # "after two weeks' notice", "it's two days until the launch"
        other = _OTHER_START.match(text, m.end()) if post != "ago" else None
        if other is not None and _another_day(text, other, country, interview_day, send_day):
            continue  # counted from the decision date or another day the text names
        if other is None and post and _SINCE_ELSE.match(text, m.end()):
            continue  # "a week has passed since my last message": not since the interview
        lo, hi = _bounds(g.get("n"), g.get("q"), g["u"])
        if g["u"].lower().split()[0] in ("business", "working", "work"):
            value = business_days_between(interview_day, send_day, country)
        else:
            value = elapsed
        if not lo <= value <= hi:
            start = m.start()
            while text[start].isspace():
                start += 1  # the match may begin at the space before the count
            yield start, m.end()
    if news is None:
        news = kind == Kind.rejection_reply
    for m in _DAY_CLAIM.finditer(text, floor):
        if news and "interview" not in m.group().lower():
            continue  # but "last week's interview" is the interview
        g = m.groupdict()
        if g.get("thisweek"):
            wrong = elapsed > 6 or send_day.weekday() < interview_day.weekday()
        else:
            what = next(k for k in _DAY_SPAN if g.get(k))
            lo, hi = _DAY_SPAN[what]
            wrong = not lo <= elapsed <= hi
            # "my call last week" in a final follow-up is the check-in call the notes record,
            # when one fits the day (an "interview" is only ever the interview)
            if wrong and "interview" not in m.group().lower():
                wrong = not any(lo <= (send_day - d).days <= hi for d in calls)
        reading = tense_around(text, m.start(), m.end(), floor) if wrong else None
        if wrong and not (reading is not None and reading[0] == "ahead"):
            yield m.start(), m.end()  # not "I look forward to speaking with you today"
    if not news:
        # every claim names a weekday or a date (a digit): it is sought only around those
        cues = [c.start() for c in _MET_ON_CUE.finditer(text, floor)]
        for lo, hi in windows(cues, len(text), 160, 200):
            for m in _MET_ON.finditer(text, max(lo, floor), hi):
                if _met_on_wrong(text, m, country, interview_day, send_day, contacts):
                    yield m.start(), m.end()
    if kind == Kind.thank_you:
        for m in _NO_REPLY.finditer(text, floor):
            yield m.start(), m.end()


def _another_day(
    text: str, other: re.Match[str], country: str | None, interview_day: dt.date, send_day: dt.date
) -> bool:
    """Is the starting point a count of days names ("since February 13", "past the date you
    mentioned") a day other than the interview's? A date that is the interview's is not."""
    if other.group("named"):
        return True
    when = _WHEN.match(text, other.start("date"))
    if when is None:
        return False
    day = resolve_date(when.groupdict(), country, interview_day, send_day)
    return day is not None and day != interview_day


def _met_on_wrong(
    text: str,
    m: re.Match[str],
    country: str | None,
    interview_day: dt.date,
    send_day: dt.date,
    contacts: frozenset[dt.date],
) -> bool:
    """Does the date or weekday a claim gives for the interview contradict it? A bare weekday
    means one in the past week ("on Friday"), or the week before ("last Friday"). A day of
    another recorded contact is that contact, not a wrong day for the interview."""
    if m.group("when"):
        when = _WHEN.match(text, m.start("when"))
        if when is None or not _plausible(text, when):
            return False
        day = resolve_date(when.groupdict(), country, interview_day, send_day)
        if day is None or day == interview_day or day in contacts:
            return False
        # "I look forward to speaking with you on Monday, November 30" is another meeting
        return not _ahead_of_interview(text, m.start("when"), when.end())
    name, prep = (
        (m.group("day"), m.group("prep"))
        if m.group("day")
        else (
            m.group("day2"),
            m.group("prep2"),
        )
    )
    span = (1, 13) if (prep or "").strip().lower() in ("last", "this past") else (0, 7)
    wd = _WEEKDAYS.index(name.lower())
    if any(
        d.weekday() == wd and span[0] <= (send_day - d).days <= span[1]
        for d in (interview_day, *contacts)
    ):
        return False
    return not _ahead_of_interview(text, m.start(), m.end())


# --- the interviewer's timeline, in their own words ------------------------------------------
