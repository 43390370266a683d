"""Words of the English written in one country that SCOWL's lists lack ("shiok" in Singapore,
"craic" in Ireland), from rules/lexicon/regional-words.txt: known to `spelling` when the notes
name that country, read on first use."""

from __future__ import annotations

from functools import cache

from coach.rulebook import rules_dir


@cache
def _table() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    path = rules_dir() / "lexicon" / "regional-words.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        country, sep, words = line.partition(":")
        if sep and not line.startswith("#"):
            table[country.strip().upper()] = frozenset(words.lower().split())
    return table


def regional_words(country: str | None) -> frozenset[str]:
    """The country's own words, or none when the notes name no country."""
    return _table().get(country.upper(), frozenset()) if country else frozenset()
