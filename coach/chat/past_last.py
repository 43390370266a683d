"""A question about what comes after the last follow-up allowed: "if my second check-in goes
unanswered too, then what?", "say the final one gets nothing back, do I write again?". The
articles' answer is to stop and move on (004 "Don't Ignore other Opportunities", 002 FAQ 9),
whatever dates the question names for the follow-ups before it."""

from __future__ import annotations

import re

#: the last follow-up the rules allow, named: "my second check-in", "the final one", "both emails"
LAST_NAMED = re.compile(
    r"\b(?:last|final|second|2nd|both|two|2|either of (?:my|the))\s+"
    r"(?:\w+\s+)?(?:one|ones|follow[- ]?ups?|check[- ]?ins?|e-?mails?|calls?|notes?|nudges?)\b",
    re.I,
)
#: and silence after it: "goes unanswered", "gets no reply", "still nothing back"
SILENCE = re.compile(
    r"\b(?:unanswered|ignored|no (?:reply|answer|response|news|word)|nothing(?: back)?"
    r"|(?:radio )?silence|ghost(?:ed|s)?)\b",
    re.I,
)
#: and the question reaches past it: "then what?", "again", "keep going", "is that me done"
BEYOND = re.compile(
    r"\b(?:then what|what then|again|keep (?:going|\w+ing)|every (?:week|month)|give up"
    r"|let it go|done with|move on|one more|after that|too|either|as well)\b",
    re.I,
)


#: follow-ups with no end: "keep calling every week till it comes", "email her every month"
ENDLESS = re.compile(
    r"\bkeep (?:on )?(?:call|ring|phon|email|e-mail|messag|text|chas|nudg|writ|follow)\w*"
    r"|\b(?:call|ring|phone|email|e-mail|message|text|chase|nudge|write|check in)\w*\b[^.?!]{0,30}"
    r"\bevery (?:week|month|day|few days|couple of (?:days|weeks))\b",
    re.I,
)


def past_last(question: str) -> bool:
    """The question asks what to do once the last allowed follow-up has met silence, or plans
    follow-ups with no end, which reach past it whatever came before."""
    if ENDLESS.search(question):
        return True
    named = LAST_NAMED.search(question)
    if named is None:
        return False
    rest = question[named.start() :]
    return SILENCE.search(question) is not None and BEYOND.search(rest) is not None
