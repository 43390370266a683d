"""Questions about public holidays and business days: "does St Patrick's Day change anything?",
"is Matariki a public holiday?", "is tomorrow a business day here?", "do bank holidays count?".

The answer says yes or no from the same calendar the timing rules count with (coach.calendar,
the notes' country), and which step of the plan the holiday pushes back; every date is the
plan's or the calendar's."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.context import Situation
from coach.chat.followups import KIND_WORDS, day

#: the question is about holidays or which days count
HOLIDAY_ASKED = re.compile(
    r"\b(?:public|bank|national|stat(?:utory)?|federal)\s+holidays?\b|\bholidays?\b(?! allowance)"
    r"|\b(?:is|are|counts?|counted|counting)\b[^.?!]{0,30}\b(?:business|working|work)\s+days?\b",
    re.I,
)
#: whether a day counts: "is tomorrow a business day?", "does it count?"
COUNTS_ASKED = re.compile(r"\b(?:business|working|work)\s+days?\b|\bcount(?:s|ed|ing)?\b", re.I)
#: other countries' calendars, to date a holiday the notes' country does not keep
OTHERS = ("GB", "IE", "US", "NZ", "AU", "ZA", "CA")


def _fold(text: str) -> str:
    """ "Saint Patrick's Day" and "st patricks day" alike: no apostrophes, no plural or
    possessive s, "st" for "saint"."""
    text = re.sub(r"['’]", "", text.lower())
    text = re.sub(r"\bsaint\b", "st", text)
    text = re.sub(r"\(observed\)|[^\w\s]", " ", text)
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in text.split())


def named_holiday(question: str, country: str | None, near: dt.date) -> tuple[str, dt.date] | None:
    """The holiday the question names and its next date on or after `near` less a week: from
    the country's own calendar, else from another country's (so its date is known)."""
    from coach.calendar import holiday_names

    asked = f" {_fold(question)} "
    for code in ([country] if country else []) + [c for c in OTHERS if c != country]:
        named = holiday_names(code, near.year)
        for when, name in sorted(named.items()):
            key = _fold(name)
            if when >= near - dt.timedelta(days=7) and f" {key} " in asked:
                return name.replace(" (observed)", ""), when
    return None


def _country(situation: Situation) -> str | None:
    notes = situation.notes
    if notes is not None and notes.country:
        return notes.country
    return situation.facts.country


def _pushed(situation: Situation, holiday: dt.date) -> tuple[str, dt.date] | None:
    """The plan's next follow-up whose wait the holiday falls within: (its words, its date)."""
    plan = situation.plan
    if plan is None or situation.notes is None:
        return None
    start = situation.notes.interview.start.astimezone(situation.notes.interview.zone).date()
    for item in plan.items:
        kind = str(item.kind)
        if kind not in ("check_in", "final_follow_up") or item.earliest is None:
            continue
        if item.status == "done" and item.sent_at is not None:
            start = max(start, item.sent_at.date())
            continue
        if start < holiday < item.earliest.date():
            return KIND_WORDS[kind], item.earliest.date()
        start = max(start, item.earliest.date())
    return None


#: a message the user would send: "ok to send my check-in on Independence Day?"
_SEND = re.compile(
    r"\b(?:send|sending|e-?mail|emailing|write|writing|call|calling|ring|ringing|phone"
    r"|phoning|check(?:ing)?[- ]?in|chase|chasing|follow(?:ing)?[- ]?up|message|nudge)\b",
    re.I,
)


def _early_on(situation: Situation, when: dt.date, first: dt.date) -> bool:
    """A check-in on the holiday would be early by the rule itself: before their no-contact
    date, on or before their decision date, or, with neither, inside the business days the
    holiday does not count in (a holiday after their decision date is no reason to wait)."""
    timeline = situation.notes.timeline if situation.notes is not None else None
    if timeline is None or when >= first:
        return False
    if timeline.contact_on is not None and when >= timeline.contact_on:
        return False
    if timeline.decision_by is not None or timeline.no_contact_before is not None:
        return (timeline.decision_by is not None and when <= timeline.decision_by) or (
            timeline.no_contact_before is not None and when < timeline.no_contact_before
        )
    return True


def _send_on_asked(question: str) -> bool:
    """The question asks whether to send on the day, not whether the day is a holiday: a
    should-I question with a message in it, whose asking clause does not name a holiday."""
    from coach.chat.yes_no import asked

    found = asked(question)
    if found is None or found.frame != "ok" or _SEND.search(question) is None:
        return False
    clause = found.clause
    bare = re.fullmatch(
        r"\W*(?:is|would|will)?\s*(?:it|that|this)?\s*(?:ok|okay|fine|alright)\W*", clause, re.I
    )
    return (bare is not None or _SEND.search(clause) is not None) and not re.search(
        r"\b(?:holidays?|business days?|working days?|counts?|change|changes|push|pushes|move"
        r"|moves|affect|affects|delay|when)\b",
        clause,
        re.I,
    )


def holiday_line(question: str, situation: Situation) -> str:
    """Yes or no, and why, for a question about a holiday or a business day; "" otherwise."""
    from coach.calendar import country_name, is_business_day

    if not HOLIDAY_ASKED.search(question) and not _named_only(question, situation):
        return ""
    now = situation.now
    country = _country(situation)
    named = named_holiday(question, country, _near(situation))
    where = country_name(country) if country else None
    if named is not None and where is not None:
        name, when = named
        if is_business_day(when, country):
            return (
                f"No: {name} ({day(when, now)}) is not a public holiday in {where}, so it "
                "counts as a business day; your dates stay as they are."
            )
        kept = observed_on(name, when, country)
        if when.weekday() >= 5 and kept is None:
            return f"No: {name} falls on a {when:%A} this time, so it changes nothing."
        label = f"{name} ({day(when, now)})"
        if kept is not None:  # on a weekend, kept on a weekday: that day is the holiday off
            label = f"{name} (a {when:%A} this time, so kept on {day(kept, now)})"
            when = kept
        pushed = _pushed(situation, when)
        if pushed is None:
            return (
                f"{label} is a public holiday in {where}, but it falls outside your wait, so "
                "your dates stay as they are."
            )
        what, on = pushed
        if _early_on(situation, when, on) and _send_on_asked(question):  # "...on the holiday?"
            return (
                f"No: {label} is a public holiday in {where}, so it is not counted as a business "
                f"day, and your {what} is from {day(on, now)}."
            )
        return (
            f"Yes: {label} is a public holiday in {where}, so it is not counted as a business "
            f"day; that is why your {what} is from {day(on, now)}."
        )
    asked = situation.facts.asked_day
    if asked is None:  # "is tomorrow a business day?" names the day without asking if it will do
        from coach.chat.dates import first_date

        asked = first_date(question, now.date(), past=False)
    if asked is not None and where is not None and COUNTS_ASKED.search(question):
        from coach.calendar import holiday_names

        if asked.weekday() >= 5:
            return f"No: {day(asked, now)} is a weekend day, so it doesn't count."
        if not is_business_day(asked, country):
            name = holiday_names(country or "", asked.year).get(asked, "a public holiday")
            return (
                f"No: {day(asked, now)} is a public holiday in {where} ({name}), so it is not "
                "counted as a business day."
            )
        return f"Yes: {day(asked, now)} is a business day in {where}, so it counts."
    if re.search(r"\bholidays?\b", question, re.I) and COUNTS_ASKED.search(question):
        place = f"{where}'s" if where else "the interview country's"
        return (
            f"No: business days skip weekends and {place} public holidays, so a holiday "
            "doesn't count towards the wait."
        )
    return ""


def holiday_named_on(question: str, situation: Situation) -> dt.date | None:
    """The date of the holiday the question names, where it names one."""
    named = named_holiday(question, _country(situation), _near(situation))
    return named[1] if named else None


def observed_on(name: str, when: dt.date, country: str | None) -> dt.date | None:
    """The weekday a holiday that falls on a weekend is kept on instead ("Boxing Day
    (observed)" on the Monday or Tuesday after), from the country's calendar; None when it is
    not moved, or falls on a weekday."""
    from coach.calendar import holiday_names

    if when.weekday() < 5 or not country:
        return None
    named = holiday_names(country, when.year)
    return next(
        (d for d, n in sorted(named.items()) if d > when and n == f"{name} (observed)"), None
    )


def _named_only(question: str, situation: Situation) -> bool:
    """A holiday named without the word ("does Matariki change my dates?")."""
    return named_holiday(question, _country(situation), _near(situation)) is not None


def _near(situation: Situation) -> dt.date:
    """From when a named holiday is looked for: the interview's day, as the waits run from it, so
    one asked about afterwards ("Heroes' Day was that Wednesday") is that one, not next year's."""
    near = situation.now.date()
    if situation.notes is not None:
        held = situation.notes.interview
        near = min(near, held.start.astimezone(held.zone).date())
    return near


def holiday_asked(question: str, country: str | None, today: dt.date) -> bool:
    """For routing: the question is about holidays or business days, or names a holiday."""
    return bool(HOLIDAY_ASKED.search(question)) or (
        named_holiday(question, country, today) is not None
    )
