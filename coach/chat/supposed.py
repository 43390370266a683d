"""A supposition about the past: "if Tina hadn't said the 29th, when would...?", "had they not
given a date", "if I hadn't got the offer and they never said anything about timing". The
question asks for the dates as they would be without the fact it names, so the answer drops
that fact (their timeline, or the offer or rejection) and computes; nothing is recorded."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.chat.dates import DATE

#: the condition of a supposition, up to where the question proper starts
_IF = re.compile(
    r"\b(?:if|suppose|supposing|say|imagine|assuming)\s+(?P<c>[^.?!,;:]{3,120}?)"
    r"(?=[.?!,;:]|\s+(?:when|what|how|would|could|then|where|which)\b|$)"
    r"|\bhad\s+(?P<h>(?:she|he|they|we|I|[\w'’-]+)\s+(?:not|(?:said|given|told|mentioned|named)"
    r"\s+(?:me\s+|us\s+)?(?:nothing|no))\s+[^.?!,;:]{3,100}?)"
    r"(?=[.?!,;:]|\s+(?:when|what|how|would|could|then)\b|$)",
    re.I,
)
#: a span supposed, not told: "what if I haven't heard back in two weeks", "if it's been ten
#: days": the clock moved forward for the answer, the notes' interview kept
SUPPOSED_SPAN = re.compile(r"\b(?:what if|if|suppose|supposing|say|imagine|assuming)\b", re.I)
#: a fact undone in the past tense (not "if she doesn't pick up", which is a plan)
_UNDONE = r"(?:hadn'?t|had\s+not|had\s+never|never|didn'?t|did\s+not|not)"
#: their words about when: said, gave, named, mentioned... (not "hear", "reply": those are news)
_SAYING = (
    r"(?:said|say|saying|given|give|gave|named|name|set|mentioned|mention|told|tell|asked|ask"
    r"|invited|invite|specified|specify|put|offered a date|suggested|suggest)"
)
_TIMING = re.compile(
    r"\b(?:dates?|days?|timelines?|time ?frames?|deadlines?|timing|when|decid\w*|decision|call|ring"
    r"|phone|contact|get in touch|wait|anything|a word)\b",
    re.I,
)
_STAGE = re.compile(
    rf"\b{_UNDONE}\s+(?:(?:got|get|gotten|received|receive|had|have|been)\s+(?:given\s+|made\s+)?"
    r"(?:an?|the|their|that|this|my)?\s*(?:job\s+|verbal\s+|written\s+)?offer\b"
    # "if he hadn't offered anything or given any dates": no job offer, their words
    r"|(?:been\s+)?(?:offered(?!\s+(?:anything|any\b|a\s+date|dates?|a\s+time))|rejected"
    r"|turned (?:me )?down)|(?:got|had|heard)\s+the no\b"
    r"|said no)"
    # "if the offer hadn't come", "what if the no had never arrived": the news undone
    rf"|\b(?:offer|rejection|no|news|decision)\s+{_UNDONE}\s+(?:yet\s+)?"
    r"(?:come|came|arrived?|landed|come through|been sent|got here)\b",
    re.I,
)
#: the time asked about is set before the news came: "(this was before the offer)", "before
#: the rejection arrived I had planned...", not "before the offer is final"
_BEFORE_NEWS = re.compile(
    r"\bbefore\s+(?:the|their|my|i\s+got\s+the|we\s+got\s+the|they\s+sent\s+the)\s+"
    r"(?:job\s+|verbal\s+|written\s+)?(?:offer|rejection)\b(?!\s+(?:is|was|gets?|becomes?)\b)",
    re.I,
)


#: their words undone by saying the opposite, in the past perfect: "if she had said nothing
#: about the 2nd", "had they given no date", "if he'd told us nothing" (not "if she says
#: nothing", which is a plan)
_SAID_NOTHING = re.compile(
    rf"(?:\bhad|['’]d)\s+(?:(?:she|he|they|[\w'’-]+)\s+)?{_SAYING}\s+(?:(?:me|us|you)\s+)?"
    r"(?P<what>nothing\b.*|no\s+\w+.*|not\s+(?:a|one)\s+(?:word|date|day)\b.*)",
    re.I,
)


#: the words supposed in their place: "and just said they'd decide by July 15", "if they'd
#: only said not before the 16th"
_ONLY_SAID = re.compile(
    rf"\b(?:only|just|simply|merely)\s+(?:{_SAYING})\b(?!\s+(?:no|nothing)\b)", re.I
)


@dataclass
class Supposed:
    timeline: bool = False  # the dates as they would be had they given none
    stage: bool = False  # as it would be still waiting: no offer, no rejection
    kept: str = ""  # the words they are supposed to have said instead: "only said the 16th"


def supposition(text: str) -> Supposed:
    """What the question supposes away, if anything."""
    out = Supposed(stage=_BEFORE_NEWS.search(text) is not None)
    for match in _IF.finditer(text):  # "if they'd only said not before the 16th"
        only = _ONLY_SAID.search(match.group("c") or "")
        if only is not None:
            out.timeline = True
            out.kept = (match.group("c") or "")[only.end() :]
            break
    for match in _IF.finditer(text):
        clause = match.group("c") or ("had " + match.group("h") if match.group("h") else "")
        if _STAGE.search(clause):
            out.stage = True
        said = re.search(
            rf"\b{_UNDONE}\s+(?:\w+\s+){{0,3}}?{_SAYING}\b(?P<what>.*)", clause, re.I
        ) or _SAID_NOTHING.search(clause)
        what = said.group("what") if said else ""
        if said and (DATE.search(what) or _TIMING.search(what) or what.startswith("nothing")):
            out.timeline = True
    return out
