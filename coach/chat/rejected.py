"""Whether a message tells us they were turned down. A rejection is read when it is stated
("got the no this morning", "Sam said no", "they pulled the offer"), not when the user only
wonders about one ("should I just assume I didn't get it?", "does silence mean a no?")."""

from __future__ import annotations

import re

from coach.chat.phrases import REJECTED

#: said in other words: a "no" received ("a week since the no"), or an offer taken back
MORE = re.compile(
    r"\b(?:got|had|received|get) (?:the|a|their|an? official) no\b"
    r"|\b(?:days?|weeks?|fortnight|months?) (?:since|after) (?:the|their|his|her) no\b"
    r"|(?<![Ii] )\b(?!(?:i|I|we)\b)\w+ (?:said|says) no\b(?!\s+(?:need|to|problem|worries|rush|one"
    r"|more|less|later|sooner|earlier)\b)"
    r"|\b(?:pulled|withdrew|withdrawn|rescinded|retracted|took back|taken back|revoked)"
    r" (?:the|my|their|his|her) (?:job |written |verbal )?offer\b"
    r"|\boffer (?:got|was|has been|is|had been) (?:pulled|withdrawn|rescinded|retracted|revoked"
    r"|taken back)\b",
    re.I,
)
#: words before it in the same sentence that make it a doubt, not news
DOUBT = re.compile(
    r"\b(?:assume|assuming|guess|suppose|mean|means|meant|sign|wonder\w*|whether|if|in case"
    r"|afraid|worried|scared|maybe|probably|likely|hint|think|thinking|suspect|fear"
    r"|seems?)\b[^.?!]*$",
    re.I,
)
#: "how do I reply to a rejection", "what to say after any rejection": a rejection in general,
#: the kind of message asked about, not one received ("I got a rejection" is still news)
GENERIC = re.compile(
    r"\b(?:to|after|for|with|on|about|handle|handling|answer|answering)\s+(?:a|an|any)\s+$", re.I
)


def rejected_in(text: str) -> bool:
    """The message states a rejection."""
    for pattern in (REJECTED, MORE):
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 40) : match.start()]
            if not DOUBT.search(before) and not GENERIC.search(before):
                return True
    return False
