"""Verdicts on one text for several interviewers: owed to another person too, asked ahead
("should Ngozi's note be the same as Seun's?"), or already sent ("they were the same text")."""

from __future__ import annotations

import re

from coach.chat.context import Situation

#: whether another person is owed one as well: "do I need to send one to Alex too?"
OWED_TOO = re.compile(
    r"\b(?:need to|have to|should I|do I|must I)\b[^.?!]{0,40}\b(?:too|as well|also)\b", re.I
)
#: the question tells of something done: "were the same text", "I sent both the same note"
SENT_WORDS = re.compile(r"\b(?:were|was|sent|went|used|did|wrote|had)\b", re.I)
#: asked before writing: "should it be the same?", "can I send the same note?", "is it ok to"
AHEAD = re.compile(
    r"\b(?:should|can|could|may|shall|do I|would it|is it (?:ok|okay|fine|alright))\b", re.I
)


#: asked whether it did harm: "was that bad?", "a mistake?", "did it hurt me?"
JUDGED = re.compile(r"\b(?:bad|mistake|problem|wrong|hurt|harm|big deal)\b", re.I)


def same_text_verdict(
    situation: Situation, person: str | None, question: str
) -> tuple[str, list[str]]:
    """One text to several interviewers: never a copy; for next time, if it already went."""
    from coach.chat.deadlines import thank_you_verdict

    if OWED_TOO.search(question):
        due, rules = thank_you_verdict(situation, person, question)
        if due.startswith("Send your thank-you"):  # "thanked Sam; Alex too? the same email"
            return (
                "Yes: each interviewer is owed their own thank-you, in their own words, not a "
                f"copy. {due}",
                ["duplicate-across-interviewers", *rules],
            )
    if AHEAD.search(question) and not re.search(r"\bI\s+(?:sent|used|wrote)\b", question, re.I):
        due, rules = thank_you_verdict(situation, person, question)
        due = due if due.startswith("Send your thank-you") else ""
        return (  # "should my note to Ngozi be the same as Seun's?"
            "No: write each interviewer their own note, with a detail from your talk with that "
            f"person; readers compare notes, and a copy reads as generic. {due}".strip(),
            ["duplicate-across-interviewers", *(rules if due else [])],
        )
    if SENT_WORDS.search(question):
        why = re.search(r"\bwhy\b|\bbecause\b|\breason\b", question, re.I)
        maybe = (
            "It may have counted, though no one can say why a decision went as it did: "
            if why
            else ""
        )
        judged = JUDGED.search(question) and not maybe
        maybe = "Yes, it was a weak spot: " if judged else maybe  # "was that bad?"
        said = (  # "my two thank-yous were the same text": a known weak spot, for next time
            "identical notes to two interviewers read as generic, and readers compare them. Next "
            "time, write each person their own note, with a detail from your talk with them."
        )
        return maybe + said if maybe else said[:1].upper() + said[1:], [
            "duplicate-across-interviewers"
        ]
    return "", []
