"""Words the user means to say in a message, quoted as reported speech in the question: "can I
tell them I need an answer by Thursday?", "I want to tell them their process was unfair". They
are put back into the words the reader would get ("their process" -> "your process") and judged
by the checker's tone and rejection rules, as a pasted draft would be."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from coach.chat.phrases import SAY_THAT

#: a speech verb, whom it is said to, where, and what: "tell them in my follow-up that ..."
SAYING = re.compile(
    r"\b(?:(?P<v>tell|say|remind|point out|let (?:them|her|him) know)|write)\b"
    r"(?:\s+(?:them|her|him|the (?:recruiter|manager|hiring manager|interviewer|panel|team)"
    r"|(?-i:[A-Z][\w'’-]*)))?"
    r"(?:\s+(?:in|on|with)\s+(?:my|the|a|an)\s+(?:\w+\s+)?(?:follow[- ]?up|e-?mail|message|reply"
    r"|note|check[- ]?in|thank[- ]?you|call|letter)\w*)?"
    # "write" says what only with "that": "write back", "write to Sam", "write me a..." do not
    r"(?(v)(?:\s+that)?|\s+that)\s+(?P<words>[^?.!\n]{10,}?)\s*(?=[?.!\n]|,?\s+or\s+(?:is|would|should|will"
    r"|do|does|am|just)\b|$)",
    re.I,
)
#: the user asks whether they may say it: "can I ...", "should I ...", "is it OK to ..."
MAY_I = re.compile(
    r"\b(?:can|could|should|shall|may|would it be (?:ok|okay|fine)|is it (?:ok|okay|fine))"
    r"(?: I)?\b",
    re.I,
)
#: asking for the words rather than offering them: "what should I say", "what do I tell her"
ASKS_WHAT = re.compile(r"\bwhat (?:should|do|can|could|would|shall|must) I\b(?:\s+\w+)?\s*$", re.I)
#: the reader's words for what the user calls them, "their process" -> "your process"
_TO_READER = {
    "they'll": "you'll",
    "they're": "you're",
    "they've": "you've",
    "they'd": "you'd",
    "they": "you",
    "them": "you",
    "their": "your",
    "theirs": "yours",
    "themselves": "yourselves",
    "she": "you",
    "he": "you",
    "him": "you",
    "his": "your",
    "she'll": "you'll",
    "he'll": "you'll",
}
#: the rules about how a message reads, which a sentence or two can be judged by
READS = ("tone-", "rejection-argues", "rejection-reconsider", "rejection-feedback-pressed")


#: words in quotes: "can I put 'I respect your decision' in my reply?", "is 'just bumping
#: this' ok as an opener?" (a closing quote is one followed by a space, a stop or the end, so
#: "you'll" inside the words does not end them)
QUOTED = re.compile(
    r"(?:^|(?<=[\s(:]))['‘\"“](?P<words>(?:(?!['’\"”](?:[\s?.!,;:)]|$))[^\n]){8,240}?)"
    r"['’\"”](?=[\s?.!,;:)]|$)"
)
#: quoted words someone said or wrote, not ones to write: "they said 'give us two weeks'",
#: "one article says 'wait a fortnight'", "I said 'yeah of course'" (spoken at the interview);
#: the user's own "I wrote '...' in my follow-up" or "my reply says '...'" is theirs to send
_THEIRS = re.compile(
    r"(?:\b(?:said|told \w+|asked)\b"
    r"|(?<!\bi )(?<!\bmy )(?<!\bmy draft )(?<!\bmy reply )(?<!\bmy email )(?<!\bmy note )"
    r"\b(?:says|wrote|writes|replied|emailed|texted)\b)[^.?!\n]{0,30}$",
    re.I,
)
#: the question is about writing or saying something: a message, or a verb of putting words
_COMPOSING = re.compile(
    r"\b(?:put|write|writing|say|saying|open|opener|opening|start|end|close|sign off|reply"
    r"|include|mention|add|leave|draft|e-?mail|message|note|check[- ]?in|follow[- ]?up|card"
    r"|voicemail|letter|line|what about|how about|instead)\b",
    re.I,
)


def quoted_words(question: str) -> str | None:
    """Words the user quotes as ones they mean to write, as written, or None."""
    for match in QUOTED.finditer(question):
        words = match.group("words").strip(" ,;:-")
        before = re.split(r"[.!?\n]", question[: match.start()])[-1]
        if len(words.split()) < 3 or _THEIRS.search(before):
            continue
        rest = question[: match.start()] + " " + question[match.end() :]
        if not _COMPOSING.search(rest):
            continue
        words = words.replace("’", "'")
        stop = "" if words.endswith((".", "?", "!")) else "."
        return words[:1].upper() + words[1:] + stop
    return None


def intended_words(question: str) -> str | None:
    """The words the user means to write, as the reader would read them, or None."""
    if (quoted := quoted_words(question)) is not None:
        return quoted
    for match in SAYING.finditer(question):
        before = question[max(0, match.start() - 60) : match.start()]
        clause = re.split(r"[.!?\n]", before)[-1]
        if not (SAY_THAT.search(clause + match.group(0)) or MAY_I.search(clause)):
            continue
        if ASKS_WHAT.search(clause):  # "what should I say to him, he asked about...": no words
            continue
        words = re.sub(
            r"[\w']+",
            lambda m: _TO_READER.get(m.group(0).lower(), m.group(0)),
            match.group("words").replace("’", "'"),
        ).strip(" ,;:-\"'“”")
        if len(words.split()) >= 3:
            return words[:1].upper() + words[1:] + "."
    return None


@lru_cache(maxsize=1)
def _tone_checker() -> Any:
    from coach.engine import Checker
    from coach.rulebook import load_rules

    return Checker(select=[r for r in load_rules() if r.startswith(READS)])


def reads_badly(words: str, rejected: bool) -> bool:
    """The words trip one of the tone or rejection rules (a reply to a rejection when the user
    was turned down, a check-in otherwise)."""
    from coach.readers import parse_message

    kind = "rejection_reply" if rejected else "check_in"
    message = parse_message(words, "intended words", kind=kind)
    return any(f.severity != "info" for f in _tone_checker().check(message).findings)


#: the checker's rule for time words the dates contradict, which words alone can trip too
CLAIM_RULE = "timing-claim-mismatch"


def claims_wrongly(
    words: str, interview: dt.date | None, today: dt.date | None, country: str | None
) -> bool:
    """The words say a time since the interview that the dates contradict ("it's been over a
    month" 17 days on): judged as a check-in sent today, as the checker would."""
    if interview is None or today is None or today < interview:
        return False
    from coach.checks.timing_text import claims_about_the_interview
    from coach.models import Kind

    found = claims_about_the_interview(words, 0, Kind.check_in, country, interview, today)
    return next(iter(found), None) is not None
