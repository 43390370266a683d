"""The verdict convention for a question about a fault ("was my check-in too early?", "is
that too much?", "did I send it late?"): such a question has two yes-or-no readings, the
literal one ("no, not too early") and the one the user acts on ("yes, it was fine"). The answer
opens with whichever the lead already gives and closes its first paragraph with the other, so
both are said and neither contradicts the dates after them:

- "Yes" as the verdict always means the send or the wording is all right; "No" that it is not;
- the literal reading names the fault the question named ("not too soon", "yes, too much").

A question asked the "may I?" way ("is it ok to email on the 8th?") has only one reading and
is left alone, as is a lead whose stance cannot be read."""

from __future__ import annotations

import re

from coach.chat.yes_no import asked

__all__ = ["both_ways", "lead_fine"]

#: a first paragraph that says the thing asked about is all right
_FINE = re.compile(
    r"^(?:No, (?:it (?:was|is) )?not (?:too |a bit )?(?:early|soon|late|much|premature)\b"
    r"|No, it (?:was|is) on time\b|No, it (?:was|is) not early\b|No, it is fine\b"
    r"|No, not too \w+|No, the tone is fine\b|No, it isn'?t\b|No, not (?:rude|weird|pushy"
    r"|too much|a problem|desperate|annoying|strange|odd)\b"
    r"|Yes(?:, that| it)? (?:was|is|would have been) fine\b|Yes, still in time\b|Yes, in time\b"
    r"|Yes, on time\b|Yes, that was fine\b|Yes: [^.]{0,80} is fine for\b|On time:)",
)
#: a first paragraph that says it is not: early, late, too soon, or a wording at fault
_NOT_FINE = re.compile(
    r"^(?:Yes, too (?:early|soon|much|late)\b|Yes, it (?:was|is) (?:early|late|too)\b"
    r"|Yes, it is late now\b|Yes, it reads as\b|Yes, it matters\b|Yes, that is \w+"
    r"|No, that was too soon\b|No, that would have been early\b|No, not as it stands\b"
    r"|No, I wouldn'?t put it that way\b|No, not yet: wait\b|No: [^.;]{0,80} too early\b"
    r"|No, not on its own now\b|No, it is late now\b)",
)
#: the fault the question names: "too early", "too much", "pushy", "late"
_FAULT_NAMED = re.compile(
    r"\btoo (?:early|soon|late|much|many|often|pushy|strong|casual|familiar|long|forward)\b"
    r"|\b(?:rude|pushy|weird|desperate|needy|unprofessional|awkward|overkill|strange|odd"
    r"|premature|passive aggressive|a problem)\b|\b(?:early|late)\b(?!\s+enough)",
    re.I,
)
_PAST = re.compile(r"\b(?:was|were|did|had|have been|went)\b", re.I)


def lead_fine(paragraph: str) -> bool | None:
    """Whether the answer's first paragraph finds the thing asked about all right."""
    if _FINE.search(paragraph):
        return True
    if _NOT_FINE.search(paragraph):
        return False
    return None


def both_ways(text: str, question: str) -> str:
    """The answer with both readings of a fault question's yes or no in its first paragraph."""
    yes_no = asked(question)
    if yes_no is None or not text.startswith(("Yes", "No", "On")):
        return text
    if yes_no.frame == "ok":
        return _ok_said(text, yes_no.clause)
    if yes_no.frame != "fault":
        return text
    if re.search(r"\bmatters?\b", yes_no.clause, re.I):  # "does it matter?" has one reading
        return text
    first, sep, rest = text.partition("\n\n")
    fine = lead_fine(first)
    if fine is None:
        return text
    named = _FAULT_NAMED.search(yes_no.clause) or _FAULT_NAMED.search(question)
    fault = named.group(0).lower() if named else ""
    was = "was" if _PAST.search(yes_no.clause) else "is"
    literal = "No" if fine else "Yes"  # "too early?": no when it was fine
    if first.startswith(literal) or first.startswith("On"):  # the verdict is what is missing
        said = f"In short: yes, that {was} fine." if fine else f"In short: no, that {was} not ok."
    elif fault:  # the verdict is said; the fault's own words are missing
        said = f"In short: no, it {was} not {fault}." if fine else f"In short: yes, {fault}."
    else:
        return text
    return f"{first.rstrip()} {said}{sep}{rest}"


def _ok_said(text: str, clause: str) -> str:
    """A "may I?" question ("was that ok or too soon?", "ok to send? bit harsh?") whose lead
    answers the fault's reading instead ("No, it was on time", "Yes, it reads as blaming"):
    the verdict in the question's own sense is added, so the yes or no says what to do."""
    first, sep, rest = text.partition("\n\n")
    fine = lead_fine(first)
    was = "was" if _PAST.search(clause) else "is"
    if fine is True and first.startswith(("No", "On")):
        said = f"In short: yes, that {was} fine."
    elif fine is False and first.startswith("Yes"):
        said = f"In short: no, that {was} not ok."
    else:
        return text
    return f"{first.rstrip()} {said}{sep}{rest}"
