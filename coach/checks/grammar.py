"""`grammar`: a slip with one right correction (a doubled word, "a" before a vowel, a
confused word in a frame that settles it)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from coach.checks.base import CheckKind, Context, Hit, Params
from coach.checks.language import _prev_word, _words
from coach.text import Doc, fold, lazy_compile

#: a run of spaces, or a line break (hard-wrapped mail)
_SP = r"\s+"
_NEXT = lazy_compile(r"\s*([A-Za-z][A-Za-z'’]*|[^\sA-Za-z])")


def _next_word(text: str, pos: int) -> str:
    """The word or punctuation mark after `pos`, lower case ("" at the end)."""
    m = _NEXT.match(text, pos)
    return fold(m.group(1)).lower() if m else ""


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'“‘(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:"


#: words after which a following noun phrase is an object: "thank there team", "of there work"
_TAKES_OBJECT = _words(
    "of for about with into through by under thank thanks meet met join joined love loved "
    "admire admired enjoyed enjoy appreciate appreciated value valued support supported "
    "visit visited like liked hear heard learn learned learnt understand understood share "
    "shared see saw towards toward"
)
#: as above, where "there" is never the adverb: "in there", "from there" are
_TAKES_OBJECT_ALL = _TAKES_OBJECT | _words("in on at to from")
#: a noun phrase ends here: punctuation, or a word that cannot go on the noun ("team is")
_BOUNDARY = _words(
    ". , ; : ! ? ) in at on is was are were has have and or for with to from that which who "
    "looks seems sounds will would can could"
) | {""}
_NOUNS = _words(
    "team teams company office offices business organisation organization department clinic "
    "hospital school firm practice product products platform app website site service "
    "services approach culture mission vision strategy roadmap process decision offer feedback "
    "time help support consideration email message patience advice guidance input insight "
    "insights leadership managers engineers nurses staff customers clients patients students "
    "employees members users people colleagues values goals plans plan work projects project "
    "questions comments thoughts ideas efforts hospitality kindness generosity reputation "
    "history community growth success partners founders interview invitation response reply "
    "own"
)
#: nouns that are also verbs or first halves of compounds: "the people there work hard",
#: "they're team players"; after "there"/"they're" these count only after an object-taker
_NOUN_OR_VERB = _words(
    "team teams work plan plans help support offer process values value need needs "
    "project time business company office staff people"
)
#: words a clause can follow (I think it's people who...), unlike "supports it's employees"
_CLAUSE_VERBS = _words(
    "says said thinks believes knows feels hopes means seems agreed guessed decided realised "
    "realized shows showed suggests suggested is was does"
)
_BE_MODAL = _words(
    "is are was were be been being isn't aren't wasn't weren't will would could might may "
    "should must can 's"
)
_AUX = _words(
    "does did do doesn't didn't don't would could should will won't wouldn't couldn't "
    "shouldn't may might must can can't cannot shall let lets let's make makes made making help "
    "helps helped see saw seen watch watched hear heard have has had having to 'd 'll why how "
    "notice noticed if"
)
#: adjectives that end a clause: "I think their great.", "I know your busy."
_PREDICATIVE = (
    "great|amazing|lovely|wonderful|fantastic|awesome|brilliant|excellent|busy|correct|happy|"
    "available|interested|free|sure|aware|welcoming|friendly|helpful"
)
_BASE_VERBS = (
    "seem|look|sound|feel|want|need|mean|make|take|give|work|say|think|know|come|go|like|"
    "require|include|depend|matter|appear|become|believe|understand|hope"
)
_TO_VERBS = (
    "join|meet|hear|help|work|learn|discuss|speak|talk|connect|contribute|continue|support|be|"
    "see|share|send|follow|chat|catch|build|bring|move|take|make|get|start|know|explore|answer|"
    "find|thank|update|confirm|keep|reconnect|visit|grow|apply|read|review|provide|offer|attend|"
    "schedule|arrange|ask|say|let|hearing|meeting|working|joining|speaking"
)

Fixer = str | Callable[[re.Match[str]], str]
Guard = Callable[[str, re.Match[str]], bool]


class _Lazy:
    """A pattern compiled on first use: the grammar list holds some fifty, and compiling them
    all would cost a one-file check about 20 ms; a message needs the few its words call for."""

    def __init__(self, pattern: str, flags: int):
        self.pattern, self.flags = pattern, flags
        self._rx: re.Pattern[str] | None = None

    def finditer(self, text: str, pos: int) -> Iterator[re.Match[str]]:
        if self._rx is None:
            self._rx = re.compile(self.pattern, self.flags)
        return self._rx.finditer(text, pos)


def _rx(pattern: str, flags: int = re.I) -> _Lazy:
    """A pattern whose spaces also match a line break inside a paragraph."""
    return _Lazy(pattern.replace(" ", _SP), flags)


_NOUN_ENDINGS = (
    "ment",
    "ments",
    "tion",
    "tions",
    "sion",
    "sions",
    "ness",
    "ity",
    "ities",
    "ance",
    "ence",
    "ship",
    "ism",
    "ture",
    "tures",
    "ees",
    "ists",
    "ians",
)


def _noun_like(word: str) -> bool:
    """A noun of the closed list, or a word with a noun's ending (commitment, leadership)."""
    return word in _NOUNS or (len(word) >= 6 and word.endswith(_NOUN_ENDINGS))


def _possessive_slot(text: str, m: re.Match[str]) -> bool:
    """ "there/they're/it's/you're NOUN" where NOUN is the object of what comes before, or
    ends the phrase: "thank there team", "for you're time.", "supports it's employees"."""
    wrong = fold(m.group("w")).lower()
    noun = m.group("n").lower()
    if noun == "own":
        return True
    before = _prev_word(text, m.start("w"))
    if wrong == "it's" and before in ("with", "into", "through") and not noun.endswith("ly"):
        return True  # "with it's onboarding": never "with it is"
    if (
        wrong == "there"
        and before in _CLAUSE_OPENERS
        and _next_word(text, m.end("n")) in _VERBS_AFTER
    ):
        # "I think there team would adapt": after a word that opens a clause, "there" is its
        # subject only before a form of "be" ("I think there is", "there still is"); before a
        # word and its verb, that word is the subject and "there" is "their"
        return not noun.endswith("ly") and noun not in _ADVERBS
    # "prepares it's electronic bundles": describing words, then the noun of the phrase (not
    # "the updates it's sending", where "it's" opens a clause)
    if not _noun_like(noun) and (
        noun.endswith(("ly", "ing", "ed")) or not _noun_ahead(text, m.end("n"))
    ):
        return False
    if wrong == "there" and before in _BE_MODAL:
        return False  # "is there time", "will there be"
    takers = _TAKES_OBJECT if wrong == "there" else _TAKES_OBJECT_ALL
    if before in takers:
        return True
    if wrong == "it's":
        # "supports it's employees", not "I think it's people who..."
        return before.endswith(("s", "ed")) and before not in _CLAUSE_VERBS and len(before) > 3
    if wrong == "there" and noun in _NOUN_OR_VERB:
        return False  # "the people there work hard"
    if wrong != "there" and (noun.endswith("s") or noun in ("staff", "people")):
        return False  # "they're customers", "you're colleagues": they are
    return _next_word(text, m.end("n")) in _BOUNDARY


#: words that may stand between "there" and its verb: "I think there still is"
_ADVERBS = _words("still also always never just even soon already now certainly probably")
#: a noun's verb right after it: "(I think there) team would", "team has"
_VERBS_AFTER = _words(
    "would will could can should might may must is was are were has have had does did"
)


def _noun_ahead(text: str, pos: int, reach: int = 2) -> bool:
    """A noun within the next `reach` words, before anything that ends the phrase: one of the
    closed list, or a plural ("bundles", "rosters")."""
    for _ in range(reach):
        m = _NEXT.match(text, pos)
        if m is None:
            return False
        word = fold(m.group(1)).lower()
        if word in _BOUNDARY or not word.isalpha() or word.endswith("ly"):
            return False
        if _noun_like(word) or (
            len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
        ):
            return True
        pos = m.end()
    return False


def _not_after(words: frozenset[str]) -> Guard:
    return lambda text, m: _prev_word(text, m.start()) not in words


def _followed_by(words: frozenset[str]) -> Guard:
    return lambda text, m: _next_word(text, m.end()) in words


_AFTER_ADJ = _words(". , ; : ! ? to that about on at in with for and next this") | {""}
_AFTER_WELL = _words(". , ; : ! ? and") | {""}


def _your_welcome(text: str, m: re.Match[str]) -> bool:
    """Flag "Your welcome!" and "your welcome to reach out", not "thanks for your welcome" or
    "your welcome to the team"."""
    after = _next_word(text, m.end())
    if _sentence_start(text, m.start("w")) and after in (".", "!", ",", ""):
        return True
    if after != "to":
        return False
    to = text.find("to", m.end())
    return _next_word(text, to + 2) not in _DETERMINERS


_DETERMINERS = _words("the a an our my your their his her this that these those")
#: words after which a pronoun opens a clause: "I hope your having", not "appreciate your having"
_CLAUSE_OPENERS = _words(
    "hope know think sure if as while since because when that assume trust believe guess "
    "realise realize understand suspect expect feel reckon imagine"
)
_NOT_VERBS_ING = _words("morning evening thing things something anything nothing")


def _after_clause_opener(text: str, m: re.Match[str]) -> bool:
    if m.group().split()[-1].lower() in _NOT_VERBS_ING:
        return False
    return _prev_word(text, m.start("w")) in _CLAUSE_OPENERS


def _ends_clause(text: str, m: re.Match[str]) -> bool:
    """ "(I think) their great." where the adjective ends the clause and no verb or preposition
    before wants a noun ("thanks for your great...")."""
    before = _prev_word(text, m.start("w"))
    return (
        _next_word(text, m.end()) in _END_OF_CLAUSE
        and before not in _TAKES_OBJECT_ALL
        and before not in _BE_MODAL
    )


_END_OF_CLAUSE = _words(". , ; : ! ? and with to about at in for on")


def _without_about(m: re.Match[str]) -> str:
    return m.group("w").rsplit(None, 1)[0]


def _have_for_having(m: re.Match[str]) -> str:
    return " have"  # "I am having" and "I'm having" both become "I have"


_COMPARATIVES = (
    "better|worse|bigger|smaller|larger|higher|lower|longer|shorter|faster|slower|easier|"
    "harder|greater|stronger|broader|wider|deeper|quicker|simpler|clearer|closer|older|younger|"
    "cheaper|newer|happier|busier|smoother|tougher|richer|fewer"
)
_THAN_FOLLOWS = _words(
    "i we you they he she it the a an my our your their expected anticipated planned usual "
    "before ever last anything anyone anybody most any i'd i'm originally hoped thought "
    "imagined in at on"
)
_PLURAL_EXCEPTIONS = _words(
    "news series species means lens headquarters whereabouts crossroads diabetes measles mumps "
    "bias canvas alias atlas gas chaos ethos kudos pathos cosmos thanks sales odds hands "
    "christmas barracks innings"
)
_HE_SHE_IT = r"(?:[Hh]e|[Ss]he|[Ii]t)"
#: "Part I is", "Phase I has": a numeral, not the pronoun
_NUMBERED = _words("part phase chapter section type grade level tier class stage")


_PREPOSITIONS = _words(
    "of in at for with from about on to by across among into through over under between like"
)


def _plural_noun(text: str, m: re.Match[str]) -> bool:
    """A plural subject: not a plural inside a phrase ("our discussion of the reading clubs in
    three libraries was"), whose verb agrees with the noun before the preposition."""
    noun = m.group("n").lower()
    if _prev_word(text, m.start()) in _PREPOSITIONS:
        return False
    return noun not in _PLURAL_EXCEPTIONS and not noun.endswith(("ss", "us", "is", "ics", "'s"))


#: nouns of a group, which British English gives a plural verb ("the board have decided")
_GROUP_NOUNS = _words(
    "management administration leadership organisation organization population government "
    "department faculty majority minority community authority university partnership "
    "membership ownership audience congregation generation association corporation federation "
    "delegation opposition parliament commission institution foundation business nation "
    "party society city county committee constituency presidency agency ministry"
)


_NOT_BEFORE_SUBJECT = _PREPOSITIONS | _AUX | _words("and or nor both plus")


def _singular_subject(text: str, m: re.Match[str]) -> bool:
    """The noun is the subject, not one inside a phrase ("the cost of the relocation are" has
    its subject before "of"), and not a noun of a group."""
    noun = m.group("n").lower()
    before = _prev_word(text, m.start())
    # "does the transition have", "the move and the relocation are": a question, two subjects
    return noun not in _GROUP_NOUNS and before not in _NOT_BEFORE_SUBJECT


#: (pattern, correction of the named group `w`, guard, the words one of which the message must
#: hold for the pattern to be tried): each a slip with one right correction
_RULES: list[tuple[_Lazy, Fixer, Guard | None, str]] = [
    # their / there / they're
    (
        _rx(
            r"\b(?P<w>their) (?:is|are|was|were|will be|would be|has been|have been|isn't|"
            r"aren't|wasn't|weren't)\b"
        ),
        "there",
        None,
        "their",
    ),
    (
        _rx(
            r"\b(?P<w>their) (?:going|hoping|trying|about to|not(?!-)|(?-i:a|an)(?![-\w])|"
            r"(?:planning|looking) (?:to|for|forward))\b"
        ),
        "they're",
        None,
        "their",
    ),
    (_rx(r"\b(?P<w>there) (?P<n>[a-z]+)\b(?!-)"), "their", _possessive_slot, "there"),
    (_rx(r"\b(?P<w>they[’']re) (?P<n>[a-z]+)\b(?!-)"), "their", _possessive_slot, "they're"),
    # your / you're
    (
        _rx(
            r"\b(?P<w>your) (?:going|hoping|trying|not(?!-)|(?-i:a|an|the)(?![-\w])|"
            r"probably|aware|(?:planning|looking) (?:to|for|forward))\b"
        ),
        "you're",
        None,
        "your",
    ),
    (
        _rx(r"\b(?P<w>your) (?:right|correct|wrong)\b"),
        "you're",
        _followed_by(_words(". , ; : ! ? that about and in") | {""}),
        "your",
    ),
    (
        _rx(r"\b(?P<w>your) (?:available|interested|busy|able|free|sure)\b"),
        "you're",
        _followed_by(_AFTER_ADJ),
        "your",
    ),
    (_rx(r"\b(?P<w>your) well\b(?!-)"), "you're", _followed_by(_AFTER_WELL), "your"),
    (
        _rx(
            r"\b(?P<w>your) (?:very|so|really|extremely|quite|too) (?!(?:best|own|first|last)\b)"
            r"[a-z]+\b(?!-)"
        ),
        "you're",
        _followed_by(_words(". , ; : ! ? and with at to") | {""}),
        "your",
    ),
    (_rx(r"\b(?P<w>your) [a-z]+ing\b(?!-)"), "you're", _after_clause_opener, "your"),
    (
        _rx(r"\b(?P<w>your|their) (?:" + _PREDICATIVE + r")\b(?!-)"),
        lambda m: "you're" if m.group("w").lower() == "your" else "they're",
        _ends_clause,
        "your their",
    ),
    (_rx(r"\b(?P<w>their) [a-z]+ing\b(?!-)"), "they're", _after_clause_opener, "their"),
    (_rx(r"\b(?P<w>your) welcome\b"), "you're", _your_welcome, "your"),
    (_rx(r"\b(?P<w>you[’']re) (?P<n>[a-z]+)\b(?!-)"), "your", _possessive_slot, "you're"),
    # its / it's
    (
        _rx(
            r"\b(?P<w>[Ii]ts) (?:a|an|the|been|going|not|because|about (?:time|how|what|being))"
            r"\b(?!-)",
            0,
        ),
        "it's",
        None,
        "its",
    ),
    (
        _rx(
            r"\b(?P<w>[Ii]ts) (?:great|clear|important|hard|easy|good|nice|lovely|exciting|true|"
            r"obvious|possible|likely|fine|difficult|amazing|wonderful|unfortunate|rare|"
            r"encouraging|reassuring|helpful|crucial|essential|vital)\b",
            0,
        ),
        "it's",
        _followed_by(_words(". , ; : ! ? to that")),
        "its",
    ),
    (_rx(r"\b(?P<w>[Ii]t[’']s) (?P<n>[a-z]+)\b(?!-)", 0), "its", _possessive_slot, "it's"),
    (
        _rx(
            r"\b(?P<w>[Ii]ts) (?:really|so|very|quite|pretty|too|truly|incredibly|extremely) "
            r"[a-z]+\b(?!-)",
            0,
        ),
        "it's",
        _followed_by(_words(". , ; : ! ? and to that")),
        "its",
    ),
    # then / than, and than / then
    (
        _rx(
            r"\b(?:(?:more|less|fewer|rather)(?: (?!(?:and|or|but|then|than)\b)[\w-]+){0,3}|"
            + _COMPARATIVES
            + r") (?P<w>then)\b(?!\s*[,.;:!?])"
        ),
        "than",
        None,
        "then",
    ),
    (
        # a longer comparison ("more singers in one room then most engineers") holds only when
        # what follows can be its other side
        _rx(
            r"\b(?:more|less|fewer|" + _COMPARATIVES + r")(?: (?!(?:and|or|but|then|than|to|"
            r"that|which|who|so|if|when)\b)[\w-]+){4,6} (?P<w>then)\b(?!\s*[,.;:!?])"
        ),
        "than",
        _followed_by(_THAN_FOLLOWS | _words("most many some other others anyone's ever")),
        "then",
    ),
    (
        _rx(r"\bother (?P<w>then)\b(?!\s*[,.;:!?])"),
        "than",
        _not_after(_words("each the an one every some any")),
        "then",
    ),
    (
        _rx(r"\b(?:later|earlier|sooner) (?P<w>then)\b"),
        "than",
        _followed_by(_THAN_FOLLOWS),
        "then",
    ),
    (_rx(r"\b(?:since|until|till|back|from|and) (?P<w>than)\b"), "then", None, "than"),
    # to / too
    (
        _rx(
            r"\b(?P<w>too) (?:the|a|an|my|your|our|their|his|this|these|those|everyone|"
            r"all of|each)\b(?!-)"
        ),
        "to",
        _not_after(frozenset(["me"])),
        "too",
    ),
    (_rx(r"\bforward (?P<w>too)\b"), "to", None, "too"),
    (
        _rx(
            r"\b(?:love|like|want|wanted|hope|hoping|need|needed|able|going|trying|try|plan|"
            r"planning|wish|eager|keen|happy|glad|excited|pleased|delighted|ready|chance|"
            r"opportunity|unable|have|has|had) (?P<w>too) (?:" + _TO_VERBS + r")\b"
        ),
        "to",
        None,
        "too",
    ),
    (
        _rx(
            r"\b(?:a bit|a little|far|way|much|slightly|all) (?P<w>to) (?:long|late|early|soon|"
            r"much|many|busy|quick|quickly|big|small|hard|short|fast|slow|often)\b"
        ),
        "too",
        None,
        "long late early soon much many busy quick quickly big small hard short fast slow often",
    ),
    # affect / effect, lose / loose, advise / advice, here / hear, whether
    (
        _rx(
            r"\b(?:a|an|the|big|huge|real|positive|negative|significant|lasting|direct|major|"
            r"great|profound|strong|little|no|any|adverse|immediate|similar) (?P<w>affect) "
            r"(?:on|of)\b"
        ),
        "effect",
        None,
        "affect",
    ),
    (
        _rx(
            r"\b(?:will|would|could|can|may|might|does|did|doesn't|didn't|won't|not|also|"
            r"directly|negatively|positively) (?P<w>effect) (?:me|us|you|him|her|them|my|our|"
            r"your|his|their|how|people|patients|clinicians|customers|staff|everyone)\b"
        ),
        "affect",
        None,
        "effect",
    ),
    (
        _rx(
            r"\b(?:to|not|will|would|could|might|may|can|don't|didn't|never|won't|can't|cannot|"
            r"wouldn't) (?P<w>loose) (?:the|my|your|our|their|his|her|this|that|touch|track|"
            r"sight|interest|momentum|focus|out|money|time|it|them|you|me|any|a|an)\b"
        ),
        "lose",
        None,
        "loose",
    ),
    (
        _rx(
            r"\b(?P<w>loosing) (?:the|my|your|our|their|touch|track|sight|interest|momentum|"
            r"out|a|an|this|that|it|them)\b"
        ),
        "losing",
        None,
        "loosing",
    ),
    (
        _rx(
            r"\b(?:your|any|some|the|great|good|helpful|valuable|sound|expert|career|practical|"
            r"kind|for|of|his|her|their|our|my) (?P<w>advise)\b"
        ),
        "advice",
        None,
        "advise",
    ),
    (
        _rx(
            r"\b(?:please|kindly|to|could you|can you|would you|will) (?P<w>advice)(?: (?:me|"
            r"us|on|if|whether|when|what|how|the)\b|(?=[.!,]))"
        ),
        "advise",
        None,
        "advice",
    ),
    (
        _rx(r"\bto (?P<w>here) (?:from|about|back|more|that|how|what|your|you|if|whether)\b"),
        "hear",
        None,
        "here",
    ),
    (_rx(r"\b(?P<w>[Ww]ether)\b", 0), "whether", None, "wether"),
    (_rx(r"\b(?P<w>weather) or not\b"), "whether", None, "weather"),
    (
        _rx(
            r"\b(?:know|sure|wonder|wondering|ask|asking|decide|unsure|confirm|check|checking|"
            r"clarify) (?P<w>weather) (?:you|we|I|they|it|the|there|this|or)\b"
        ),
        "whether",
        None,
        "weather",
    ),
    (
        _rx(
            r"\b(?P<w>[Ll]ets) (?:meet|discuss|talk|connect|schedule|catch|keep|plan|chat|stay|"
            r"set|find|arrange|touch|aim|try|get|see)\b",
            0,
        ),
        "let's",
        lambda text, m: (
            _sentence_start(text, m.start("w"))
            or _prev_word(text, m.start("w")) in ("so", "then", "and", "ok", "okay")
        ),
        "lets",
    ),
    # could of, apart of, discuss about, am having N years
    (_rx(r"\b(?:could|should|would|must|might) (?P<w>of)\b"), "have", None, "of"),
    (
        _rx(
            r"\b(?:be|being|been|am|is|are|was|were|become|becoming|feel|felt|remain) "
            r"(?P<w>apart) of\b"
        ),
        "a part",
        None,
        "apart",
    ),
    (
        _rx(
            # "we discussed about X" is a slip, but "what we discussed about X" (the things we
            # discussed, concerning X) is English
            r"(?<!\bwhat[ ]we[ ])(?<!\bwhat[ ]you[ ])(?<!\bthings[ ]we[ ])(?<!\bwhat[ ]I[ ])"
            r"\b(?P<w>discuss(?:ed|es|ing)? about)\b(?! (?:a|an|one|two|three|four|five|six|"
            r"ten|half|twenty|\d))"
        ),
        _without_about,
        None,
        "discuss discussed discusses discussing",
    ),
    (
        _rx(
            r"(?<=\bI)(?P<w> am having|[’']m having) (?:(?:over|around|about|nearly|almost|"
            r"more than|close to) )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
            r"eleven|twelve|fifteen|twenty|several|many)\+? (?:years?|months?)\b"
            r"|(?<=\bI)(?P<x> am having|[’']m having) (?:good |strong |solid |extensive |deep |"
            r"hands-on )?(?:experience|knowledge|expertise)\b"
        ),
        _have_for_having,
        None,
        "having",
    ),
    # subject and verb
    (
        _rx(r"\bI (?P<w>is|are|has)\b", 0),
        lambda m: "have" if m.group("w") == "has" else "am",
        _not_after(_NUMBERED),
        "i",
    ),
    (
        _rx(r"\b(?:we|they|you) (?P<w>was|is|has)\b"),
        lambda m: {"was": "were", "is": "are", "has": "have"}[m.group("w").lower()],
        _not_after(frozenset(["thank"])),
        "we they you",
    ),
    (
        _rx(r"\b(?:I|we|they|you) (?P<w>doesn't|does not)\b"),
        "don't",
        _not_after(frozenset(["thank"])),
        "doesn't does",
    ),
    (_rx(r"\b" + _HE_SHE_IT + r" (?P<w>don't|do not)\b", 0), "doesn't", None, "don't do"),
    (_rx(r"\b" + _HE_SHE_IT + r" (?P<w>are)\b", 0), "is", _not_after(_AUX), "are"),
    (_rx(r"\b" + _HE_SHE_IT + r" (?P<w>have)\b", 0), "has", _not_after(_AUX), "have"),
    (
        _rx(r"\b" + _HE_SHE_IT + r" (?P<w>" + _BASE_VERBS + r")\b", 0),
        lambda m: m.group("w") + ("es" if m.group("w").lower() in ("go",) else "s"),
        _not_after(_AUX),
        "he she it",
    ),
    (
        _rx(
            r"\bthere (?P<w>is|was) (?:many|several|numerous|two|three|four|five|six|various|"
            r"multiple)\b(?!-)"
        ),
        lambda m: "are" if m.group("w").lower() == "is" else "were",
        None,
        "many several numerous two three four five six various multiple",
    ),
    (
        _rx(
            r"\b(?:everyone|everybody|someone|somebody|nobody|anyone|anybody|no one) "
            r"(?P<w>are|were|have)\b"
        ),
        lambda m: {"are": "is", "were": "was", "have": "has"}[m.group("w").lower()],
        _not_after(_AUX),
        "everyone everybody someone somebody nobody anyone anybody one",
    ),
    (
        _rx(
            r"\b(?:the|these|those|my|our|your|their|his|her|both|all|many|several|two|three|"
            r"four|five|some|most) (?P<n>[a-z]{3,}s) (?P<w>was)\b"
        ),
        "were",
        _plural_noun,
        "was",
    ),
    (
        _rx(
            r"\bone of (?:the|my|our|your|their|these|those|his|her) [a-z]{3,}s "
            r"(?P<w>were|are|have)\b"
        ),
        lambda m: {"were": "was", "are": "is", "have": "has"}[m.group("w").lower()],
        None,
        "one",
    ),
    (
        _rx(
            r"\b(?:this|that|the|my|our|your|each|every) (?:role|position|job|process|interview|"
            r"opportunity|project|approach|product|platform|plan|idea|schedule|timeline|offer|"
            r"salary|commute|location|manager|recruiter) (?P<w>" + _BASE_VERBS + r")\b"
        ),
        lambda m: m.group("w") + ("es" if m.group("w").lower() == "go" else "s"),
        _not_after(_AUX),
        "role position job process interview opportunity project approach product platform "
        "plan idea schedule timeline offer salary commute location manager recruiter",
    ),
    (
        # an abstract noun is one thing: "the uncertainty have", "this decision are"; nouns of
        # a group take either verb in British use ("the management have") and are left alone
        _rx(
            r"\b(?:the|this|my|our|your|his|her|its|each|every) (?P<n>[a-z]{3,}(?:ty|ness|ment|"
            r"tion|sion|ance|ence|ship|ism)) (?P<w>have|are|were)\b"
        ),
        lambda m: {"have": "has", "are": "is", "were": "was"}[m.group("w").lower()],
        _singular_subject,
        "have are were",
    ),
    (
        _rx(r"\bpeople (?P<w>is|was)\b"),
        lambda m: "are" if m.group("w").lower() == "is" else "were",
        _not_after(frozenset(["of"])),
        "people",
    ),
]
_COMPILED = [(rx, fix, guard, frozenset(needs.split())) for rx, fix, guard, needs in _RULES]
_DOUBLED = lazy_compile(r"\b([^\W\d_]+)(?:[ \t]+|[ \t]*\n[ \t]*)\1\b", re.I)
_DOUBLE_OK = frozenset({"had", "that", "bye", "very", "no", "so"})
_ARTICLE = lazy_compile(r"\b(a|an|A|An)[ \t]+([A-Za-z0-9][\w'’&.+-]*)")
_A_BEFORE_VOWEL = lazy_compile(
    r"(?:uni(?![mnd])|use|usa|usu|uti|ure|ura|ubiq|ukr|ugan|eu|ewe|one\b|one-|"
    r"once|onesie)",
    re.I,
)
_SILENT_H = lazy_compile(r"(?:hour|honest|honou?r|heir)", re.I)
#: h-words before which "an" is an older but accepted usage (an historic occasion)
_AN_H_OK = lazy_compile(r"(?:histor|hotel|habitual|heroic|hypothe|herb)", re.I)
_LETTER_AN = set("AEFHILMNORSX")
#: acronyms read either way: "a SQL query" (sequel) and "an SQL query" are both written
_EITHER = frozenset({"SQL", "URL", "FAQ", "HTML"})


def _wants_an(word: str) -> bool | None:
    """Whether the word takes "an": None when the sound cannot be told from the letters."""
    head = re.split(r"[-/&.]", word)[0] or word
    if head[0].isdigit():
        digits = re.match(r"\d+", head)
        number = digits.group() if digits else ""
        return bool(
            number.startswith("8") or number in ("11", "18") or re.match(r"1[18],\d{3}\b", word)
        )
    letters = head.rstrip("s") if head[:-1].isupper() else head
    if len(letters) >= 2 and letters[0].isupper() and letters[1].isupper():
        if letters.upper() in _EITHER:
            return None
        if (
            len(letters) >= 3
            and letters.isupper()
            and letters[0] not in "AEIOU"
            and letters[1] in "AEIOU"
        ):
            return None  # said as a word: a NASA grant, a FAANG company
        return letters[0] in _LETTER_AN  # an MBA, an NHS trust, a UX review
    if len(head) == 1:
        return head.upper() in _LETTER_AN  # an A, an X-ray, a B+
    lower = head.lower()
    if _SILENT_H.match(lower):
        return True
    if lower[0] == "h" and _AN_H_OK.match(lower):
        return None
    if lower[0] in "aeiou":
        return not _A_BEFORE_VOWEL.match(lower)
    return False


@lru_cache(maxsize=65536)
def _folded_lower(word: str) -> str:
    return fold(word).lower()


class Grammar(CheckKind):
    """`grammar`: a slip with one right correction."""

    name = "grammar"

    def run(self, doc: Doc, ctx: Context, rule: Any, params: Params) -> Iterator[Hit]:
        text = doc.plain
        start = doc.body_start
        for m in _DOUBLED.finditer(text, start):
            first, second = m.group(1), text[m.end() - len(m.group(1)) : m.end()]
            if first.lower() in _DOUBLE_OK or (second[:1].isupper() and second != "I"):
                continue  # had had, that that; Bora Bora, Walla Walla
            yield Hit(
                m.start(),
                m.end(),
                {"why": "a doubled word"},
                f"Write '{first}' once",
                replacement=first,
            )
        for m in _ARTICLE.finditer(text, start):
            article, word = m.group(1), m.group(2)
            if article == "A" and not _sentence_start(text, m.start(1)):
                continue  # option A, grade A: a letter, not the article
            want = _wants_an(word)
            if want is None or want == (article.lower() == "an"):
                continue
            right = "an" if want else "a"
            right = right.capitalize() if article[0].isupper() else right
            yield Hit(
                m.start(1),
                m.end(1),
                {"why": f"'{right}' before '{word}'"},
                f"Write '{right} {word}'",
                replacement=right,
            )
        present = frozenset(_folded_lower(t.text) for t in doc.body_tokens)
        for rx, replacement, guard, needs in _COMPILED:
            if present.isdisjoint(needs):
                continue  # most patterns need a rare word: skip the scan
            for m in rx.finditer(text, start):
                if guard is not None and not guard(text, m):
                    continue
                group = "w" if m.group("w") is not None else "x"
                found = m.group(group)
                fixed = replacement if isinstance(replacement, str) else replacement(m)
                if found[:1].isupper() and fixed[:1].islower():
                    fixed = fixed[:1].upper() + fixed[1:]
                yield Hit(
                    m.start(group),
                    m.end(group),
                    {"why": f"'{found.strip()}' where '{fixed.strip()}' is meant"},
                    f"Write '{fixed.strip()}'",
                    replacement=fixed,
                )
