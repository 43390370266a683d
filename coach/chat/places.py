"""Where the user says they are ("I'm in Nairobi", "here in Denver", "interview in London",
"Stockholm, interview Thursday..."): the country whose public holidays the business days skip,
when there are no notes to say so. Any country the holiday calendar knows is named by its own
name; cities by a table of capitals and large cities, and beyond it by the GeoNames table
of cities of 100,000 people or more (coach/data/cities.tsv)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

#: a place a user names, folded to lower case, and its two-letter country code
PLACES: dict[str, str] = {
    # countries and their usual names
    "kenya": "KE", "germany": "DE", "deutschland": "DE", "ireland": "IE", "india": "IN",
    "canada": "CA", "australia": "AU", "new zealand": "NZ", "united kingdom": "GB",
    "the uk": "GB", "britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "the us": "US", "the usa": "US", "the states": "US", "america": "US", "south africa": "ZA",
    "nigeria": "NG", "france": "FR", "spain": "ES", "netherlands": "NL", "singapore": "SG",
    "the philippines": "PH", "philippines": "PH",
    # cities
    "nairobi": "KE", "mombasa": "KE", "kisumu": "KE", "berlin": "DE", "munich": "DE",
    "hamburg": "DE", "frankfurt": "DE", "cologne": "DE", "london": "GB", "manchester": "GB",
    "birmingham": "GB", "leeds": "GB", "glasgow": "GB", "edinburgh": "GB", "cardiff": "GB",
    "bristol": "GB", "liverpool": "GB", "dublin": "IE", "cork": "IE", "toronto": "CA",
    "vancouver": "CA", "montreal": "CA", "calgary": "CA", "ottawa": "CA", "sydney": "AU",
    "melbourne": "AU", "brisbane": "AU", "perth": "AU", "auckland": "NZ", "wellington": "NZ",
    "mumbai": "IN", "delhi": "IN", "bangalore": "IN", "bengaluru": "IN", "chennai": "IN",
    "hyderabad": "IN", "pune": "IN", "lagos": "NG", "johannesburg": "ZA", "cape town": "ZA",
    "paris": "FR", "madrid": "ES", "barcelona": "ES", "amsterdam": "NL", "manila": "PH",
    "cebu": "PH", "davao": "PH", "makati": "PH", "quezon city": "PH",
    "new york": "US", "nyc": "US", "chicago": "US", "denver": "US", "boston": "US",
    "seattle": "US", "austin": "US", "houston": "US", "dallas": "US", "atlanta": "US",
    "los angeles": "US", "san francisco": "US", "san diego": "US", "philadelphia": "US",
    "phoenix": "US", "miami": "US", "detroit": "US", "minneapolis": "US", "portland": "US",
    "washington dc": "US", "pittsburgh": "US", "nashville": "US", "baltimore": "US",
    # capitals and large cities elsewhere, for the calendars the holiday package keeps
    "stockholm": "SE", "gothenburg": "SE", "malmo": "SE", "malmö": "SE", "oslo": "NO",
    "bergen": "NO", "trondheim": "NO", "copenhagen": "DK", "aarhus": "DK", "helsinki": "FI",
    "reykjavik": "IS", "tallinn": "EE", "riga": "LV", "vilnius": "LT", "warsaw": "PL",
    "krakow": "PL", "kraków": "PL", "prague": "CZ", "bratislava": "SK", "vienna": "AT",
    "zurich": "CH", "zürich": "CH", "geneva": "CH", "bern": "CH", "brussels": "BE",
    "antwerp": "BE", "luxembourg": "LU", "rotterdam": "NL", "the hague": "NL", "utrecht": "NL",
    "lisbon": "PT", "porto": "PT", "rome": "IT", "milan": "IT", "naples": "IT", "turin": "IT",
    "athens": "GR", "budapest": "HU", "bucharest": "RO", "sofia": "BG", "zagreb": "HR",
    "belgrade": "RS", "ljubljana": "SI", "valletta": "MT", "nicosia": "CY", "istanbul": "TR",
    "ankara": "TR", "kyiv": "UA", "kiev": "UA", "belfast": "GB", "galway": "IE",
    "kingston": "JM", "montego bay": "JM", "port of spain": "TT", "san fernando": "TT",
    "bridgetown": "BB", "nassau": "BS", "port louis": "MU", "accra": "GH", "kumasi": "GH",
    "abuja": "NG", "kampala": "UG", "dar es salaam": "TZ", "dodoma": "TZ", "kigali": "RW",
    "addis ababa": "ET", "lusaka": "ZM", "harare": "ZW", "gaborone": "BW", "windhoek": "NA",
    "pretoria": "ZA", "durban": "ZA", "cairo": "EG", "casablanca": "MA", "rabat": "MA",
    "tunis": "TN", "kuala lumpur": "MY", "penang": "MY", "johor bahru": "MY",
    "jakarta": "ID", "bangkok": "TH", "hanoi": "VN", "ho chi minh city": "VN", "tokyo": "JP",
    "osaka": "JP", "seoul": "KR", "busan": "KR", "beijing": "CN", "shanghai": "CN",
    "shenzhen": "CN", "hong kong": "HK", "taipei": "TW", "karachi": "PK", "lahore": "PK",
    "islamabad": "PK", "dhaka": "BD", "colombo": "LK", "kathmandu": "NP", "kolkata": "IN",
    "dubai": "AE", "abu dhabi": "AE", "doha": "QA", "riyadh": "SA", "jeddah": "SA",
    "tel aviv": "IL", "jerusalem": "IL", "mexico city": "MX", "guadalajara": "MX",
    "monterrey": "MX", "bogota": "CO", "bogotá": "CO", "medellin": "CO", "lima": "PE",
    "santiago": "CL", "buenos aires": "AR", "sao paulo": "BR", "são paulo": "BR",
    "rio de janeiro": "BR", "brasilia": "BR", "montevideo": "UY", "quito": "EC",
    "caracas": "VE", "san jose": "CR", "panama city": "PA", "santo domingo": "DO",
    "san juan": "PR", "georgetown": "GY", "paramaribo": "SR", "belize city": "BZ",
    "suva": "FJ", "nadi": "FJ", "lautoka": "FJ", "port moresby": "PG", "apia": "WS",
    "nuku'alofa": "TO", "honiara": "SB", "port vila": "VU", "noumea": "NC", "papeete": "PF",
    "christchurch": "NZ", "adelaide": "AU", "canberra": "AU", "hobart": "AU", "darwin": "AU",
    "quebec city": "CA", "winnipeg": "CA", "edmonton": "CA", "halifax": "CA",
    # short names of countries whose calendar name is longer
    "trinidad": "TT", "tobago": "TT", "the netherlands": "NL", "holland": "NL",
    "the uae": "AE", "uae": "AE", "south korea": "KR", "korea": "KR", "czechia": "CZ",
    "the czech republic": "CZ",
    # provinces and states, whose names the city table would give to a namesake town
    "ontario": "CA", "quebec": "CA", "british columbia": "CA", "alberta": "CA",
    "manitoba": "CA", "saskatchewan": "CA", "nova scotia": "CA", "new brunswick": "CA",
    "newfoundland": "CA", "yukon": "CA", "new south wales": "AU", "queensland": "AU",
    "tasmania": "AU", "western australia": "AU", "south australia": "AU",
}  # fmt: skip

#: country names that are also people's or US states' names, or words: never read as a place
_NOT_PLACES = {
    "jordan", "georgia", "chad", "israel", "jersey", "guernsey", "turkey", "china", "niger",
}  # fmt: skip


def _registry_names() -> dict[str, str]:
    """ "sweden": "SE", "trinidad and tobago": "TT": every country the holiday package has a
    calendar for, by the name of its module (read from its registry, not imported)."""
    try:
        from holidays.registry import COUNTRIES
    except ImportError:  # the calendar is optional; the table above still answers
        return {}
    return {
        key.replace("_", " "): value[1]
        for key, value in COUNTRIES.items()
        if key.replace("_", " ") not in _NOT_PLACES
    }


#: what sets a place off as where the user or the interview is, before it ("in Oslo") or
#: after it ("the toronto interview", "3pm uk time", "fiji here")
_BEFORE = re.compile(r"\b(?P<cue>in|at|from|based in|here in|out of|near)\s+(?=\w)", re.I)
_AFTER = re.compile(
    r"\s+(?:(?:interview|office|company|firm|job|role|panel|employer)s?|time|here)\b", re.I
)
#: "Stockholm, interview on Thursday...", "trinidad - interviewed monday": a message that
#: opens with the place, set off by punctuation
_LEAD = re.compile(r"^\s*(?P<place>[^\W\d_][\w'. -]{0,40}?)\s*(?:[,.:;]|\s[-–—]\s)", re.I)
_LEAD_REST = {"", "again", "here", "too", "also", "now", "based"}
_WORD = re.compile(r"[^\W\d_]+(?:['.-][^\W\d_]+)*")
#: a place is at most this many words ("ho chi minh city", "san jose del monte")
_LONGEST = 4
#: short forms read only next to an interview, an office, a clock ("a uk interview", "us company")
_SHORT = {"uk": "GB", "us": "US", "u.s.": "US", "usa": "US"}


def _cities_file() -> Path:
    """Built by scripts/build_places.py from GeoNames (CC BY 4.0: coach/data/GEONAMES-LICENSE)."""
    return Path(__file__).resolve().parent.parent / "data" / "cities.tsv"


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """Cities of 100,000 people or more, each by its names, in countries with a holiday
    calendar; read on first use. The hand table above wins over it."""
    try:
        text = _cities_file().read_text("utf-8")
    except OSError:  # a trimmed install: the hand table still answers
        return {}
    pairs = [line.split("\t") for line in text.splitlines() if "\t" in line]
    table = {name: code for name, code in pairs if name not in _NOT_PLACES}
    # "cluj" for "cluj-napoca": a hyphenated city by its first part, where no other name has it
    heads: dict[str, set[str]] = {}
    for name, code in table.items():
        head = name.split("-")[0]
        if head != name and len(head) >= 4 and " " not in head:
            heads.setdefault(head, set()).add(code)
    table.update({h: c.pop() for h, c in heads.items() if len(c) == 1 and h not in table})
    return table


#: a long city name is also read with one letter off ("ulaanbaatar" for "ulaanbaator"),
#: as transliterations differ; shorter names are too close to words
_FUZZY_FROM = 9


@lru_cache(maxsize=1)
def _near_cities() -> dict[str, str | None]:
    """Each long city name with one letter left out, to its country (None where two countries
    share the form); a name one substitution, insertion or deletion away shares one of them."""
    near: dict[str, str | None] = {}
    for name, code in _cities().items():
        if len(name) < _FUZZY_FROM or not name.isalpha():
            continue
        for i in range(len(name)):
            form = name[:i] + name[i + 1 :]
            near[form] = code if near.get(form, code) == code else None
    return near


def _near_city(name: str) -> str | None:
    if len(name) < _FUZZY_FROM or not name.isalpha():
        return None
    near = _near_cities()
    forms = {name, *(name[:i] + name[i + 1 :] for i in range(len(name)))}
    codes = {near[f] for f in forms if f in near}
    return codes.pop() if len(codes) == 1 else None


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    return {**_registry_names(), **PLACES}


def _lookup(words: list[str], *, cities: bool, short: bool = False) -> str | None:
    """The country of `words` read as one place name, or None."""
    name = " ".join(words).lower()
    if short and name in _SHORT:
        return _SHORT[name]
    if name in _places():
        return _places()[name]
    if not cities:
        return None
    return _cities().get(name) or (_near_city(name) if len(words) == 1 else None)


def country_in(text: str) -> str | None:
    """The country of the first place the text says the user or the interview is in. A city
    from the GeoNames table counts after "in", "at", "near" or before "interview", "time",
    "here"; after "from" only the hand table's places do ("an email from Florence" is a
    person far more often than the city)."""
    found: list[tuple[int, str]] = []
    for cue in _BEFORE.finditer(text):
        words = _WORD.findall(text[cue.end() : cue.end() + 60])[:_LONGEST]
        for n in range(len(words), 0, -1):
            code = _lookup(words[:n], cities=cue.group("cue").lower() != "from")
            if code:
                found.append((cue.start(), code))
                break
    for after in _AFTER.finditer(text):
        words = _WORD.findall(text[max(0, after.start() - 60) : after.start()])[-_LONGEST:]
        # "let us time it" is not a place; "3pm uk time" is
        clock = after.group().strip().lower().startswith(("time", "here"))
        short = not clock or words[-1:] == ["uk"]
        for n in range(len(words), 0, -1):
            code = _lookup(words[-n:], cities=True, short=short)
            if code:
                found.append((after.start(), code))
                break
    lead = _LEAD.match(text)
    if lead:  # "almaty again, interview wed 6 may": the place is the clause's first words
        words = _WORD.findall(lead.group("place"))[:_LONGEST]
        for n in range(len(words), 0, -1):
            # a city only as the whole clause or with an adverb ("almaty again"), as "Victoria
            # said no, ..." opens with a person
            rest = " ".join(words[n:]).lower()
            code = _lookup(words[:n], cities=rest in _LEAD_REST or rest in _places())
            if code:
                found.append((lead.start(), code))
                break
    return min(found)[1] if found else None


def warm() -> None:
    """Load the city tables ahead of the first question that names a place."""
    _near_cities()
