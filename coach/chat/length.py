"""How long a message may be, asked with its length: "it's about 400 words, too long?". The
budget is the rulebook's (too-long), for the kind of message asked about."""

from __future__ import annotations

import re

from coach.models import Kind

#: a length the user states: "about 400 words", "~180 words"
WORDS_SAID = re.compile(
    r"(?:about|around|roughly|nearly|almost|over|~)?\s*(?P<n>\d{2,4})\s+words\b", re.I
)
#: and asks about it
LONG_ASKED = re.compile(
    r"\btoo long\b|\blong\b[^.!]*\?|\bhow (?:long|many words)\b|\blength\b", re.I
)


def length_verdict(question: str, kind: Kind | None) -> tuple[str, list[str]]:
    """Yes or no against the budget for the kind (a check-in's when none is named)."""
    said, asked = WORDS_SAID.search(question), LONG_ASKED.search(question)
    if said is None or asked is None:
        return "", []
    from coach.rulebook import load_rules

    budgets = {str(k): int(v) for k, v in load_rules()["too-long"].check["budgets"].items()}
    kind = kind or Kind.check_in
    budget = budgets.get(kind.value)
    if budget is None:
        return "", []
    size, what = int(said.group("n")), kind.value.replace("_", " ")
    if size > budget:
        return (
            f"Yes, too long: about {size} words, and a {what} should stay within about {budget}. "
            "Keep the thanks, your interest and one line of substance; cut the rest.",
            ["too-long"],
        )
    return (
        f"No, that is fine: about {size} words is within the {budget} a {what} should take.",
        ["too-long"],
    )
