"""Where the user says they are ("I'm in Nairobi", "here in Denver", "interview in London",
"Stockholm, interview Thursday..."): the country whose public holidays the business days skip,
when there are no notes to say so. Any country the holiday calendar knows is named by its own
name; cities by a table of capitals and large cities."""

from __future__ import annotations

import re
from functools import lru_cache

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


@lru_cache(maxsize=1)
def _where() -> re.Pattern[str]:
    """A place said as where the user, the interview or the company is; built on first use, as
    the holiday package's registry is imported only when a place is looked for."""
    names = "|".join(sorted((re.escape(p) for p in _places()), key=len, reverse=True))
    return re.compile(
        rf"\b(?:in|at|from|based in|here in|out of|near)\s+(?P<place>{names})\b"
        # "the toronto interview was on Friday": the place named as the interview's
        rf"|\b(?P<before>{names})\s+(?:interview|office|company|firm|job|role|panel)s?\b"
        # "a us interview", "uk company": the short forms only before such a word
        r"|\b(?P<short>us|u\.s\.|usa|uk)\s+(?:interview|office|company|firm|job|role|panel"
        r"|employer)s?\b"
        # "Stockholm, interview on Thursday...", "trinidad - interviewed monday": a message that
        # opens with the place, set off by punctuation
        rf"|^\s*(?P<lead>{names})\s*(?:[,.:;]|\s[-–—]\s)",
        re.I,
    )


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    return {**_registry_names(), **PLACES}


def country_in(text: str) -> str | None:
    """The country of the first place the text says the user or the interview is in."""
    found = _where().search(text)
    if found is None:
        return None
    if found.group("short"):
        return "GB" if found.group("short").lower() == "uk" else "US"
    place = found.group("place") or found.group("before") or found.group("lead")
    return _places()[place.lower()]
