"""Which of the notes' promised materials a message names: "my SQL sample" names "a sample SQL
query from my portfolio"."""

from __future__ import annotations

import re

#: words too common to name a material by
COMMON = {"with", "from", "that", "this", "the", "and", "for", "you", "our", "your", "my", "two"}


def _words(text: str) -> set[str]:
    # word by word, hyphens too; three letters and more, so that "SQL" or "CV" counts
    return {w for w in re.findall(r"[^\W_]{3,}", text.lower())} - COMMON


def named_material(folded: str, materials: list[str]) -> str | None:
    """The last material (of the notes' `materials[].what`) the folded text names by two of its
    words, or by its one word: "lane cost sample" names "a sample of my lane-cost analysis"."""
    said, found = _words(folded), None
    for what in materials:
        named = _words(what)
        if named and len(named & said) >= min(2, len(named)):
            found = what
    return found
