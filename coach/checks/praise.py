"""Praise said plainly, which a tone classifier can mistake for sarcasm.

A sentence that opens as the writer's own praise or pleasure ("I was glad your manager raised
the hand-off meeting", "Both show a team that takes its numbers seriously", "You've built a
great group") is sincere unless it turns: a negation, a condition, a contrast, a superlative of
fault or a barb word ("I was glad to hear it, though I doubt ...", "I enjoyed it, but good luck
..."). Sarcasm needs that turn, or an opening that is not praise ("Congratulations on running
the slowest process", "Enjoy explaining to your board ..."), so those stay the classifier's.
"""

from __future__ import annotations

import re

from coach.text import lazy_compile

#: the writer's praise or pleasure, as a sentence opens
_OPENS = lazy_compile(
    r"^(?:(?:and|also|so),? )?(?:"
    r"I (?:was|am|'m|felt) (?:so |really |very |truly |especially |particularly )?"
    r"(?:glad|pleased|delighted|grateful|happy|heartened|impressed|encouraged)\b"
    r"|I (?:really |truly |also |particularly |especially |genuinely )?"
    r"(?:enjoyed|appreciated|admired|valued|loved|liked|welcomed)\b"
    r"|It (?:was|is) (?:so |really |very )?(?:great|good|lovely|wonderful|a pleasure|a privilege|"
    r"encouraging|heartening|refreshing|inspiring)\b"
    r"|(?:Both|All|Each|They|These|Those|This|That|It) (?:clearly )?"
    r"(?:show|shows|showed|say|says|speak|speaks|reflect|reflects|suggest|suggests)\b"
    r"|You(?:'ve| have) (?:clearly )?(?:built|created|put together|assembled|grown)"
    r" (?:a|an) (?:great|strong|fine|wonderful|good|impressive|close|skilled)\b"
    r")",
    re.I,
)
#: what turns praise into a barb: negation, condition, contrast, doubt, fault
_TURNS = lazy_compile(
    r"n't\b|\b(?:not|never|no|nothing|nobody|cannot|but|though|although|however|unless|if|"
    r"only|except|suppose|doubt|too|actually|frankly|supposedly|apparently|regret|loss|luck|"
    r"pity|shame|sorry|joke|ironic|irony|shambles|circus|wait|waiting|slow|slowest|late|"
    r"eventually|finally|least|worst|even)\b",
    re.I,
)


def plain_praise(sentence: str) -> bool:
    """True when the sentence opens as the writer's praise and never turns."""
    text = sentence.strip()
    return bool(_OPENS.match(text)) and not _TURNS.search(text)
