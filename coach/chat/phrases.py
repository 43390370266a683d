"""The phrases a chat message states its facts in: "today is", "they said to wait", "not before",
"decide by", "I sent", "they rejected me"... Read by coach.chat.facts, clause by clause."""

# ruff: noqa: E501 - the phrase patterns read best one alternation to a line
from __future__ import annotations

import re

from coach.models import Kind

TODAY_IS = re.compile(
    r"\b(?:today is|it'?s now|it is now|today'?s date is|today'?s|today is the|it'?s(?=\s+the\s+\d+(?:st|nd|rd|th)\W*(?:today|now)?(?:\W*$|\W*(?:and|but)\s+(?:still\s+)?(?:nothing|no\b|not\b|i\b))))\s+",
    re.I,
)
TODAY_WEEKDAY = re.compile(
    r"^\W*(?:it'?s|it is|today is|today'?s)\s+(?:a\s+)?(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    # "it's Wednesday now and nothing": what follows the day is news, not another date
    r"(?:\s+(?:now|today|here|already))?(?:\W*$|\W*(?:and|but)\s+(?:still\s+)?(?:nothing|no\b|not\b|i\b))",
    re.I,
)
TWICE = re.compile(r"\btwice\b|\b(?:two|2) (?:times|follow[- ]?ups|check[- ]?ins)\b", re.I)
#: "a thank-you plus 2 follow-ups": both follow-ups went too
BOTH_FOLLOW_UPS = re.compile(r"\b(?:two|2|both) (?:follow[- ]?ups|check[- ]?ins)\b", re.I)
PANEL = re.compile(r"\b(?:both|all|everyone|each|them)\b", re.I)
SINCE = re.compile(r"\b(?:since|ago|been|passed|later|after|gone by|over|gone|elapsed)\b", re.I)
WAIT = re.compile(
    r"\b(?:said|(?:they|she|he|now) says?|told|asked|wants?|want(?:ed)?)\b[^.?!]{0,30}"
    r"\b(?:wait|give (?:us|them|it))\b",
    re.I,
)
NOT_BEFORE = re.compile(
    r"\bno[- ](?:chase|chasing|contact)\b[^.?!]{0,30}?\b(?:to|is|until|till|now)\b|(?:\bnot\b|n't\b|\bno\b|\bdont\b)[^.?!]{0,40}\b(?:before|until|till)\b|\b(?:wait|hold off|give (?:it|them|her|him|us|me))\b[^.?!]{0,20}\b(?:until|till)\b",
    re.I,
)
DECIDE_BY = re.compile(
    r"\b(?:decid\w*|decisions?|(?:written|formal) offer(?: letter)?|hear(?:ing)? back|(?:I'?d|I would|I'?ll|I will|I should|we'?d|we would|we'?ll|we will|we should|you'?d|you'?ll|you will|you should) hear(?: back| from (?:them|her|him))?|(?:get|come) back to (?:me|us|you|everyone|everybody|all|candidates|people)|(?:have|get|give|send)\s+(?:some\s+|any\s+)?(?:news|an answer|an update|word)\b|be in touch|let me know|back to me|(?:ring|call|phone|email|text) (?:me|us))\b[^.?!]{0,25}\bby\b"
    # the offer's paper to come: "the contract comes by Thursday", "the contracts are held up
    # with legal and should be out by the 10th"
    r"|\b(?:contracts?|paperwork|offer letter|(?:written|employment|job) agreement)\b"
    r"(?![^.?!]{0,60}\b(?:sign|return)\w*\b)"
    r"[^.?!]{0,60}\bby\b"
    r"|\b(?:need|needs|needed|take|takes|want|wants)\s+(?:\w+\s+)?(?:until|till)\b"
    r"|\b(?:close|wrap up|finali[sz]e|fill|conclude)\w*\s+(?:it|this|things|the (?:role|process|search|position))?\s*(?:up\s+)?by\b"
    # "they've pushed the decision to Wed 18 Nov", "the decision was moved back to the 20th"
    r"|\b(?:(?:pushed|moved|postponed|delayed|shifted|changed|put off)\s+(?:back\s+)?(?:the|their|its)\s+decision(?:\s+date)?"
    # "they've moved it to Friday 22 May": what they moved, said before or not at all
    r"|(?:they|she|he)(?:['’]ve|\s+have|['’]d|\s+had)?\s+(?:now\s+|just\s+)?(?:pushed|moved|postponed|delayed|shifted|put off)\s+(?:it|things|everything)|(?:decision(?:\s+date)?|panel|board(?:\s+meeting)?|final (?:interview|round)s?|hiring meeting)(?:\s+(?:has\s+been|have\s+been|was|were|is|are|got|s)|'s)?\s+(?:now\s+)?(?:pushed|moved|postponed|delayed|shifted|changed|put off))\s+(?:back\s+|out\s+)?(?:to|until|till)\b",
    re.I,
)
#: the decision named without "by": "the decision will now be end of next week", "they
#: mentioned end of next week for a decision" (the date before it)
DECISION_IS = re.compile(
    r"\bdecision\s+(?:will|would|should|is|was|'s)\s+(?:now\s+)?(?:be\s+)?(?:made\s+)?"
    r"(?:(?:on|in|at|due(?:\s+(?:on|by))?)\b)?"  # "the decision was due friday 11 dec"
    # "the GM decides on Friday 18 Sept", "they'll decide Friday": a day straight after the
    # verb (a subject other than the user's own, which DECIDE_ON_MINE tells)
    r"|\b(?:decides|decide|deciding|make (?:a|the|their) decision|makes (?:a|the|their) decision)"
    r"\s+(?:on\s+)?(?=(?:this\s+|next\s+)?(?:mon|tue|wed|thu|fri|sat|sun|the\s+\d|\d))",
    re.I,
)
#: the user's own decision, just before the verb: "I need to decide on Friday", "we'd make a
#: decision Monday"; not "I heard they decide Friday"
DECIDE_ON_MINE = re.compile(
    r"\b(?:I|we)(?:['’](?:ll|d|m|ve))?(?:\s+(?!(?:they|she|he|it|the)\b)\w+){0,3}\s*$", re.I
)
FOR_DECISION = re.compile(r"\bfor\s+(?:a|the|their|a final)\s+(?:decision|answer)\b", re.I)
#: "they won't decide until Wednesday 7 October": the decision date, not a no-contact date
NOT_DECIDING = re.compile(
    r"(?:\bnot\b|n['’]?t\b|\bwont\b)\s+(?:be\s+)?(?:decid\w*|mak\w+ (?:a|the|their|any) decision"
    r"|(?:have|reach|give|get|make) (?:a|an|the|any|their) (?:decision|answer|outcome))\b"
    r"[^.?!]{0,20}?\b(?:until|till|before)\b",
    re.I,
)
#: "the board meets on Friday 9 October, we will decide right after": decided that day
DECIDE_AFTER = re.compile(
    r"\b(?:decid\w*|decision|let (?:you|me) know|get back to (?:you|me))\s+(?:right|straight|shortly|soon|just|immediately)?\s*after(?:wards)?\b(?!\s+(?:the|that|this)\s+\w+\s+\d)",
    re.I,
)
#: who invites the contact: "they said", "feel free to", "you're welcome to"
INVITED = re.compile(
    r"\b(?:they|she|he|told|said|asked|invited|feel free|you'?re welcome|you are welcome|you can|happy for you)\b"
    # "Majo wrote back: 'call me on Monday the 14th'": their words, quoted
    r"|(?<!\bI )\b(?:wrote back|replied|texted|messaged|emailed)\b[^.?!'\"‘“]{0,40}[:,]?\s*['\"‘“]",
    re.I,
)
#: "she asked me to call her back": an invitation to get in touch now
CALL_BACK = re.compile(
    r"\b(?:asked|asking|asks|(?<!\bi )(?<!\bI )wants?|told|invited)\s+(?:me\s+)?to\s+"
    r"(?:call|ring|phone|email|write)"
    r"\s+(?:her\s+|him\s+|them\s+)?back\b",
    re.I,
)
#: "the process is delayed by two weeks": their decision moves that much later
#: "they didn't actually give any date": the notes' timeline does not hold
NO_TIMELINE = re.compile(
    r"\b(?:didn'?t|did not|never|haven'?t|have not|hasn'?t|has not)\s+(?:actually\s+|really\s+)?"
    r"(?:give|gave|given|say|said|mention(?:ed)?|set|name[d]?|specif(?:y|ied))\s+(?:me\s+|us\s+)?"
    r"(?:any|a)\s+(?:\w+\s+)?(?:date|timeline|time ?frame|deadline)s?\b"
    r"|\bno (?:date|timeline|time ?frame) (?:was|were) (?:actually |ever )?(?:given|set|mentioned)\b"
    # "they said nothing about timing", "nothing said about a decision date", "no timeline"
    r"|\b(?:said|told (?:me|us)|mentioned|gave|given)\s+nothing\s+about\s+(?:a\s+|the\s+|any\s+)?"
    r"(?:timing|timeline|time ?frame|dates?|decision|when)"
    r"|\bnothing (?:was )?(?:said|mentioned) about (?:a |the |any )?(?:timing|timeline|dates?|decision)"
    r"|(?:^|[,.;:]\s*)no (?:timeline|time ?frame|decision date)(?: (?:given|at all|mentioned))?\s*(?:[,.;:]|$)",
    re.I,
)
#: a supposition: "if Éamonn hadn't given a date", "if Kahu hadn't said to call on the 22nd"
SUPPOSED_NO_TIMELINE = re.compile(
    r"\bif\b[^.?!,]{0,30}?\b(?:hadn'?t|had not|never)\s+(?:given|said|named|set|mentioned|asked"
    r"|invited|told)\b[^.?!,]{0,20}?\b(?:date|timeline|time ?frame|deadline|call|ring|phone|contact"
    r"|get in touch|email)",
    re.I,
)
#: a clause about some other employer: "that date was from the other company"
OTHER_EMPLOYER = re.compile(
    r"\b(?:was|were|is|came|comes)\s+(?:actually\s+)?(?:from|for|about|with)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:other|another|different|second)\s+(?:company|employer|firm|job|role|application|interview|place)\b",
    re.I,
)
#: a date given as a change to the timeline: "they now expect to decide by...", "pushed back to"
REVISED = re.compile(
    r"\b(?:now|longer|new|newer|instead|changed|moved|updated|revised|pushed|delayed|postponed)\b",
    re.I,
)
DELAYED = re.compile(r"\b(?:delayed|pushed back|postponed|pushed out|running late|slipped)\b", re.I)
#: "they need another week": more time, counted from when they said so
NEED_MORE = re.compile(
    r"\b(?:need|needs|needed|take|takes|taking|want|wants|asked for)\s+(another|a further|an extra|one more)\b",
    re.I,
)
#: "not to contact them for two weeks": a wait counted from the interview
NOT_FOR = re.compile(
    r"(?:\bnot\b|n't\b|\bno\b)[^.?!]{0,50}\b(?:for|within|in)\s+(?:the\s+(?:next|first)\s+)?(?:at least\s+)?$",
    re.I,
)
CONTACT_ON = re.compile(
    r"\b(?:call|phone|ring|email|e-mail|write|message|contact|reach out|get in touch|touch base|follow up|check in"
    r"|give (?:me|us|her|him|them) a (?:bell|ring|call|shout|buzz|tinkle)|drop (?:me|us|her|him|them) a (?:line|note|email))\b"
    r"(?:[^.?!]{0,25}\b(?:on|after|from)\b"
    # "call me next tuesday", "email us Friday": the day straight after whom
    r"|\s+(?P<direct>me|us)(?=\s+(?:next\s+|this\s+|(?:mon|tues|wednes|thurs|fri)day\b|tomorrow\b))"
    # "he said call back Tuesday 7 April", "to ring her back on monday 23rd": the day after "back"
    r"|\s+(?:(?:me|us|her|him|them)\s+)?(?P<back>back)(?=\s+(?:on\s+)?(?:next\s+|this\s+|(?:mon|tues"
    r"|wednes|thurs|fri)day\b|tomorrow\b)))",
    re.I,
)
#: "Who did I send it to?", "have I already sent...": asking, not telling
ASKING_SENT = re.compile(r"\b(?:did|have|had|has)\s+(?:I|we)\b", re.I)
REJECTED = re.compile(
    r"\b(?:rejected|rejection|turned (?:me )?down|didn'?t get (?:the|it)|not (?:been )?selected|"
    r"went with (?:someone|another)|another candidate|unsuccessful|not moving forward|mov(?:e|ed|ing) (?:forward|ahead|on) with (?:other|another|a different)|(?:picked|chose|chosen|selected|hired|went with|gone with|gave (?:it|the job|the role|the position) to|offered (?:it|the job|the role|the position) to)\s+(?:another|someone|somebody|a different|(?:an )?internal|the other|other)|"
    r"(?:position|role|job|vacancy) (?:has been|was|is) filled|no longer (?:being )?consider\w*|"
    r"(?:called|phoned|rang|emailed|wrote|messaged)(?: me)? to (?:say|tell me) no|(?:they|she|he) said no"
    r"|(?:called|phoned|rang|emailed|wrote|messaged|came back|got back)\b[^.?!]{0,20}\bwith (?:a|the|their) (?:no|rejection))\b",
    re.I,
)
#: "ignore the rejection in my notes, they haven't replied": the notes' stage is wrong
NOT_REJECTED = re.compile(
    r"\b(?:ignore|disregard|forget|scratch)\b[^.?!]{0,40}\breject|\b(?:wasn'?t|weren'?t|not|never|haven'?t been|hasn'?t been)\s+(?:actually\s+|really\s+)?(?:been\s+)?rejected\b"
    r"|\bmixed (?:\w+ )?up\b[^.?!]{0,60}\b(?:reject|turned down)|\breject\w*[^.?!]{0,60}\bmixed (?:\w+ )?up\b"
    # "my notes say rejected but that's wrong, still waiting"
    r"|\breject\w*\W{0,3}\s+(?:but|which|and)\s+(?:that|it|this)?\s*(?:'?s|is|was)?\s*(?:wrong|incorrect|a mistake|not (?:true|right|correct)|outdated)\b",
    re.I,
)
OFFER = re.compile(
    r"\b(?:got|received|have|had) (?:an?|the|their) (?:job |verbal |written )?offer\b"
    # "they just made me an offer", "rang with an OFFER", "I got the job!"
    r"|\b(?:made|gave) me (?:an?|the|their) (?:job |verbal )?offer\b"
    r"|\b(?:rang|called|phoned|emailed|came back) (?:me )?(?:back )?with (?:an?|the) (?:job |verbal )?offer\b"
    r"|\b(?:got|landed) the (?:job|role|position)\b"
    r"|\boffered me\b(?! (?:a |an |the )?(?:\w+ )?(?:interview|call|meeting|chat|round|chance|tour|visit))",
    re.I,
)
#: "the interview actually finished at 1pm": when it ended, which the thank-you counts from
INTERVIEW_END = re.compile(
    r"\b(?:interview|it|we|they)\b[^.?!]{0,30}?\b(?:finished|ended|wrapped up|ran (?:on )?(?:until|till|to)|overran (?:until|till|to)|went on (?:until|till))\b",
    re.I,
)
#: an hour without a.m. or p.m. after "finished": "at 4:15", "around 4"; the interview's own
#: hours say which half of the day
BARE_CLOCK = re.compile(
    r"\s*(?:at\s+|around\s+|about\s+|by\s+)?(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\b"
    r"(?!\s*(?:min|hour|hr|h\b|days?|weeks?|%|[:.]\d))",
    re.I,
)
INTERVIEW_ON = re.compile(
    # "they moved the interview to thursday the 8th", "the interview got moved to wed 17th"
    r"\b(?:moved|changed|rescheduled|pushed|shifted|bumped)\s+(?:the\s+|my\s+)?interview\s+"
    r"(?:back\s+|forward\s+)?to\b"
    r"|\b(?:interview(?:ed|d)?|we met|I met (?:with )?(?:them|him|her|the (?:panel|team|"
    r"hiring manager|manager|recruiter)))\b(?:[^.?!]{0,25}?\b(?:on|was|last|yesterday|today"
    r"|this\s+(?:morning|afternoon|evening)"  # "interview this morning, can I phone tomorrow"
    r"|(?:moved|changed|rescheduled|pushed|shifted|bumped)(?:\s+back|\s+forward)?\s+to)\b"
    # "interviewed in manila friday 2 april", "interview tue 4 may", "interview mon nov 23"
    # "the interview day (mon 2 nov)": the day in brackets
    r"|(?:\s+(?:in|at|with)\s+[^.?!,\d]{1,25}?)?(?:\s+|\s+day\s*\(\s*)(?=(?:mon|tue|tues|wed|wednes|thu|thur|thurs"
    r"|fri|sat|satur|sun)(?:day)?\.?\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec)))",
    re.I,
)
SENT = re.compile(
    r"\b(?:sent|emailed|wrote|mailed|posted|did|made)\b[^.?!]{0,25}?"
    r"\b(?P<what>final follow[- ]?up|last follow[- ]?up|follow[- ]?up|check[- ]?in|thank[- ]?you|thanks|"
    r"references?|refs|materials?|cert(?:ificate)?|docs|documents|portfolio|linkedin|handwritten|rejection reply|call)s?\b"
    r"|\b(?P<verb>thanked|followed up|checked in|chased|nudged|called(?!\s+(?:her|him|them)\s+(?-i:[A-Z]))|rang|phoned)\b"
    r"|\b(?:my|the)\s+(?:last\s+|first\s+|previous\s+)?(?P<noun>check[- ]?in|follow[- ]?up|"
    r"thank[- ]?you(?: note| email)?)(?:\s+(?:to|for)\s+(?:(?:mr|ms|mrs|dr|mx|prof)\.?\s+)?"
    r"[^\W\d_][\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?\s+(?:was|went(?: out)?)\b"  # "to Sam"
    # "first one was the 18th" (asking about the second): an earlier follow-up, by its order
    r"|\b(?:my\s+|the\s+)?(?:first|previous|earlier)\s+(?P<one>one|e-?mail|message|nudge)\s+"
    r"(?:was|went(?: out)?)\b(?=[^.?!]{0,20}\d)"
    # "the check-in I sent on Monday": named first, then said to be sent
    r"|\b(?:my|the)\s+(?:last\s+|first\s+|previous\s+)?(?P<rel>check[- ]?in|follow[- ]?up|"
    r"thank[- ]?you)(?:\s+(?:note|email|e-mail|message|call))?\s+(?:(?:that|which)\s+)?I\s+"
    r"(?:sent|emailed|e-mailed|wrote|did|made|posted|mailed)\b"
    # "sent a 2nd email on Friday 11th": a message counted after the first, a follow-up
    r"|\b(?:sent|emailed|wrote|did)\s+(?:him\s+|her\s+|them\s+)?(?:a|an|my|the)\s+"
    r"(?P<nth>2nd|second|3rd|third|another)\s+(?:e-?mail|message|note|one|nudge|chaser)\b"
    # "emailed Sam yesterday asking for an update": a check-in, though not called one
    r"|\b(?P<asked>emailed|e-mailed|mailed|messaged|wrote to|phoned|rang)\b(?=[^.?!]{0,40}\b(?:asking|to ask|for)\b"
    r"[^.?!]{0,25}\b(?:update|news|status|progress|decision|timeline|timing|time ?frame|outcome|next steps)s?\b"
    # "emailed Cat this morning to check in": the purpose names the kind
    r"|[^.?!]{0,40}\bto (?:check[- ]?in|follow[- ]?up|chase)\b)",
    re.I,
)
NEGATED = re.compile(
    r"\b(?:haven'?t|have not|hasn'?t|didn'?t|did not|never|not yet|yet to)\b", re.I
)
SENT_KIND = {
    "final": Kind.final_follow_up,
    "last": Kind.final_follow_up,
    "follow": Kind.check_in,
    "check": Kind.check_in,
    "chase": Kind.check_in,
    "nudge": Kind.check_in,
    "called": Kind.check_in,
    "rang": Kind.check_in,
    "phoned": Kind.check_in,
    "call": Kind.check_in,
    "thank": Kind.thank_you,
    "refer": Kind.materials,
    "refs": Kind.materials,
    "cert": Kind.materials,
    "doc": Kind.materials,
    "portf": Kind.materials,
    "mater": Kind.materials,
    "linke": Kind.linkedin_note,
    "handw": Kind.handwritten_note,
    "rejec": Kind.rejection_reply,
}


def sent_kind(word: str) -> Kind | None:
    """The kind of message a word for a send names ("thank-you", "chased", "refs"), or None."""
    word = word.lower()
    return next((kind for prefix, kind in SENT_KIND.items() if word.startswith(prefix)), None)


NAME_AFTER = re.compile(
    r"\b(?:with|to|from|thank|email|call|contact|connect with|message|for|wrote|asked|told)\s+"
    r"(?P<name>[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)?)"
)
NOT_NAMES = {
    "I",
    "The",
    "LinkedIn",
    "HR",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Is",
    "Should",
    "Can",
    "What",
    "When",
}
THEY_SAID = re.compile(
    r"\b(?:they|she|he|(?:the )?(?:recruiter|manager|hiring manager|interviewer|company)|hr)\b"
    r"[^.?!]{0,70}\b(?:decid|decision|hear|get back|back to|contact|touch|call|until|within|wait|let (?:me|us|you) know)",
    re.I,
)
SAID_KEYS = {"decision": "decision_by", "no_contact": "no_contact_before", "contact": "contact_on"}
FORGOT = re.compile(
    r"\b(?:forgot(?:ten)?|forget|never|didn'?t|did not|haven'?t|have not|not yet)\s+"
    r"(?:(?:completely|totally|all)\s+)?(?:about\s+)?(?:to\s+)?"
    r"(?:(?:thank(?:ed)?|email(?:ed)?|sen[dt](?: a thank[- ]?you)?(?: to)?|write to|wrote to)\s+)?"
    r"(?:(?:Dr|Mr|Ms|Mrs|Mx|Prof)\.?\s+)?(?P<who>[^\W\d_][\w'’-]+)",
    re.I,  # "i never thanked mr mrema": typed in lower case, and `known` checks the name
)

#: someone still without a message, named in any case: "I only thanked Hélène, not Grégoire",
#: "I still owe Tamati a thank you"
LEFT_OUT = re.compile(
    r"\bonly\b[^.?!]{0,60}?(?:,|\band|\bbut)\s*not\s+(?:to\s+|for\s+)?(?P<who>[\w'’-]+)"
    r"|\bstill\s+owe\s+(?P<owed>[\w'’-]+)\s+(?:a|an|my|the)?\s*(?:thank|note|email|message)"
    # "for Lakshmi I am only writing now": hers has not gone yet
    r"|\b(?:for|to)\s+(?:(?:Dr|Mr|Ms|Mrs|Mx|Prof)\.?\s+)?(?P<late>[\w'’-]+)(?:'s)?\s+"
    r"(?:I\s*(?:am|'m|’m)\s+|I\s+)?(?:only|just|still)\s+(?:now\s+)?(?:writing|sending|drafting"
    r"|doing|getting to)\b",
    re.I,
)

#: the user means to say something in a message: "I want to write her that ...", "tempted to
#: tell them ...", "thinking of emailing him to say ..."
SAY_THAT = re.compile(
    # "I'd like to tell her"; "I feel like emails get ignored" says nothing to anyone
    r"\b(?:(?:want|going|planning|tempted|thinking(?: of| about)?|about|mean|plan|ready)(?: to)?"
    r"|like to) (?:write|tell|say|email|e-mail|message|text|remind|let (?:her|him|them) know|point out)"
    r"\w*\b",
    re.I,
)

#: words of a grievance the user means to voice
COMPLAINT = re.compile(
    r"\b(?:rude|ignor|unprofessional|not (?:very |at all )?professional|disrespect|ghost"
    r"|complain|angry|annoyed|frustrat|fed up|unacceptable|ridiculous|insult|waste of (?:my )?time"
    r"|strung along|give (?:her|him|them) a piece of my mind)",
    re.I,
)
