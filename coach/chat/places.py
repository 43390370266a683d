"""Where the user says they are ("I'm in Nairobi", "here in Denver", "interview in London"):
the country whose public holidays the business days skip, when there are no notes to say so."""

from __future__ import annotations

import re

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
}  # fmt: skip

#: a place said as where the user, the interview or the company is
_NAMES = "|".join(sorted((re.escape(p) for p in PLACES), key=len, reverse=True))
_WHERE = re.compile(
    rf"\b(?:in|at|from|based in|here in|out of|near)\s+(?P<place>{_NAMES})\b"
    # "the toronto interview was on Friday": the place named as the interview's
    rf"|\b(?P<before>{_NAMES})\s+(?:interview|office|company|firm|job|role|panel)s?\b"
    # "a us interview", "uk company": the short forms only before such a word
    r"|\b(?P<short>us|u\.s\.|usa|uk)\s+(?:interview|office|company|firm|job|role|panel|employer)s?\b",
    re.I,
)


def country_in(text: str) -> str | None:
    """The country of the first place the text says the user or the interview is in."""
    found = _WHERE.search(text)
    if found is None:
        return None
    if found.group("short"):
        return "GB" if found.group("short").lower() == "uk" else "US"
    return PLACES[(found.group("place") or found.group("before")).lower()]
