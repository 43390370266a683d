"""Routing help for timing questions that retrieval alone misses: a question that asks for the
whole plan, one about holidays or business days, and one that names a day or a message and asks
about its timing ("would the 24th work for my second email?", "sent the rota Saturday, a day
late, is that a problem?"). With notes, such a question is the plan's, never "not covered"."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.channels import NEXT_DAY_CALL, PHONING
from coach.chat.context import Situation
from coach.chat.counting import count_from_asked
from coach.chat.dates import DATE
from coach.chat.factset import Facts
from coach.chat.holidays import holiday_asked
from coach.chat.kinds import kind_in
from coach.chat.length import BUDGET_ASKED, CONTENT_ENTRY
from coach.chat.schedule import SCHEDULE_ASKED
from coach.chat.spelling import ADDRESSED_AS
from coach.models import Kind
from coach.rulebook import Source

#: words asking about timing: early, late, in time, whether a day will do or counts
TIMING_ASKED = re.compile(
    r"\b(?:late|latest|cut-?off|by when|how soon|early|soon|in time|too long|when|wait(?:ing)?"
    r"|deadline|counts?|problem|issue"
    r"|ok|okay|fine|alright|work|do|allowed|still|yet)\b",
    re.I,
)
#: a follow-up after another: "my second email", "one more", "another nudge"
AGAIN = re.compile(
    r"\b(?:second|2nd|another|one more|next one|again|third|3rd|last one|final)\b", re.I
)
#: a message named by its medium, not its kind: "my email", "a call", "the note"
MESSAGE = re.compile(r"\b(?:e-?mail|message|note|call|ring|phone|text|nudge|chase)\w*\b", re.I)
#: a follow-up named by its place in the plan, without a noun: "when is the next one?"
PLACED = re.compile(r"\b(?:next|last|final) one\b", re.I)
#: the user means to call: "can I ring today?", "forgot to call on the 22nd" (not their words:
#: "Kahu said to call on the 22nd", "she told me to ring")
MY_CALL = re.compile(
    r"\b(?:(?<!said )(?<!me )to|I|can I|could I|should I|shall I|may I)\s+(?:\w+\s+)?"
    r"(?:call|ring|phone)\b"
    r"(?!\s+me\b)",
    re.I,
)
#: a point left out of the interview, not a person left out of the thanks: "forgot to mention
#: my certificate", "never brought up my licence"
FORGOT_POINT = re.compile(
    r"\b(?:forgot|forget|forgotten|didn'?t|did not|never)\s+(?:to\s+)?(?:mention|bring up"
    r"|brought up|talk about|say that|ask about|say (?:in|at|during) the interview|explain)\b"
    # an answer the user wants to put right: "fluffed the budgeting question", "a better answer"
    r"|\b(?:fluffed|botched|flubbed|fumbled|bombed|messed up)\b[^.?!]{0,30}\b(?:question|answer)"
    r"|\bbetter answer\b",
    re.I,
)
#: the subject line of a message: "what subject line do I use?"
SUBJECT_ASKED = re.compile(r"\bsubject(?:[- ]lines?)?\b|\bheadings?\b", re.I)
#: one text sent to several people: "the same text, I just swapped the names"
SAME_TEXT = re.compile(
    r"\bsame (?:text|words|wording|message|note|email|e-mail|letter|template)\b|\bidentical\b"
    r"|\bswapp?(?:ed|ing)? (?:the |their )?names?\b"
    # "should my note to Ngozi be the same as the one to Seun?"
    r"|\b(?:be|is|was|send)\s+(?:exactly\s+|basically\s+)?the same as\b"
    r"|\bsame (?:one|thing|note|thank[- ]?you) (?:to|for) (?:both|each|all|them)\b"
    # "I sent them both the same thank-you, only the names changed"
    r"|\bsame thank[- ]?you\b[^.?!]{0,40}\b(?:names?|apart from|except|only)\b"
    r"|\bnames? (?:changed|swapped|switched)\b",
    re.I,
)
#: a call meant only to ask how it went or to thank them again: "gonna ring tomorrow to say
#: thanks again and ask if there's any news" (not one looked back on, "should I have phoned")
CALL_TO_ASK = re.compile(
    r"(?:(?<!\bhave )\b(?:phon(?:e|ing)|ring(?:ing)?|call(?:ing)?)|\b(?:phoned|rang|rung|called))\b"
    r"[^.?!]{0,60}?\b(?:to|and|just to)"
    r"\s+(?:ask|say|see"
    r"|find out|check)\w*\b[^.?!]{0,25}?\b(?:how (?:it|things|i|we|it'?s|its|things'?re)"
    r"\s*(?:went|go(?:es|ing)?|did|do(?:ing)?|looked|looks?|looking|stands?)"
    r"|if (?:they|she|he)(?:'?d| had| have)? (?:decided|made)|thanks? (?:\w+ )?again|any news"
    r"|where (?:things|it|i) (?:stand|stood))",
    re.I,
)
#: words too common to name a promised material by
GENERIC = {"sample", "copy", "some", "with", "from", "that", "this", "their", "your", "link"}


def material_named(question: str, materials: list[str]) -> bool:
    """The question names one of the notes' materials by a distinctive word ("the rota")."""
    words = set(re.findall(r"[^\W\d_]{4,}", question.lower()))
    for what in materials:
        named = set(re.findall(r"[^\W\d_]{4,}", what.lower())) - GENERIC
        if named & words:
            return True
    return False


def boosts(
    question: str, country: str | None, today: dt.date, materials: list[str] | None = None
) -> dict[str, float]:
    """Boosts for the whole plan and for holiday questions (`materials`: the notes' promised
    material, which a holiday question may name instead of a message kind)."""
    found: dict[str, float] = {}
    if SCHEDULE_ASKED.search(question):
        found["next-steps"] = 0.6  # "my whole plan from here": every step, not the next one
    if ADDRESSED_AS.search(question):  # "call her 'Dani'?": how to name her, no phone call
        found["names-and-titles"] = 0.6
        return found
    call_to_ask = (
        PHONING.search(question) and NEXT_DAY_CALL.search(question)
    ) or CALL_TO_ASK.search(question)
    if call_to_ask:  # a call to thank again or ask how it went: overeager the day after,
        found["phone-or-email"] = 0.5  # whatever its day: "call tomorrow to thank them again?"
    elif (
        MY_CALL.search(question)
        and DATE.search(question)
        and kind_in(question)
        in (
            None,
            Kind.check_in,
        )
    ):
        found["phone-or-email"] = 0.35  # "forgot to call on the 22nd, can I ring today?"
    if FORGOT_POINT.search(question):
        found["forgot-something"] = 0.2  # the thank-you is where the point goes, not the topic
    if count_from_asked(question):
        found["check-in-timing"] = 0.5  # "the 5 days count from my thank-you or the interview?"
    if SAME_TEXT.search(question):
        found["unique-notes"] = 0.6  # whatever came of it (a no too), one note per person
    named = kind_in(question)
    if named in CONTENT_ENTRY and BUDGET_ASKED.search(question):
        found[CONTENT_ENTRY[named]] = 0.4  # "how long can a LinkedIn note be?": that kind's
    if SUBJECT_ASKED.search(question):
        found["thank-you-content"] = 0.3  # a subject line is part of what the message says
    if holiday_asked(question, country, today):
        # which days count: the wait of the message named, the check-in's by default
        kind = kind_in(question)
        if kind is None and material_named(question, materials or []):
            kind = Kind.materials  # "send the roster on the holiday instead?": the promise's
        entry = {Kind.thank_you: "thank-you-timing", Kind.materials: "materials"}.get(
            kind or Kind.check_in, "check-in-timing"
        )
        if call_to_ask:  # "ring him on the holiday to thank him again?": the call, not a note
            entry = "phone-or-email"
        found[entry] = 0.45
    return found


def timing_entry(question: str, turn: Facts, materials: list[str], has_notes: bool) -> str | None:
    """The plan entry a timing question with a day or a message in it belongs to, or None:
    asked when retrieval found nothing it trusts."""
    dated = DATE.search(question) is not None or turn.asked_day is not None or bool(turn.sent)
    message = kind_in(question) is not None or MESSAGE.search(question) is not None
    message = message or (has_notes and PLACED.search(question) is not None)  # "the next one"
    if not TIMING_ASKED.search(question) or not (dated or (message and has_notes)):
        return None
    if materials and material_named(question, materials):
        return "materials"
    if not has_notes and not message:
        return None
    kind = kind_in(question)
    if kind == Kind.thank_you:
        return "thank-you-timing"
    if kind == Kind.materials:
        return "materials"
    if AGAIN.search(question) or any(s.kind == Kind.check_in for s in turn.sent):
        return "no-response"
    return "check-in-timing"


#: a call that already happened, named as a thing: "on the call", "our call", "the video call"
_PAST_CALL = re.compile(r"\b(?:the|our|that|this|last|video|zoom|teams|phone)\s+$", re.I)


def phoning_asked(question: str) -> bool:
    """The question is about making a call, not about a call that took place."""
    return any(
        not _PAST_CALL.search(question[max(0, m.start() - 12) : m.start()])
        for m in PHONING.finditer(question)
    )


#: a word for a call in any form, as the advice on calling is keyed to
_CALL_WORD = re.compile(r"\b(?:call(?:ing|ed)?|phon(?:e|ing|ed)|ring(?:ing)?)\b", re.I)


def only_past_calls(question: str) -> bool:
    """Every call the question names is one that took place ("offered me the job on the phone",
    "after our call"): the occasion, not a call asked about."""
    found = list(_CALL_WORD.finditer(question))
    return bool(found) and all(
        _PAST_CALL.search(question[max(0, m.start() - 12) : m.start()]) for m in found
    )


def invited_call_sources(question: str, situation: Situation) -> list[Source]:
    """A call: the article on making a follow-up call, cited first; on the day they invited one,
    the article on setting expectations at the interview before it."""
    from coach.checks.timeline import timeline_of
    from coach.guide import load_guide

    notes = situation.notes
    if not phoning_asked(question):
        return []
    invited = notes is not None and timeline_of(notes).contact_on is not None
    wanted = ("Set expectations early", "Make a Follow-Up Call")[0 if invited else 1 :]
    found = {s.section: s for e in load_guide().entries.values() for s in e.sources}
    return [found[w] for w in wanted if w in found]


def late_thanks_sources(situation: Situation) -> list[Source]:
    """A thank-you past its 24 hours: the sections that allow 1-2 days, cited first, whether
    the answer is that it is still inside that limit or that the limit has passed."""
    from coach.guide import load_guide

    plan = situation.plan
    if plan is None or not any(
        i.kind == Kind.thank_you and i.status == "overdue" and i.limit is not None
        for i in plan.items
    ):
        return []
    wanted = ("Send a thank-you note (promptly)", "Express your gratitude for their time")
    found = {s.section: s for e in load_guide().entries.values() for s in e.sources}
    return [found[w] for w in wanted if w in found]


def _asked(question: str) -> str:
    """The question's last sentence: what it asks, after the facts it states."""
    return re.split(r"(?<=[.!])\s+", question.strip())[-1]


def sent_material(turn: Facts, question: str = "") -> bool:
    """ "sent the cert + refs at 7pm": the material went, and the question is about it, not
    about the check-in after it ("sent the sample on the 17th. When can I chase?")."""
    chasing = kind_in(_asked(question)) in (Kind.check_in, Kind.final_follow_up)
    return any(s.kind == Kind.materials for s in turn.sent) and not chasing


#: a thank-you said not to have gone: "never sent Shawna a thank you", "forgot to thank him"
OWED_THANKS = re.compile(
    r"\b(?:never|didn'?t|did not|haven'?t|have not|hadn'?t|forgot to)\s+(?:got round to\s+)?"
    r"(?:thank(?:ed)?\b|sen[dt]\s+(?:\w+\s+){0,2}?(?:a|the|my|any|her|him|them)\s+thank)",
    re.I,
)
#: the question asks about another step than the thank-you: a call, a check-in, asking
OTHER_ASK = re.compile(
    r"\b(?:phon(?:e|ing)|call(?:ing)?|ring(?:ing)?|check[- ]?in|follow[- ]?up|chase|nudge|ask"
    r"|news)\b",
    re.I,
)
#: asking when to write next: "when can I try again?", "what now?", "when next?"
_NEXT = re.compile(r"\bwhen\b[^.?!]*\b(?:again|next)\b|\bwhat next\b|\bwhat now\b", re.I)


#: a judgement asked of a message that went: "was that on time?", "how bad is that?"
THANKS_JUDGED = re.compile(
    r"\b(?:on time|in time|(?:too |very |a bit |a little |really )?late|how bad|too slow"
    r"|(?:was|is) (?:that|it|this) (?:ok|okay|fine|alright|bad))\b",
    re.I,
)


def judged(asked: str) -> bool:
    """The sentence after a message told of asks a yes or no about it ("ok, or should I have
    waited?", "did I mess up?"), not about another step, another message or the next one."""
    from coach.chat.yes_no import asked as yes_no

    return (
        yes_no(asked) is not None
        and not OTHER_ASK.search(asked)
        and not _NEXT.search(asked)
        and kind_in(asked) in (None, Kind.thank_you)
        and not _NEW_ACT.search(asked)
    )


#: a step of its own asked about ("can I email her tomorrow?", "should I post a card too?"),
#: not the one told of; "should I have waited?" looks back at it
_NEW_ACT = re.compile(
    r"\b(?:can|could|should|shall|may|do|must)\s+I\s+(?!have\b|'?ve\b)\w+"
    r"|\b(?:both|too|also|as well|again|another)\b",
    re.I,
)


def after_sent(question: str, turn: Facts) -> dict[str, float]:
    """Messages the user says went, then "when next?": the next follow-up, not the ones told
    of (the material, or the thank-you once a check-in went too)."""
    kinds = {s.kind for s in turn.sent}
    planned = {s.kind for s in turn.sent if s.planned}
    if planned & {Kind.check_in, Kind.final_follow_up}:
        return {"no-response": 0.5}  # "emailing on the 2nd, then when?": the one after it
    if Kind.thank_you in planned:
        return {"check-in-timing": 0.4}  # "thanking her tonight, and then?": the check-in
    asked = _asked(question)
    owed = any(u.kind == Kind.thank_you for u in turn.unsent) or OWED_THANKS.search(question)
    if owed and not OTHER_ASK.search(asked):  # not "I never thanked them. can I phone today?"
        return {"thank-you-timing": 0.5}  # "never sent Luis anything": his thank-you is owed
    if kinds == {Kind.thank_you} and (THANKS_JUDGED.search(asked) or judged(asked)):
        return {"thank-you-timing": 0.5}  # "my thanks went tuesday 6pm, was that on time?"
    if Kind.materials in kinds and not sent_material(turn, question):
        return {"check-in-timing": 0.4}  # "sent the sample on the 17th. When can I chase?"
    if {Kind.thank_you, Kind.check_in} <= kinds and _NEXT.search(asked):
        return {"check-in-timing": 0.4}  # "thanked both, called on the 1st. when again?"
    return {}


#: no word back yet: "its tuesday and nothing", "still nothing", "no news", "silence"
_SILENCE = re.compile(
    r"\b(?:and|still|but|heard|got|so far)\s+nothing\b|\bnothing (?:yet|back|so far)\b"
    r"|\bno (?:reply|response|answer|news|word|update)\b|\bhaven'?t heard\b|\bsilence\b",
    re.I,
)


def silence_doubted(question: str) -> bool:
    """The user wonders whether silence means a no ("it's Tuesday and nothing, does that mean
    I didn't get it?"): no rejection was said, so the answer is about the wait, not a reply to
    a no."""
    from coach.chat.rejected import rejected_in

    return bool(_SILENCE.search(question)) and not rejected_in(question)
