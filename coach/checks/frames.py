"""A sentence's polite frame, and what the sentence says without it.

Courtesy wraps a fault in words that carry none: "With respect, I do not understand how ...",
"I'm sorry to ask, but is there any way you could still ...", "I'd be grateful to know by
Friday, as I have another offer". The classifier (coach.semantic) reads a sentence by its words
and their mean vector, so the frame's warmth is averaged into the point and pulls a demand, a
plea or an argument below its threshold. Three readings undo that:

- the point unframed: the sentence with a leading softener ("with respect", "honestly", "if
  possible"), an apology or disclaimer before "but" ("I hate to ask, but"), a request's wrapper
  ("I'd be grateful if you could", "it would help me to") or a concession ("While I appreciate
  ..., ") taken off, read again. Like a clause (coach.checks.clauses), it only confirms a fault
  the whole sentence already leans to; it finds none the sentence shows no sign of.
- an excuse set against a complaint: understanding offered for the reader ("I understand things
  get busy", "which I'm sure is only because the team is stretched", "of course") joined by a
  turn ("but", "though", "still", "so", "which") to the writer's wait or the reader's silence
  ("it has been three weeks without a word", "I have waited patiently until now"). The excuse is
  what makes a remark on silence a reproach (RULEBOOK §3, "I'm sure you're very busy, but"):
  the sentence reads as tone-passive-aggressive, not as plain blame. Either part alone is
  courtesy ("I know the team has a lot on") or fact ("I haven't heard back yet, so I wanted to
  check in"). The excuse may be offered as the silence's cause ("which explains why nobody has
  confirmed ...") or conceded ("even if ..."); set against a hardship the reader's side caused
  ("even if it did leave me standing at the gate") it is blame (tone-accusatory) instead.
- a day set for the reader's answer: a request ("could you", "I'd be grateful", "it would
  help") for the answer or the decision with "by Friday", "before the weekend" or "within two
  days" right after it is a deadline however softly asked (RULEBOOK §3); the employer's own date
  restated, or an answer the writer owes another employer, is not.

More constructions sit in modules of their own: the writer's own message said to be
unanswered (coach.checks.unanswered), a parting wish set against the writer's absence
(coach.checks.sendoff), and what a sentence says of its target: a slight, a ranking of the
writer below the reader's business, thanks for the delay (coach.checks.slights).

The second and third, those in the modules above, and the rejection's constructions
(coach.checks.reopened), count whatever the sentence's words weigh (`built`); all are found by
closed classes of words (courtesy, turns, waiting and silence, days, targets), never by the
words of a message.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from coach.checks.reopened import (
    ARGUES,
    DESPITE_WORDS,
    FALLBACK_WORDS,
    JUDGED_WORDS,
    PUZZLED_WORDS,
    RECONSIDER,
    asks_for_place,
    asks_to_be_the_fallback,
    disputes_judgement,
    questions_outcome,
)
from coach.checks.sendoff import WORDS as SENDOFF_WORDS
from coach.checks.sendoff import sour_wish
from coach.checks.slights import (
    IRONY_WORDS,
    RANKED_WORDS,
    SLIGHT_WORDS,
    ironic_thanks,
    ranked_below,
    slighted,
)
from coach.checks.unanswered import WORDS as UNANSWERED_WORDS
from coach.checks.unanswered import unanswered_message
from coach.text import WORD, lazy_compile

if TYPE_CHECKING:
    from coach.models import Notes
    from coach.semantic import Sentence
    from coach.text import Doc

#: a softener that opens a sentence, set off by a comma or a dash
_SOFTENER = (
    r"(?:with (?:all )?(?:due |the (?:greatest |utmost |greatest of )?|great )?respect|"
    r"respectfully|honestly|frankly|in all honesty|to be (?:honest|frank|fair)|truthfully|"
    r"if (?:at all |it(?:'s| is) )?possible|if I may|if you (?:don't|do not) mind|"
    r"forgive me|pardon me|apologies|sorry)\s*[,—–-]\s*"
)
#: an apology or a disclaimer, then "but": "I hate to ask, but", "I don't mean to push, but"
_DISCLAIMER = (
    r"(?:I(?:'m| am) (?:so |very |really |truly )?sorry to|I hate to|"
    r"I (?:don't|do not) (?:mean|want|wish) to|(?:please )?forgive me|"
    r"I hope you (?:don't|do not|won't|will not) mind|(?:please )?(?:don't|do not) take this|"
    r"I mean no|no (?:offence|offense)|with (?:all )?(?:due )?respect)"
    r"[^,.;!?]{0,50},?\s+but\s+"
)
#: a request's wrapper, down to the act requested: "I'd be grateful if you could | let me know"
_REQUEST = (
    r"(?:I(?:'d| would)(?: be)? (?:(?:very|so|really|most|truly|extremely|ever so) )?"
    r"(?:grateful|thankful|appreciative|obliged)|"
    r"I(?:'d| would) (?:(?:really|very much|greatly|so|truly) )?appreciate(?: it)?|"
    r"it would (?:really |greatly |be (?:a (?:great|big|huge|real) )?)?"
    r"(?:help(?: me)?(?: (?:greatly|a lot|enormously|so much))?|mean a (?:lot|great deal)"
    r"(?: to me)?|be (?:very |most )?helpful))"
    r"(?: if you (?:could|would|were able to|can)(?: possibly)?| to (?:be able to )?| for )\s*"
)
#: a concession that opens the sentence and ends at its comma: "While I appreciate ..., "
_CONCESSION = r"(?:although|though|while|whilst|even though|granted|admittedly)\b[^,;.!?]{3,90},\s+"
_FRAME = lazy_compile(
    rf"^(?:{_SOFTENER}|{_DISCLAIMER}|{_REQUEST}|{_CONCESSION})",
    re.I,
)
#: words a point needs to be read alone
_MIN_WORDS = 4


def unframed(sentence: str) -> str | None:
    """The sentence with its leading polite frames taken off (at most three, one inside another:
    "With respect, I'd be grateful if you could ..."), capitalised, or None when it opens with no
    frame or too little is left to read alone."""
    rest = sentence
    for _ in range(3):
        m = _FRAME.match(rest)
        if m is None or m.end() == 0:
            break
        rest = rest[m.end() :]
    if rest is sentence or len(WORD.findall(rest)) < _MIN_WORDS:
        return None
    return rest[:1].upper() + rest[1:]


#: understanding offered for the reader's side: the excuse
_EXCUSE = lazy_compile(
    r"\b(?:I (?:fully |completely |totally |quite |do |can |well |certainly )?"
    r"(?:understand|appreciate|reali[sz]e|know|recogni[sz]e|accept|imagine)|"
    r"I(?:'m| am) (?:sure|aware|certain|conscious|confident)|"
    r"of course|no doubt|naturally|understandably|doubtless)\b"
    # understanding for the reader's side, not the writer's own: "I know I would fit in"
    r"(?! (?:that )?I\b)",
    re.I,
)
#: the turn from the excuse to the complaint, or from the complaint to its excuse
_TURN = lazy_compile(
    r"(?:[,;:—–]\s*|\s)(?:but|though|although|however|still|yet|even so|nevertheless|"
    r"nonetheless|that said|all the same|so|which|and yet|even if|even though|"
    # the excuse offered as the silence's cause: "the holiday explains why ..."
    r"(?:also |probably |likely |surely )?(?:explains?|explained|accounts? for|is why))\b",
    re.I,
)
#: what sets an excuse after the complaint: a comma, a dash, "which", "because"
_AFTERTHOUGHT = lazy_compile(r"[,;—–]|\b(?:which|because|since|though|but)\b", re.I)
#: a sentence that turns on the one before it: "Still, ...", "But ...", "That said, ..."
_OPENING_TURN = lazy_compile(
    r"^(?:but|still|however|yet|even so|nevertheless|nonetheless|that said|all the same)\b",
    re.I,
)
#: the writer's wait, or the reader's silence, or the time gone by, as a grievance
_COMPLAINT = lazy_compile(
    r"(?:\b|(?=n't))(?:(?:have|'ve|had|'d|been|am|'m) (?:now |already |been |so |very |quite |"
    r"patiently |politely )?wait(?:ed|ing)\b"
    # waiting for a chance like this is hope, not a grievance
    r"(?! for (?:a|an|this|the right|such an?) (?:\w+ )?(?:role|job|chance|opportunit|position|"
    r"post|moment|day))|"
    r"wait(?:ed|ing) (?:patiently|politely|quietly|so long|this long|all this time|"
    r"(?:for )?(?:over |more than |nearly )?(?:weeks|a month|months|some time))|"
    r"(?:no|without (?:a |any |so much as a )?|not (?:a|one)) (?:single )?(?:word|reply|response|"
    r"answer|news|acknowledge?ment|line)\b|"
    r"(?:not|never|n't) (?:yet |once |even |so much as )?(?:heard|had|received|got|gotten) "
    r"(?:back|anything|a (?:reply|response|word|line|answer)|any (?:reply|response|word|news))|"
    r"heard nothing|silence|unanswered|unacknowledged|unconfirmed|gone quiet|"
    # nobody on the reader's side has answered: "nobody has confirmed my references arrived"
    r"(?:nobody|no one|no-one|none of you) (?:has|have|had) (?:yet |ever |even )?(?:confirmed|"
    r"replied|answered|acknowledged|responded|got back|gotten back|been in touch|written back)|"
    # the reader's omission as cheap: "a line to say so would not have taken long"
    r"would(?:n't|n’t| not) have (?:taken|cost) (?:long|much|a moment|a minute|more than)|"
    # the wait measured against an earlier one: "if this note waits as long as my application"
    r"wait(?:s|ed)? (?:as long as|longer than) (?:my|the (?:last|first|previous)|it did|last)|"
    r"(?:it|that)(?:'s| has| is) (?:now |already )?(?:been )?(?:over |more than |nearly |"
    r"almost |well over |a good )?(?:(?:two|three|four|five|six|several|many|a few|some) "
    r"(?:weeks|months)|a (?:full |whole )?(?:month|fortnight))|"
    r"(?:it|that)(?:'s| has) (?:now |already )?been (?:quite )?(?:a (?:long )?while|some time|"
    r"a long time|so long|ages))",
    re.I,
)
#: reassurance or a small figure that turns a remark on time into courtesy
_REASSURED = lazy_compile(
    r"\b(?:only|just) (?:been|a (?:week|few days))|\bno (?:rush|pressure|hurry|worries)\b|"
    r"\b(?:don't|do not) (?:feel|worry)\b|\b(?:happy|glad|content) to wait\b|"
    r"\b(?:that's|that is|which is) (?:completely |perfectly |quite )?(?:fine|ok|okay|normal)\b",
    re.I,
)


#: words one of which an excuse needs: a sentence with none is no excused complaint, unless it
#: turns on the sentence before
_EXCUSE_WORDS = (
    "understand", "appreciate", "reali", "know", "recogni", "accept", "imagine", "sure",
    "aware", "certain", "conscious", "confident", "course", "doubt", "natural",
)  # fmt: skip


#: and words one of which a complaint needs
_COMPLAINT_WORDS = (
    "wait", "word", "repl", "respon", "answer", "news", "heard", "silen", "unanswered", "quiet",
    "week", "month", "while", "time", "long", "ages", "line", "acknowledg", "confirm", "taken",
    "touch",
)  # fmt: skip


def excused_complaint(
    sentence: str,
    before: str | None = None,
    complaint_rx: re.Pattern[str] | None = None,
    words: tuple[str, ...] = _COMPLAINT_WORDS,
) -> bool:
    """Whether the sentence sets an excuse made for the reader against the writer's wait or the
    reader's silence: in one sentence, the two joined by a turn in either order ("I understand
    things get busy, though it has been three weeks without a word"; "I have not had a reply,
    which I'm sure is only because the team is stretched"), or an excuse in the sentence
    `before` and a complaint in this one, which opens with the turn ("Still, ...").
    `complaint_rx` and `words` name another grievance than silence (`excused_harm`)."""
    lower = sentence.lower()
    turned = before is not None and _OPENING_TURN.match(sentence) is not None
    if not turned and not any(w in lower for w in _EXCUSE_WORDS):
        return False
    if not any(w in lower for w in words):
        return False
    complaint = (complaint_rx or _COMPLAINT).search(sentence)
    if complaint is None or _REASSURED.search(sentence):
        return False
    if turned and before is not None and _EXCUSE.search(before):
        return True
    excuse = _EXCUSE.search(sentence)
    if excuse is None:
        return False
    if excuse.start() < complaint.start():
        return _TURN.search(sentence, excuse.end(), complaint.start()) is not None
    # the complaint first, its excuse an afterthought: "..., no doubt because ..."
    return _AFTERTHOUGHT.search(sentence, complaint.end(), excuse.start()) is not None


#: a hardship the reader's side put the writer through, other than the wait for an answer
_HARM = lazy_compile(
    r"\b(?:leave|leaves|left|leaving|kept|keep|keeps|keeping|made|make|makes|making) me "
    r"(?:stand(?:ing)?|sit(?:ting)?|stranded|out of pocket|wait(?:ing)? (?:outside|at|in|on))\b",
    re.I,
)
#: words one of which such a hardship needs
_HARM_WORDS = (" me ",)


def excused_harm(sentence: str, before: str | None = None) -> bool:
    """Whether the sentence sets an excuse made for the reader against a hardship their side put
    the writer through ("I understand the late start could not be helped, even if it did leave
    me standing at the gate"): blame in the words of understanding, tone-accusatory, as an
    excused silence is a reproach."""
    return excused_complaint(sentence, before, _HARM, _HARM_WORDS)


#: the reader's answer asked for: "let me know", "hear back", "have your decision", "a yes or no"
_ASKED = (
    r"\b(?:let me know|tell me|get back to me|you (?:could |can |would )?confirm|"
    r"hear(?:ing)?(?: back)?|know(?:ing)?(?: where I stand)?|"
    r"(?:(?:have|get|receive) )?(?:a|an|your|the) (?:final |firm |definite |clear )?"
    r"(?:answer|decision|reply|response|verdict|outcome|yes or no)|"
    r"(?:an |a )?(?:answer|decision|yes or no) (?:either way|one way or the other))"
)
#: a day set for it, right after it: "by Friday", "before the weekend", "within two days"
_BY = (
    r"(?:from you |back |on this |either way )?(?:by|before|no later than|not later than|within)"
    r" (?:(?:the )?end of )?(?:(?:this|next|the|close of) ){0,2}(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|tomorrow|tonight|today|noon|midday|business|cob|eod|"
    r"weekend|week|month|\d{1,2}(?:st|nd|rd|th)?\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]*\b|(?:a|one|two|three|four|five|\d+) (?:days?|hours?|working days?|"
    r"business days?))"
)
_DEADLINE = lazy_compile(rf"{_ASKED}\s+{_BY}", re.I)
#: the writer asking, before it: "could you", "please", "I'd be grateful", "it would help"
_ASKING = lazy_compile(
    r"\b(?:(?:could|would|can|will|might) (?:you|I)|please|kindly|grateful|appreciat\w*|"
    r"it would (?:help|mean|be)|I(?:'d| would) (?:like|love|prefer)|I (?:need|must|want)|"
    r"may I|if (?:at all )?possible)\b",
    re.I,
)
#: what makes the day someone else's: the employer's own plan or word, or an answer the writer
#: owes another employer
_NOT_SET = lazy_compile(
    r"\b(?:said|mentioned|told|promised|hoped|hoping|planned|planning|expected|expecting|due|"
    r"aim\w*|intend\w*|on track)\b|"
    r"\b(?:give|send|owe|provide|asked|required|need|have|has|must)"
    r"(?: (?:them|him|her|the other \w+|another \w+|it|an?|my)){0,2}\s*$",
    re.I,
)


#: words one of which a deadline needs
_DAY_WORDS = ("by ", "before", "within", "later than")


def set_deadline(sentence: str) -> bool:
    """Whether the sentence asks for the reader's answer by a day the writer sets ("I'd be
    grateful to know by Friday, as ..."; "could I have a yes or no before the weekend?"): a
    deadline, however politely put (RULEBOOK §3). The ask comes first: a day told as fact is no
    demand ("I was told I would hear by 19 June"). Nor is the employer's own date restated ("you
    hoped to decide by Friday", "Ngaire mentioned a decision by"), nor an answer the writer owes
    someone else ("I must give them an answer by Thursday")."""
    lower = sentence.lower()
    if not any(w in lower for w in _DAY_WORDS):
        return False
    m = _DEADLINE.search(sentence)
    if m is None:
        return False
    before = sentence[: m.start()]
    return _ASKING.search(before) is not None and not _NOT_SET.search(before)


REPROACH = "tone-passive-aggressive"
BLAME = "tone-accusatory"
DEMAND = "tone-demanding"
JIBE = "tone-hostile"
#: the labels a construction reads, each with its test on (sentence, sentence before)
_BUILT: dict[str, Callable[[str, str | None, Notes | None], bool]] = {
    REPROACH: lambda sentence, before, _: (
        excused_complaint(sentence, before)
        or unanswered_message(sentence)
        or ranked_below(sentence)
        or ironic_thanks(sentence, before)
    ),
    BLAME: lambda sentence, before, _: excused_harm(sentence, before),
    JIBE: lambda sentence, _, notes: sour_wish(sentence) or slighted(sentence, notes),
    DEMAND: lambda sentence, _, __: set_deadline(sentence),
    ARGUES: lambda sentence, _, __: questions_outcome(sentence) or disputes_judgement(sentence),
    RECONSIDER: lambda sentence, _, __: (
        asks_for_place(sentence) or asks_to_be_the_fallback(sentence)
    ),
}
#: the labels a construction can read
BUILT_LABELS = frozenset(_BUILT)
#: a classifier's label that a construction names more exactly: an excused complaint is a
#: reproach, not plain blame
OUTWEIGHED = {BLAME: REPROACH}


#: for each label, sets of word groups: the message must hold one word of each group of one set
#: for the construction to be looked for in its sentences: most messages hold none, and cost one
#: look at their text
_NEEDS: dict[str, tuple[tuple[tuple[str, ...], ...], ...]] = {
    REPROACH: (
        (_EXCUSE_WORDS, _COMPLAINT_WORDS),
        (("my ",), UNANSWERED_WORDS),
        (_EXCUSE_WORDS, RANKED_WORDS),
        (IRONY_WORDS,),
    ),
    BLAME: ((_EXCUSE_WORDS, _HARM_WORDS),),
    JIBE: (SENDOFF_WORDS, (SLIGHT_WORDS,)),
    DEMAND: ((_DAY_WORDS,),),
    ARGUES: ((PUZZLED_WORDS,), (JUDGED_WORDS,)),
    RECONSIDER: ((DESPITE_WORDS,), (("if ", "should ", "in case", "in the event"), FALLBACK_WORDS)),
}


def may_hold(doc: Doc, label: str) -> bool:
    """Whether the message holds the words the construction read as `label` needs; worked out
    once per message and label, so its sentences are read for it only when it may be there."""
    memo: dict[str, object] = doc.derived("frames-may-hold", lambda d: {"": d.text.lower()})
    found = memo.get(label)
    if found is None:
        lower = str(memo[""])
        found = memo[label] = any(
            all(any(w in lower for w in words) for words in needs)
            for needs in _NEEDS.get(label, ((),))
        )
    return bool(found)


def built(sentences: Sequence[Sentence], at: int, label: str, notes: Notes | None = None) -> bool:
    """Whether sentence `at` carries the fault `label` by its construction, whatever its words
    weigh for the classifier: an excused complaint is a reproach, a day set for the reader's
    answer a demand, and after a rejection, puzzlement at the choice an argument and a place
    asked for despite it a plea to reconsider (coach.checks.reopened). Ask `may_hold` first."""
    test = _BUILT.get(label)
    before = sentences[at - 1].text if at else None
    return test is not None and test(sentences[at].text, before, notes)


def outweighed(doc: Doc, sentences: Sequence[Sentence], at: int, label: str) -> bool:
    """Whether a construction names the classifier's `label` for sentence `at` more exactly."""
    other = OUTWEIGHED.get(label)
    return other is not None and may_hold(doc, other) and built(sentences, at, other)
