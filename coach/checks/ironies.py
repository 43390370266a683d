"""A jibe read by its construction: courteous words whose object makes them a slight.

Mock hope, mock praise, understatement, a comparison and an image carry the words of courtesy
or of plain description ("perhaps one day", "so relaxed about", "more than I can say for",
"slower than", "looks like it was designed"), so the classifier (coach.semantic), which reads a
sentence by its words and their mean vector, scores them near zero. What turns each into a jibe
(tone-hostile) is what it is said of: the employer's people, work or hiring (coach.checks.aimed).
Each test below pairs a closed class of frames with a closed class of objects and needs a
target, so the same frames said of the writer, the writer's plans or in plain praise are not
jibes (the reproaches of the silence made the same way are coach.checks.reproaches):

- mock hope for the target: "perhaps one day your files will pass an audit", "maybe next time
  your team will read my CV", "I only hope the team learns to read a lab report": a hope for a
  day or a next time, whose subject is the employer or its work (not the writer, not "we"), that
  it will at last manage the plain matter of its work;
- the hiring compared: the employer's choosing or hiring set beside something slower, easier or
  better run ("the hiring grows slower than the potatoes", "stage-managed as loosely as this
  recruitment", "if you plan trams the way you plan hiring"), not beside what was expected;
- a consequence threatened: the writer's acquaintances who will hear "from me" how the employer
  treats people, or a failure foretold after which the reader should "remember I offered";
- the employer belittled: by understatement ("which is more than I can say for your fitters",
  "and that's being generous", "not the strongest side of your team"), by its negligence
  praised ("a manager so relaxed about lab standards") or its speed praised beside the writer's
  wait ("famous for its speed, so I am sure an answer is near"), by what its people are said to
  need, with a mark of judgement ("clearly needs someone who can count"), by a hope that the
  next hire outlasts the last, by the target ever managing its plain matter ("if the rig ever
  stays up a full week"), by one failing made proof of another ("a studio that ships without
  subtitles can also lose a candidate's file"), by a likeness told as a candid aside
  ("honestly, it still runs compliance like a corner market"), or by its practice called "more
  of a rumour than a routine".

Each class stands in two tuning sets or more (training/README.md, round 51).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from coach.checks.aimed import targets
from coach.models import Notes
from coach.text import lazy_compile

#: a hope for some day or a next time: "perhaps one day", "maybe next time", "I only hope"
_SOME_DAY = lazy_compile(
    r"^(?:(?:and|but|so) )?(?:perhaps|maybe|hopefully|who knows|I (?:only |just |do )?hope)\b"
    r"(?:[^.!?;]{0,50}?\b(?:one day|some ?day|next time|one of these days|finally|even|ever)\b)?",
    re.I,
)
#: the target's thing as the subject of the hope: "your files", "the project", "the team"
_ITS_THING = lazy_compile(
    r"\b(?:your|the|their|its)(?: [\w'’-]+){0,3}? (?:will|can|could|might|may|would|learns?|"
    r"manages?|gets?|makes?|leaves?|passes?)\b",
    re.I,
)
#: what the hope says the target cannot do yet: the plain matter of its work, at last, or "even"
_AT_LAST = lazy_compile(
    r"\b(?:one day|some ?day|next time|one of these days|"
    r"without (?:my|some|any|outside) help|(?:finally|even|at last)\b[^.!?;]{1,40}?\bon time|"
    r"^I (?:only|just) hope\b[^.!?;]{1,40}?\blearns? (?:how )?to|"
    r"(?:show|teach|tell) (?:your|the) [\w'’ -]{1,30}? (?:how|what) (?:an? |the )?[\w-]+ "
    r"(?:works?|is|does))\b",
    re.I,
)
#: the writer's own hope for the employer, said plainly: "I hope one day to work with you"
_MY_HOPE = lazy_compile(
    r"^(?:perhaps|maybe|hopefully|I (?:only |just |do )?hope)(?:,)? (?:one day |some ?day )?"
    r"(?:I|we|to)\b(?! (?:can|could) (?:show|teach|tell) (?:your|the))",
    re.I,
)


def mock_hope(sentence: str, notes: Notes | None = None) -> bool:
    """Whether the sentence hopes that the employer or its work will one day manage the plain
    matter of its work ("Perhaps one day the project will even leave the planning stage"):
    irony aimed at the target, which the words of hope hide from the classifier."""
    frame = _SOME_DAY.match(sentence)
    if frame is None or _MY_HOPE.match(sentence):
        return False
    rest = sentence[frame.start() :]
    if _AT_LAST.search(rest) is None:
        return False
    teaching = re.search(r"\b(?:show|teach|tell) (?:your|the)\b", rest, re.I)
    if _ITS_THING.search(rest) is None and teaching is None:
        return False
    # "one day ... even", "one day ... as well as": the irony marks the thing as the target's
    return bool(targets(sentence, notes)) or _IRONIC_DAY.search(rest) is not None


#: a day hoped for, with a mark of irony after it: "one day the project will even ..."
_IRONIC_DAY = lazy_compile(
    r"\b(?:one day|some ?day)\b[^.!?;]{0,60}?\b(?:even|finally|at last|also|as well as|on time)\b",
    re.I,
)


#: the employer's choosing or hiring
_CHOOSING = (
    r"(?:hiring|recruitment|recruiting|selection|(?:to |in )?(?:choose|choosing|pick|picking|"
    r"hire|appoint|select)(?:ing)? an? [\w-]+|plans? hiring|decid\w+)"
)
#: set beside something else, for the worse
_COMPARED = lazy_compile(
    rf"\b{_CHOOSING}\b[^.!?;]{{0,50}}?\b(?:(?:grows?|moves?|runs?|goes|takes?|needs?)"
    rf"(?: \w+){{0,3}}? (?:slower|longer|more slowly)|(?:really )?(?:harder|slower|longer|"
    rf"more (?:loosely|slowly|badly|poorly)) than)\b"
    rf"(?!(?: than)? (?:\w+ly )?(?:expected|planned|anticipated|hoped|usual|normal|anyone|"
    rf"I |we |people|most|many|you might|one might|it (?:looks|sounds|seems)|ever|before))|"
    rf"\b(?:needs?|takes?|took|needed) (?:longer|more time) to {_CHOOSING}\b"
    rf"[^.!?;]{{0,30}}?\bthan\b|"
    rf"\b(?:as loosely|as badly|as poorly|as slowly|as carelessly) as (?:this|your|the|its) "
    rf"(?:[\w-]+ )?(?:recruitment|hiring|selection|process)\b|"
    rf"\b(?:plans?|runs?|handles?|manages?) [\w' -]{{1,30}}? the way (?:you|it|they|the \w+) "
    rf"(?:seems? to )?(?:plans?|runs?|handles?|manages?) (?:its |your |their |the )?"
    rf"(?:hiring|recruitment|recruiting)\b|"
    rf"\b(?:hiring|recruitment|recruiting) the way (?:you|it|they|the \w+) (?:seems? to )?"
    rf"(?:plans?|runs?|handles?|manages?)\b",
    re.I,
)


def hiring_compared(sentence: str, notes: Notes | None = None) -> bool:
    """Whether the sentence sets the employer's hiring beside something slower, easier or better
    run, for a sneer ("the hiring grows slower than the potatoes")."""
    return _COMPARED.search(sentence) is not None and bool(targets(sentence, notes))


#: within one clause: no stop but an abbreviation's ("G.A.P.")
_IN = r"(?:[^.!?;]|\.(?=\w))"
#: the writer's acquaintances who will hear from the writer how the employer treats people
_HOW_TREATED = (
    r"how (?:[\w'’-]+ ){1,4}?(?:treats?|treated|handles?|handled|deals? with|dealt with|runs?|ran)"
)
_TOLD = lazy_compile(
    r"\b(?:will|'ll|’ll|shall|are going to)(?: \w+ly)? (?:hear|learn|know)(?: \w+){0,4}? "
    rf"from me (?:about )?{_HOW_TREATED}\b|"
    r"\b(?:tell|telling|describing|describe) (?:everyone|everybody|all|people|them|others|"
    rf"the \w+|my experience)\b[^.!?;]{{0,50}}?\b(?:{_HOW_TREATED}|(?:in|at) (?:some|great|full) "
    r"(?:detail|length))\b",
    re.I,
)
#: how the employer treated the writer, told as praise: "how kindly your team treated me"
_TREATED_WELL = lazy_compile(
    r"\bhow (?:\w+ )?(?:kindly|well|warmly|generously|fairly|nicely|professionally|graciously|"
    r"smoothly|carefully|thoughtfully|respectfully)\b",
    re.I,
)
#: a failure foretold after which the writer is to be remembered, and memories kept of how
#: people were treated: threats whose target is the reader's coming trouble, not a name
_FORETOLD = lazy_compile(
    rf"\bwhen {_IN}{{1,60}}? (?:(?:goes|go|went) (?:sideways|badly|wrong|south|pear-shaped|"
    rf"under)|falls? (?:over|apart)|fails?|breaks? down|collapses?)\b"
    rf"{_IN}{{0,40}}?\bremember (?:who\b|(?:that )?I (?:offered|warned|said|told|suggested|tried))|"
    r"\blong memories (?:about|of|for) how\b",
    re.I,
)


def threatened(sentence: str, notes: Notes | None = None) -> bool:
    """Whether the sentence threatens the employer with what others will hear of it from the
    writer, or with the writer's offer remembered when a failure comes."""
    if _FORETOLD.search(sentence) is not None:
        return True
    return (
        _TOLD.search(sentence) is not None
        and _TREATED_WELL.search(sentence) is None
        and bool(targets(sentence, notes))
    )


#: a slight told by understatement: "which is more than I can say for the men on your
#: staging", "and from what I saw that's being generous", "not the strongest side of your team"
_UNDERSTATED = lazy_compile(
    r"\bmore than (?:I|one|anyone) (?:can|could) say for\b|"
    r"\b(?:that['’]s|that is|which is) being (?:generous|kind|charitable)\b|"
    r"\b(?:is|are|was|were)(?:n['’]t| not) (?:exactly |really )?(?:the|their|your|its|his|her) "
    r"(?:strongest|strong|best) (?:side|point|suit)\b",
    re.I,
)
#: negligence praised: "a manager so relaxed about lab standards"
_RELAXED = lazy_compile(
    r"\b(?:an?|the) [\w-]+(?: [\w-]+)? so (?:relaxed|casual|calm|laid-back|easygoing|easy-going|"
    r"unbothered|cavalier) about (?:[\w-]+ ){0,2}?(?:standards?|safety|hygiene|contamination|"
    r"records?|compliance|audits?|rules|regulations|procedures|checks|quality|deadlines|"
    r"paperwork|fire|cleanliness)\b",
    re.I,
)
#: slowness praised: "famous for its speed", "a model of engineering speed"
_SPEEDY = lazy_compile(
    r"\b(?:famous|renowned|known|celebrated|a (?:model|paragon|picture) of) (?:for )?(?:its |"
    r"their |your |his |her )?(?:\w+ )?(?:speed|efficiency|punctuality|organi[sz]ation|"
    r"promptness)\b",
    re.I,
)
#: the writer's wait, beside which speed praised is irony: "famous for its speed, so I am sure
#: an answer is just around the corner"
_WAITED = lazy_compile(
    r"\b(?:answer|reply|replies|replied|news|decision|hear|wait\w*|weeks?)\b", re.I
)
#: the employer's people found wanting by what they are said to need: "your team needs someone
#: who knows what they're doing", "I understand why you need someone competent so badly"
#: (with a mark of judgement: "clearly", "so badly", "frankly"; "the role needs someone who knows
#: what they're doing, and I do" is the writer's offer)
_JUDGED = lazy_compile(
    r"\b(?:clearly|obviously|evidently|badly|desperately|frankly|honestly|really)\b", re.I
)
_WANTING = lazy_compile(
    r"\b(?:need|needs|needed|could use)\b[^.!?;]{0,30}?\b(?:someone|somebody|anyone|people|"
    r"an? [\w-]+) (?:competent|who knows what (?:they|he|she)(?:['’]re| are|['’]s| is) doing|"
    r"who can (?:count|read|spell|add up|tell the time))\b|\bneeds? an adult\b",
    re.I,
)
#: the next hire, or the reader's people, hoped better than those before: "I do hope whoever you
#: picked lasts longer than the last batch", "I hope for your sake they know more about deck
#: loads than the panel did"
_HOPED_BETTER = lazy_compile(
    r"\bI (?:do |only |just )?hope(?: for your sake)?\b[^.!?;]{0,40}?\b(?:longer|more|better)"
    r"(?: [\w-]+){0,3}? than (?:the last|the panel|the current|your current|the one before|"
    r"the previous|the people)\b",
    re.I,
)
#: the target's work ever managing the plain matter of it: "if the rig ever stays up a full
#: week", "if somebody at the cooperative ever learns how to fly the drone", "if you ever want
#: tours the children actually remember"
_EVER = lazy_compile(
    r"\bif\b[^.!?;]{0,40}?\bever (?:learns?|manages?|stays? up|works? out|figures? out|"
    r"gets round)\b|"
    r"\bever want\b[^.!?;]{0,40}?\bactually\b|"
    r"\b(?:your|its) (?:next |new )?[\w-]+ (?:might|may|could|will) even be [\w-]+(?:able|ible)\b",
    re.I,
)
#: the employer's failing made proof of another: "a studio that ships a patch without its
#: subtitles can also lose a candidate's file", "a centre that takes three rounds of forms ...
#: was never going to pick a coordinator in a hurry"
_PROOF = lazy_compile(
    r"\b(?:a|an|any) [\w-]+ (?:that|which) [^.!?;]{1,60}? (?:was never going to|(?:can|could) "
    r"also (?:lose|forget|miss|mislay|misplace|ignore|overlook))\b",
    re.I,
)
#: an image of how the target's work is made: "looks like it was designed in the steam era",
#: "runs compliance like a corner market", "calculates by holding a wet finger out", "arranged
#: by people who had heard the word for the first time"
_IMAGE = lazy_compile(
    r"\b(?:looks?|looked|felt|feels|seems?|seemed)(?: to me)? (?:like|as (?:though|if)) "
    r"(?:somebody|someone) threw\b|"
    r"\b(?:runs?|ran|kept|keeps?|calculates?|calculated)\b[^,.!?;]{0,40}?\b(?:like (?:a|an|in the)"
    r"(?! (?:well-oiled |finely tuned )?(?:machine|clock|clockwork|dream|charm|watch|family|team))|"
    r"by holding)\b|"
    r"\bby (?:people|someone|somebody) who (?:had|has|have) (?:heard|seen|used|done)\b"
    r"[^.!?;]{0,40}?\bfor the first time\b",
    re.I,
)
#: ... told as the writer's candid aside, which a likeness in praise is not: "honestly, it
#: surprised me that a company ... still runs compliance like a corner market"
_ASIDE = lazy_compile(
    r"\b(?:honestly|frankly|surprised|still|I suspect|I gather|judging|from what I saw|after "
    r"seeing|to me)\b|\bby (?:people|someone|somebody) who\b",
    re.I,
)
#: the target's practice called less than it should be: "more of a rumour than a routine";
#: under understanding ("I completely get that the date is more of a suggestion than a
#: promise") it is a reproach (coach.checks.reproaches), not a jibe
_LESS_THAN = lazy_compile(
    r"\bmore of an? [\w-]+ than an? (?:routine|rule|law|requirement|standard|policy|procedure|"
    r"process|practice|promise|commitment|deadline|plan|schedule|system)\b",
    re.I,
)
_UNDERSTOOD = lazy_compile(r"\bI (?:\w+ )?(?:understand|appreciate|get|know|take it)\b", re.I)
#: the writer's own message, which a hope for "better than the last" is about
_OWN_MAIL = lazy_compile(r"\b(?:this|my) (?:e-?mail|message|note|letter)\b", re.I)


#: each way of belittling with the words one of which it needs
_BELITTLING: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("say for", "being", "strong", "best"), _UNDERSTATED),
    (("so ",), _RELAXED),
    ((" ever ", " even "), _EVER),
    ((" that ", " which "), _PROOF),
)  # fmt: skip


def belittled(sentence: str, notes: Notes | None = None) -> bool:
    """Whether the sentence belittles the employer's work or people by understatement, mock
    praise, what they are said to need, a hope that they will manage, or an image of how their
    work is made."""
    lower = sentence.lower()
    if not (
        any(
            any(w in lower for w in words) and pattern.search(sentence) is not None
            for words, pattern in _BELITTLING
        )
        or (_SPEEDY.search(sentence) is not None and _WAITED.search(sentence) is not None)
        or (_WANTING.search(sentence) is not None and _JUDGED.search(sentence) is not None)
        or (_HOPED_BETTER.search(sentence) is not None and _OWN_MAIL.search(sentence) is None)
        or (_IMAGE.search(sentence) is not None and _ASIDE.search(sentence) is not None)
        or _less_than(sentence)
    ):
        return False
    return bool(targets(sentence, notes))


def _less_than(sentence: str) -> bool:
    less = _LESS_THAN.search(sentence) if "more of" in sentence.lower() else None
    return less is not None and _UNDERSTOOD.search(sentence, 0, less.start()) is None


#: words one of the hostile tests needs
HOSTILE_WORDS = (
    "perhaps", "maybe", "hopefully", "hope", "who knows", " than", " as ", "the way",
    "from me", "tell", "describ", "report", "memories", "remember", "say for", "generous",
    "kind", "charitable", "putting it", "strong", "best", "so ", "famous", "renowned", "known",
    "celebrated", "model of", "paragon", "picture of", "need", "could use", "ever", "even",
    "that ", "which ", "like", "as though", "as if", "by holding", "first time", "more of",
)  # fmt: skip


#: each test with the words one of which it needs
_TESTS: tuple[tuple[tuple[str, ...], Callable[[str, Notes | None], bool]], ...] = (
    (("perhaps", "maybe", "hopefully", "hope", "who knows"), mock_hope),
    ((" than", " as ", "the way"), hiring_compared),
    (("from me", "tell", "describ", "report", "memories", "remember"), threatened),
    ((), belittled),
)  # fmt: skip


def ironic_jibe(sentence: str, notes: Notes | None = None) -> bool:
    """Whether the sentence is a jibe by one of the ironic constructions above."""
    lower = sentence.lower()
    return any(
        (not words or any(w in lower for w in words)) and test(sentence, notes)
        for words, test in _TESTS
    )
