"""A parting wish turned into a jibe: sarcasm at the employer's choice (tone-hostile).

After a rejection, a wish for the employer's work is courtesy ("Good luck with the harvest", "I
hope the new hire settles in well"). Set against the writer's absence or a dismissed
replacement, the same wish says the work will go badly without the writer: "Good luck getting
the trains loaded with whoever you picked", "Enjoy the January crowds without me", "I hope
whoever you hired enjoys sorting the shipments without the plan I wrote", "Best of luck getting
them through a Saturday on their own". The classifier (coach.semantic) reads the wish's warmth
and misses the barb, which is in the sentence's structure: a wish, and after it the burden.

Both are closed classes: the wish (good luck, best of luck, enjoy, have fun, hope ... enjoys)
and the burden (without the writer or the writer's work, on their own, with whoever they
picked). A wish with neither is sincere ("I wish whoever you chose every success").
"""

from __future__ import annotations

import re

from coach.text import lazy_compile

_WISH = lazy_compile(
    r"\b(?:good luck|best of luck)\b|"
    # "enjoy" and "have fun" wish only when said to the reader, as a bidding that opens a
    # clause; with a subject they tell the writer's own liking ("I still enjoy watching a
    # trainee run it on their own")
    r"(?:^|(?<=[,;:–—]\s)|(?<=\band\s)|(?<=\bso\s)|(?<=\bjust\s)|(?<=\bdo\s))"
    r"(?:enjoy|have fun)\b|"
    r"\bI (?:do |really |sincerely |truly )?hope (?:you|they|the team|whoever\b[^,.;:!?]{0,40}?)"
    r" (?:enjoys?|likes?|has fun|have fun)\b",
    re.I,
)
_BURDEN = lazy_compile(
    r"\bwith whoever (?:you|they|the panel|the team) (?:picked|chose|hired|went with|selected|took"
    r"|found|appointed|offered it to)\b|"
    r"\bwithout (?:me|my\b|the [\w'’ -]{1,40}? I (?:wrote|made|built|drew up|put together|gave|"
    r"offered|brought|did|prepared|sent))|"
    r"\bon (?:their|his|her|its) own\b",
    re.I,
)
#: words the construction needs, one of each group, before its patterns are tried
WORDS = (("luck", "enjoy", "fun"), ("without", "whoever", " own"))


def sour_wish(sentence: str) -> bool:
    """Whether the sentence wishes the employer well and then sets the wish against the writer's
    absence or a dismissed replacement, in that order."""
    lower = sentence.lower()
    if not all(any(w in lower for w in group) for group in WORDS):
        return False
    wish = _WISH.search(sentence)
    return wish is not None and _BURDEN.search(sentence, wish.end()) is not None
