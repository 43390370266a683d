"""A thank-you asked about beside its content: "do I still thank her, and what do I mention?".
The content entry answers the second ask; the first, whether that thank-you is owed, is the
plan's to answer, with its date."""

from __future__ import annotations

import re

from coach.chat.answer import join
from coach.chat.context import Situation

__all__ = ["owed_first"]

#: the ask whether to thank someone at all: "do I still thank her", "should I thank him too"
THANK_ASKED = re.compile(
    r"\b(?:do|should|shall|must|can) I (?:still |also |even |really )?(?:need to )?"
    r"(?:thank|send (?:her|him|them) (?:a |my )?thank)",
    re.I,
)


def owed_first(text: str, entry: str, s: Situation, person: str | None, question: str) -> str:
    """ "do I still thank her, and what do I mention?": the content answers the second ask; the
    first, whether the thank-you is owed, gets the plan's yes and its date before it."""
    from coach.chat.verdicts import verdict
    from coach.chat.yes_no import says_verdict
    from coach.guide import load_guide

    if entry != "thank-you-content" or says_verdict(text) or not THANK_ASKED.search(question):
        return text
    if s.notes is None or s.synthetic or person is None:
        return text
    lead, _ = verdict(load_guide().entries["thank-you-timing"], s, person, question)
    if not lead.startswith("Send your thank-you to "):  # owed and still in time: the plan's date
        return text
    return join(f"Yes. {lead}", text)
