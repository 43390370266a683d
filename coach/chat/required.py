"""Whether a part of a message is required: "do I need to mention something specific, or is a
general thanks fine?". The part asked about is matched to the rule that finds it missing, and
that rule's severity for the message's kind gives the yes or no (an error: yes, it is needed; a
warning: it is expected; a rule that does not apply to the kind: no)."""

from __future__ import annotations

import re

from coach.chat.kinds import kind_in
from coach.models import Kind

#: asking whether something is required: "do I need to", "do I have to", "is it necessary to"
NEED_ASKED = re.compile(
    r"\b(?:do|would|will) I (?:really |actually |still |also |even )?(?:need|have) to\b|\bmust I\b"
    # "should my thank-you actually say I'm still interested?": the part, from its verb on
    r"|\bshould (?:my|the|it|this|I) (?:[\w'’-]+ ){0,3}?(?:actually |really |also |still )?"
    r"(?=(?:say|mention|include|restate|express)\b)"
    r"|\bis it (?:necessary|required|essential|a must) to\b|\bdoes it (?:need|have) to\b",
    re.I,
)
#: the part of a message asked about, by the rule that finds it missing: (words, what to do)
PARTS = {
    "detail-missing": (
        r"specific|detail|something (?:we|I|you|they) (?:talked|discussed|spoke)"
        r"|(?:mention|reference|bring up|name) (?:something|a (?:topic|point|project))"
        r"|something from the (?:interview|conversation|chat|call)",
        "name one specific thing you discussed",
    ),
    "interest-missing": (
        r"(?:say|restate|repeat|mention|express)\w* (?:that )?(?:I'?m |I am |I |my )?"
        r"(?:still |really )?(?:interest|keen|want (?:it|the (?:job|role)))",
        "say you still want the role",
    ),
    "gratitude-missing": (
        r"(?:say|include|express|add)\w* (?:a |my )?(?:thanks|thank you|gratitude)",
        "thank them",
    ),
    "subject-missing": (r"subject(?: line)?", "give it a subject line"),
    "signoff-missing": (r"sign[- ]?off|sign (?:it|my name)", "sign off with your name"),
}


def required_verdict(question: str, kind: Kind | None) -> tuple[str, list[str]]:
    """The yes or no to "do I need X?", from the rule for X and the kind of message asked about
    (a thank-you when none is named)."""
    need = NEED_ASKED.search(question)
    if need is None:
        return "", []
    from coach.rulebook import load_rules

    asked = question[need.end() :]
    asked = re.split(r"\bor\b", asked, maxsplit=1)[0]  # "..., or is a general thanks fine?"
    rules = load_rules()
    kind = kind or kind_in(question) or Kind.thank_you
    for rule_id, (words, do) in PARTS.items():
        if rule_id not in rules or not re.search(rf"\b(?:{words})", asked, re.I):
            continue
        rule = rules[rule_id]
        applies = rule.applies_to.kinds == "all" or kind in rule.applies_to.kinds
        what = kind.value.replace("_", "-")
        if not applies:
            return f"No, a {what} does not need that.", []
        if rule.severity_for(kind) == "error":
            return (
                f"Yes: {do}; a {what} without it is not ready to send ({rule_id}), and a "
                "general version reads as a template.",
                [rule_id],
            )
        return f"Yes, it is expected: {do}; without it a {what} gets a warning ({rule_id}).", [
            rule_id
        ]
    return "", []
