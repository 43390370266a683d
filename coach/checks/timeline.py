"""The interviewer's timeline: the notes' structured dates, and the dates a free-text
`timeline.said` gives ("they hope to decide within a fortnight")."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from coach.calendar import add_business_days, local_date
from coach.checks.base import per_notes
from coach.checks.restated_dates import _LONE_WEEKDAY
from coach.checks.timing_text import (
    _DATE,
    _N,
    _NUMBERS,
    _UNIT,
    _WD,
)
from coach.checks.written_dates import (
    _MONTH_WORD,
    _MONTHS,
    _WEEKDAYS,
    _WHEN,
    _month_number,
    _plausible,
    _valid,
    _weekday_number,
    resolve_date,
)
from coach.models import Notes, Timeline
from coach.text import lazy_compile


def timeline_of(notes: Notes) -> Timeline:
    """The notes' timeline, with the dates the interviewer's own words (`said`) give filled in
    when the notes give none as fields: "We hope to decide by Friday, December 4", "within two
    weeks", "by the end of next week" (the decision date); "please give us until 7 December
    before you get in touch" (no contact before); "give me a ring on Monday the 25th" (contact
    invited on). Shared with the planner, so the plan and the checks read the same dates."""
    return per_notes(  # type: ignore[no-any-return]
        notes, "timing:timeline", _read_timeline, uses=("timeline", "interview", "country")
    )


def _read_timeline(notes: Notes) -> Timeline:
    tl = notes.timeline
    if not tl.said or tl.decision_by or tl.no_contact_before or tl.contact_on:
        return tl
    found = said_dates(
        tl.said, local_date(notes.interview.start, notes.interview.zone), notes.country
    )
    decided = [d for what, d in found if what == "decision"]
    wait = [d for what, d in found if what == "no_contact"]
    invited = [d for what, d in found if what == "contact"]
    return tl.model_copy(
        update={
            "decision_by": max(decided, default=None),
            "no_contact_before": max(wait, default=None),
            "contact_on": min(invited, default=None),
        }
    )


#: where a sentence or clause of the interviewer's words ends ("Nov. 27" does not end one)
_SAID_END = lazy_compile(r"[;!?]|\.(?=\s+[A-Z]|\s*$)")
#: they asked not to be contacted before the date: "please give us until", "don't chase us"
_SAID_WAIT = lazy_compile(
    r"\b(?:don'?t|do\s+not|please\s+(?:wait|hold\s+off)|hold\s+off|give\s+(?:us|me|them)\s+until"
    r"|wait\s+(?:until|till)|not\s+(?:before|until)|refrain|no\s+need\s+to)\b|\b(?:until|till|til)\s+$",
    re.I,
)
#: they invited contact on the date: "give me a ring on Monday", "feel free to call tomorrow"
_SAID_INVITE = lazy_compile(
    r"(?:^\s*|[,;:.!?]\s*|\b(?:please|feel\s+free\s+to|you\s+(?:can|could|may|should|are\s+welcome"
    r"\s+to)|do|just)\s+)(?:give\s+(?:me|us)\s+a\s+(?:call|ring|shout|buzz)|call|ring|phone|email"
    r"|e-mail|contact|reach\s+out|get\s+in\s+touch|check\s+in|follow\s+up|touch\s+base"
    r"|drop\s+(?:me|us)\s+a\s+(?:line|note))\b",
    re.I,
)
#: the date is when they will decide or be in touch
_SAID_DECISION = lazy_compile(
    r"\b(?:decid|decision|let\s+(?:\w+\s+){1,2}know|in\s+touch|get\s+back|back\s+to\s+(?:you|everyone)"
    r"|hear(?:d)?\b|answer|offer|news|update|come\s+back|respond|reply|confirm|finish|wrap\s+up"
    r"|outcome|result|feedback|next\s+steps|shortlist|(?:call|ring|phone|email|contact)\s+"
    r"(?:you|everyone|all|candidates|the\s+candidates))",
    re.I,
)
#: the sentence says no decision date is set: a date in it is something else ("two more
#: candidates to see next week and haven't set a decision date yet")
_SAID_NO_DATE = lazy_compile(
    r"\b(?:(?:haven'?t|have\s+not|hasn'?t|has\s+not|not|yet\s+to)\s+(?:yet\s+)?(?:set|fixed|agreed"
    r"|got|settled\s+on|decided\s+on|picked)\s+(?:a|any|the|our)\s+(?:decision\s+|firm\s+|final\s+)?"
    r"(?:date|timeline|timescale|deadline)"
    r"|no\s+(?:decision\s+|fixed\s+|firm\s+|set\s+)?(?:date|timeline|timescale|deadline)\s+(?:yet|set"
    r"|for\s+(?:a|the|our)\s+decision))",
    re.I,
)
_SAID_RELATIVE = lazy_compile(
    rf"\b(?:within|in)\s+(?:the\s+next\s+)?(?:about\s+|around\s+|roughly\s+)?{_N}\s+{_UNIT}\b"
    r"|\bend\s+of\s+(?P<which>this|the|next)\s+(?P<period>week|month)\b"
    rf"|\bend\s+of\s+(?P<mon>{_MONTH_WORD})"
    r"|\b(?P<part>early|mid|late)?[\s-]*next\s+week\b"
    r"|\b(?:later\s+)?(?P<thisweek>this\s+week)\b"
    r"|\b(?P<tomorrow>tomorrow)\b",
    re.I,
)


def _relative_day(g: dict[str, Any], start: dt.date, country: str | None) -> dt.date | None:
    """The day a relative phrase of `_SAID_RELATIVE` names, counted from `start`."""
    friday = start + dt.timedelta(days=(4 - start.weekday()) % 7)
    next_monday = start + dt.timedelta(days=7 - start.weekday())
    if g.get("u"):
        raw = (g.get("n") or "a").lower()
        n = {"a couple of": 2, "a few": 3}.get(raw) or (
            int(raw) if raw.isdigit() else _NUMBERS.get(raw, 0)
        )
        unit = g["u"].lower().split()
        if not n or unit[-1].startswith("month"):
            return None
        if unit[0] in ("business", "working", "work"):
            return add_business_days(start, n, country)
        days = {"day": 1, "week": 7, "fortnight": 14}[unit[-1].rstrip("s")]
        return start + dt.timedelta(days=n * days)
    if g.get("period"):
        nxt = g["which"].lower() == "next"
        if g["period"].lower() == "week":
            return friday + dt.timedelta(days=7 if nxt else 0)
        month = start.month + (1 if nxt else 0)
        year, month = start.year + (month - 1) // 12, (month - 1) % 12 + 1
        return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    if g.get("mon"):
        number = _month_number(g["mon"])
        year = start.year + (1 if number < start.month else 0)
        return dt.date(year + number // 12, number % 12 + 1, 1) - dt.timedelta(days=1)
    if g.get("thisweek"):
        return friday
    if g.get("tomorrow"):
        return start + dt.timedelta(days=1)
    # "next week": by its end; "early next week": its Tuesday; "mid next week": its Wednesday
    part = (g.get("part") or "").lower()
    return next_monday + dt.timedelta(days={"early": 1, "mid": 2}.get(part, 4))


def said_dates(said: str, interview_day: dt.date, country: str | None) -> list[tuple[str, dt.date]]:
    """The dates the interviewer's words name after the interview, each read as "decision",
    "no_contact" or "contact" by the words before it in its clause."""
    spans: list[tuple[int, int, dt.date]] = []
    for m in _WHEN.finditer(said):
        if not _plausible(said, m):
            continue
        g = m.groupdict()
        if g["d3"] and not (g["m1"] or g["m2"]):
            day = _next_day_of_month(int(g["d3"]), interview_day)
            if day is not None and g["wd"] and _weekday_number(g["wd"]) != day.weekday():
                day = None
        else:
            day = resolve_date(g, country, interview_day, interview_day)
        if day is not None:
            spans.append((m.start(), m.end(), day))
    dated = list(spans)
    for m in _LONE_WEEKDAY.finditer(said):
        pre = (m.group("pre") or "").lower()
        if pre in ("last", "past", "every", "each", "following", "that", "the"):
            continue
        if any(s <= m.start("wd") < e for s, e, _ in dated):
            continue
        # counted from a date named earlier in the sentence: "if you haven't heard by Friday,
        # call me on Monday" is the Monday after that Friday
        left = max((b.end() for b in _SAID_END.finditer(said, 0, m.start())), default=0)
        earlier = [d for s, e, d in spans if left <= s and e <= m.start()]
        day = named_day(said[m.start() : m.end()], max(earlier, default=interview_day))
        if day is not None:
            spans.append((m.start(), m.end(), day))
    for m in _SAID_RELATIVE.finditer(said):
        if any(s < m.end() and m.start() < e for s, e, _ in spans):
            continue
        day = _relative_day(m.groupdict(), interview_day, country)
        if day is not None:
            spans.append((m.start(), m.end(), day))
    found = []
    for start, end, day in sorted(spans):
        if day <= interview_day:
            continue
        left = max((b.end() for b in _SAID_END.finditer(said, 0, start)), default=0)
        right = _SAID_END.search(said, end)
        before, sentence = said[left:start], said[left : right.start() if right else len(said)]
        if _SAID_WAIT.search(before):
            found.append(("no_contact", day))
        elif _SAID_INVITE.search(before):
            found.append(("contact", day))
        elif _SAID_DECISION.search(sentence) and not _SAID_NO_DATE.search(sentence):
            found.append(("decision", day))
    return found


def _next_day_of_month(number: int, after: dt.date) -> dt.date | None:
    """The first day numbered `number` after `after` ("the 4th" said on 20 November: 4 December)."""
    for k in range(0, 3):
        month = after.month - 1 + k
        day = _valid(after.year + month // 12, month % 12 + 1, number)
        if day is not None and day > after:
            return day
    return None


#: the day a promise of contact names: "on Friday", "next Monday", "in two days", "on 12 April"
_NAMED_DAY = lazy_compile(
    rf"\b(?:(?P<pre>next|this coming|this|on|by)\s+)?{_WD}\b"
    r"|\bin (?P<rel>a day or two|a couple of days|a few days|(?:\d|two|three|four|five|six) days)\b"
    rf"|\b{_DATE}",
    re.I,
)
#: a date written after its weekday: "Monday 2 November", "Monday, November 2nd"
_DATE_AFTER_WEEKDAY = lazy_compile(rf",?\s+(?:the\s+)?{_DATE}", re.I)
_RELATIVE = {"a day or two": 1, "a couple of days": 2, "a few days": 3}
#: a day of the month after its weekday, without the month: "Friday the 3rd", "Monday, 14th"
_ORDINAL_AFTER_WEEKDAY = lazy_compile(r",?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b", re.I)


def _weekday_of_month(weekday: int, number: int, today: dt.date) -> dt.date | None:
    """The first day after `today` numbered `number` that falls on `weekday` (within a year)."""
    after = today
    for _ in range(12):
        day = _next_day_of_month(number, after)
        if day is None:
            return None
        if day.weekday() == weekday:
            return day
        after = day
    return None


def named_day(text: str, today: dt.date) -> dt.date | None:
    """The first day `text` names, counted from `today`: a weekday is the next one after today
    ("next Friday" skips this week's), "in a couple of days" adds days, a date is the next one."""
    m = _NAMED_DAY.search(text)
    if m is None:
        return None
    g = m.groupdict()
    dated = _DATE_AFTER_WEEKDAY.match(text, m.end()) if g.get("wd") else None
    ordinal = _ORDINAL_AFTER_WEEKDAY.match(text, m.end()) if g.get("wd") and not dated else None
    if ordinal is not None:
        # "on Friday the 3rd": the next day of that number that falls on that weekday
        day = _weekday_of_month(_WEEKDAYS.index(g["wd"].lower()), int(ordinal.group(1)), today)
        if day is not None:
            return day
    if dated is not None:
        g = dated.groupdict()  # "on Monday 2 November": the date, which may be weeks away
    elif g.get("wd"):
        ahead = (_WEEKDAYS.index(g["wd"].lower()) - today.weekday() - 1) % 7 + 1
        day = today + dt.timedelta(days=ahead)
        if (g.get("pre") or "").lower() == "next" and (
            day.isocalendar()[:2] == today.isocalendar()[:2]
        ):
            day += dt.timedelta(days=7)
        return day
    if g.get("rel"):
        rel = g["rel"].lower()
        n = _RELATIVE.get(rel)
        if n is None:
            word = rel.split()[0]
            n = int(word) if word.isdigit() else _NUMBERS.get(word, 1)
        return today + dt.timedelta(days=n)
    month, number = (g.get("m1"), g.get("d1")) if g.get("m1") else (g.get("m2"), g.get("d2"))
    if not month or not number:
        return None
    index = next((i + 1 for i, name in enumerate(_MONTHS) if name.startswith(month.lower()[:3])))
    for year in (today.year, today.year + 1):
        try:
            day = dt.date(year, index, int(number))
        except ValueError:
            return None
        if day >= today:
            return day
    return None
