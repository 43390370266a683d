"""The writer's own earlier message said to be unanswered: a remark on the reader's silence.

"I am writing to you as well, since my note to Dr. Hale on Tuesday has not been answered" names
a message of the writer's and says nobody answered it: the reproach the rulebook gives as
"since my previous message went unanswered" (RULEBOOK §3, tone-passive-aggressive), however
the message is described and however the silence is put. Plain news of a wait is not this: "I
haven't heard back yet, so I wanted to check in" names no message of the writer's, and "my email
of 23 November had the references attached" says nothing of an answer.

Found by its structure, in closed classes: the writer's message ("my" and a word for a message,
two words between at most), then in the same clause a negated answer (not answered, no reply,
gone unacknowledged).
"""

from __future__ import annotations

import re

from coach.text import lazy_compile

_OWN_MESSAGE = (
    r"\bmy (?:[\w'’-]+ ){0,2}?(?:e-?mail|message|note|letter|voicemail|call|inmail|enquiry|"
    r"inquiry)s?\b"
)
_NOT_ANSWERED = (
    r"(?:(?:has|have|had|was|were)(?:n't|n’t| not| never)|(?:has|have|had) (?:still|yet) not)"
    r"(?: yet| so far| still)? been (?:answered|acknowledged|returned|replied to|read)|"
    r"(?:(?:has|have|had) )?(?:had|got|gotten|received|drawn|drew|met with) (?:no|not a single|"
    r"not one) (?:reply|response|answer|acknowledge?ment|word)|"
    r"(?:went|has gone|have gone|had gone|remains?|remained|is still|are still|was left|"
    r"were left|has been left|have been left|sits?|sat) (?:\w+ )?(?:unanswered|unacknowledged|"
    r"unreturned|unread)"
)
#: the message, then within its clause (no stop but an honorific's, no colon or semicolon) the
#: silence
_UNANSWERED = lazy_compile(
    rf"{_OWN_MESSAGE}(?:\b(?:Dr|Mrs?|Ms|Mx|Prof|St)\.|[^.!?;:]){{0,60}}?\b(?:{_NOT_ANSWERED})\b",
    re.I,
)
#: words the construction needs, one of them, before its pattern is tried
WORDS = ("answer", "acknowledg", "repl", "respon", "unread", "returned", "word")


def unanswered_message(sentence: str) -> bool:
    """Whether the sentence says a message of the writer's went unanswered."""
    lower = sentence.lower()
    if "my " not in lower or not any(w in lower for w in WORDS):
        return False
    return _UNANSWERED.search(sentence) is not None
