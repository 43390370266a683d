"""Reproach read by its construction: courtesy, wit or an image whose object is the silence.

The reproach of RULEBOOK §3 ("I'm sure you're very busy, but", "did my email even reach
you?") is often made without a word of silence or of blame: by a rhetorical question, by
praise, by understanding, by an image of the writer's mail lost in a pile. The classifier
(coach.semantic) reads such a sentence by its words, which are courteous, and scores it near
zero. Each test below pairs a closed class of frames (a question, admiration, understanding)
with a closed class of objects (the writer's mail, the answer not had, the writer set aside),
and needs both, so that the same frames said of anything else (praise of the reader's work, a
short reply asked for, sympathy for a busy week) are not reproaches:

- a rhetorical question about the writer's mail: whether anyone reads it, where it goes, whether
  silence is usual ("Is someone reading these messages, I wonder?", "or does the mill only read
  emails during the harvest?");
- mock praise of the silence: admiration or wonder whose object is the silence or the unanswered
  mail ("I have to admire how consistently my messages are met with silence");
- the silence borne as a habit: "I'm getting used to it" after or beside a word of no answer;
- the answer made small: understanding or "surely" set against how little a reply would take
  ("a two-line reply", "one short email", "two minutes needed to answer");
- the answer raced: the reply found slower than something else or than the writer's own ("a
  reefer container reaches Rotterdam faster than a reply", "I hope the next candidate receives
  an answer faster than I did");
- the writer's note lost, by an image or an aside ("went straight to the bottom of the pile",
  "which I'm sure you meant to answer", "more luck than my thank-you note");
- understanding that lowers the writer, the reply or the employer's word ("answering candidates
  can't compete with a sprint review", "a date like the 8th is more of a suggestion than a
  promise", "my time was less important than those calls").

Each class stands in two tuning sets or more (training/README.md, round 51).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from coach.text import lazy_compile

#: the writer's mail, or the answer to it
_MAIL = (
    r"(?:e-?mails?|messages?|notes?|letters?|mail|inbox|repl(?:y|ies)|answers?|responses?|"
    r"word back)"
)
#: a question whether anyone reads it, where it goes, whether silence is usual
_MAIL_QUESTION = lazy_compile(
    rf"\b(?:(?:is|are|does|do) (?:someone|anyone|anybody|somebody|the \w+|it|you|one)\b"
    rf"[^.!?;]{{0,40}}?\b(?:read(?:ing|s)?|open(?:ing|s)?|check(?:ing|s)?|get(?:ting|s)?)"
    rf"(?: \w+){{0,2}}? {_MAIL}|"
    rf"{_MAIL} (?:is |are )?(?:simply |just |only )?where (?:candidates|applicants|people|"
    rf"messages|mail) (?:are sent|go) to|"
    rf"(?:usual|normal|common|standard)\b[^.!?;]{{0,40}}?\b(?:to hear nothing|hear nothing|"
    rf"no (?:answer|reply|word))|"
    rf"reading something into the (?:quiet|silence))\b[^?]*\?",
    re.I,
)


def mail_question(sentence: str) -> bool:
    """Whether the sentence asks, rhetorically, whether the writer's mail is read or where it
    goes ("Or does the mill only read emails during the harvest?")."""
    if not sentence.rstrip().endswith("?"):
        return False
    asked = _MAIL_QUESTION.search(sentence)
    if asked is None:
        return False
    # whether the mail is read is a practical question ("Does the team check the shared inbox on
    # Fridays?") unless a mark of doubt makes it rhetorical; the other questions are always so
    read = _READ.match(asked.group())
    return read is None or _DOUBT.search(sentence) is not None


_READ = lazy_compile(r"(?:is|are|does|do) ", re.I)
#: a mark that the question is rhetorical: "I wonder", "only", "even", "at all", an opening "or"
_DOUBT = lazy_compile(r"\b(?:I wonder|only|even|at all|ever)\b|^or\b", re.I)


#: admiration or wonder
_ADMIRED = lazy_compile(
    r"\b(?:admire|impressive|impressed|remarkable|wonderfully|marvel(?:lous)?|amazing|"
    r"(?:have )?taught me a great deal|peaceful)\b",
    re.I,
)
#: ... whose object is the silence
_SILENCE = lazy_compile(
    r"\b(?:silence|not a (?:word|line|peep)|quiet weeks|an inbox|when a candidate "
    r"asks|my (?:messages|emails|notes) (?:are|were) met)\b",
    re.I,
)


def mock_praise(sentence: str) -> bool:
    """Whether the sentence admires the silence ("it is really impressive how quiet a mill can
    become when a candidate asks one simple question")."""
    praised = _ADMIRED.search(sentence)
    return praised is not None and _SILENCE.search(sentence) is not None


#: a word of no answer, in this sentence or the one before
_NO_ANSWER = lazy_compile(
    r"\b(?:no (?:answer|reply|response|word|time to (?:reply|answer))|silence|unanswered|"
    r"not (?:heard|had) (?:back|a reply|an answer))\b",
    re.I,
)
_USED_TO = lazy_compile(r"\b(?:I(?:'m|’m| am) (?:getting |quite |so )?used to it)\b", re.I)


def used_to_silence(sentence: str, before: str | None = None) -> bool:
    """Whether the sentence bears the silence as a habit: "I'm getting used to it" beside no
    answer."""
    if _USED_TO.search(sentence) is None:
        return False
    return _NO_ANSWER.search(sentence) is not None or (
        before is not None and _NO_ANSWER.search(before) is not None
    )


#: the reply made small: "a two-line reply", "one short email", "two minutes needed to answer";
#: a short reply in plain words only where the reader is said to have withheld it ("surely a
#: short reply ...", "I'd have thought a short update ..."), not where the writer asks for one
_REPLY = r"(?:reply|answer|e-?mail|note|update|response|line)"
_SMALL_REPLY = lazy_compile(
    rf"\b(?:(?:a|one) (?:two|one)-line {_REPLY}|"
    rf"(?:surely|(?:would|I['’]d) have thought)(?: that)? (?:a|one) (?:short|quick|simple|brief) "
    rf"{_REPLY}|"
    r"(?:two|a few|five) minutes (?:needed )?to (?:answer|reply)|"
    r"(?:far|apparently|clearly|obviously|evidently|much) too (?:hectic|busy) to (?:send|write|"
    r"reply|answer)|"
    r"(?:answering|replying to|writing back to) (?:a|one) short|"
    r"(?:a|one) candidate(?:'s|’s)? (?:little )?(?:note|email|message) can wait|"
    r"candidates? (?:might|may|could) (?:get|have) a (?:word|reply|line))\b"
    # a reply asked for: "a one-line reply would help me plan"
    r"(?! (?:would|will) (?:be|help|do|suffice|mean)| is (?:all|plenty|enough|fine))",
    re.I,
)
#: understanding offered, or "surely", which the small reply turns into a reproach
_GRANTED = lazy_compile(
    r"\b(?:I (?:\w+ )?(?:understand|appreciate|get|know|imagine|reali[sz]e)|of course|surely|"
    r"I(?:'m|’m| am) sure|I can only imagine|I do hope|I hope)\b",
    re.I,
)


def small_reply(sentence: str) -> bool:
    """Whether understanding (or "surely") is set against how little a reply would take ("I know
    the season is hectic, though apparently too hectic to send a two-line reply")."""
    granted = _GRANTED.search(sentence)
    return granted is not None and _SMALL_REPLY.search(sentence, granted.end()) is not None


#: the answer found slower than something else, or than the writer's own
_RACED = lazy_compile(
    r"\b(?:faster|quicker|sooner) than (?:a|an|your|the|any) (?:reply|answer|response|word)\b|"
    r"\b(?:reply|answer|response|news) (?:faster|quicker|sooner|more quickly) than I did\b|"
    r"\b(?:counting|reading|answering|processing) (?:applicants|candidates|applications|emails|"
    r"messages) as slowly as\b",
    re.I,
)


def answer_raced(sentence: str) -> bool:
    """Whether the sentence races the reader's answer against something else for a sneer."""
    return _RACED.search(sentence) is not None


#: the writer's earlier message said to be lost, buried or never read, in an image or an aside
#: ("my thank-you note went straight to the bottom of the pile", "which I'm sure you meant to
#: answer"), or the next one wished better luck than it
_LOST = lazy_compile(
    r"\bmy (?:[\w'’-]+ ){0,2}?(?:e-?mail|message|note|letter|thank-you)s?\b[^.!?;]{0,60}?(?:"
    r"\bwhich I(?:'m|’m| am) (?:guessing|sure|assuming|told|afraid|certain) you (?:never|meant "
    r"to|didn['’]t|did not|forgot)|"
    r"\b(?:the|a) (?:bottom|back) of (?:the|a|your) (?:pile|heap|stack|queue|inbox|list)|"
    r"\bin the same (?:queue|pile|folder|drawer|heap) as|"
    r"\bstill out (?:on|in|at) [^.!?;]{1,40}?\bsomewhere|"
    r"\bsat (?:for \w+ )?without (?:so much as )?(?:a|an|any) (?:reply|answer|"
    r"acknowledge?ment|word))\b|"
    r"\bmore luck than my (?:[\w'’-]+ )?(?:e-?mail|message|note|letter)\b|"
    r"\b(?:this|my) (?:e-?mail|message|note|letter|one) (?:does|do|will do|fares|has) (?:better|"
    r"more luck) than (?:the|my) (?:last|first|previous)\b|"
    r"\bmine must be (?:near|at|close to) the (?:front|top)\b",
    re.I,
)


def lost_note(sentence: str) -> bool:
    """Whether the sentence says, by an image or an aside, that the writer's earlier message
    was lost, buried or ignored."""
    return _LOST.search(sentence) is not None


#: understanding offered, in any of its everyday words ("I totally get that", "no problem if")
_UNDERSTOOD = lazy_compile(
    r"\b(?:I (?:\w+ )?(?:understand|appreciate|reali[sz]e|know|recogni[sz]e|imagine|accept|get)|"
    r"I(?:'m|’m| am) (?!not\b)(?:\w+ )?(?:sure|aware|certain)|I take it|of course|no doubt|"
    r"naturally|no problem|don['’]t worry)\b",
    re.I,
)
#: ... whose object lowers the writer, the reply or the employer's word: the writer ranked
#: below other work or easy to forget, the wait made a custom, the date a suggestion, the
#: silence explained or made an answer
_LOWERED = lazy_compile(
    r"\b(?:(?:answering|replying|a reply|candidates?|applicants?|my (?:time|application|note|"
    r"email|message)|I) (?:(?:is|are|was|were|am) )?(?:can(?:'t|not|’t) compete with|less "
    r"(?:important|urgent|pressing) than|not (?:so|that|very|as) important)|"
    r"(?:candidate|applicant|me|my \w+)\b[^.!?;]{0,60}?\beasy to (?:set aside|forget|ignore|"
    r"overlook|put off)|"
    r"(?:just|simply|merely) part of the culture|forg[eo]t about me|"
    r"more of an? \w+ than an? (?:promise|commitment|deadline|date)|"
    r"repl(?:y|ies) (?:clearly|obviously|evidently) take|explain the (?:quiet|silence)|"
    r"quiet on your (?:side|end)|"
    r"(?<!if )(?:there was|you had|nobody had|no one had) no time to (?:answer|reply|respond)|"
    r"(?:short and simple|simple and short) for you|silence (?:can be|is) "
    r"an answer)\b",
    re.I,
)


def mock_understanding(sentence: str) -> bool:
    """Whether understanding offered for the reader lowers the writer or the reply ("I
    understand that my time was less important than those calls", "I completely get that a date
    like the 8th is more of a suggestion than a promise"): the reproach of "I'm sure you're very
    busy, but" made by what is understood."""
    understood = _UNDERSTOOD.search(sentence)
    return understood is not None and _LOWERED.search(sentence, understood.end()) is not None


#: words one of the reproaches needs
REPROACH_WORDS = (
    "?", "admire", "impress", "remarkabl", "wonderful", "marvel", "amazing", "taught me",
    "peaceful", "used to it", "line", "short", "quick", "simple", "minute", "moment", "second",
    "hectic", "busy", "candidate", "applicant", "than", "slowly", "my ", "mine must", "compete",
    "less ", "important", "easy to", "culture", "forgot", "forget", "more of", "take", "explain",
    "quiet", "no time", "for you", "silence",
)  # fmt: skip


#: each test with the words one of which it needs, so that a sentence costs a look at its text
#: for most of them
_TESTS: tuple[tuple[tuple[str, ...], Callable[[str, str | None], bool]], ...] = (
    (("?",), lambda s, _: mail_question(s)),
    (("admire", "impress", "remarkabl", "wonderful", "marvel", "amazing", "taught me", "peaceful"),
     lambda s, _: mock_praise(s)),
    (("used to it",), used_to_silence),
    (("line", "short", "quick", "simple", "brief", "minute", "moment", "second", "hectic", "busy",
      "candidate", "applicant"), lambda s, _: small_reply(s)),
    (("than", "slowly"), lambda s, _: answer_raced(s)),
    (("my ", "mine must"), lambda s, _: lost_note(s)),
    (("compete", "less ", "important", "easy to", "culture", "forgot", "forget", "more of",
      "take", "explain", "quiet", "no time", "for you", "silence"),
     lambda s, _: mock_understanding(s)),
)  # fmt: skip


def ironic_reproach(sentence: str, before: str | None = None) -> bool:
    """Whether the sentence reproaches the silence by one of the ironic constructions above."""
    lower = sentence.lower()
    return any(any(w in lower for w in words) and test(sentence, before) for words, test in _TESTS)
