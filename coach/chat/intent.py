"""What a chat message asks: a draft pasted under it to check, a message to write, a rule to
explain, something the articles do not cover, or a topic of the guide (found by meaning and by
keywords, with the stated facts as evidence too)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from coach.chat.addressing import about_names
from coach.chat.channels import SAME_TIME, channels_at_once
from coach.chat.counterfactual import supposed_entry, supposed_send
from coach.chat.dates import DATE
from coach.chat.deadlines import REQUESTED_BY
from coach.chat.facts import Facts
from coach.chat.greeting import greets_coach
from coach.chat.hindsight import HINDSIGHT, LOOKED_BACK, SUPPOSED_PAST, WOULD_HAVE
from coach.chat.intended import claims_wrongly, intended_words, quoted_words, reads_badly
from coach.chat.kinds import kind_in
from coach.chat.length import CONTENT_ENTRY
from coach.chat.past_last import past_last
from coach.chat.phrases import COMPLAINT, SAY_THAT
from coach.chat.recalled import materials_boost
from coach.chat.received import received
from coach.chat.retrieval import CUE_CAP, CUE_WEIGHT, MIN_SCORE, Hit, cue_hits, retrieve
from coach.chat.rule_named import rule_in
from coach.chat.say_to import content_entry
from coach.chat.scope import nearest_uncovered, uncovered
from coach.chat.verdicts import CHANNEL_CHOICE, CHANNEL_OR, NEXT_STEP, PHONING, RECONSIDER
from coach.chat.yes_no import asked as asked_yes_no
from coach.guide import load_guide
from coach.models import Kind, Notes, Stage

#: a message's greeting: "Hi Zoe,", "Dear Ms. Chen,", "Hello," (a capitalised name, if any)
GREETING = re.compile(
    r"(?:^|(?<=[?.!:])\s+|\n)\s*"
    r"(?P<g>(?i:dear|hi|hello|hey|good (?:morning|afternoon))"
    r"(?:\s+(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?)?(?:\s+[A-Z][\w'’.-]*){0,3}\s*,)",
)
#: a draft quoted inline: "I wrote: 'Dear Sam, ...' Too harsh?" (at least six words)
QUOTED = re.compile(
    r"(?:^|(?<=[\s:(]))(?P<o>[\"“'‘])(?P<q>[^\n\"“”]{20,}?)[\"”'’](?=[\s.,;:!?)]|$)"
)
#: words before a quote that make it the user's own draft, not what someone else said
MY_WORDS = re.compile(
    r"\b(?:wrote|written|drafted|draft|typed|my (?:email|message|note|follow[- ]?up|check[- ]?in|"
    r"reply|line|text|sentence|opening|closing)|(?:going|planning|want|about) to (?:send|write|say|"
    r"open|start|end|close)|I(?:'ll| will) (?:send|write|say)|if I (?:send|write|say)"
    # "would it look desperate to say '...'?", "is it ok putting '...' in my check-in?"
    r"|to (?:say|write|put|use|include|add)|saying|writing|putting|including|adding)\b",
    re.I,
)
#: a quote someone else wrote or said: "Hélène wrote 'feel free to call me...'"
THEIR_WORDS = re.compile(
    r"(?<![\w'’])(?!(?:I|i|I'?ve|i'?ve|I'?d|i'?d|and|then|just|also)\s)[\w'’-]+\s+"
    r"(?:just\s+|finally\s+)?(?:wrote|said|says|texted|replied|emailed|messaged|told me|answered"
    # "Sam replied to my check-in yesterday:"
    r"|responded)(?:\s+(?:back\s+)?(?:to\s+)?(?:my|our|the|me)\b[^.?!:\"“'‘]{0,40})?"
    r"\s*[:,]?\s*$|\b(?:she|he|they|(?-i:[A-Z])\w+)\s+(?:replied|wrote|emailed|messaged|texted"
    r"|answered|responded|called|rang)\b[^.?!]{0,60}\bsaying\s*[:,]?\s*$",  # "she replied, saying"
    re.I,
)
DRAFT_ASK = re.compile(
    r"\b(?:write|draft|compose|prepare|give)\s+(?:me\s+|us\s+)?(?:up\s+)?(?:a|an|the|my|one)?\s*"
    r"(?:quick\s+|short\s+|polite\s+|final\s+|new\s+)?"
    r"(?:thank[- ]?you|check[- ]?in|follow[- ]?up|note|email|message|reply|letter|linkedin"
    r"|response)",
    re.I,
)
LONGER = re.compile(
    r"\b(?:more detail|in detail|explain (?:more|fully)|tell me more|longer|elaborate)\b", re.I
)
PUSHY = re.compile(
    r"push|tone|rude|desperate|needy|aggressive|polite|sound|eager|demanding|much|harsh|strong"
    r"|angry|blunt|passive",
    re.I,
)

#: writing to them again soon: "email it to Sam today", "message her tomorrow"
CONTACT_SOON = re.compile(
    r"\b(?:email|e-mail|write|send|message|call|phone|ring)\b[^.?!]{0,40}\b(?:today|tomorrow|now"
    r"|this (?:week|afternoon|morning|evening))\b",
    re.I,
)

#: the manner a question worries about, after what it asks to do: "how do I ask when they'll
#: decide without sounding pushy?" asks about the timeline question, the tone is how
MANNER = re.compile(
    r"\b(?:without|but not|and not)\s+(?:it\s+|me\s+)?(?:sound\w*|com\w*\s+(?:across|off)"
    r"|seem\w*|look\w*|appear\w*)\b[^.?!,;]*",
    re.I,
)
#: how much the entry for the act asked about gains when a manner is worried about too
MANNER_BOOST = 0.3


def _manner_boost(question: str) -> dict[str, float]:
    """What a manner worried about changes: tone's keywords inside it ("without sounding
    pushy") say how, not what, so they count for nothing; the entry the act points to, once
    the manner is left out, gains when that act alone names a topic (a keyword, or a close
    meaning) other than tone."""
    m = MANNER.search(question)
    if m is None:
        return {}
    found = {"tone": -CUE_WEIGHT * min(cue_hits("tone", m.group(0)), CUE_CAP)}
    act = (question[: m.start()] + " " + question[m.end() :]).strip()
    if len(act.split()) < 3:
        return found
    top = retrieve(act, 1)[0]
    if top.entry.id != "tone" and (top.cues or top.score >= MIN_SCORE):
        found[top.entry.id] = MANNER_BOOST
    return found


#: after a no, the reply to it or staying in mind for later: "how do I reply without sounding
#: bitter", "ask them to keep me in mind for future jobs", "keep my cv on file"
AFTER_NO = re.compile(
    r"\brepl(?:y|ies|ying)\b|\bwrit\w* back\b|\bkeep (?:me|my (?:cv|resume|details|name))\b"
    r"[^.?!]{0,20}\b(?:in mind|on file)\b|\b(?:future|other|later) (?:roles?|jobs?|openings?"
    r"|positions?|vacanc\w+)\b|\bbe (?:interested|considered)\b",
    re.I,
)


#: days counted: "I counted 5 working days from the 30th" (not "does it count as chasing?")
WORKING_DAYS = re.compile(r"\b(?:business|working|work)\s+days?\b", re.I)
#: the plans of entries about chasing a decision, which a rejection ends
CHASING = ("check_in", "final_follow_up", "move_on")
#: what a rejection leaves open, to ask about on its own terms: staying connected (002 FAQ 10,
#: "Connect on LinkedIn") and a card to thank them (002 FAQ 8)
STILL_OPEN = ("linkedin", "handwritten-note")
#: follow-ups counted: "2 emails to her now", "I've chased them twice", "a 4th email", "try one
#: last time" (the limit on follow-ups is the question, whatever day or channel it names)
COUNTED = re.compile(
    r"(?<!\bof my )(?<!\bof the )\b(?:two|three|four|five|2|3|4|5)\s+"
    r"(?:e-?mails|check[- ]?ins|follow[- ]?ups|chasers|nudges|calls)\b"
    r"(?!\s+(?:after|since|per)\b)"
    r"|\b(?:followed up|checked in|chased|e-?mailed|called|rang|phoned|messaged|nudged|wrote)"
    r"\s+(?:\w+\s+)?twice\b"
    r"|\b(?:4th|fourth|5th|fifth)\s+(?:e-?mail|check|follow|message|call|one|time|nudge)"
    r"|\bone last (?:time|one|try|e-?mail|go)\b",
    re.I,
)
#: a follow-up message named as such ("the thank-yous", "my check-in"), not a word that may
#: be the occasion or something else ("before the offer is final", "my visa status")
MESSAGE_NAMED = re.compile(
    r"\bthank[- ]?yous?\b|\bthanks? (?:notes?|e-?mails?|messages?|cards?|letters?)\b"
    r"|\bcheck[- ]?ins?\b|\bfollow[- ]?ups?\b",
    re.I,
)
#: a keyword-matched entry scoring less than this is no answer to a question nothing else fits
WEAKEST_CUED = 0.3


@dataclass
class Intent:
    mode: str  # review | draft | explain | out_of_scope | guide | unknown | help
    question: str
    pasted: str = ""
    hits: list[Hit] = field(default_factory=list)
    uncovered: str | None = None
    rule: str | None = None
    kind: Kind | None = None
    longer: bool = False
    intended: bool = False  # `pasted` holds words the user means to say, not a whole draft

    @property
    def fragment(self) -> bool:
        """A sentence or two of a draft (quoted inline), not a whole message."""
        text = self.pasted.strip()
        return self.intended or (
            bool(text)
            and "\n" not in text
            and not GREETING.search(" " + text)
            and not (re.match(r"subject:", text, re.I))
        )

    @property
    def name(self) -> str:
        """The JSON `intent`: the mode, or the guide topic's own intent."""
        if self.mode == "guide" and self.hits:
            return self.hits[0].entry.intent
        if self.intended:  # how the words they mean to say will read: the tone topic's
            return "tone"
        return self.mode


def split_pasted(text: str) -> tuple[str, str]:
    """(question, pasted draft). The draft is what follows a blank line after a short question,
    or what follows the question from a greeting on ("Is this OK? Hi Zoe, ..."). A message the
    user received (forwarded or quoted) is no draft: it is read with the question."""
    text = text.strip()
    theirs = received(text)
    if theirs is not None:
        return theirs, ""
    parts = re.split(r"\n[ \t]*\n", text, maxsplit=1)
    if len(parts) == 2:
        head, rest = parts[0].strip(), parts[1].strip()
        if rest and len(head.split()) <= 40 and len(rest.split()) >= 4 and "\n" not in head:
            return head, rest
    lines = text.splitlines()
    rest = "\n".join(lines[1:]).strip()
    short = len(lines) > 1 and len(lines[0].split()) <= 40 and len(rest.split()) >= 4
    if short and (re.match(r"subject:", rest, re.I) or GREETING.match(rest)):
        return lines[0].strip(), rest
    greeting = GREETING.search(text)
    if greeting is not None:
        start = greeting.start("g")
        if start == 0 and not greets_coach(greeting.group("g"), text):
            return "", text
        if start == 0:
            return text, ""
        head = text[:start].strip()
        if len(text[start:].split()) >= 5:
            return head, text[start:].strip()
    if re.match(r"subject:", text, re.I):
        return "", text
    quoted = QUOTED.search(text)
    if (
        quoted is not None
        and len(quoted.group("q").split()) >= 6
        and MY_WORDS.search(text[max(0, quoted.start() - 80) : quoted.start()])
        and not THEIR_WORDS.search(text[max(0, quoted.start() - 100) : quoted.start()])
    ):
        head = (text[: quoted.start()] + " " + text[quoted.end() :]).strip()
        return " ".join(head.split()), quoted.group("q").strip()
    return text, ""


#: what the stated facts say the question is about, as a boost to those entries
def _fact_boosts(
    question: str,
    facts: Facts,
    turn: Facts,
    interview: dt.date | None = None,
    same_day: bool = False,
    promised: tuple[str, ...] = (),
    stage: Stage | None = None,
) -> dict[str, float]:
    from coach.chat import routes

    boost: dict[str, float] = {}
    again = re.search(
        r"\b(?:one more|another|(?<!try )again|third|3rd|fourth|4th|more)\b", question, re.I
    )
    if kind_in(question) == Kind.thank_you:
        again = None  # "thank them again after round two": the thank-you, not a third check-in
    if cue_hits("no-response", question) and re.search(
        r"check[- ]?in|follow[- ]?up|\bsecond\b", question, re.I
    ):
        boost["no-response"] = 0.3  # silence after a check-in: the one last note, and when
    elif turn.days_since_interview is not None or re.search(
        r"no (?:reply|response|answer|news|word)|haven'?t heard|not heard", question, re.I
    ):
        boost["check-in-timing"] = 0.3
    if re.search(r"\bhow many (?:times|follow|check|e-?mails|messages|notes)", question, re.I):
        boost["how-many"] = 0.4  # the count is the question, whatever else it says
    no = Stage.rejected in (facts.stage, turn.stage, stage)  # after a no, no count to reach
    if (
        counted := COUNTED.search(question)
    ) and not no:  # "2 emails now and silence", "one last time"
        # past the limit ("3 emails now", "a 4th"): no channel or day matters any more
        over = re.search(r"three|four|five|[345]", counted.group(0), re.I)
        boost["how-many"] = max(boost.get("how-many", 0.0), 0.7 if over else 0.4)
    if turn.interview_day is not None and turn.decision_by is None:
        # "I interviewed on the 1st": the dates are the question (the thank-you's, if named)
        named = kind_in(question) == Kind.thank_you
        boost["thank-you-timing" if named else "check-in-timing"] = 0.2
    if turn.no_contact_before or turn.wait_days or turn.decision_by or turn.contact_on:
        boost["respect-their-timeline"] = 0.35
    if turn.no_contact_before or turn.wait_days:  # "give us a week before you chase": their ask
        boost["respect-their-timeline"] = 0.5
    if HINDSIGHT.search(question):  # "did I jump the gun?": when a check-in was right, by
        # the wait they asked for if the question states one
        their = "respect-their-timeline" if "respect-their-timeline" in boost else None
        key = their or "check-in-timing"
        boost[key] = max(boost.get(key, 0.0), 0.4)
    if CHANNEL_CHOICE.search(question):  # "call or email?": the channel is the question
        boost["phone-or-email"] = max(boost.get("phone-or-email", 0.0), 0.35)
    if CHANNEL_OR.search(question):  # "call or email, now there's no news?": news is the occasion
        boost.pop("check-in-timing", None)
    if again and any(s.kind != Kind.materials for s in facts.sent):  # not "resend the refs"
        boost["how-many"] = 0.4
        chased = [s for s in facts.sent if s.kind in (Kind.check_in, Kind.final_follow_up)]
        if len(chased) >= 2:  # "chased twice now, once more?": the count reached is the question
            boost["how-many"] = 0.6
    if (
        turn.stage == Stage.rejected
        and not any(cue_hits(e, question) for e in STILL_OPEN)
        and not LOOKED_BACK.search(question)  # "before the rejection came, was the 13th ok?"
        and not SUPPOSED_PAST.search(question)
    ):
        boost["rejection"] = 0.3  # "now they've said no, can I add her on LinkedIn?": the no
        # is the occasion, the channel the topic
    if re.search(
        r"\b(?:did|have|had) I (?:already|ever|actually)\b|\bwhen did I\b", question, re.I
    ):
        boost["already-sent"] = 0.35  # the question is about what went out, whatever it was
    asked, day = turn.asked_day, turn.interview_day or facts.interview_day or interview
    if (
        asked is not None
        and day is not None
        and (asked - day).days > 2
        and kind_in(question) != Kind.thank_you
    ):
        # a day past the thank-you's two days: a check-in, or the material they asked for
        # (unless it is the thank-you itself that is asked about: then it is late); a day
        # asked beside the wait they asked for is judged by that wait
        theirs = "respect-their-timeline" if turn.no_contact_before or turn.wait_days else None
        material = (
            cue_hits("materials", question)
            or turn.promise is not None  # "they want the cert by 9 on Monday": that promise
            or routes.material_named(question, list(promised))
        )
        key = "materials" if material else theirs or "check-in-timing"
        boost[key] = max(boost.get(key, 0.0), 0.4)
    if (
        any(s.kind == Kind.thank_you for s in turn.sent)
        and not turn.unsent  # "I only thanked Sam, not Alex": Alex's thank-you is the question
        and CONTACT_SOON.search(question)
        and kind_in(question) in (None, Kind.thank_you, Kind.check_in)
    ):
        boost["check-in-timing"] = 0.4  # the thanks went; writing again soon is a check-in
    if channels_at_once(question) or same_day:
        boost["multiple-platforms"] = 0.4  # "the email AND a LinkedIn request tonight?"
        if same_day or SAME_TIME.search(question):  # both on one day: that is the question,
            boost["multiple-platforms"] = 0.6  # whatever day it is for the plan
    if past_last(question):  # "if the last one goes unanswered too, then what?": stop
        boost["move-on"] = 0.6
    if PHONING.search(question) and re.search(
        r"\bnews\b|\bupdates?\b|decision|\bstatus\b", question
    ):
        boost["phone-or-email"] = 0.3  # a call to ask for news is a follow-up call
    if kind_in(question) == Kind.final_follow_up and not re.search(r"thank", question, re.I):
        boost["how-many"] = 0.2  # "is the final follow-up too early?": that one, not a time zone
    if (
        turn.material is not None
        or turn.promise is not None
        or routes.sent_material(turn, question)
        or REQUESTED_BY.search(question)
    ):
        boost["materials"] = 0.3  # "the GitHub link" the notes say was promised, or one asked for
    for key, more in routes.after_sent(question, turn).items():
        boost[key] = max(boost.get(key, 0.0), more)
    if any(s.kind == Kind.thank_you for s in turn.sent) and NEXT_STEP.search(question):
        boost["check-in-timing"] = 0.4  # the thank-you went: the question is what comes next
    return boost


def classify(
    text: str,
    facts: Facts,
    turn: Facts,
    interview: dt.date | None = None,
    stage: Stage | None = None,
    same_day: bool = False,
    notes: Notes | None = None,
    today: dt.date | None = None,
) -> Intent:
    """`facts` are the conversation's, `turn` this message's own; `interview` the notes'
    interview day and `stage` the notes' stage, when there are notes; `same_day` when a
    check-in went today and the question plans another channel today."""
    from coach.chat import routes

    question, pasted = split_pasted(text)
    longer = bool(LONGER.search(question))
    if pasted:
        return Intent("review", question, pasted, longer=longer)
    if not question:
        return Intent("help", question)
    rule = rule_in(question)
    if rule is not None:
        return Intent("explain", question, rule=rule, longer=longer)
    if DRAFT_ASK.search(question) and not re.search(
        r"\bwhat (?:should|do|can) I\b|\bhow (?:do|should) I\b"
        r"|\b(?:can|could|should|may|do) I (?:just |simply |only )?(?:write|send|give)\b",
        question,
        re.I,
    ):  # "can I just write one email to all of them?" asks whether, not for a draft
        kind = kind_in(question) or (
            Kind.rejection_reply if facts.stage == Stage.rejected else None
        )
        return Intent("draft", question, kind=kind or Kind.thank_you, longer=longer)
    words = intended_words(question)  # "can I tell them I need an answer by Thursday?"
    if uncovered(question) is not None and not re.search(r"[\"“'‘][^\"“”'’]{6,}[\"”'’]", question):
        # "can I ask for 7500, and how do I say it?": the topic is not covered; words quoted
        # ("can I write 'I can't wait to start!!!'?") are still a draft to check
        words = None
    if words is not None and (
        reads_badly(words, (facts.stage or stage) == Stage.rejected)
        or (
            claims_wrongly(words, interview, today, notes.country if notes else None)
            # "how long should it be? also can I say '...'": the other question stays the answer
            and not re.search(r"\b(?:how|what|when|which)\b", question, re.I)
        )
    ):  # "can I open with 'it's been over a month'?" 17 days on: how it reads, or its dates
        return Intent("review", question, words, longer=longer, intended=True)
    hits = retrieve(question, limit=len(load_guide().entries))
    topic = uncovered(question) or nearest_uncovered(question, max(h.semantic for h in hits))
    promised = [m.what for m in notes.materials] if notes is not None else []
    boosts = _fact_boosts(question, facts, turn, interview, same_day, tuple(promised), stage)
    country = notes.country if notes is not None else facts.country
    for key, more in routes.boosts(question, country, today or dt.date.today(), promised).items():
        boosts[key] = max(boosts.get(key, 0.0), more)
    names = about_names(question, notes)  # "Gosia or Małgorzata in my reply?": the name's form
    after_no = (  # words quoted for the reply are judged as words, not as the reply's topic
        (facts.stage or stage) == Stage.rejected and AFTER_NO.search(question) is not None
    ) and (words is None and not names)
    for key, more in _manner_boost(question).items():
        if more < 0:
            boosts[key] = boosts.get(key, 0.0) + more
        elif not after_no:  # after a no, the act is the reply to it, whatever its words
            boosts[key] = max(boosts.get(key, 0.0), more)
    past_call = routes.only_past_calls(question)
    if past_call:
        # "they offered me the job on the call": where something happened, not a channel asked
        # about, so the words for a call are no evidence for the advice on calling
        credit = CUE_WEIGHT * min(cue_hits("phone-or-email", question), CUE_CAP)
        boosts["phone-or-email"] = boosts.get("phone-or-email", 0.0) - credit
    if after_no:  # the worry ("without sounding bitter") is how; the reply to the no is what
        boosts["rejection"] = max(boosts.get("rejection", 0.0), 0.5)
    if names:
        boosts.pop("rejection", None)  # the no is the occasion, the name's form the question
        # "is it fine to just type Gorg", "called her HR Manager, she's HR Officer": the form
        boosts["names-and-titles"] = max(boosts.get("names-and-titles", 0.0), 0.6)
    if supposed := supposed_entry(question, promised):  # "if I'd sent the refs at 9:30?"
        boosts[supposed] = max(boosts.get(supposed, 0.0), 0.5)
    if more := materials_boost(question, promised):  # "what time did I say I'd send it?"
        boosts["materials"] = max(boosts.get("materials", 0.0), more)
    if entry := content_entry(question, facts, notes, stage):  # "what do I say to Emmanuel?"
        # the message named by its kind ("what do I write in the check-in on Friday?") asks
        # for its words, whatever day it also names
        more = 0.6 if kind_in(question) in (Kind.check_in, Kind.final_follow_up) else 0.4
        boosts[entry] = max(boosts.get(entry, 0.0), more)
    if SAY_THAT.search(question) and COMPLAINT.search(question):
        # "I want to tell her this is not very professional": what they mean to say is the
        # question, whatever the dates
        boosts["tone"] = boosts.get("tone", 0.0) + 0.4
    if boosts:
        hits = sorted(
            (Hit(h.entry, h.score + boosts.get(h.entry.id, 0.0), h.semantic, h.cues) for h in hits),
            key=lambda h: -h.score,
        )
    if past_call:
        hits = [
            Hit(h.entry, h.score, h.semantic, 0) if h.entry.id == "phone-or-email" else h
            for h in hits
        ]
    # after a no the notes record, the no is word enough, unless a way of staying in touch
    # is asked about ("add them on LinkedIn now it's over?")
    still_open = any(cue_hits(e, question) for e in STILL_OPEN)
    if ((facts.stage or stage) != Stage.rejected or still_open) and not after_no:
        # advice for after a rejection needs a word of one, not just a similar-sounding question;
        # and none at all when the user says they were not turned down after all
        gone = turn.stage == Stage.interviewed or routes.silence_doubted(question)
        hits = [h for h in hits if (h.cues and not gone) or h.entry.intent != "rejection"] + [
            h for h in hits if (not h.cues or gone) and h.entry.intent == "rejection"
        ]
    if topic is not None and WOULD_HAVE.search(question) and DATE.search(question) and notes:
        topic = None  # "before the offer came I'd planned to call on the 7th, would that have
        # been ok?": a follow-up's timing, whatever came after it
        hits = sorted(hits, key=lambda h: h.entry.plan not in CHASING)
        return Intent("guide", question, hits=hits[:3], longer=longer)
    if topic is not None:
        return Intent("out_of_scope", question, hits=hits[:3], uncovered=topic, longer=longer)
    if re.search(r"\bthis\b.*\b(?:ok|okay|fine|pushy|good|right)\b", question, re.I) and (
        PUSHY.search(question) and not hits[0].cues
    ):
        return Intent("review", question, hits=hits[:3], longer=longer)
    if hits and not hits[0].cues and hits[0].entry.id not in boosts:
        # a keyword is better evidence than a weak vector, or than a close one (a stated fact
        # that points to an entry is evidence as good as a keyword)
        close = hits[0].score - 0.1 if hits[0].score >= MIN_SCORE else WEAKEST_CUED
        weak = hits[0].score < MIN_SCORE  # then any keyword among the best three counts too
        cued = [h for i, h in enumerate(hits) if h.cues and (h.score >= close or weak and i < 3)]
        hits = cued + [h for h in hits if h not in cued]
    rejected = (facts.stage or stage) == Stage.rejected
    undo = rejected and RECONSIDER.search(question) is not None  # "ask them to look again?"
    looked_back = (
        HINDSIGHT.search(question)
        or LOOKED_BACK.search(question)  # "could I have sent it on the 10th?" after a no
        or SUPPOSED_PAST.search(question)  # "what if I had phoned the day after?"
        or WORKING_DAYS.search(question)  # "I counted 5 working days, who's right?"
        or (facts.supposed and supposed_send(question))  # "if they'd set no date, when..."
    )
    if hits and hits[0].score < MIN_SCORE and not hits[0].cues and not turn.empty and not undo:
        # a message that only states facts ("my interview was on Monday"): what comes next
        sent = {s.kind for s in turn.sent}
        thanks = (turn.interview_day or kind_in(question) == Kind.thank_you) and not sent
        owed = any(u.kind == Kind.thank_you for u in turn.unsent)  # "not Grégoire": his is due
        nxt = "thank-you-timing" if thanks or owed else "check-in-timing"
        asked, day = turn.asked_day, turn.interview_day
        if asked is not None and day is not None and (asked - day).days > 2:
            nxt = "check-in-timing"  # a day past the thank-you's two days: a check-in
        if turn.contact_on or turn.no_contact_before or turn.wait_days:
            # "she said 'call me any time from Tuesday'": the day they set is the subject
            nxt = "respect-their-timeline"
        material = turn.material or turn.promise or routes.sent_material(turn, question)
        if material or cue_hits("materials", question):  # "I said I'd send references by 9"
            nxt = "materials"  # "the sample I promised by 9": the promise is the subject
        if turn.stage == Stage.rejected:
            nxt = "rejection"  # "we have decided to move forward with others": the reply
        hits = sorted(hits, key=lambda h: h.entry.id != nxt)
        return Intent("guide", question, hits=hits[:3], longer=longer)
    # after a no the only message left to word is the reply, not a check-in
    chasing = (
        hits
        and (hits[0].entry.plan in CHASING or hits[0].entry.id == "check-in-content")
        and not looked_back
    )
    if rejected and hits and (chasing or undo):
        # "can I still check in?" after a no: what the articles say after a rejection
        top = hits[0]
        cues = top.cues or int(RECONSIDER.search(question) is not None)  # "a second look?"
        hits = [
            Hit(h.entry, top.score, h.semantic, cues) if h.entry.intent == "rejection" else h
            for h in sorted(hits, key=lambda h: h.entry.intent != "rejection")
        ]
    if hits and hits[0].score < MIN_SCORE and not hits[0].cues:
        # a day or a message and a timing word: the plan's question, not "not covered"
        routed = routes.timing_entry(question, turn, promised, notes is not None)
        hits = sorted(hits, key=lambda h: h.entry.id != routed) if routed else hits
        if routed:
            return Intent("guide", question, hits=hits[:3], longer=longer)
    if hits and hits[0].score < MIN_SCORE and not hits[0].cues and words is None:
        # a message the guide covers, named ("does a video interview change the thank-you?"):
        # in scope, and the nearest advice on that message (what it says, or when it goes)
        kind = kind_in(question) if MESSAGE_NAMED.search(question) else None
        about = [
            h
            for h in hits
            if kind is not None
            and (h.entry.id == CONTENT_ENTRY.get(kind) or h.entry.plan == kind.value)
        ]
        if about:
            hits = [about[0], *(h for h in hits if h is not about[0])]
            return Intent("guide", question, hits=hits[:3], longer=longer)
    hits = hits[:3]
    if (
        words is not None
        and hits
        and hits[0].entry.id == "tone"
        and quoted_words(question) is not None
        and asked_yes_no(question) is not None
    ):
        # "can I say '...'? or is that pushy?": how those words read is the tone asked about,
        # and the checker's tone rules judge them (clean, or the review above had caught them)
        return Intent("review", question, words, longer=longer, intended=True)
    if not hits or (hits[0].score < MIN_SCORE and not hits[0].cues):
        if words is not None:  # "can I say '...'?": nothing else fits, so how those words read
            return Intent("review", question, words, longer=longer, intended=True)
        return Intent("unknown", question, hits=hits, longer=longer)
    return Intent("guide", question, hits=hits, longer=longer)
