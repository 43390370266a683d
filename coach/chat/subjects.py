"""The subject line of a thank-you or a check-in: name the thanks (or the check-in) and the
role, so the reader knows what it is before opening it. The articles do not discuss subject
lines; the rulebook's form check (subject-missing) asks for one."""

from __future__ import annotations

import re

from coach.chat.context import Situation

#: a subject the user proposes, quoted: "is just 'Follow up' ok?"
PROPOSED = re.compile(r"[\"“'‘](?P<s>[^\"“”'’\n]{2,80})[\"”'’]")
#: the question asks whether the subject will do
WILL_DO = re.compile(
    r"\b(?:ok|okay|fine|enough|good|alright|work|do|does|suffice|acceptable"
    r"|too (?:short|vague|plain))\b",
    re.I,
)


def subject_verdict(situation: Situation, question: str) -> tuple[str, list[str]]:
    """A subject naming the thanks and the role; a proposed one judged by whether it does."""
    notes = situation.notes
    role = notes.role if notes is not None and not situation.synthetic else "[role]"
    check_in = re.search(
        r"check[- ]?in|follow[- ]?up email|chas", question, re.I
    ) and not re.search(r"thank", question, re.I)
    example = f"Following up: {role} interview" if check_in else f"Thank you: {role} interview"
    advice = (
        f"Name what it is and the role, e.g. “{example}”, so the reader knows before opening it; "
        "a message with no subject is flagged (subject-missing)."
    )
    proposed = PROPOSED.search(question)
    if proposed is None or not WILL_DO.search(question):
        return advice, ["subject-missing"]
    said = proposed.group("s")
    names_role = notes is not None and any(
        w.lower() in said.lower() for w in re.findall(r"[A-Za-z]{4,}", notes.role)
    )
    specific = bool(re.search(r"thank|interview", said, re.I)) and (
        names_role or "interview" in said.lower()
    )
    if specific:
        return f"Yes, “{said}” works: it says what the message is. {advice}", ["subject-missing"]
    return f"No, “{said}” alone is too vague. {advice}", ["subject-missing"]
