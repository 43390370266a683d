"""How long a message may be, asked with its length: "it's about 400 words, too long?". The
budget is the rulebook's (too-long), for the kind of message asked about."""

from __future__ import annotations

import re

from coach.models import Kind

#: a length the user states: "about 400 words", "~180 words", "around 410 characters" (the
#: unit a LinkedIn note's budget is counted in)
WORDS_SAID = re.compile(
    r"(?:about|around|roughly|nearly|almost|over|~)?\s*(?P<n>\d{2,4})\s*"
    r"(?P<unit>words|characters|chars)\b",
    re.I,
)
#: and asks about it: "too long?", "do I need to cut it down?"
LONG_ASKED = re.compile(
    r"\btoo (?:long|much)\b|\blong\b[^.!]*\?|\bhow (?:long|many words)\b|\blength\b"
    r"|\bcut (?:it |that |this )?(?:down|back)\b|\b(?:trim|shorten)\b",
    re.I,
)


#: whether a length will do, asked as "is that ok?" rather than "too long?"
OK_ASKED = re.compile(r"\b(?:ok|okay|fine|alright|acceptable|all right)\b", re.I)


#: the budget asked for a kind of message, with no length said: "how long should a check-in
#: be?", "how long can a LinkedIn note be?" (not "how long should I wait?")
BUDGET_ASKED = re.compile(
    r"\bhow (?:long|many words|many characters)\s+(?:should|can|could|must|may|is|do)\s+"
    r"(?:(?:a|an|the|my|your|that|this)\s+[^?.!]{0,40}?|(?:it|they|this|that|mine)\s+(?:\w+\s+){0,2}?)"
    r"(?:be|run)\b"
    # the message named before: "a card too? max length?", "what's the word limit on it?"
    r"|\b(?:max(?:imum)?|ideal|right|best)\s+(?:length|word count|number of words)\b"
    r"|\bword (?:limit|count)\b",
    re.I,
)


#: the kinds as a reader names them
NAMED = {
    Kind.check_in: "check-in",
    Kind.thank_you: "thank-you",
    Kind.final_follow_up: "final follow-up",
    Kind.linkedin_note: "LinkedIn note",
}
#: the guide entry on what each kind says, where a question about its length belongs
CONTENT_ENTRY = {
    Kind.check_in: "check-in-content",
    Kind.final_follow_up: "check-in-content",
    Kind.thank_you: "thank-you-content",
    Kind.linkedin_note: "linkedin",
    Kind.handwritten_note: "handwritten-note",
}


def length_verdict(question: str, kind: Kind | None) -> tuple[str, list[str]]:
    """Yes or no against the budget for the kind (a check-in's when none is named); with no
    length said, the budget itself for the kind named."""
    said, asked = WORDS_SAID.search(question), LONG_ASKED.search(question)
    if said is not None and asked is None:  # "it's 240 characters, is that fine?"
        asked = OK_ASKED.search(question, said.end(), said.end() + 30)
    if (said is None or asked is None) and not (kind and BUDGET_ASKED.search(question)):
        return "", []
    from coach.rulebook import load_rules

    budgets = {str(k): int(v) for k, v in load_rules()["too-long"].check["budgets"].items()}
    if said is not None and said.group("unit").lower() != "words":
        kind = Kind.linkedin_note  # the one kind whose budget is counted in characters
    kind = kind or Kind.check_in
    budget = budgets.get(kind.value)
    if budget is None:
        return "", []
    what = kind.value.replace("_", " ")
    if said is None or asked is None:
        unit, rest = "words", "thanks, your interest and one line of substance"
        if kind == Kind.linkedin_note:  # a connection request: the thanks itself goes by email
            unit, rest = "characters", "a line of thanks; the full thank-you goes by email"
        return (
            f"Keep a {NAMED.get(kind, what)} short: about {budget} {unit} at most, the "
            f"rulebook's budget (too-long). Brief respects their time: {rest}.",
            ["too-long"],
        )
    size = int(said.group("n"))
    unit = "characters" if kind == Kind.linkedin_note else "words"
    # "is that ok?" is answered the other way round from "is it too long?"
    ok_asked = OK_ASKED.search(question) and not re.search(r"\btoo long\b", question, re.I)
    named = NAMED.get(kind, what)
    if size > budget:
        return (
            f"{'No' if ok_asked else 'Yes'}, too long: about {size} {unit}, and a {named} "
            f"should stay within about {budget}. Keep the thanks, your interest and one line of "
            "substance; cut the rest.",
            ["too-long"],
        )
    return (
        f"{'Yes' if ok_asked else 'No'}, that is fine: about {size} {unit} is within the "
        f"{budget} a {named} should take.",
        ["too-long"],
    )


#: the size of a message asked about, whatever else the question asks: "and how long should the
#: email be?", "how many words max?", "mine is about 400 words, too much?" (not "how long
#: should I wait?")
SIZE_ASKED = re.compile(
    r"\btoo long\b|\blength\b|\bword (?:limit|count)\b|\bwords? max\b"
    r"|\bmax(?:imum)? (?:words|length|characters)\b|\b\d{2,4}\s+(?:words|characters)\b"
    r"|\bhow (?:long|many words|many characters)\b(?![^.?!]{0,40}\b(?:wait|after|before I"
    r"|until|till|since|ago|take|takes|left|between|do they|will they|for)\b)",
    re.I,
)


def size_asked(question: str) -> bool:
    """The question asks how long a message may be (or whether its length will do)."""
    return SIZE_ASKED.search(question) is not None


def asked_second(question: str) -> bool:
    """The length is the second thing asked ("worth sending a card? how long should it be?"):
    its budget follows the answer to the first question instead of leading."""
    asked = BUDGET_ASKED.search(question) or LONG_ASKED.search(question)
    return asked is not None and "?" in question[: asked.start()]
