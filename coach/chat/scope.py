"""What the articles do not cover (rules/guide/not-covered.yaml), as a question asks about
it: a topic's cue puts the question out of scope; a topic only mentioned as the occasion ("we got
the offer") does so only when the rest of the question asks about nothing the guide covers."""

from __future__ import annotations

import re
from functools import lru_cache

from coach.chat.channels import channels_at_once
from coach.chat.kinds import kind_in
from coach.chat.rejected import rejected_in
from coach.guide import load_guide


@lru_cache(maxsize=1)
def _scope() -> list[tuple[str, list[re.Pattern[str]], list[re.Pattern[str]]]]:
    return [
        (t.topic, [re.compile(c, re.I) for c in t.cues], [re.compile(c, re.I) for c in t.mentions])
        for t in load_guide().scope.topics
    ]


def uncovered(question: str) -> str | None:
    """The topic the articles do not cover that the question asks about. A topic only mentioned
    ("got the offer today, should I still send the thank-you?") is the occasion, not the
    question, when the rest of the question asks about something the guide covers."""
    for topic, cues, mentions in _scope():
        if any(p.search(question) for p in cues):
            return topic
        if any(p.search(question) for p in mentions):
            rest = question
            for p in mentions:
                rest = p.sub(" ", rest)
            if not asks_covered(rest) and not rejected_in(question):  # "pulled the offer"
                return topic
    return None


#: asking when to get in touch: "when can I ask about it?", the follow-up's timing
WHEN_TO_ASK = re.compile(
    r"\bwhen (?:can|should|could|do|would) I\b[^.?!]{0,20}\b(?:ask|chase|nudge|follow|check"
    r"|contact|email|e-mail|call|phone|ring|write|try|reach|send|ping|message|text|get in touch)",
    re.I,
)
#: a question about a name's spelling: "is it Mcallister or McAllister?"
SPELLING_ASKED = re.compile(
    r"\b(?:is it|spell(?:ed|t|ing)?)\s+[\"'‘“]?(?-i:[A-Z])\w+[^?!]{0,40}?\s+or\s+"
    r"[\"'‘“]?(?-i:[A-Z])\w+"
    r"|\bhow (?:do I|to) spell\b",
    re.I,
)


def asks_covered(question: str) -> bool:
    """The question names a message the guide covers, asks when to get in touch, or asks how a
    name is spelled."""
    return bool(
        kind_in(question) is not None
        or WHEN_TO_ASK.search(question)
        or SPELLING_ASKED.search(question)
        or channels_at_once(question)
    )


#: how much nearer in meaning a question must be to a not-covered topic's examples than to every
#: guide entry before that topic, not the follow-up words around it, is what it asks about
NEARER_BY = 0.1


@lru_cache(maxsize=1)
def _topic_vectors() -> list[tuple[str, tuple[float, ...]]]:
    from coach.semantic import embedding

    model = embedding()
    out = []
    for t in load_guide().scope.topics:
        for q in t.questions:
            v = model.vector(q)
            if v is not None:
                out.append((t.topic, v))
    return out


def nearest_uncovered(question: str, covered: float) -> str | None:
    """The not-covered topic the question is about by meaning: its vector is nearer to one of the
    topic's example questions than to any guide entry
    (`covered` for the whole question) by NEARER_BY. Cue words catch only the wordings someone
    foresaw; meaning also catches "can I claim unemployment money" or "is 9000 a month fair" when
    a follow-up word ("they said no", "the offer") would otherwise pull the question to a guide
    entry. A question that names a message the guide covers or asks when to get in touch stays
    in scope."""
    from coach.semantic import cosine, embedding

    if asks_covered(question):
        return None
    vector = embedding().vector(question)
    if vector is None:
        return None
    best, topic = max(((cosine(vector, v), t) for t, v in _topic_vectors()), default=(0.0, ""))
    return topic if topic and best > covered + NEARER_BY else None
