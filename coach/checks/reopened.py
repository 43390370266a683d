"""A rejection questioned or reopened in courteous words.

After a rejection the faults are what a sentence does, not how it sounds: "With respect, I do
not understand how twelve years on the sets were not enough" disputes the decision as surely as
"you got this wrong", and "I'm sorry to ask, but is there any way you could still find a place
for me?" asks them to reconsider as surely as "please reconsider". Courtesy and the trade's own
words (the sets, the lab, the shift) dilute such a sentence for the classifier (coach.semantic),
which reads it by the mean of its words. Three constructions carry the act whatever the words:

- puzzlement at the outcome: "I do not understand / can't see / struggle to see / am puzzled"
  how or why, about the choice itself (chosen, enough, someone else, over me, the decision);
  puzzlement about the writer's own slip ("why I froze on the budget question") disputes
  nothing; and doubt that the one chosen measures up ("I doubt whoever you chose ...");
- a request to be the one chosen should the hire fall through ("if the new hire does not
  settle in, I hope you will come back to me before advertising again");
- a request for a place now, despite the decision: a request ("could you", "is there any way",
  "would it be possible") for a place, a role or room for the writer, with "still", "after all"
  or "even" ("even part-time"); asking to be kept in mind for future openings is what RULEBOOK
  §4 recommends, and is never this.

- a judgement called wrong: the reader's side said to have misjudged the writer ("I think the
  panel has underestimated what I bring", "the panel chose wrongly", "my audit years were
  undervalued"), the decision set against what was said or shown ("I'm struggling to square
  this with your comment that ..."), a standard applied to the writer alone ("applied to me and
  not to others"), the decision named as one they will regret ("you'll regret passing on
  someone who ..."), or a disagreement said outright ("I respectfully disagree", "I would
  question the assessment"), the process called unfair or settled in advance ("which hardly
  seems fair", "stacked against outside candidates"), or the one turned away called the best
  there was ("you have passed over the best candidate"). The writer's own slip ("I
  underestimated the question") is the writer's, and disputes nothing.

All are closed classes of words, and they are read only in the rules that apply after a
rejection (rejection-argues, rejection-reconsider).
"""

from __future__ import annotations

import re

from coach.text import lazy_compile

ARGUES = "rejection-argues"
RECONSIDER = "rejection-reconsider"

#: not understanding how or why: "I do not understand how", "it is hard to see why"
_PUZZLED = lazy_compile(
    r"\bI (?:really |honestly |genuinely |still |just |simply |truly )?(?:do not|don't|cannot|"
    r"can't|could not|couldn't|struggle to|am struggling to|'m struggling to|fail to|"
    r"find it (?:hard|difficult) to) (?:understand|see|follow|grasp|fathom|comprehend|reconcile)"
    r" (?:how|why|what|the (?:reasoning|logic|decision))\b|"
    r"\bit(?:'s| is) (?:hard|difficult|impossible) (?:for me )?to (?:see|understand) (?:how|why)\b|"
    r"\bI(?:'m| am) (?:a (?:little|bit) |somewhat |rather |quite |still )?(?:puzzled|baffled|"
    r"mystified|confused|at a loss)\b",
    re.I,
)
#: not understanding the news at all, said outright: "I won't pretend I understand it"
_DISOWNED = lazy_compile(
    r"\b(?:won't|will not|can't|cannot|don't|do not) pretend (?:that )?I (?:understand|see|agree)"
    r"\b",
    re.I,
)
#: doubt that the one chosen measures up: "I doubt any other finalist holds ...", "I doubt
#: whoever you chose can say the same"
_DOUBTS_CHOICE = lazy_compile(
    r"\b(?:I (?:doubt|question|wonder) (?:whether |if |that )?|I(?:'m| am) not (?:sure|convinced)"
    r" (?:that |whether |if )?)(?:any (?:other|of the other)|the (?:other|successful|chosen|new)|"
    r"whoever|the (?:person|one) (?:you|who))\b",
    re.I,
)
#: the choice itself, as the puzzlement's object
_OUTCOME = lazy_compile(
    r"\b(?:enough|sufficient|decision|chose|chosen|choose|choosing|selected|picked|preferred|"
    r"someone else|another candidate|other candidates?|the other \w+|successful candidate|"
    r"over me|ahead of me|instead of me|passed over|turned down|rejected|unsuccessful|"
    r"not (?:selected|chosen|successful|offered)|outcome|result|qualified|qualifications|"
    r"experience (?:was|were|did)|didn't make|did not make|missed out|fell short)\b",
    re.I,
)
#: a request, or asking whether there is any way
_REQUEST = lazy_compile(
    r"\b(?:could|would|can|might|will) (?:you|the (?:team|panel|company|firm|board))\b|"
    r"\b(?:is|was|would) there (?:any|some|still) (?:way|chance|possibility|room|opening|place)\b|"
    r"\bwould it be possible\b|\bany chance\b|\bif there (?:is|were|was) (?:still )?\b|"
    r"\bI(?:'d| would) (?:ask|(?:be )?(?:so |very |really |most )?grateful|love|like)\b|"
    r"\bplease\b",
    re.I,
)
#: despite the decision: "still", "after all", "even part-time", "in any capacity"
_DESPITE = lazy_compile(
    r"\b(?:still|after all|anyway|all the same|nonetheless|nevertheless|even (?:part[- ]time|"
    r"temporarily|for a (?:trial|short)|on a|as an?|in a)|in any (?:capacity|role|form))\b",
    re.I,
)
#: a place for the writer: "a place for me", "fit me in", "take me on", "room for me"
_PLACE = lazy_compile(
    r"\b(?:(?:a |any |some )?(?:place|spot|role|position|post|job|room|opening|seat|vacancy|"
    r"space) for me|(?:find|make|create|have) (?:a |any |some )?(?:place|spot|room|role|"
    r"position|space)|(?:fit|take|bring|squeeze|slot|hire|have|use|keep) me (?:in|on|aboard)|"
    r"(?:hire|take on|employ|offer) me\b)",
    re.I,
)
#: what only asks to be remembered later: never a reopening
_LATER = lazy_compile(
    r"\b(?:in (?:the )?future|future|next time|down the (?:line|road|track)|keep me in mind|"
    r"bear me in mind|remember me|keep (?:my (?:cv|résumé|resume|details|name) )?on file|"
    r"stay in touch|keep in touch|another time|someday|one day)\b",
    re.I,
)


#: the one chosen failing to take up the post: "if the new lead's start falls through", "if
#: the chosen candidate does not settle in", "should your first choice decline"
_FALLS_THROUGH = lazy_compile(
    r"\b(?:if|should|in case|in the event that)\b[^.!?;]{0,60}?\b(?:(?:falls?|fell) through|"
    r"(?:does|do|did|should)(?:n't| not) (?:work out|settle|accept|take (?:it|up)|start|join|stay|"
    r"last)|declines?|turns? (?:it |the offer )?down|withdraws?|pulls? out|backs? out)\b",
    re.I,
)
#: a turn back to the writer: "come back to me", "reopen the post to me", "before advertising"
_BACK_TO_ME = lazy_compile(
    r"\b(?:come back to|return to|get back to|turn to|think of|consider|approach|call|contact|"
    r"reach out to|get in touch with|offer (?:it|the \w+) to|give (?:it|the \w+) to) me\b|"
    r"\b(?:reopen|re-open)\b[^.!?;]{0,30}\bto me\b|"
    r"\bbefore (?:advertising|re-?advertising|reposting|posting) (?:it |the \w+ )?again\b",
    re.I,
)


#: the reader's side as the one who judged: "the panel", "you", "your team", "the board"
_JUDGES = (
    r"(?:you|they|the (?:panel|team|board|committee|interviewers?|assessors?|hiring (?:team|"
    r"panel|manager)|selection (?:panel|committee))|your (?:team|panel|board|committee))"
)
#: judged wrongly: "the panel has underestimated", "you may have misjudged", "the panel chose
#: wrongly"; or the writer's record said to have been undervalued: "my years were overlooked"
_MISJUDGED = lazy_compile(
    rf"\b{_JUDGES}\s+(?:(?:has|have|had|may|might|must|could|probably|perhaps)\s+)*"
    r"(?:\w+ly\s+)?(?:underestimated|misjudged|misread|undervalued|underrated|undersold|"
    r"sold me short|(?:overlooked|discounted|dismissed|missed|ignored) (?:my|how|what|the fact)\b|"
    r"(?:chose|chosen|decided|judged|picked|ranked|scored|assessed|weighed) (?:\w+ )?(?:wrongly|"
    r"incorrectly|unfairly|badly)\b)"
    r"|\b(?:this|the|your|that) (?:decision|outcome|result|choice|assessment) (?:(?:\w+ly) )?"
    r"(?:overlooks|overlooked|ignores|ignored|undervalues|undervalued|underrates|underrated|"
    r"misjudges|misjudged|does(?:n't| not) reflect|did(?:n't| not) reflect|fails? to reflect)\b"
    # a look at the writer's record called too short: "the panel didn't read my portfolio
    # closely", "I don't think you gave my references a fair hearing"
    rf"|\b{_JUDGES}\s+(?:\w+\s+)?(?:did(?:n't| not)|never|may not have|might not have|could(?:n't| "
    r"not) have)\s+(?:\w+ly\s+)?(?:read|look(?:ed)? at|consider(?:ed)?|see|saw|hear(?:d)?|give|"
    r"gave|appreciate[ds]?|understand|weigh(?:ed)?|check(?:ed)?)\b[^.!?\n]{0,50}?\b(?:closely|"
    r"properly|fully|carefully|fairly|correctly|(?:a )?fair (?:hearing|chance|look|shake)|"
    r"(?:a |the )?(?:proper|full|close|careful|second) (?:look|read|hearing|consideration)|"
    r"enough (?:weight|attention|credit)|the weight (?:it|they) deserved?|justice)\b"
    rf"|\bI (?:don't|do not) think {_JUDGES}\s+(?:\w+\s+)?(?:read|looked at|considered|saw|heard|"
    r"gave|appreciated|understood|weighed|checked)\b[^.!?\n]{0,50}?\b(?:closely|properly|fully|"
    r"carefully|fairly|correctly|fair|proper|full|justice)\b"
    r"|\bmy (?:[\w-]+ ){1,6}?(?:was|were|has been|have been) (?:\w+ly )?(?:undervalued|"
    r"underestimated|underrated|overlooked|misjudged|misread|misunderstood|discounted|dismissed|"
    r"not (?:given|"
    r"taken) (?:enough|proper|due|fair|full|any) (?:weight|account|consideration|credit))\b",
    re.I,
)
#: the decision set against what was said or shown: "square this with your comment", "hard to
#: reconcile the outcome with the feedback", "at odds with what you told me"
_AT_ODDS = lazy_compile(
    r"\b(?:square|reconcile|tally)\s+(?:this|that|it|(?:the|your|this|that|such)\s+(?:\w+\s+)?"
    r"(?:decision|outcome|result|news|choice|verdict|rejection))\s+with\b"
    r"|\b(?:does(?:n't| not)|did(?:n't| not)|hardly|can(?:'t|not)) (?:square|tally|sit|fit|line up|"
    r"match up|match)s? with (?:what|your|the|how)\b"
    r"|\b(?:does(?:n't| not)|did(?:n't| not)) (?:match|reflect) (?:what|how) (?:was said|you said|"
    r"you told|happened|I said|I showed|I did|went)\b"
    r"|\b(?:decision|outcome|result|this|it) (?:is|was|seems|seemed|feels|felt) (?:\w+ )?"
    r"(?:at odds|inconsistent|hard to square|hard to reconcile) with\b",
    re.I,
)
#: a standard held to the writer alone: "applied to me and not to others", "a double standard"
_UNEQUAL = lazy_compile(
    r"\b(?:to|of|for|on|from) me (?:and|but) not (?:to |of |for |on |from )?(?:the |any )?"
    r"(?:others?|other (?:candidates|applicants|finalists)|everyone(?: else)?|anyone else)\b"
    r"|\b(?:held|judged|measured|assessed|marked) (?:me )?(?:to|by|against) (?:a )?(?:different|"
    r"double|higher|stricter|separate) standards?\b|\ba double standard\b",
    re.I,
)
#: the decision as a thing they will regret: "you'll regret passing on someone who ..."
_REGRET = lazy_compile(
    r"\b(?:you|they|the (?:panel|team|company))(?:'ll| will| may| might| are going to|'re going"
    r" to| could) (?:\w+ )?regret (?:passing (?:on|over)|turning (?:me )?down|rejecting|losing|"
    r"letting|not (?:hiring|choosing|picking|taking|selecting)|this (?:decision|choice)|"
    r"(?:the|your|that) (?:decision|choice))\b",
    re.I,
)
#: a disagreement said outright: "I respectfully disagree", "I would question the assessment"
_DISAGREES = lazy_compile(
    r"\bI(?:'d| would| must| have to| do| will)?(?: \w+ly)?(?: must| have to| would| do)?"
    r"(?: \w+ly)? (?:disagree|beg to differ)\b(?! with (?:myself|my own))"
    rf"|\bI(?: would|'d| must)? (?:question|wonder) (?:whether|if) {_JUDGES}\b[^.!?\n]{{0,60}}"
    r"\b(?:properly|fully|fairly|closely|carefully|correctly)\b"
    r"|\bI (?:don't|do not|can't|cannot|can not) (?:\w+ly )?agree with (?:the|your|this|that|how|"
    r"what|the panel's)\b"
    r"|\bI(?: would| must| have to|'d| do)?(?: \w+ly)? (?:question|challenge|dispute|contest|"
    r"take issue with|push back on) (?:the|your|this|that) (?:decision|outcome|result|assessment|"
    r"reasoning|judgement|judgment|conclusion|verdict|scoring|view|choice)\b",
    re.I,
)
#: the process called unfair or settled in advance: "which hardly seems fair", "the process was
#: stacked against outside candidates", "I'm not convinced the format gave a fair picture"
_UNFAIR = lazy_compile(
    r"\b(?:this|it|that|which|the (?:process|decision|outcome|result|assessment|test|scoring|"
    r"interview|format|panel))(?:'s| is| was| seems| seemed| feels| felt)? (?:hardly|not|n't|"
    r"scarcely|far from|never)\s*(?:(?:seem|seems|seemed|feel|feels|felt|quite|entirely|"
    r"really|very|totally)\s+)*(?:fair|justified|objective|impartial)\b"
    r"|\b(?:stacked|weighted|rigged) (?:against|in favou?r of)\b|\ba foregone conclusion\b"
    r"|\b(?:pre-?determined|(?:already|been) decided before|decided (?:before|in advance)|made "
    r"up (?:your|their|the panel's) minds? (?:before|in advance|already))\b"
    r"|\b(?:not (?:convinced|sure)|doubt) (?:that |whether |if )?(?:the|this|your) (?:process|"
    r"interview|format|decision|assessment|test|panel|scoring)\b[^.!?\n]{0,50}\b(?:fair|"
    r"accurate|full|true|complete|proper)\b",
    re.I,
)
#: the one turned away called the best there was: "you have passed over the best candidate"
_BEST_LOST = lazy_compile(
    r"\b(?:passed over|passed on|turned down|turned away|rejected|let go of|lost|missed out on)"
    r" (?:the|your) (?:very )?(?:best|strongest|most (?:qualified|experienced)|only (?:qualified|"
    r"experienced)) (?:candidate|applicant|person|fit)\b"
    # the writer ranked above the one chosen: "I was the better choice", "I had the best answers"
    r"|\bI (?:was|am|'m|would have been|'d have been) (?:\w+ly |by far |easily )?the (?:better|"
    r"best|stronger|strongest|more qualified|most qualified) (?:choice|candidate|fit|person|"
    r"applicant|option|hire)\b"
    r"|\bI (?:had|gave) (?:by far )?the (?:best|strongest) (?:answers?|interview|presentation|"
    r"test|scores?|results?)\b"
    # the one chosen called lacking: "you went with someone who has never run a berth plan"
    r"|\b(?:went with|gone with|chose|chosen|picked|hired|selected|preferred|appointed) "
    r"(?:someone|somebody|a candidate|an applicant|a person|an outsider|the other (?:candidate|"
    r"applicant)|them) (?:who|that|with) (?:has never|had never|hasn't|hadn't|lacks|lacked|"
    r"doesn't have|didn't have|has no|had no|less|no|far less|much less)\b",
    re.I,
)
#: what was overlooked is the writer's messages, not their record: a remark on silence
_MESSAGES = lazy_compile(
    r"\b(?:messages?|e-?mails?|calls?|letters?|voicemails?|texts?|inbox|follow-ups?|(?:last|"
    r"earlier|previous|first|two|three) notes?)\b",
    re.I,
)
#: the writer's own shortfall, owned: never an argument
_OWN_SLIP = lazy_compile(
    r"\bI (?:\w+ )?(?:underestimated|misjudged|misread|undersold|underrated|overlooked)\b", re.I
)


#: words (in lower case) one of which each construction needs: most sentences have none
PUZZLED_WORDS = (
    "understand", "see", "follow", "grasp", "fathom", "comprehend", "reconcile", "pretend",
    "puzzled", "baffled", "mystified", "confused", "at a loss", "doubt", "question", "wonder",
    "sure", "convinced",
)  # fmt: skip
JUDGED_WORDS = (
    "underestimat", "misjudg", "misread", "undervalu", "underrat", "undersold", "short",
    "overlook", "discount", "dismiss", "missed", "ignore", "wrongly", "incorrectly", "unfairly",
    "badly", "reflect", "square", "reconcile", "tally", "at odds", "inconsistent",
    "not to", "not of", "not for", "not from", "standard", "regret", "disagree", "differ",
    "question", "challenge", "dispute", "contest", "issue with", "push back", "fair",
    "justified", "objective", "impartial", "stacked", "weighted", "rigged", "foregone",
    "determined", "decided", "made up", "passed over", "passed on", "turned", "rejected",
    "let go", "lost", "closely", "properly", "fully", "carefully", "fairly", "correctly",
    "hearing", "line up", "match", "wonder", "agree", "better", "best", "stronger", "strongest",
    "went with", "gone with", "chose", "picked", "hired", "selected", "preferred", "appointed",
    "misunderstood",
)  # fmt: skip
DESPITE_WORDS = (
    "still", "after all", "anyway", "all the same", "nonetheless", "nevertheless", "even ",
    "in any ",
)  # fmt: skip
FALLBACK_WORDS = (
    "through", "work out", "settle", "accept", "take it", "take up", "start", "join", "stay",
    "last", "decline", "turn", "withdraw", "pull", "back out",
)  # fmt: skip


def questions_outcome(sentence: str) -> bool:
    """Whether the sentence says the writer cannot see how or why the choice went as it did."""
    lower = sentence.lower()
    if not any(w in lower for w in PUZZLED_WORDS):
        return False
    if _DOUBTS_CHOICE.search(sentence) or _DISOWNED.search(sentence):
        return True
    m = _PUZZLED.search(sentence)
    return m is not None and _OUTCOME.search(sentence, m.end()) is not None


def disputes_judgement(sentence: str) -> bool:
    """Whether the sentence calls the judgement behind the decision wrong: misjudged, at odds
    with what was said, a standard held to the writer alone, a choice they will regret, or a
    disagreement said outright."""
    lower = sentence.lower()
    if not any(w in lower for w in JUDGED_WORDS):
        return False
    if any(
        p.search(sentence) for p in (_AT_ODDS, _UNEQUAL, _REGRET, _DISAGREES, _UNFAIR, _BEST_LOST)
    ):
        return True
    m = _MISJUDGED.search(sentence)
    return (
        m is not None
        and not _OWN_SLIP.search(sentence, 0, m.end())
        and not _MESSAGES.search(sentence, m.start(), min(len(sentence), m.end() + 30))
    )


def asks_for_place(sentence: str) -> bool:
    """Whether the sentence asks for a place now, despite the decision ("is there any way you
    could still find a place for me, even part-time?"), not to be kept in mind for later."""
    lower = sentence.lower()
    if not any(w in lower for w in DESPITE_WORDS) or _LATER.search(sentence):
        return False
    return all(p.search(sentence) for p in (_REQUEST, _DESPITE, _PLACE))


def asks_to_be_the_fallback(sentence: str) -> bool:
    """Whether the sentence asks to be offered the post should the one chosen not take it up
    ("if the chosen candidate does not settle in, I hope you will come back to me"): the
    decision reopened for the writer, not a wish to be kept in mind for later openings."""
    m = _FALLS_THROUGH.search(sentence)
    return m is not None and _BACK_TO_ME.search(sentence) is not None
