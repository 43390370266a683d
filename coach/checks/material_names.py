"""Whether a message names a material the candidate promised (for `timing-materials-late`)."""

from __future__ import annotations

import re

#: words of a material's description that do not tell one material from another
_MATERIAL_FILLER = frozenset(
    {
        "the",
        "a",
        "an",
        "my",
        "your",
        "our",
        "some",
        "any",
        "two",
        "three",
        "four",
        "five",
        "six",
        "copy",
        "copies",
        "of",
        "and",
        "with",
        "for",
        "from",
        "names",
        "name",
        "list",
        "details",
        "contact",
        "link",
        "links",
        "set",
        "final",
        "latest",
        "full",
        "short",
    }
)


def names_material(what: str, text: str) -> bool:
    """Does the text name the material ("three references" in "my references are attached";
    "a writing sample" in "the sample you asked for")? Words are compared on their first six
    letters, so "referees" and "references" match."""
    words = [w for w in re.findall(r"[a-z]+", what.lower()) if len(w) > 3]
    stems = {w[:6] for w in words if w not in _MATERIAL_FILLER}
    if not stems:
        return False
    found = {w[:6] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3}
    return bool(stems & found)
