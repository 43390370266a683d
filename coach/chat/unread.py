"""Date and time words the chat could not read, named in the answer rather than silently
dropped: "friday lunchtime" gives Friday, and the answer says it could not read "lunchtime";
"mid-may", "3/5", "after the holidays" likewise. A word is read when one of the readers' own
patterns (a date, a clock time, a part of the day, a duration) covers it."""

from __future__ import annotations

import re

from coach.chat.dates import CLOCK, DATE, DURATION, MONTH_WORD
from coach.chat.relative import COUNTED_FROM, OF_MONTH

#: words that say when, vaguely or in a form no reader takes
CANDIDATE = re.compile(
    r"\b(?:eod|cob|close of (?:play|business)"
    r"|end of (?:the )?(?:day|business|month)|after work|after hours"
    r"|tea ?time|mid[- ]?(?:month|week|morning|afternoon|day|" + MONTH_WORD + r"\w*)"
    r"|(?:early|late|start of|beginning of|end of)\s+(?:next |this |the )?(?:month|"
    + MONTH_WORD
    + r"\w*)"
    r"|(?:early|late)\s+(?:next|this)\s+week|(?:next|this|last) month|the week after next"
    r"|after (?:the )?(?:holidays?|break|weekend|easter|christmas|new year)|over the weekend"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r")\b",
    re.I,
)
#: what the readers cover: a date, a clock time, a length of time, a part of the day
_READ = (
    DATE,
    CLOCK,
    DURATION,
    OF_MONTH,
    COUNTED_FROM,
    re.compile(r"\b(?:morning|afternoon|arvo|evening|night)\b", re.I),
)


def unread(question: str) -> list[str]:
    """The date or time words in the question that no reader covers, in order, once each."""
    covered = [m.span() for pattern in _READ for m in pattern.finditer(question)]
    found: list[str] = []
    for match in CANDIDATE.finditer(question):
        start, end = match.span()
        if any(a < end and start < b for a, b in covered):
            continue  # part of something read: "the end of next week"
        words = " ".join(match.group(0).split())
        if words.lower() not in (w.lower() for w in found):
            found.append(words)
    return found


def unread_line(question: str) -> str:
    """The sentence that names them, or ""."""
    words = unread(question)
    if not words:
        return ""
    quoted = " or ".join(f"“{w}”" for w in words[:3])
    return (
        f"I could not read {quoted} as a date or time, so I went without it; give a day and a "
        "clock time (say, “Friday 7 May, 12:00”) if it matters."
    )


def with_unread(text: str, question: str) -> str:
    """The answer with that sentence after its first paragraph (the verdict stays first)."""
    line = unread_line(question)
    if not line:
        return text
    head, sep, rest = text.partition("\n\n")
    return f"{head}\n\n{line}{sep}{rest}" if sep else f"{head}\n\n{line}"
