"""The grammar table: each entry a pattern for one slip, its one right correction, the guard
that keeps it off good English, and the words a message must hold for it to be tried."""

from __future__ import annotations

import re

from coach.checks.grammar_agreement import AGREEMENT
from coach.checks.grammar_guards import (
    _AFTER_ADJ,
    _AFTER_WELL,
    _COMPARATIVES,
    _PREDICATIVE,
    _THAN_FOLLOWS,
    _TO_VERBS,
    Fixer,
    Guard,
    _after_clause_opener,
    _ends_clause,
    _followed_by,
    _have_for_having,
    _Lazy,
    _next_word,
    _not_after,
    _opens_ended_clause,
    _possessive_slot,
    _rx,
    _sentence_start,
    _without_about,
    _your_welcome,
)
from coach.checks.grammar_verb_forms import VERB_FORMS
from coach.checks.language import _prev_word
from coach.checks.spelling_words import _words, lexicon
from coach.pattern_cache import compile_pattern

#: words a relative clause's gap stands for: "everything we discussed about the marina" is
#: the things we discussed, concerning the marina, not a slip
_GAP_WORDS = _words(
    "what everything anything something all things topics points ideas issues much lot "
    "whatever questions matters subjects plans details"
)
_SUBJECT_PRONOUNS = _words("i we you they he she")


def _not_a_gap(text: str, m: re.Match[str]) -> bool:
    """ "we discussed about X" is a slip; "everything we discussed about X" or "the changes we
    discussed about X" has its object before the pronoun."""
    two = _TWO_BEFORE.search(text, max(0, m.start("w") - 40), m.start("w"))
    if two is None or two.group(2).lower() not in _SUBJECT_PRONOUNS:
        return True
    before = two.group(1).lower()
    if before in _GAP_WORDS:
        return False
    return not (len(before) > 3 and before.endswith("s") and not before.endswith("ss"))


#: "would rather", "I'd rather": found from the literal "rather", the cheap search
_WOULD = _words("would i'd we'd you'd they'd he'd she'd")
_CONDITION = compile_pattern(r"[ \t\"'(]*(?:if|when|once|whenever|as soon as)\b", re.I)
_CLAUSE_END = compile_pattern(r"[.!?;:\n][^.!?;:\n]*$")


def _after_condition(text: str, m: re.Match[str]) -> bool:
    """ ", than" ends the first clause of a sentence that opens with a condition: "If the
    aircraft are late, than the engineer..." (found from the comma, a fast literal search)."""
    low = max(0, m.start() - 160)
    end = _CLAUSE_END.search(text, low, m.start())
    opening = end.start() + 1 if end else low
    if end is None and low > 0:
        return False
    clause = text[opening : m.start()]
    return "," not in clause and _CONDITION.match(clause) is not None


_SAYS = _words("said says told mentioned explained hope hopes think thinks know knows sure")


def _there_state(text: str, m: re.Match[str]) -> bool:
    """ "(they said) there happy with": after a verb of saying or a clause opener, and before
    the clause's end; "is anyone there free" has its verb before."""
    before = _prev_word(text, m.start("w"))
    return before in _SAYS and _next_word(text, m.end()) in _words(". , ; : ! ? and with to")


_COMPARISON_FOLLOWS = _THAN_FOLLOWS | _words("they last this most many usual what")


def _comparative_then(text: str, m: re.Match[str]) -> bool:
    """ "quieter then I expected": a comparative (one with a superlative: "quietest", not the
    nouns "manager", "engineer") before what can be the other side of the comparison."""
    word = m.group("c").lower()
    return word[:-2] + "est" in lexicon() and _next_word(text, m.end()) in _COMPARISON_FOLLOWS


_NEXT_NOUN = compile_pattern(r"\s+([a-z]+)")


def _there_any(m: re.Match[str]) -> str:
    """ "any updates" wants "are any", "any news" "is any"."""
    after = _NEXT_NOUN.match(m.string, m.end())
    noun = after.group(1) if after else ""
    plural = noun.endswith("s") and not noun.endswith(("ss", "us", "news"))
    return "are any" if plural else "is any"


_TWO_BEFORE = compile_pattern(r"([A-Za-z'’]+)[ \t\n]+([A-Za-z'’]+)[ \t\n]*$")


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
    (
        # "drivers would know when their due": after a word that opens a clause, "their" before
        # a state the clause ends on is "they're" ("give everyone their due" is not after one)
        _rx(r"\b(?P<w>their) (?:due|ready|late|done|finished)\b(?!-)"),
        "they're",
        _opens_ended_clause,
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
        # "your ever able to", "your still free for": an adverb may stand between
        _rx(
            r"\b(?P<w>your) (?:(?:ever|still|always|also|now) )?"
            r"(?:available|interested|busy|able|free|sure)\b"
        ),
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
    (
        # "the drivers said there happy with": after a verb that takes a clause, "there"
        # before a state the clause ends on is "they're"
        _rx(r"\b(?P<w>there) (?:" + _PREDICATIVE + r"|pleased|keen|ready|thrilled)\b(?!-)"),
        "they're",
        _there_state,
        "there",
    ),
    # its / it's
    (
        _rx(
            # an adverb may stand between ("its mostly a matter of", "its just not"): a
            # possessive is followed by its noun, never by an adverb and then an article
            r"\b(?P<w>[Ii]ts) (?:(?:(?:[a-z]{3,}ly|just|still|also|only|always|never|often|now) "
            r"(?:a|an|the|been|going|not))|a|an|the|been|going|not|no|because|"
            r"about (?:time|how|what|being))\b(?!-)",
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
        # "its clear the lens is...": a clause follows, never a noun the adjective describes
        _followed_by(_words(". , ; : ! ? to that the a an this we you i they he she how why what")),
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
        # any comparative, told by its superlative ("quieter": "quietest"), before what can
        # be the other side of a comparison: "quieter then I expected", "warmer then last week"
        _rx(r"\b(?P<c>[a-z]{3,}er) (?P<w>then)\b(?!\s*[,.;:!?])"),
        "than",
        _comparative_then,
        "then",
    ),
    (_rx(r"\bno (?:later|earlier|sooner|more|less|fewer) (?P<w>then)\b"), "than", None, "then"),
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
    (
        # "I would rather check twice then explain": "rather" after "would" wants "than"
        _rx(
            r"rather(?: (?!(?:and|or|but|then|than)\b)[\w-]+){1,7} (?P<w>then)\b(?!\s*[,.;:!?])",
            0,
        ),
        "than",
        lambda text, m: _prev_word(text, m.start()) in _WOULD,
        "rather",
    ),
    (_rx(r"\b(?:since|until|till|back|from|and) (?P<w>than)\b"), "then", None, "than"),
    (
        # "If the aircraft are late, than the engineer must...": the consequence of a condition
        _rx(r",\s+(?P<w>than)\s(?!(?:ever|usual|expected|before|planned)\b)", 0),
        "then",
        _after_condition,
        "than",
    ),
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
    (
        # "it was to long", "the brief is to short for": a degree after a form of "be"
        _rx(
            r"\b(?:is|was|are|were|be|been|it[’']s|felt|feels|seemed|seems) (?P<w>to) "
            r"(?:long|late|early|soon|much|many|busy|short|hard|big|small|far|expensive|"
            r"difficult|complicated|slow|fast)\b(?!-)"
        ),
        "too",
        _followed_by(_words(". , ; : ! ? for to and or") | {""}),
        "long late early soon much many busy short hard big small far expensive difficult "
        "complicated slow fast",
    ),
    (
        # "I very interested in": the adjective wants its verb
        _rx(
            r"\b(?P<w>I) (?:very|really|so|truly|extremely|deeply|still) (?:interested|excited|"
            r"keen|eager|grateful|thankful|glad|happy|pleased|delighted|confident)\b",
            0,
        ),
        "I am",
        None,
        "interested excited keen eager grateful thankful glad happy pleased delighted confident",
    ),
    (
        # "let me know if there any updates": "there" wants its verb
        _rx(r"\b(?:if|whether) there (?P<w>any)\b(?= [a-z]+)"),
        _there_any,
        None,
        "any",
    ),
    (
        # "I am agree with", "we are agree that": "agree" is the verb, with no "am"
        _rx(
            r"\b(?P<w>(?P<s>I|we|they)(?: am| are|[’'](?:m|re)) "
            r"(?P<a>(?:totally |completely |fully |really |strongly |also )?)agree)\b(?![-d])"
        ),
        lambda m: f"{m.group('s')} {m.group('a')}agree",
        None,
        "agree",
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
        _not_a_gap,
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
    # subject and verb: coach.checks.grammar_agreement
    *AGREEMENT,
    # verb forms the words before settle: coach.checks.grammar_verb_forms
    *VERB_FORMS,
]
_COMPILED = [(rx, fix, guard, frozenset(needs.split())) for rx, fix, guard, needs in _RULES]
