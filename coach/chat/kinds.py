"""Which kind of message a question names ("my LinkedIn note", "the final check-in"), read
from its words; the occasion it is sent on ("after the rejection") does not name it."""

from __future__ import annotations

import re

from coach.models import Kind

__all__ = ["kind_in"]

_KIND_WORDS = [
    (Kind.final_follow_up, r"final(?!ly)|last (?:follow|check)"),
    (Kind.rejection_reply, r"reject|turned down|rejection"),
    (Kind.linkedin_note, r"linked ?in"),
    (Kind.handwritten_note, r"handwritten|card|letter"),
    (Kind.materials, r"reference|material|portfolio|sample"),
    (Kind.check_in, r"check[- ]?in|status|follow[- ]?up|chase|nudge"),
    (Kind.thank_you, r"thank"),
    # named by its own windows only, the thank-you's: "the 2 day deadline for her note"
    (
        Kind.thank_you,
        r"(?:2|two)[- ]day (?:deadline|limit|window|rule)"
        r"|(?:24|48)[- ]?h(?:ou)?rs? (?:deadline|limit|window|rule|target)",
    ),
]

#: when the message goes, not what it is: "(after the rejection)", "since the final round"
_CIRCUMSTANCE = re.compile(
    r"\b(?:after|since|following)\s+(?:the|their|her|his|my|a|an|that|this)?\s*"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,2}",
    re.I,
)


def kind_in(text: str) -> Kind | None:
    """The kind of message the text names; one named only as the occasion ("a LinkedIn note
    after the rejection") gives way to the message itself."""
    own = _CIRCUMSTANCE.sub(" ", text)
    return _named_kind(own) if own != text and _named_kind(own) else _named_kind(text)


def _named_kind(text: str) -> Kind | None:
    for kind, pattern in _KIND_WORDS:
        if re.search(rf"\b(?:{pattern})", text, re.I):
            return kind
    return None
