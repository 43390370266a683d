"""A slight read by its construction: what is said of the employer, not which words say it.

Contempt said with a straight face carries no insult word and little of a jibe's vocabulary, so
the classifier (coach.semantic), which reads a sentence by its words and their mean vector,
scores it near zero: "a kid with a paper map could do better", "drawn up by someone who has
never owned a calendar", "a friend of mine at the regulator would find your records very
interesting". What makes each a slight is its structure: a target (the reader, the employer,
its people or its hiring: coach.checks.aimed) and something said of the target that lowers
it. Three such things are read here for tone-hostile, each from closed classes of words:

- its competence set below a novice's: a beginner (a child, an intern, a trainee) who could do
  the target's work better, or would be embarrassed by it;
- its people or work judged by ignorance: the work made by someone who has never done the
  thing, a person who "has no idea", or praise of the one person "who actually knows", which
  says the others do not;
- a consequence threatened for it: a third party (the press, a regulator, the trade) who would
  find the employer's conduct interesting or would hear a lot about it from the writer, or the
  employer made to regret or feel the loss of the writer.

And two for tone-passive-aggressive: understanding offered for the reader that ranks the writer
below the reader's other business ("I am sure a head of engineering has many things more
important than candidates", "cannot be expected to answer every hopeful"), the reproach of
RULEBOOK §3's "I'm sure you're very busy, but" made by comparison; and thanks whose object is
the delay itself ("for getting round to it in the end", "worth every day of waiting").

Each construction is a mark of the fault however its words weigh (coach.checks.frames, `built`).
Each needs its target, so the same shapes said of the writer's own trainees, customers or
readers ("a grower who has never seen a chart can still read it") are not slights.
"""

from __future__ import annotations

import re

from coach.checks.aimed import targets
from coach.models import Notes
from coach.text import lazy_compile

#: a beginner, against whom the target's work is measured
_NOVICE = (
    r"\b(?:an?|any|even an?|the average|some)\s+(?:(?:\w+[- ]year[- ]old|first[- ]year|"
    r"fresh|new|junior|summer|unpaid)\s+)?"
    r"(?:kid|child|schoolboy|schoolgirl|schoolchild|toddler|monkey|intern|trainee|apprentice|"
    r"beginner|student|teenager|novice|school-leaver)s?\b"
)
#: ... who would do the work better, or be ashamed of it
_OUTDOES = lazy_compile(
    _NOVICE + r"[^.!?;]{0,60}?\b(?:could|would|can|might)(?: \w+){0,6}? (?:better|embarrassed|"
    r"ashamed|improve|lift|outperform|beat|fix)\b",
    re.I,
)
#: work made, or judged, by someone ignorant of its very matter
_IGNORANT_AUTHOR = lazy_compile(
    # "built by someone who has never opened a hive", "run by people who have never seen a mango"
    r"\bby (?:someone|somebody|people|a person|a team|whoever|an? \w+)(?: who| that)"
    r"(?: \w+)?? (?:(?:has|have|had)(?: \w+ly)? never|(?:has|have|had) no (?:idea|clue))\b|"
    # "for someone who has obviously never driven one": a judgement of the person spoken of
    r"\bfor (?:someone|somebody|a person|a man|a woman|people) who (?:has|have|had) "
    r"(?:obviously|clearly|evidently|apparently|plainly) never\b|"
    # "whoever built that dashboard clearly had never met a merchant"
    r"\bwhoever (?:built|wrote|designed|drew up|planned|made|set up|laid out|put together|"
    r"organi[sz]ed|runs?|ran)\b[^.!?;]{0,60}?\b(?:(?:clearly|obviously|evidently) |"
    r"must have |should (?:probably |really )?stick |(?:has|had) )(?:never|no idea|been|to)\b",
    re.I,
)
#: a person of the employer said to know nothing: "proving she has no idea what ..."
_KNOWS_NOTHING = lazy_compile(
    r"\b(?:he|she|they|(?!(?:You|We|It|This|That|There|They)\b)[A-Z][\w'’-]+)"
    r"(?: (?!I\b)\w+){0,3}? (?:has|have|had) (?:absolutely |clearly |"
    r"obviously )?no (?:idea|clue) (?:what|how|about|why)\b|"
    r"\b[A-Z][\w'’-]+(?:'s|’s) (?:\w+ )?clueless\b",
)
#: the very matter of the target's work said to be beyond it: "teach your packers what a box
#: is", "I doubt anyone on your team could tell a reefer from a fridge"
_BASICS_UNKNOWN = lazy_compile(
    r"\b(?:teach|doubt|could(?:n['’]t| not)? tell|can(?:['’]t|not)? tell|"
    r"(?:seemed|seems|appeared) to know|(?:has|have|had) no idea|"
    r"(?:do|does|did)(?:n['’]t| not) know)"
    r"\b[^.!?;]{0,50}?\b(?:what an? [\w-]+ (?:is|does|is for)\b(?! worth)|"
    r"tell an? [\w-]+ from an?\b)",
    re.I,
)
#: the target's trouble explained by its own failing: "it's no wonder you're hiring", "a lab
#: that careless is lucky anyone applies at all"
_EXPLAINED = lazy_compile(
    r"\b(?:(?:it['’]s |it is )?(?:no|small|little) wonder|(?:I['’]m|I am) not (?:at all )?"
    r"surprised|(?:it['’]s|it is) (?:hardly|not) surprising|(?:is|are|was) lucky (?:anyone|"
    r"that anyone|to (?:get|have|find) anyone))\b",
    re.I,
)
#: a good outcome explained, which is praise: "no wonder the team is so proud of it"
_GOOD_OUTCOME = lazy_compile(
    r"\b(?:proud|love[sd]?|enjoys?|happy|success\w*|popular|thriv\w*|grow\w*|well|great|good|"
    r"best|sells? out|sold out|loyal|recommend\w*|admired?|respected|award\w*)\b",
    re.I,
)
#: praise of the one who knows, which says the others do not
_ONLY_ONE_KNOWS = lazy_compile(
    r"\b(?:someone|somebody|a person|one person|people|anyone)(?: \w+){0,3}? who (?:has |have |"
    r"had )?(?:actually|really|finally|genuinely) (?:knows?|understands?|knew|understood|read|"
    r"looked at|checked|seen|done|worked)\b|"
    r"\b(?:at least one|the only one|the only (?:\w+ )?(?:person|people))\b[^.!?;]{0,40}?\bwho "
    r"(?:\w+ )?"
    r"(?:knows?|understands?|seemed to know|seems to know|seemed to understand|knew)\b|"
    r"\b(?:a person|someone|somebody) who (?:knows?|understands?) [^.!?;]{1,50}? properly\b",
    re.I,
)
#: a third party who would take an interest in how the employer treats people, or would find
#: its records "very interesting"; the writer's own curiosity ("I would be keen to hear how the
#: trial goes") is no threat
_WITNESS = lazy_compile(
    r"(?<!\bI )(?<!\bwe )(?<![Ii]['’]d)(?<![Ii]['’]ll)"
    r"\b(?:would|will|may|might|are going to|'d|'ll|’d|’ll)(?: (?:certainly|surely|definitely|"
    r"probably|all|also))?(?: be)? (?:(?:very |really |extremely |most |quite |all |so )?"
    r"(?:interested|curious|fascinated|keen) to (?:hear|learn|know|read|see|find out) "
    r"(?:how|what|about)\b[^.!?;]{0,40}?\b(?:treats?|treated|handles?|handled|deals? with|"
    r"dealt with|runs?|ran|keeps?|kept|pays?|paid|ignores?|ignored)\b|"
    r"find (?:your|the|this|that|how)\b[^.!?;]{0,50}?(?:very|most|rather|quite|extremely|really)"
    r" (?:interesting|illuminating|revealing|instructive))",
    re.I,
)
#: ... or the writer with much to tell a third party
_TELLS = lazy_compile(
    r"\bI(?: \w+)? (?:may|might|will|would|'ll|'d|could) (?:\w+ )?have (?:quite |rather |a great )?"
    r"(?:a lot|plenty|lots|much|a few things|a thing or two|some things|something|a story) "
    r"to (?:tell|say|share)(?: (?:her|him|them|the \w+))?\b",
    re.I,
)
#: the employer made to feel the writer's loss
_LOSS = lazy_compile(
    r"\b(?:you|they)(?:'ll|’ll| will| are going to| may| might)(?: \w+ly)? (?:feel the "
    r"difference|notice the difference|miss me|be sorry|come to regret|live to regret|"
    r"learn the hard way|find out the hard way)\b",
    re.I,
)
#: the writer set aside: "if you let me go", "without me"
_PASSED_OVER = lazy_compile(
    r"\bif (?:you|they|\w+) (?:let me go|pass (?:on|over) me|turn me down|choose someone else|"
    r"go with someone else|hire someone else|don't (?:hire|choose|pick) me)\b|\bwithout me\b",
    re.I,
)
_STRONG_LOSS = ("miss me", "be sorry", "regret", "the hard way")


def slighted(sentence: str, notes: Notes | None = None) -> bool:
    """Whether the sentence lowers its target by its construction (tone-hostile): a novice set
    above it, ignorance said of its people or work, or a consequence threatened for it."""
    lower = sentence.lower()
    if not any(w in lower for w in SLIGHT_WORDS):
        return False
    found = (
        _OUTDOES.search(sentence)
        or _IGNORANT_AUTHOR.search(sentence)
        or _KNOWS_NOTHING.search(sentence)
        or _ONLY_ONE_KNOWS.search(sentence)
        or _BASICS_UNKNOWN.search(sentence)
        or _threatened(sentence)
        or _explained(sentence)
    )
    return found is not None and found is not False and bool(targets(sentence, notes))


def _explained(sentence: str) -> bool:
    m = _EXPLAINED.search(sentence)
    return m is not None and _GOOD_OUTCOME.search(sentence, m.end()) is None


def _threatened(sentence: str) -> bool:
    if _WITNESS.search(sentence) or _TELLS.search(sentence):
        return True
    loss = _LOSS.search(sentence)
    if loss is None:
        return False
    said = loss.group().lower()
    return any(w in said for w in _STRONG_LOSS) or _PASSED_OVER.search(sentence) is not None


#: words at least one construction needs: a sentence without any costs one look
SLIGHT_WORDS = (
    "could",
    "would",
    "can ",
    "might",
    "never",
    "no idea",
    "no clue",
    "clueless",
    "who ",
    "will",
    "'ll",
    "’ll",
    "'d ",
    "may ",
    "teach",
    "tell ",
    "know",
    "wonder",
    "surpris",
    "lucky",
)

#: understanding offered for the reader's side (as coach.checks.frames reads an excuse)
_UNDERSTANDING = lazy_compile(
    r"\b(?:I (?:\w+ )?(?:understand|appreciate|reali[sz]e|know|recogni[sz]e|imagine|accept)|"
    r"I(?:'m|’m| am) (?:\w+ )?(?:sure|aware|certain)|of course|no doubt|naturally)\b",
    re.I,
)
#: the writer ranked below the reader's other business
_RANKED_BELOW = lazy_compile(
    r"\b(?:more|bigger|weightier)(?: \w+){0,3}? (?:important|pressing|urgent|fish to fry|things|"
    r"matters|priorities|people|business)\b[^.!?;]{0,40}?\bthan (?:a |an |one |the |my |some |"
    r"every |any )?(?:[\w'’-]+ ){0,2}?(?:candidates?|applicants?|applications?|hopefuls?|"
    r"follow-ups?|e-?mails?|notes?|messages?|me|replying|answering|writing back|responding)\b|"
    r"\b(?:cannot|can't|can’t|could not|couldn't|couldn’t) (?:possibly |really |reasonably )?be "
    r"expected to (?:answer|reply|respond|remember|find|read|keep track|write)\b",
    re.I,
)


def ranked_below(sentence: str) -> bool:
    """Whether understanding for the reader ranks the writer below their other business
    (tone-passive-aggressive): "I'm sure you have more pressing matters than my application"."""
    understood = _UNDERSTANDING.search(sentence)
    if understood is None:
        return False
    return _RANKED_BELOW.search(sentence, understood.end()) is not None


#: words the reproach needs
RANKED_WORDS = ("than ", "expected to")

#: gratitude, which the delay below turns into irony
_GRATITUDE = lazy_compile(
    r"\b(?:thank|thanks|appreciate|grateful|kind of you|good of you|worth)\b", re.I
)
#: a discourse marker that opens a sentence and times nothing: "Finally, thank you for ..."
_OPENER = lazy_compile(r"^(?:finally|lastly|and finally|in the end|at last)\s*,\s*", re.I)
#: the reader's reply made late, or the wait itself made the thing thanked for
_DELAY = lazy_compile(
    r"\blate than never\b|"
    r"\b(?:get(?:ting)?|got|come|coming|came) (?:round|around) to (?:it|me|my|writing|replying)\b|"
    r"\b(?:lesson|exercise|course|masterclass|test) in patience\b|"
    r"\bworth (?:every|all|each)\b[^.!?;]{0,40}?\b(?:days?|weeks?|hours?|minutes?|wait\w*)\b|"
    r"\bworth the wait\b|"
    r"\b(?:weeks?|days?) (?:past|after|beyond) (?:your|the) (?:own )?(?:date|deadline)\b|"
    r"\b(?:almost|nearly|all but) (?:given|gave) up (?:hope|on hearing)\b|"
    r"\bwhat (?:the|your) silence had\b|"
    r"\b(?:getting|got|get|finding|found|writing|wrote|letting me know|replying|answering|"
    r"coming back|getting back|responding)\b[^.!?;]{0,30}?\b(?:eventually|at last|finally|"
    r"in the end)\b|"
    r"\b(?:eventually|at last|finally) (?:getting|finding|writing|letting|replying|answering|"
    r"coming|responding)\b",
    re.I,
)


def ironic_thanks(sentence: str, before: str | None = None) -> bool:
    """Whether the sentence thanks the reader for the delay itself (tone-passive-aggressive):
    gratitude whose object is the lateness of the reply or the wait ("thanks for getting round
    to it in the end", "worth every day of waiting"); the idiom of lateness ("better late than
    never") says it without thanks, unless it owns the writer's own lateness (the thanks that
    usually stand before it are often read as the greeting's, not as a sentence). Thanks for
    the reader's patience with the writer, or a closing "Finally, thank you ...", times
    nothing."""
    rest = _OPENER.sub("", sentence)
    delay = _DELAY.search(rest)
    if delay is None:
        return False
    if _GRATITUDE.search(rest) is not None:
        return True
    if "late than never" not in delay.group().lower():
        return False
    # the idiom said of the reply: after thanks, or alone, unless it owns the writer's lateness
    # ("Better late than never: my references are attached")
    return (before is not None and _GRATITUDE.search(before) is not None) or not _OWN.search(rest)


#: the writer's own act or apology
_OWN = lazy_compile(r"\b(?:I['’]ve|I have|I am|I['’]m|my|mine|sorry|apolog\w*)\b", re.I)


#: words the ironic thanks needs: a delay word (gratitude is looked for after it)
IRONY_WORDS = (
    "late than", "round to", "patience", "worth", "past", "after your", "after the", "up hope",
    "gave up", "silence", "eventually", "at last", "finally", "in the end",
)  # fmt: skip
