"""A rule asked about by its id ("what is tone-demanding?"), which the chat explains from the
rule's own rationale and examples rather than from a guide topic."""

from __future__ import annotations

import re


def rule_in(text: str) -> str | None:
    from coach.rulebook import load_rules

    lowered = text.lower()
    for rule_id in sorted(load_rules(), key=len, reverse=True):
        rid = re.escape(rule_id)
        if "-" not in rule_id:
            # an id that is also a plain word ("spelling") is a rule only when called one
            rid = (
                rf"(?:rule|check|finding|warning)\s+[\"'`“‘]?{rid}[\"'`”’]?"
                rf"|[\"'`“‘]{rid}[\"'`”’]|{rid}\s+(?:rule|check|finding|warning|error)"
            )
        if re.search(rf"(?<![\w-])(?:{rid})(?![\w-])", lowered):
            return rule_id
    return None
