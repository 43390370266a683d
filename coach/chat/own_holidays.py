"""Days the user says their calendar keeps off: "Thursday was Corpus Christi", "pretty sure
Monday 12th is a holiday", "isn't the 9th a holiday there?", "the 17th was a holiday".

The holiday list of a country is only as good as the country we know: without notes, or for a
regional day, the user's own word is the better fact, and the rulebook counts business days
around it. Each day read here is skipped by every count of business days in that answer
(coach.calendar.days_off), as the country's holidays are."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.dates import DATE, resolve

#: "a holiday", "a public holiday", "a bank holiday", "the national holiday"
_HOLIDAY = (
    r"(?:(?:a|an|the)\s+)?(?:(?:public|bank|national|state|stat(?:utory)?|federal|religious"
    r"|local|regional|official)\s+)?holiday\b"
)
_BE = r"(?:is|was|'s|’s|being|were|will\s+be|would\s+be)"
#: after the date: "was a holiday", "is a public holiday", "was National Day"
_AFTER = re.compile(
    rf"\s*(?:\([^()]{{0,40}}\)\s*)?{_BE}\s+(?:also\s+)?(?P<what>[^.,;!?()]{{2,60}})", re.I
)
#: before the date: "isn't the 9th a holiday?", "wasn't Monday a bank holiday"
_BEFORE = re.compile(r"\b(?:is|was|are|were)(?:n'?t|n’t|nt|\s+not)?\s+$", re.I)
#: what opens a description, not a holiday's name: "a long day", "my last day"
_NOT_A_NAME = r"(?:a|an|the|my|our|their|his|her|your|just|only|too|so|very)\b"
#: calendars whose English holiday names cover the feasts and national days people name
#: ("Corpus Christi", "Epiphany", "Whit Monday"), beside the country's own
_NAMING_CALENDARS = ("GB", "IE", "US", "AU", "NZ", "ZA", "CA", "AT", "DE", "ES", "IT", "FR", "PL")


def _fold(text: str) -> str:
    text = re.sub(r"['’]", "", text.lower())
    text = re.sub(r"\bsaint\b", "st", text)
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _names_a_holiday(what: str, country: str | None, year: int, regional: bool = False) -> bool:
    """ "a holiday", or a holiday's own name in some calendar ("corpus christi", "national
    day"): said as what the day was, it says the day was off. `regional` reads the names of
    the country's regions too (dearer: only where a name leads the phrase)."""
    if re.match(_HOLIDAY, what.strip(), re.I):
        return True
    if re.match(
        r"(?:a|an|the|my|our|their|his|her|your|just|only|too|so|very)\b", what.strip(), re.I
    ):
        return False  # "Monday was a long day", "Friday was my last day"
    from coach.calendar import holiday_names, regional_holiday_names

    said = f" {_fold(what)} "
    for code in dict.fromkeys([*([country] if country else []), *_NAMING_CALENDARS]):
        names = list(holiday_names(code, year).values())
        if regional and code == country:  # a region's own day: "Discovery Day" in Yukon
            names += regional_holiday_names(code, year)
        for name in names:
            key = _fold(name.replace("(observed)", "").replace("(estimated)", ""))
            if key and said.startswith(f" {key} "):
                return True
            # said without its last word: "Monday was Adelaide Cup" (Day)
            base = key.removesuffix(" day") if key.endswith(" day") else ""
            if len(base.split()) >= 2 and said.startswith(f" {base} "):
                return True
    return False


#: before the date, a holiday's name and a verb: "Discovery Day was that Monday", "Labour Day
#: is on the 5th"
_NAME_BEFORE = re.compile(
    r"(?P<what>(?:[^\W\d_]+[\s-]+){0,3}[^\W\d_]+)\s+(?:is|was|'s|’s|falls|fell)\s+(?:on\s+)?(?:(?:that|this|the)\s+)?$",
    re.I,
)


def _named_before(before: str, country: str | None, year: int) -> bool:
    """The words just before "was <date>" end with a holiday's name (tried from its last
    word back: "if she hadn't said so, Discovery Day")."""
    said = _NAME_BEFORE.search(before)
    if said is None:
        return False
    words = said.group("what").split()
    return any(
        not re.match(_NOT_A_NAME, words[-n], re.I)
        and _names_a_holiday(" ".join(words[-n:]), country, year, regional=True)
        for n in range(1, len(words) + 1)
    )


#: the day's name, said with the closure it brings: "1 July is Madeira Day and everything
#: shuts", "the 9th is founders day, offices are closed"
_DAY_NAMED = re.compile(r"^(?:[^\W\d_]+\s+){1,3}day\b", re.I)
_SHUT = re.compile(
    r"\b(?:shuts?|shut down|closes|closed|(?:a|the)\s+day\s+off|nobody\s+works|no\s+one\s+works)\b",
    re.I,
)


def stated_days_off(text: str, near: dt.date, country: str | None = None) -> list[dt.date]:
    """The dates the text says were or are holidays, each read as the one nearest `near` (the
    interview's day, when known: the holiday that matters falls in the wait after it)."""
    found: list[dt.date] = []
    for match in DATE.finditer(text):
        after = _AFTER.match(text, match.end())
        before = _BEFORE.search(text[max(0, match.start() - 12) : match.start()])
        named = after is not None and _names_a_holiday(
            after.group("what"), country, near.year, regional=True
        )
        sentence = re.split(r"[.?!]", text[match.end() :], maxsplit=1)[0]
        if after is not None and not named and _SHUT.search(sentence):
            what = after.group("what").strip()
            named = _DAY_NAMED.match(what) is not None and not re.match(_NOT_A_NAME, what, re.I)
        asked = before is not None and re.match(rf"\s*{_HOLIDAY}", text[match.end() :], re.I)
        first = _named_before(text[max(0, match.start() - 60) : match.start()], country, near.year)
        if not (named or asked or first):
            continue
        # a weekday named after the holiday falls in the wait after the interview
        day = resolve(match, near, past=False) if first and not named else resolve(match, near)
        if day is not None and day.weekday() < 5 and day not in found:
            found.append(day)
    return found
