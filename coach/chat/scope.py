"""What the articles do not cover (rules/guide/not-covered.yaml), as a question asks about
it: a topic's cue puts the question out of scope; a topic only mentioned as the occasion ("we got
the offer") does so only when the rest of the question asks about nothing the guide covers."""

from __future__ import annotations

import re
from functools import lru_cache

from coach.chat.ask_clauses import split_clauses, told_spans, within
from coach.chat.channels import channels_at_once
from coach.chat.kinds import kind_in
from coach.chat.rejected import rejected_in
from coach.chat.say_to import SAY_TO
from coach.guide import load_guide


@lru_cache(maxsize=1)
def _scope() -> list[tuple[str, bool, list[re.Pattern[str]], list[re.Pattern[str]]]]:
    return [
        (
            t.topic,
            t.situation,
            [re.compile(c, re.I) for c in t.cues],
            [re.compile(c, re.I) for c in t.mentions],
        )
        for t in load_guide().scope.topics
    ]


def uncovered(question: str) -> str | None:
    """The topic the articles do not cover that the question asks about. A topic's cue in a
    clause that asks puts the question out of scope; one only mentioned, or named where the
    question tells the story ("he mostly asked about the wage sheets, what do I say to him?"), is
    the occasion, not the question, when the rest asks about a follow-up the guide covers. A
    document awaited from the employer ("chase the contract") is a status follow-up."""
    plain = AWAITED.sub(" ", question)
    told = told_spans(plain)
    for topic, situation, cues, mentions in _scope():
        found = [m for p in cues for m in p.finditer(plain)]
        if any(situation or not within(m.span(), told) for m in found):
            return topic
        named = [m for p in mentions for m in p.finditer(plain)] + found
        if named:
            rest = plain
            for m in sorted(named, key=lambda m: -m.start()):
                rest = rest[: m.start()] + " " + rest[m.end() :]
            if not asks_follow_up(rest, plain) and not rejected_in(question):  # "pulled the offer"
                return topic
    return None


#: a document awaited from the employer: chasing it, or asking when it comes, is a status check
AWAITED = re.compile(
    r"\b(?:chas\w*|nudg\w*|follow\w* up (?:on|about)|wait\w* (?:for|on)|no (?:sign|news|word) of"
    r"|ask\w* (?:\w+ ){0,3}?(?:when|whether|if)|still (?:no|not got|not had|haven'?t (?:got|had)))"
    r"\s+(?:the |my |their |a |any )?(?:written |signed |formal |job |employment )?"
    r"(?:contract|offer(?: letter)?|paperwork)s?\b"
    r"(?:\s+(?:will|would|is going to|might|should) (?:\w+ )?(?:come|arrive|be sent|go out))?"
    r"|\b(?:written |signed )?(?:contract|offer letter|paperwork)s?\s+(?:still |has |have |hasn'?t "
    r"|haven'?t |is |isn'?t |not |never |yet |doesn'?t |does not |didn'?t |did not )+"
    r"(?:arr?iv\w*|come|came|turned up|been sent|sent)\b"
    # "keep calling until the contract turns up": waiting for it
    r"|\b(?:until|till|til|before|in case)\s+(?:the |my |their )?(?:written |signed )?"
    r"(?:contract|offer letter|paperwork)s?\s+(?:\w+\s+)?(?:arriv\w*|comes?|turns? up|shows? up"
    r"|is sent|goes out)\b",
    re.I,
)
QUOTE_ASK = re.compile(
    r"\b(?:can|could|should|may) I (?:\w+ ){0,2}?(?:say|write|put|add|include|mention|use)\b"
    r"[^?!]{0,20}?(?<!\w)[\"“‘']\w",
    re.I,
)
#: a call, email or chase on a day: "can I ring Dilru tomorrow", "should I email on Monday"
CONTACT_ON = re.compile(
    r"\b(?:can|could|should|shall|may) I (?:\w+ ){0,2}?(?:call|ring|phone|email|e-mail|text"
    r"|message|chase|nudge|contact|check in)\b[^.?!]{0,30}?\b(?:today|tonight|tomorrow|now|yet"
    r"|(?:on |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d{1,2}(?:st|nd|rd|th)"
    r"|this week|next week)\b",
    re.I,
)


#: getting in touch, as a clause that asks may name it: "is it ok to call on the 24th anyway?",
#: "ring again or email?", "can I keep calling every week?"
CONTACT = re.compile(
    r"\b(?:call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|e-?mail(?:ing)?|text(?:ing)?|chas(?:e|ing)"
    r"|nudg(?:e|ing)|contact(?:ing)?|check(?:ing)? in|follow(?:ing)? up|get(?:ting)? in touch)\b",
    re.I,
)


def asks_follow_up(rest: str, question: str) -> bool:
    """What is left of the ask names a follow-up the guide covers: a message, when to get in
    touch, what to write to someone, a call on a day, or a clause that asks about getting in
    touch at all (the topic named only in the story around it: "he said the contract would
    come by Friday. ring again or email?")."""
    return bool(
        asks_covered(rest)
        or SAY_TO.search(rest)
        or QUOTE_ASK.search(question)
        or CONTACT_ON.search(rest)
        or any(asks and _i_contact(rest[a:b]) for a, b, asks in split_clauses(rest))
    )


#: the user is the one who gets in touch: the clause opens with it, or "I", "to" or "or" lead
#: to it ("can I just keep calling", "ok to call", "ring again or email"); not "if they call me"
_MINE = re.compile(r"(?:^\W*|\b(?:I|to|or|and|then)\s+(?:\w+\s+){0,2})$", re.I)


def _i_contact(clause: str) -> bool:
    return any(_MINE.search(clause[: m.start()]) for m in CONTACT.finditer(clause))


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


#: a holiday as a day on the calendar, not leave from a job: "friday the 3rd, holiday weekend",
#: "tuesday, the first working day after the holiday"
HOLIDAY_DAY = re.compile(
    r"\bholidays?\b(?! allowance| pay| entitlement)[^.?!]{0,60}?"
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:today|tomorrow|weekend|\d{1,2}(?:st|nd|rd|th))\b"
    r"[^.?!]{0,60}?\bholidays?\b(?! allowance| pay| entitlement)"
    r"|\bholiday (?:weekend|monday|friday)\b|\b(?:after|before|over) the (?:\w+ )?holiday\b",
    re.I,
)


def asks_covered(question: str) -> bool:
    """The question names a message the guide covers, asks when to get in touch, asks how a
    name is spelled, or puts a public holiday beside a day (which days count)."""
    return bool(
        kind_in(question) is not None
        or WHEN_TO_ASK.search(question)
        or SPELLING_ASKED.search(question)
        or channels_at_once(question)
        or HOLIDAY_DAY.search(question)
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

    if asks_covered(question) or asks_contact_timing(question):
        return None
    vector = embedding().vector(question)
    if vector is None:
        return None
    best, topic = max(((cosine(vector, v), t) for t, v in _topic_vectors()), default=(0.0, ""))
    return topic if topic and best > covered + NEARER_BY else None


#: a verdict on timing: "was that too early?", "am I too late?", "still in time?"
_TIMING_VERDICT = re.compile(
    r"\btoo\s+(?:early|soon|late|quick(?:ly)?|fast)\b|\b(?:on|in)\s+time\b|\bjump\w*\s+the\s+gun\b"
    r"|\b(?:early|late|soon)\s+enough\b",
    re.I,
)
#: the user's own contact, in any tense: "I rang Pádraig", "I'll email", "emailing her"
_OWN_CONTACT = re.compile(
    r"\b(?:I|i)\s*(?:['’]ll|['’]ve|['’]d|will|would|had|have|just|already|then|only|also|\s)*\s*"
    r"(?:rang|called|phoned|e-?mailed|wrote|messaged|texted|sent|pinged|chased|nudged|contacted"
    r"|followed\s+up|checked\s+in|reached\s+out|ring|call|phone|e-?mail|write|message|text"
    r"|send|ping|chase|nudge|contact|follow\s+up|check\s+in|reach\s+out)\b",
    re.I,
)


def asks_contact_timing(question: str) -> bool:
    """The question asks whether the user's own call or message was, or would be, too early or
    too late ("I rang him on the 4th, with the bank holiday in between; was that too early?"):
    the plan's question, however near in meaning its other words (a bank holiday, a start
    date) come to a topic the articles leave out."""
    return bool(_TIMING_VERDICT.search(question) and _OWN_CONTACT.search(question))
