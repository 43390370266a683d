"""A hello that opens the user's own question ("hi, when do I send the thank-you?"), told
from the greeting that opens a pasted draft ("Hi Sam, thank you for...")."""

from __future__ import annotations

import re

#: the user's own message about their follow-ups: "whats the latest i can send the thank you
#: emails?" (a draft speaks to its reader of "our conversation", not of "my thank-you notes")
ABOUT_MY_MESSAGES = re.compile(
    r"\b(?:thank[- ]?you (?:e-?mails?|notes?|messages?|letters?)|my (?:panel |job )?interview"
    r"|(?:can|should|may|do) i (?:send|email|call|write|follow)|the thank[- ]?yous?\b"
    r"|\bmy (?:\w+ )?(?:follow[- ]?ups?|check[- ]?ins?)\b|\b(?:which|what) day\b)",
    re.I,
)


def greets_coach(greeting: str, text: str) -> bool:
    """ "hi, had my interview this morning... when do I send the thank-you?": a nameless hello
    to the coach on a one-line question, not the opening of a pasted draft."""
    named = re.sub(r"(?i)^(?:dear|hi|hello|hey|good (?:morning|afternoon))\s*", "", greeting)
    return (
        not named.strip(" ,")
        and "\n" not in text
        and text.rstrip().endswith("?")
        and ABOUT_MY_MESSAGES.search(text) is not None
    )
