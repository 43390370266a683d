"""Where a message claims that a topic was discussed, and the topic it names: "our conversation
about X", "the X we talked about", "your point about X", "I was particularly interested in X".

A claim may go on to a second topic with the same preposition ("our talk about X, and about Y";
"interested in X, and in Y"), and one topic may join two ("the role and about Acme's plans");
each is read alone. coach.checks.detail_unsupported judges whether a topic is in the notes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from coach.checks.detail_words import base
from coach.text import Doc, lazy_compile

# A claim that a topic was discussed, with the topic after it ("our conversation about X") ...
CLAIM = lazy_compile(
    r"\b(?:(?:our|the|that|a) (?:\w+ )?(?:conversation|discussion|chat|talk|exchange)s? "
    # when it was may stand between: "the talk yesterday about", "our chat this morning on"
    r"(?:(?:yesterday|today|earlier|(?:this|on|last) \w+) )?(?:about|on|regarding|around|of)"
    r"|(?:we|you) (?:discussed|talked about|covered|spoke about|went over|walked me through)"
    # the verb in any form: "hearing about", "to hear about", "to talk through"
    r"|(?:discussing|talk(?:ing)? (?:about|through)|(?:hear|learn)(?:ing)?(?: more)? about|"
    # what the reader told, thanked for: "and for telling me about the refit"
    r"telling me(?: more)? about|"
    r"hearing your thoughts on)"
    r"|your (?:insights?|thoughts|perspective|views?|points?|stor(?:y|ies)|account|explanation|"
    r"description|examples?|comments?|remarks?|honesty|candou?r|advice|tips|suggestions?|"
    r"overview|rundown|summary|briefing) (?:on|about|into|of|from|regarding)"
    # what the reader gave, thanked for: "thanks for the tips on pricing rush orders", "for
    # the advice on the sourdough starter" (a thanks names what was said)
    r"|(?:thank(?:s| you)|grateful)\b[^.!?;\n]{0,40}?\bfor (?:the|your|all the) (?:advice|tips|"
    r"pointers|numbers|figures|update|detail|details|information|overview|rundown|insights?) "
    r"(?:on|about|regarding|for)"
    r"|(?:walking|talking|taking) me (?:through|round|around)"
    # an interest felt at the interview, in the past tense: "I was particularly interested in"
    r"|(?:was|were)(?: (?:also|so|very|really|equally|most|\w+ly))* (?:interested in|"
    r"fascinated by|intrigued by|struck by|taken by)"
    # the interviewer's plans, which only the interview could have told: "your plan to move
    # the lab", "your plans for a second site", "the plan to dredge the basin" (a plan both
    # sides know of; the candidate's own is "my plan")
    r"|(?:your|the|their) plans? (?:to|for)"
    # thanks for an explanation, as "your explanation of": "thank you for explaining the new
    # freight route" (what was shown is no claim: an object seen is told in other words)
    r"|(?:thank you|thanks) for (?:explaining|describing)"
    # ... or the reader's stories, as "your stories about": "thank you for yesterday and for the
    # stories about the census"
    r"|(?:thank(?:s| you)|grateful)\b[^.!?;\n]{0,40}?\bfor (?:the|your|all the) stor(?:y|ies) "
    r"(?:about|of)"
    # a second topic after a told clause: "hearing how the site is preparing for the audit, and
    # about the new plant in Macroom" (the told clause is a paraphrase, read by coverage)
    r"|(?:hear|learn)(?:ing)?(?: more)? (?:how|that|why|what)\b[^.!?;\n]{3,160}?,\s*"
    r"(?:and|as well as) (?:also )?about)\s+"
    r"(?P<topic>[^.,;:!?\n—–]{3,120})",
    re.I,
)
# ... or before it ("the retry handling we talked about")
CLAIM_BEFORE = lazy_compile(
    r"\b(?:the|your|our) (?P<topic>(?:[^\W\d_][\w'’\-]* ){1,6}?)(?:that |which )?(?:we|you) "
    r"(?:discussed|talked about|spoke about|covered|went over|touched on)\b",
    re.I,
)
# ... or before "you mentioned", as the object of a verb inside a sentence ("to support the
# drone spraying programme you mentioned"): at a sentence's or clause's start, "The pre-dawn
# rounds you mentioned stuck with me" refers back to a topic, as CLAIM_TOLD says below
CLAIM_MENTIONED = lazy_compile(
    r"(?<=[a-z] )(?:the|your) (?P<topic>(?:[^\W\d_][\w'’\-]* ){1,6}?)(?:that |which )?you "
    r"(?:mentioned|raised|brought up)\b",
    re.I,
)
# ... or before a verb of telling, as the object of a claim or of a preposition ("interested in
# the restoration you described", "about the flights you have planned"): a phrase that opens a
# clause ("; the signals you described are close to mine") refers back to a topic already named.
# The reader's own work under way or intended, told in the same relative clause, is what only
# the interview could have told: "nor the cameras you are fitting in the cabs", "about the
# scanners you plan to lease", "the kiosks your team is rolling out" (a generic topic, "the
# role you are hiring for", names nothing and is judged so by detail-unsupported). A clause
# of time brings it in as well: "especially once the new vessel you're buying arrives"
CLAIM_TOLD = lazy_compile(
    r"\b(?:about|in|at|by|of|on|into|and|with|for|from|over|nor|or|why|how|when|"
    r"once|until|while|after|before) "
    r"(?:the|your|our) (?P<topic>(?:[^\W\d_][\w'’\-]* ){1,6}?)(?:that |which )?(?:we|you|your team)"
    # "you are fitting" or, run together, "you're fitting"
    r"(?: |(?=['’]re\b))"
    r"(?:described|mentioned|outlined|explained|brought up|said|told me about|"
    r"(?:have |are )(?:planned|planning|starting|launching)|"
    r"(?:are|'re|’re|is|were|will be) (?!going\b|hoping\b|looking\b|trying\b)[a-z]{3,}ing|"
    r"(?:plan|planned|intend|intended|hope|hoped|mean|want|wanted) to|"
    r"(?:are|'re|’re|were) (?:going|hoping|about|planning|looking) to)\b",
    re.I,
)
#: the reader's work under way or intended, told after the thing worked on: "the cameras you
#: are fitting", "the kiosk you plan to open", "the trial you're planning"
_UNDER_WAY = (
    r"(?:that |which )?(?:you|your team)(?: |(?=['’]re\b))"
    r"(?:(?:have |are )(?:planned|planning|starting|launching)|"
    r"(?:are|'re|’re|is|were|will be) (?!going\b|hoping\b|looking\b|trying\b)[a-z]{3,}ing|"
    r"(?:plan|planned|intend|intended|hope|hoped|mean|want|wanted) to|"
    r"(?:are|'re|’re|were) (?:going|hoping|about|planning|looking) to)\b"
)
# ... which opens a clause as well as it follows a preposition: "Second, the recirculating
# system you're installing in the shed" (a thing being done is a topic however it is brought in)
CLAIM_WORK = lazy_compile(
    r"(?:^|(?<=[.!?:;,]\s))(?:the|your|our) (?P<topic>(?:[^\W\d_][\w'’\-]* ){1,6}?)" + _UNDER_WAY,
    re.I | re.M,
)
_WORK_AFTER = lazy_compile(r"\s*" + _UNDER_WAY, re.I)
_PLAN_BEFORE = lazy_compile(r"\b(?:your|the|their) plans? (?:to|for)\s+$", re.I)


def reader_work(text: str, start: int, end: int) -> bool:
    """Whether the topic at text[start:end] is the reader's work under way or intended ("your
    plan to open a kiosk", "the trial you're planning"): a project, which a single rare word
    names, where a topic of talk needs two."""
    return bool(_PLAN_BEFORE.search(text, max(0, start - 20), start)) or bool(
        _WORK_AFTER.match(text, end)
    )


_TOPIC_END = lazy_compile(
    r"\b(?:and (?:I|I'd|I'm|would|will|look|hope|it|how|why|what|am|was)|"
    r"which|that|because|as well|so|but|with you"
    # the verb of the sentence the claim opens: "hearing about your plans was helpful"
    r"|was|were|has been|have been|made me|gave me|left me"
    # a clause of the candidate's own after it: "since our talk about the tender system I've
    # been comparing ..." (a noun phrase holds no "I" with its verb)
    r"|(?-i:I)(?=['’][a-z]| [a-z]))\b",
    re.I,
)
# a topic named before the claim is a noun phrase: "what we discussed" names none
_NOT_A_NOUN_PHRASE = lazy_compile(
    r"\b(?:what|how|why|where|when|who|is|are|was|were)\b|\b(?i:to)\b(?! [A-Z])"
)
# "the migration we discussed is exactly ..." names its topic before the claim, not after it
_NOT_A_TOPIC = lazy_compile(
    r"(?:is|was|are|were|has|had|have|will|would|could|should|sounds?|"
    r"seems?|really|very|so|too|earlier|today|yesterday|last)\b",
    re.I,
)

#: the claim goes on after a comma with its own preposition: "..., and about the new lab"
_CONTINUED = lazy_compile(
    r",\s*(?:and|as well as)\s+(?:also\s+)?(?P<prep>about|of|in|on|by|regarding)\s+"
    r"(?P<topic>[^.,;:!?\n—–]{3,120})"
    # ... or, with "also", a second object of the claim's own verb: "your explanation of the
    # boot wash, and also the helicopter flights you are planning"
    r"|,\s*and\s+also\s+(?P<also>(?:the|your|their)\s[^.,;:!?\n—–]{3,120})",
    re.I,
)

_TOPIC_SPLIT = lazy_compile(
    r"\s+(?:and|as well as|along with)\s+(?=(?:about|of|regarding|the|your|how|what)\b)", re.I
)


def _segments(topics: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """ "the role and about Acme's plans for Looker" claims two topics; each is read alone."""
    out = []
    for start, topic in topics:
        at = 0
        for part in _TOPIC_SPLIT.split(topic):
            offset = topic.find(part, at)
            at = offset + len(part)
            out.append((start + offset, part))
    return out


#: "the side-scan search you described for the wreck": the telling names nothing of the topic
_TOLD_INSIDE = lazy_compile(
    r"\b(?:we|you) (?:described|mentioned|outlined|explained|discussed|talked about)\b", re.I
)


def _cut(topic: str) -> str:
    """The topic up to the verb or clause that ends it, a telling inside it blanked (offsets
    kept)."""
    cut = _TOPIC_END.search(topic)
    topic = topic[: cut.start()] if cut else topic
    return _TOLD_INSIDE.sub(lambda m: " " * len(m.group()), topic)


#: prepositions that all name what a talk was about: "our discussion of X, and about Y"
_ABOUT = frozenset({"about", "of", "on", "regarding"})


def _same(prep: str, claimed: str) -> bool:
    """Whether a continuation's preposition goes on the claim's: the same one, or another that
    names what a talk was about."""
    prep = prep.lower()
    return prep == claimed or (prep in _ABOUT and claimed in _ABOUT)


#: a claim denied: "we did not have time to talk about the bottling hall", "we never got to
#: discuss the rope systems" (what was not discussed is claimed of nothing)
_DENIED = lazy_compile(
    r"\b(?:(?:did|do|does|had|could|were|was)(?:\s+not|n['’]t)|never)\s+(?:(?:have|find|get|"
    r"got)\s+(?:the\s+|a\s+)?(?:time|chance)\s+to\s+|get\s+to\s+|got\s+to\s+)?$",
    re.I,
)


def _denied(text: str, start: int) -> bool:
    """Whether the claim at `start` is denied by the words just before it."""
    return bool(_DENIED.search(text, max(0, start - 40), start))


def claimed_topics(doc: Doc) -> list[tuple[int, str]]:
    """(start, text) of each topic the body claims was discussed, in the order found (worked
    out once per message: detail-unsupported and detail-missing's specific reading both ask)."""
    return doc.derived("claimed-topics", _claimed_topics)


def _claimed_topics(doc: Doc) -> list[tuple[int, str]]:
    text = doc.plain
    topics = []
    for m in CLAIM.finditer(text, doc.body_start):
        topic = m.group("topic")
        if _NOT_A_TOPIC.match(topic) or _denied(text, m.start()):
            continue
        topics.append((m.start("topic"), _cut(topic)))
        prep = text[m.start() : m.start("topic")].split()[-1].lower()
        end = m.end("topic") if _cut(topic) == topic else -1
        while end >= 0 and (more := _CONTINUED.match(text, end)):
            if more["also"] is not None:  # a second object, read as a topic of its own
                topics.append((more.start("also"), _cut(more["also"])))
                break
            if not _same(more["prep"], prep):
                break
            topics.append((more.start("topic"), _cut(more["topic"])))
            end = more.end("topic") if _cut(more["topic"]) == more["topic"] else -1
    topics += [
        (m.start("topic"), m.group("topic"))
        for rx in (CLAIM_BEFORE, CLAIM_MENTIONED, CLAIM_TOLD, CLAIM_WORK)
        for m in rx.finditer(text, doc.body_start)
        if not _NOT_A_NOUN_PHRASE.search(m.group("topic"))
    ]
    return _segments(topics)


#: "your business plan", "your new delivery app": a project of the reader's that only the
#: interview could have told the candidate of, presupposed by "your"
_PROJECT = lazy_compile(
    r"\b[Yy]our ((?:[\w'’\-]+ ){1,3}?)(?:plans?|projects?|initiatives?|programmes?|programs?|"
    r"pilots?|apps?|launch|launches|roll-?outs?|proposals?|campaigns?|ventures?|start-?ups?)\b",
)
#: words that say nothing about which project: "your next project", "your hiring plans"
_ANY_PROJECT = frozenset(
    [
        "new",
        "next",
        "current",
        "future",
        "upcoming",
        "latest",
        "own",
        "big",
        "exciting",
        "ambitious",
        "many",
        "various",
        "other",
        "several",
        "recent",
        "ongoing",
        "planned",
        "existing",
        "main",
        "key",
        "major",
        "hiring",
        "recruitment",
        "recruiting",
        "growth",
        "staffing",
        "team's",
        "company's",
        "long-term",
        "short-term",
        "wider",
        "broader",
        "overall",
        "the",
        "a",
        "an",
        "and",
        "of",
        "for",
        "this",
        "that",
        "these",
        "those",
        "team",
        "department",
        "company",
        "organisation",
        "organization",
        "firm",
        "group",
        "board",
    ]
)
#: a word that makes the run before the noun no modifier of it: "your team as Project Lead"
_NOT_A_MODIFIER = frozenset(
    [
        "as",
        "to",
        "in",
        "on",
        "at",
        "with",
        "for",
        "from",
        "by",
        "is",
        "are",
        "was",
        "were",
        "will",
        "and",
        "or",
    ]
)


@lru_cache(maxsize=64)
def _stems(known: frozenset[str]) -> frozenset[str]:
    """The stems of the notes' words: "lift" is a word of notes that say "lifting"."""
    return frozenset(base(w, "stem") for w in known)


#: after "your ... plan": the project itself follows, and is read as a claimed topic ("your
#: careful plan for rehousing the letters"); or "plans" is a verb ("your crew plans a lift")
_TOLD_AFTER = lazy_compile(r"\s+(?:to|for|of|on|about|regarding|a|an|the)\b", re.I)


def presupposed_projects(doc: Doc, known: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, text) of each project of the reader's that the message presupposes with
    "your" and names in words the notes never use ("I hope they will help you with your
    business plan"); "your next project" or "your hiring plans" name none, nor does a name
    the notes do not spell ("your Cap Classique plans"), as elsewhere, nor a title ("your team
    as Project Engineer"), nor a plan whose project follows it ("your careful plan for ..."),
    nor a paraphrase of the notes' own project ("your rewards app" for
    "the customer loyalty app")."""
    out = []
    for m in _PROJECT.finditer(doc.plain, doc.body_start):
        if _TOLD_AFTER.match(doc.plain, m.end()):
            continue  # "your careful plan for moving the papers": the claim reads what follows
        words = [w.lower().removesuffix("'s").removesuffix("’s") for w in m.group(1).split()]
        parts = {p for w in words for p in (w, *w.split("-")) if p}
        head = m.group()[m.end(1) - m.start() :].lower()
        parts |= {head, head.removesuffix("s"), head + "s"}  # "your rewards app": the notes' app
        if parts & known or any(w in _NOT_A_MODIFIER for w in words):
            continue
        modifiers = {p for w in words for p in (w, *w.split("-")) if p}
        if {base(p, "stem") for p in modifiers} & _stems(known):  # "lift" for "lifting"
            continue
        if all(w in _ANY_PROJECT or w.isdigit() for w in words) or m.group(1)[:1].isupper():
            continue
        out.append((m.start(), m.end(), m.group()))
    return out
