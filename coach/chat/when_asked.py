"""A question that asks for a date ("when can I check in?", "what's the earliest day?", "if I
hear nothing, when do I follow up?") is answered with the date, not with the plan's yes or no:
"No, not yet: wait until Monday" answers "can I send it now?", which was not asked. The plan's
lead is reworded so the date comes first; a question that also asks a yes or no keeps it."""

from __future__ import annotations

import re

from coach.chat.yes_no import asked

#: the question word of a date: "when can/should/do I", "when's the next one", "then when?",
#: "what day/date", "how soon", "how long do I wait", "the earliest ... date"; not "when I sent
#: it" or "when they call", which tell a story
WHEN = re.compile(
    r"\bwhen(?:['’]s|\s+(?:can|could|should|shall|do|does|would|will|is|are|must|might|may|am"
    r"|exactly|at the earliest)\b|\s*\?|\s*$)"
    r"|\b(?:what|which)\s+(?:date|day)\b|\bhow\s+soon\b|\bhow\s+long\s+(?:should|do|must|would"
    r"|will|can)\s+I\s+(?:\w+\s+)?wait\b|\bearliest\b|\bby\s+when\b",
    re.I,
)

#: the plan's leads that answer "may I now?": "No, not yet: wait until D to send a W (why). Sooner
#: is early." and "No: D1 is too early for a W; wait until D2 (why)."
_NOT_YET = re.compile(
    r"^No, not yet: wait until (?P<day>[^.]+?) to send (?P<rest>.+?)"
    r"\. Sooner is early\."
)
_TOO_EARLY = re.compile(
    r"^No: (?P<asked>[^.;]+?) is too early for (?P<what>[^;]+); wait until (?P<day>[^(.]+?)"
    r" \((?P<why>[^)]*(?:\([^)]*\)[^)]*)*)\)\."
)


#: a question opened by a question word: "when should I...", "so what do I..."; not "what if I
#: ring tomorrow?", which asks whether
_WH_OPENS = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|also|then|hi|hey)\W+)*(?:what(?!\s+if\b)|when|how|which|who|where|why)\b",
    re.I,
)
#: a lead's bare verdict: "Yes: send it today", "No, not yet: wait until Monday"
_BARE_VERDICT = re.compile(r"^(?:Yes|No)(?:, not yet)?: (?=\S)")


def asks_when(question: str) -> bool:
    """The question asks for a date and no yes or no beside it."""
    return WHEN.search(question) is not None and asked(question) is None


def date_first(lead: str, question: str) -> str:
    """The plan's "not yet" lead, reworded to give the date a when-question asks for; any
    other when, what or how question loses the plan's bare yes or no."""
    if not asks_when(question):
        return verdict_unasked(lead, question)
    found = _NOT_YET.match(lead)
    if found is not None:
        rest = lead[found.end() :].strip()
        head = f"From {found.group('day')}: send {found.group('rest')}; sooner is early."
        return f"{head} {rest}".strip()
    found = _TOO_EARLY.match(lead)
    if found is not None:
        rest = lead[found.end() :].strip()
        head = (
            f"From {found.group('day')}: that is the first day for {found.group('what')} "
            f"({found.group('why')}); {found.group('asked')} would be too early."
        )
        return f"{head} {rest}".strip()
    return verdict_unasked(lead, question)


def verdict_unasked(lead: str, question: str) -> str:
    """The lead without the plan's "Yes:" or "No:" when the question asks when, what or how
    ("when should I send my thank-you?"): a verdict there answers nothing that was asked. The
    plan words its leads for "may I now?"; a question with a yes or no beside keeps them."""
    bare = _BARE_VERDICT.match(lead)
    if bare is None or not _WH_OPENS.search(question) or asked(question) is not None:
        return lead
    rest = lead[bare.end() :]
    return rest[:1].upper() + rest[1:]
