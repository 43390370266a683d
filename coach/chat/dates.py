"""Dates and durations in a chat message: "Monday 11 January", "27 Nov", "the 20th",
"yesterday", "8 days", "two weeks". A date without a year is the one nearest the clock (on the
named weekday when one is given)."""

# ruff: noqa: E501 - the date patterns read best one alternation to a line
from __future__ import annotations

import datetime as dt
import re

from coach.checks.timing_text import NUMBER_WORDS

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        1,
    )
    for m in names
}
WEEKDAYS = {
    d: i
    for i, names in enumerate(
        [
            ("mon", "monday"),
            ("tue", "tues", "tuesday"),
            ("wed", "wednesday"),
            ("thu", "thur", "thurs", "thursday"),
            ("fri", "friday"),
            ("sat", "saturday"),
            ("sun", "sunday"),
        ]
    )
    for d in names
}
#: the timing checks' number words, and the ones people use for spans of days
NUMBERS = {**NUMBER_WORDS, "fourteen": 14, "couple of": 2, "few": 3}
MONTH_WORD = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_WEEKDAY = r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
_ORD = r"(?:st|nd|rd|th)?"
#: "the 2nd check-in", "the 3rd round": an ordinal that counts, not a day of the month
_NOT_A_DAY = r"(?:check|follow|interview|round|time|email|note|one|message|reminder|attempt|stage|call|try|person|interviewer)"
#: "Monday 11 January", "11 Jan", "January 11th", "Mon, 11 Jan 2027", "Monday", "yesterday"
DATE = re.compile(
    rf"\b(?:a\s+week\s+(?:on|from)\s+(?P<wk_on>{_WEEKDAY})|(?:next\s+)?(?P<wk_after>{_WEEKDAY})\s+week)\b"
    rf"|\b(?:the\s+)?end\s+of\s+(?P<end>next|this|the|last)\s+week\b"
    rf"|\b(?P<wd_in>{_WEEKDAY})\s+(?:of\s+)?(?P<in_week>next|this)\s+week\b"
    rf"|\b(?:(?P<wd>{_WEEKDAY})\.?,?\s+(?:the\s+)?)?"
    rf"(?:(?P<d1>\d{{1,2}}){_ORD}(?:\s+of)?\s+(?P<m1>{MONTH_WORD})\.?|(?P<m2>{MONTH_WORD})\.?\s+(?P<d2>\d{{1,2}}){_ORD})"
    rf"(?:,?\s+(?P<y>20\d\d))?\b"
    rf"|\b(?P<iso>20\d\d-\d\d-\d\d)\b"
    rf"|\b(?P<wd3>{_WEEKDAY})\.?,?\s+(?:the\s+)?(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.]?\d|\s*(?:am|pm|a\.m|p\.m|o'?clock)\b)"
    # "Monday 10am" is that Monday at ten; "Monday 12th" is the day-number form above
    rf"|\b(?:(?P<rel>last|next|this|on)\s+)?(?P<wd2>{_WEEKDAY})\b"
    rf"(?!\s*\d(?!\d?(?:[:.]\d\d)?\s*(?:am|pm|a\.m|p\.m)\b))"
    rf"|\b(?P<word>(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow|yesterday|today|tomorrow|last night|tonight|this (?:morning|afternoon|evening))\b"
    rf"|\b(?:the|on)\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+{_NOT_A_DAY})",
    re.I,
)
COUNT_WORD = r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|couple of|few)"
DURATION = re.compile(
    rf"\b{COUNT_WORD}\s+(?:whole\s+|full\s+|entire\s+)?(?P<biz>business\s+|working\s+)?(?P<unit>day|week|month|fortnight)s?\b",
    re.I,
)


def days_of(match: re.Match[str]) -> int:
    raw = match.group("n").lower()
    n = int(raw) if raw.isdigit() else NUMBERS.get(raw, 1)
    unit = match.group("unit").lower()
    if unit == "week":
        return n * 7
    if unit == "fortnight":
        return n * 14
    if unit == "month":
        return n * 30
    if match.group("biz"):
        return n * 7 // 5 + (1 if n % 5 else 0) if n > 5 else n + (2 if n >= 5 else 0)
    return n


def resolve(match: re.Match[str], now: dt.date, *, past: bool | None = None) -> dt.date | None:
    """The date a DATE match names, near `now`; `past` picks the side for a bare weekday."""
    g = match.groupdict()
    if g["iso"]:
        try:
            return dt.date.fromisoformat(g["iso"])
        except ValueError:
            return None
    if g["wk_on"] or g["wk_after"]:  # "a week on Friday": the Friday after next
        weekday = WEEKDAYS[(g["wk_on"] or g["wk_after"]).lower()]
        return now + dt.timedelta(days=((weekday - now.weekday()) % 7 or 7) + 7)
    if g["end"]:  # "the end of next week" ("of last week"): that week's Friday
        friday = now + dt.timedelta(days=4 - now.weekday())
        return friday + dt.timedelta(days={"next": 7, "last": -7}.get(g["end"].lower(), 0))
    if g["wd_in"]:  # "Wednesday next week": that weekday of the week named
        monday = now - dt.timedelta(days=now.weekday())
        weeks = 7 if g["in_week"].lower() == "next" else 0
        return monday + dt.timedelta(days=weeks + WEEKDAYS[g["wd_in"].lower().rstrip(".")])
    if g["d3"]:
        return day_of_month(int(g["d3"]), now, past)
    if g["d4"]:
        weekday = WEEKDAYS[g["wd3"].lower().rstrip(".")]
        return day_of_month(int(g["d4"]), now, past, weekday)
    if g["word"]:
        word = " ".join(g["word"].lower().split()).removeprefix("the ")
        shift = {
            "yesterday": -1,
            "tomorrow": 1,
            "last night": -1,
            "day before yesterday": -2,
            "day after tomorrow": 2,
        }.get(word, 0)
        return now + dt.timedelta(days=shift)
    if g["wd2"]:
        weekday = WEEKDAYS[g["wd2"].lower().rstrip(".")]
        rel = (g["rel"] or "").lower()
        if rel == "last" or (past and rel != "next"):
            delta = (now.weekday() - weekday) % 7 or (7 if rel == "last" else 0)
            return now - dt.timedelta(days=delta)
        if rel == "next":  # "next Thursday", said on a Wednesday: the Thursday of next week
            return now + dt.timedelta(days=7 - now.weekday() + weekday)
        # "on Saturday", said on a Saturday, is today ("next Saturday" is the week after)
        return now + dt.timedelta(days=(weekday - now.weekday()) % 7)
    day = int(g["d1"] or g["d2"])
    month = MONTHS[(g["m1"] or g["m2"]).lower().rstrip(".")]
    years = [int(g["y"])] if g["y"] else [now.year - 1, now.year, now.year + 1]
    options = []
    for year in years:
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    if g["wd"]:
        weekday = WEEKDAYS[g["wd"].lower().rstrip(".")]
        options = [d for d in options if d.weekday() == weekday] or options
    return min(options, key=lambda d: abs((d - now).days))


def day_of_month(
    number: int, now: dt.date, past: bool | None, weekday: int | None = None
) -> dt.date | None:
    """ "the 20th": this month's, or the nearest month's on the side `past` asks for; with a
    weekday ("Thursday the 17th"), the nearest month in which that date falls on it."""
    options = []
    for shift in range(-2, 3) if weekday is not None else (-1, 0, 1):
        month = (now.month - 1 + shift) % 12 + 1
        year = now.year + (now.month - 1 + shift) // 12
        try:
            options.append(dt.date(year, month, number))
        except ValueError:
            continue
    if weekday is not None:
        options = [d for d in options if d.weekday() == weekday] or options
    if past:
        options = [d for d in options if d <= now] or options
    elif past is False:
        options = [d for d in options if d >= now] or options
    # as far back as ahead: the later one, as a bare "the 20th" is most often still to come
    return min(options, key=lambda d: (abs((d - now).days), -d.toordinal())) if options else None


_WEEKDAY_ONLY = re.compile(
    r"(?:on\s+|this\s+|last\s+|next\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)"
    r"(?:day)?",
    re.I,
)


def first_date(text: str, now: dt.date, past: bool | None = None) -> dt.date | None:
    matches = list(DATE.finditer(text))
    for i, match in enumerate(matches):
        after = matches[i + 1] if i + 1 < len(matches) else None
        if (
            after is not None
            and _WEEKDAY_ONLY.fullmatch(match.group(0).strip(" ,"))
            and re.fullmatch(r"[\s,]*", text[match.end() : after.start()])
        ):
            continue  # "Tuesday July 7": the date that follows names the day
        found = resolve(match, now, past=past)
        if found is not None:
            return found
    return None


CLOCK = re.compile(
    r"\b(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?\s*(?P<ap>[ap])\.?m\b\.?"
    r"|\b(?P<noon>noon|midday|lunch ?time|(?:at|by|before|over) lunch)\b",
    re.I,
)
PART_OF_DAY = {
    "morning": dt.time(9, 0),
    "afternoon": dt.time(15, 0),
    "arvo": dt.time(15, 0),  # Australian and New Zealand English
    "evening": dt.time(20, 0),
}


def time_of(text: str) -> dt.time | None:
    """ "3pm", "10:30 am", "noon", "Thursday night": the time of day said, if any."""
    clock = CLOCK.search(text)
    if clock and clock.group("noon"):
        return dt.time(12, 0)
    if clock:
        hour = int(clock.group("h")) % 12 + (12 if clock.group("ap").lower() == "p" else 0)
        if hour < 24 and int(clock.group("m") or 0) < 60:
            return dt.time(hour, int(clock.group("m") or 0))
    part = re.search(r"\b(morning|afternoon|arvo|evening|night|tonight)\b", text, re.I)
    if part:
        return PART_OF_DAY.get(part.group(1).lower(), dt.time(20, 0))
    return None
