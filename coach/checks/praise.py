"""Praise said plainly, which a tone classifier can mistake for sarcasm.

A sentence that opens as the writer's own praise or pleasure ("I was glad your manager raised
the hand-off meeting", "Both show a team that takes its numbers seriously", "You've built a
great group") is sincere unless it turns: a negation, a condition, a contrast, a superlative of
fault or a barb word ("I was glad to hear it, though I doubt ...", "I enjoyed it, but good luck
..."). Sarcasm needs that turn, or an opening that is not praise ("Congratulations on running
the slowest process", "Enjoy explaining to your board ..."), so those stay the classifier's.

Assent to the reader's point ("I agree that a rota nobody reads is no rota", "You were right
that the lunch rush is the real test", "As you said, ...") is praise of the same kind: the point
is the reader's, so a negation inside it ("nobody", "never") is its content, not a turn. Only a
contrast after it ("I agree, but ...") or a barb word turns assent; refusing it ("I cannot
agree that ...") is no assent at all.

A lesson the writer took from watching or hearing the reader is praise too ("Watching you turn
a lot away on one reading taught me more than any report; it had never occurred to me ..."):
what was learnt is its content, so a negation there is no turn.

Deference to the reader's knowledge is praise too ("As the safety lead you will know better than
most how fast one slip costs a shift"), and to what their role shows they care about ("As yard
foreman, you clearly care how new riggers learn the knots"). Praise of how the reader told
something carries what they told ("I appreciated how clearly you explained the rule: nobody
climbs alone"): what was told is the reader's point, as in assent, so only a contrast or a barb
word after it turns the sentence.
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
    # deference to the reader's knowledge: "As head of safety you will know better than most"
    r"|(?:As [^,.;:]{1,60}?,? )?you(?:'ll|’ll| will| would| must| surely| already)? know"
    r" (?:better than (?:most|anyone|anybody|I|me|most people)|as well as anyone|full well)\b"
    # and to what the reader's role shows they care about: "As yard foreman, you clearly care
    # how new riggers learn the knots"
    r"|As [^,.;:]{1,60}?,? you (?:clearly |obviously |surely |really |certainly )?"
    r"(?:care|know|think|understand|value)\b"
    r")",
    re.I,
)
#: what turns praise into a barb: negation, condition, contrast, doubt, fault
_TURNS = lazy_compile(
    r"n't\b|\b(?:not|never|no|nothing|nobody|cannot|but|though|although|however|unless|if|"
    r"only|except|suppose|doubt|too|actually|frankly|supposedly|apparently|regret|loss|luck|"
    r"pity|shame|sorry|joke|ironic|irony|shambles|circus|wait|waiting|slow|slowest|late|"
    r"eventually|finally|least|worst|even|silence|silent|disappoint|disappointing|disappointed)\b",
    re.I,
)


#: the writer's assent to the reader's point, as a sentence opens
_ASSENTS = lazy_compile(
    r"^(?:(?:and|also|so),? )?(?:"
    r"(?:I )?(?:(?:completely|entirely|fully|totally|wholeheartedly|strongly|really|also) )?"
    r"agreed?(?: (?:completely|entirely|fully|totally|wholeheartedly|with you|with your point))*"
    r"(?: that\b|,|:| on\b| about\b)"
    r"|I (?:couldn't|could not|couldn’t) agree more\b"
    r"|You(?:'re|’re| are| were) (?:so |quite |absolutely |completely |entirely )?right\b"
    r"|(?:As|Like) you (?:said|say|put it|pointed out|mentioned|noted|explained)\b"
    r")",
    re.I,
)
#: what turns assent: a contrast, or a barb word (a negation inside the point is its content)
_ASSENT_TURNS = lazy_compile(
    r"\b(?:but|though|although|however|yet|except|unless|actually|frankly|supposedly|"
    r"apparently|ironic|irony|joke|shambles|circus|luck|pity|shame)\b",
    re.I,
)


#: the reader's telling, after praise of it: what follows (after a colon or "that") is theirs
_TOLD = lazy_compile(
    r"\byou (?:explained|described|set out|laid out|showed|told (?:me|us)|said|put it|"
    r"pointed out|walked (?:me|us) through|outlined|made clear|spelled out|spelt out)\b"
    r"[^:;.!?]{0,80}?(?::|\bthat\b)",
    re.I,
)


#: what the writer learnt by watching or hearing the reader: "Watching you grade the lots taught
#: me more than any report", "Hearing how the hoist lifts told me a lot about your crew"
_LEARNT = lazy_compile(
    r"^(?:Watching|Seeing|Hearing|Listening to|Learning)\b[^.;:!?]{1,140}?\b"
    r"(?:taught|told|showed|gave|reminded) (?:me|us)\b",
    re.I,
)
#: what turns a lesson into a barb: a lesson in what not to do
_LESSON_TURNS = lazy_compile(r"\b(?:how|what) not to\b|\bI suppose\b|\bslow(?:ly|ness)?\b", re.I)


def plain_praise(sentence: str) -> bool:
    """True when the sentence opens as the writer's praise, or assent to the reader's point,
    and never turns; what the reader told, after praise of the telling, turns it only by a
    contrast or a barb word. What the writer learnt from watching the reader is praise of the
    same kind: the lesson is its content ("it had never occurred to me that ..."), so only a
    turn before the lesson, a contrast or barb word after it, or a lesson in what not to do
    turns it."""
    text = sentence.strip()
    if _ASSENTS.match(text):
        return not _ASSENT_TURNS.search(text)
    learnt = _LEARNT.match(text)
    if learnt is not None:
        return not (
            _TURNS.search(text, 0, learnt.end())
            or _ASSENT_TURNS.search(text, learnt.end())
            or _LESSON_TURNS.search(text)
        )
    if not _OPENS.match(text):
        return False
    told = _TOLD.search(text)
    if told is None:
        return not _TURNS.search(text)
    return not _TURNS.search(text, 0, told.end()) and not _ASSENT_TURNS.search(text, told.end())
