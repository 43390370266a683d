"""What the grammar patterns consult: the closed word lists, the guards that tell a slip from
good English once a pattern matches, and the pattern type the table compiles lazily."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from coach.checks import matcher
from coach.checks.grammar_subjects import _PREPOSITIONS as _ALL_PREPOSITIONS
from coach.checks.grammar_subjects import MEASURES, gerund_opens
from coach.checks.language import _prev_word
from coach.checks.spelling_words import _words
from coach.pattern_cache import compile_pattern
from coach.text import fold, lazy_compile

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
    "notice noticed if watching watches seeing sees hearing hears helping letting feel feels "
    "felt feeling noticing"
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
        self._loose: Any = None  # RE2's looser form, built when a batch first asks

    def finditer(self, text: str, pos: int) -> Iterator[re.Match[str]]:
        """`re`'s matches; none, without `re`'s scan, where the RE2 form of the pattern without
        its look-around finds nothing in the message (coach.checks.matcher.absent). `re` tries
        these alternations at every position of a message, some fifty microseconds each, and
        a message calls for about twelve of them; they rarely match."""
        if self._rx is None:
            self._rx = compile_pattern(self.pattern, self.flags)
        if matcher.warming_up() or len(text) <= matcher.SET_MIN:
            return self._rx.finditer(text, pos)
        if self._loose is None:
            self._loose = matcher.loose_re2(self.pattern, self.flags)
        if matcher.absent(self._loose, text):
            return iter(())
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
    if wrong == "there" and (noun in _BE_MODAL or noun in ("has", "have", "had")):
        return False  # "I understand there were strong candidates": "there" opens the clause
    before = _touching_word(text, m.start("w"))
    if wrong == "you're" and before == "and" and _you_object(text, m.start("w")):
        # "with you and you're crew.": joined to an object, it is one too ("with you and you
        # are crew" is no clause); "with you and you're right." may be one
        after = _next_word(text, m.end("n"))
        return after in _PHRASE_END and noun not in _PREDICATES and not noun.endswith("ly")
    if wrong == "it's" and before in ("with", "into", "through") and not noun.endswith("ly"):
        return True  # "with it's onboarding": never "with it is"
    if _joined_plural(text, m, before):
        return True
    if (
        wrong == "there"
        and before in _CLAUSE_OPENERS
        and _next_word(text, m.end("n")) in _VERBS_AFTER
    ):
        # "I think there team would adapt": after a word that opens a clause, "there" is its
        # subject only before a form of "be" ("I think there is", "there still is"); before a
        # word and its verb, that word is the subject and "there" is "their"
        return not noun.endswith("ly") and noun not in _ADVERBS
    if (
        wrong == "there"
        and before in _CLAUSE_OPENERS
        and _plural(noun)
        and noun not in _NOT_PLURAL_HEAD
        and noun not in _THERE_VERBS
        and _next_word(text, m.end("n")) not in _BE_MODAL
    ):
        # "the crew know there readings by heart": a clause's "there" is followed by its verb,
        # never by a plural noun, so the plural is owned ("there hours" stays an adverb's)
        return True
    if wrong != "there" and _noun_like(noun) and _owner_slot(text, m, before):
        return True
    if wrong != "there" and _subject_slot(text, m):
        return True
    # "prepares it's electronic bundles": describing words, then the noun of the phrase (not
    # "the updates it's sending", where "it's" opens a clause)
    takers = _TAKES_OBJECT if wrong == "there" else _TAKES_OBJECT_ALL
    if (
        wrong == "it's"
        and before in takers
        and _plural(noun)
        and _next_word(text, m.end("n")) in _PHRASE_END
    ):
        return True  # "speak to it's challenges.": "to it is challenges" cannot stand
    if _owned_phrase(text, m, wrong, before, noun):
        return True
    if not _noun_like(noun) and (
        noun.endswith(("ly", "ing", "ed")) or not _noun_ahead(text, m.end("n"))
    ):
        return False
    if wrong == "there" and before in _BE_MODAL:
        return False  # "is there time", "will there be"
    if before in takers:
        return True
    if wrong == "it's":
        # "supports it's employees", not "I think it's people who..." nor "perhaps it's"
        return (
            (_verb_in_s(before) or before.endswith("ed"))
            and before not in _CLAUSE_VERBS
            and len(before) > 3
        )
    if wrong == "there" and noun in _NOUN_OR_VERB:
        return False  # "the people there work hard"
    if wrong != "there" and (noun.endswith("s") or noun in ("staff", "people")):
        return False  # "they're customers", "you're colleagues": they are
    return _next_word(text, m.end("n")) in _BOUNDARY


#: prepositions after which a word opens a noun phrase, never a clause: "proud of it's
#: record", "care about there fruit"; "in there", "from there", "out there" are places, and
#: "like it's", "than it's", "as it's" open a clause, so none of those is here
_OBJECT_PREPOSITIONS = _words(
    "of about with into through by towards toward among during without within across behind "
    "under for"
)
#: and these too before "it's", which is never a place: "at it's best", "to it's credit"
_OBJECT_PREPOSITIONS_ITS = _OBJECT_PREPOSITIONS | _words("on at to from in over around onto")
#: words that follow a place's "there" or a clause's "it's" and own nothing: times, adverbs,
#: a clause's words ("for there to be", "about there being", "of there now")
_NOT_OWNED_WORD = _words(
    "today tomorrow yesterday tonight morning afternoon evening night week weekend month "
    "year once twice again alone together anyway yet first last early late soon sometime "
    "sometimes somewhere else instead myself yourself himself herself ourselves themselves "
    "ever before after long fast quick straight soon daily weekly often"
)
_OBJECT_PRONOUNS = _words("me us him them")
_VERB_ING = _words("being having going getting coming doing making taking")


def _owned_phrase(text: str, m: re.Match[str], wrong: str, before: str, noun: str) -> bool:
    """ "there/it's WORD" where WORD opens a noun phrase that something owns: after a
    preposition that takes a noun phrase ("proud of it's record", "about there fruit."), or
    a plural ending the phrase after a verb ("organise there shifts.", "showed me there
    designs for", "handles it's alerts."), where the adverb "there" and "it is" cannot stand."""
    if not noun.isalpha() or noun in _NOT_OWNED or noun in _NOT_OWNED_WORD:
        return False
    if noun in _STOPS_NOUN or noun in _BE_MODAL or noun.endswith(("ly", "ed")):
        return False
    after = _next_word(text, m.end("n"))
    ends = after in _PHRASE_END or after in _CARRIES_PHRASE or after in _PREPOSITIONS
    ends = ends or after in ("", "around")
    # "about there training.": a noun in -ing ends the phrase; "about there being a" does not
    ing = noun.endswith("ing") and not _noun_like(noun) and (not ends or noun in _VERB_ING)
    plural = _plural(noun) and noun not in _NOT_PLURAL_HEAD and noun not in MEASURES
    if wrong == "it's" and before in _OBJECT_PREPOSITIONS_ITS:
        return not ing  # "of it's" is never "of it is"
    if wrong == "you're" and before in _OBJECT_PREPOSITIONS_ITS and (plural or ends):
        return not ing  # "about you're plans", "for you're patience."
    if wrong == "there" and before in _OBJECT_PREPOSITIONS:
        return not ing and (_noun_like(noun) or plural or ends)
    if not plural or not ends or after in ("and", "or"):
        return False
    two = _TWO_BACK.search(text, max(0, m.start("w") - 40), m.start("w"))
    second = fold(two.group(1)).lower() if two else ""
    if before in _OBJECT_PRONOUNS:
        return wrong == "there"  # "showed me there designs for": "it's" may open a clause
    if not before.isalpha() or before in _BE_MODAL or before in _CLAUSE_OPENERS:
        return False
    verb = (
        (len(before) > 4 and before.endswith("ed") and not before.endswith("eed"))
        or _verb_in_s(before)
        or second in _BEFORE_A_VERB
        # "has it's quirks,", "meeting you're apprentices.": "it is quirks" cannot stand, and
        # "there" after a verb in -ing is a place ("working there summers")
        or (wrong != "there" and (before in ("has", "have", "had") or _ing_verb(before)))
        # "the rangers plan there patrols": a plural, then its verb
        or (_plural(second) and not before.endswith("s") and wrong == "there")
    )
    return verb and before not in _CLAUSE_VERBS and before not in _NOT_OWNED


def _ing_verb(word: str) -> bool:
    return len(word) > 5 and word.endswith("ing") and word not in _NOT_VERBS_ING


#: words after which the next word is a verb: "to plan there patrols", "we log there bins"
_BEFORE_A_VERB = _words("to i we they you will would can could should must might please")
_TWO_BACK = lazy_compile(r"([A-Za-z][A-Za-z'’]*)[ \t\n]+[A-Za-z][A-Za-z'’]*[ \t]*\n?[ \t]*$")


def _owner_slot(text: str, m: re.Match[str], before: str) -> bool:
    """ "it's/you're NOUN" where NOUN can only be owned: its own verb follows ("the time you're
    team gave me": "you are team gave" is no clause), or it ends a phrase joined to another
    ("the studio and it's team,"), where "it is team" cannot stand."""
    after = _next_word(text, m.end("n"))
    if after in _VERBS_AFTER or after in _PAST_ONLY:
        return True
    return before in ("and", "or") and after in _PHRASE_END


def _joined_plural(text: str, m: re.Match[str], before: str) -> bool:
    """ "the co-op and it's farms." or "the stand and it's new kiosks.": a plural (after one
    describing word at most) ends a phrase joined by "and" or "or", or follows a preposition
    ("looks after it's workers and"), where "it is farms" cannot stand; "and it's yours.",
    "and it's two hours.", "and it's always." and a cleft ("it's farms that") are not this."""
    if fold(m.group("w")).lower() != "it's" or before not in _JOINS_PHRASE:
        return False
    noun = m.group("n").lower()
    if noun in _NOT_OWNED or noun in _NOT_PLURAL_HEAD or noun.endswith(("ly", "ing", "ed")):
        return False
    after = _next_word(text, m.end("n"))
    if _plural(noun):
        # the phrase ends, or a preposition or "and" carries it on: "it's records before the
        # audit", "it's workers and their children"; never a clause's "that" or verb
        return after in _PHRASE_END or (after in _CARRIES_PHRASE and noun not in MEASURES)
    if not _plural(after) or after in _NOT_PLURAL_HEAD:
        return False
    end = _NEXT.match(text, m.end("n"))
    return end is not None and _next_word(text, end.end()) in _PHRASE_END


#: words ending in "s" that are no plural noun after "it's", and counts that make "it is two
#: hours" a clause
_NOT_PLURAL_HEAD = _words(
    "yours hers ours theirs his perhaps always sometimes nowadays nuts news various serious "
    "famous nervous previous obvious generous gorgeous delicious anxious curious precious "
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "few several many some both hours minutes days weeks months years miles times"
)


def _subject_slot(text: str, m: re.Match[str]) -> bool:
    """ "it's/you're WORD VERB" where WORD is no pronoun nor adverb: WORD is the subject of the
    verb and owned ("while it's fire was going"); "it's what was said", and the verb's own
    participle ("the team you're joining has", "the work it's done is"), are not this."""
    noun = m.group("n").lower()
    if noun in _NOT_OWNED or noun.endswith(("ly", "ing", "ed", "en")):
        return False
    after = _next_word(text, m.end("n"))
    return after in _VERBS_AFTER or after in _PAST_ONLY


#: words that follow "it's" or "you're" and may come before a verb without being owned
_NOT_OWNED = _words(
    "what who whom which whose that this these those there here it them me him her us you all "
    "everything something anything nothing everyone someone anyone one ones also only just "
    "still really not never always even already now then so very too own as how why when where "
    "done made told paid put set built brought bought caught found kept left lost meant met read "
    "run sent spent won got"
)


def _plural(word: str) -> bool:
    """A regular plural by its letters ("challenges", "kiosks"), not "business" or "status"."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


#: past forms that are never participles: after "you're team" they can only be its verb
_PAST_ONLY = _words("gave took went came began wrote drew grew knew saw spoke chose")
_PHRASE_END = _words(". , ; : ! ? )")
#: words that may stand between "there" and its verb: "I think there still is"
#: verbs that a clause's "there" takes besides "be": "I think there remains a question"
_THERE_VERBS = _words(
    "seems remains exists appears comes goes lies stands follows arises happens looks sounds "
    "needs means tends continues stays emerges exist remain"
)
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


_TOUCHING = lazy_compile(r"([A-Za-z][A-Za-z'’]*)[ \t]*\n?[ \t]*$")


def _touching_word(text: str, pos: int) -> str:
    """The word right before `pos` with only spaces between, lower case ("" after a comma,
    a semicolon or a dash: "... come through; it's the only role" opens a new clause)."""
    m = _TOUCHING.search(text, max(0, pos - 40), pos)
    return fold(m.group(1)).lower() if m else ""


#: "you and" right before a word, the "you" after a word that takes an object
_YOU_AND = lazy_compile(r"(\S+)[ \t]+you[ \t]+and[ \t]+$", re.I)
#: what "you're" says of a person as a whole clause: "... with you and you're right."
_PREDICATES = _words("right wrong welcome correct free sure kind busy away back here there not")


def _you_object(text: str, pos: int) -> bool:
    """Whether "you and" ends right before `pos` with "you" the object of a preposition before
    it ("to you and", "with you and"): what "and" joins to it is an object too."""
    m = _YOU_AND.search(text, max(0, pos - 40), pos)
    return m is not None and fold(m.group(1)).lower() in _PREPOSITIONS


#: words after which "you" is an object, not the subject of the verb that follows: "in front
#: of you was a challenge", "whoever is joining you is lucky"
_YOU_OBJECT = _words(
    "of to with for from about at by on in into onto behind beside besides near like than over "
    "under around after before between among without toward towards against upon past via "
    "thank thanks meet met join see saw seen tell told ask asked give gave show showed call "
    "called send sent email emailed pay paid hear heard want need needed like liked love loved "
    "miss missed find found bring brought take took leave left help helped"
)


def _subject_pronoun(text: str, m: re.Match[str]) -> bool:
    """ "we/they/you was": "you" may be an object of what comes before it ("joining you is"),
    where the verb agrees with an earlier subject; "we" and "they" are never objects."""
    pronoun = m.group().split()[0].lower()
    if pronoun != "you":
        return _prev_word(text, m.start()) != "thank"
    before = _touching_word(text, m.start())
    two = _TWO_BACK.search(text, max(0, m.start() - 40), m.start())
    if two is not None and fold(two.group(1)).lower() in _words("i we they he she"):
        return False  # "which I assure you is not": "you" is the object of a subject's verb
    if _verb_in_s(before):
        return False  # "whenever suits you is fine": the object of a verb in -s
    return not (before in _YOU_OBJECT or before.endswith(("ing", "ed")))


def _verb_in_s(word: str) -> bool:
    """A word that may be a verb in -s ("suits", "works"), not "this", "sometimes" or "perhaps"."""
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s"))
        and word not in _NOT_PLURAL_HEAD
    )


def _not_after(words: frozenset[str]) -> Guard:
    return lambda text, m: _prev_word(text, m.start()) not in words


def _opens_clause(text: str, m: re.Match[str]) -> bool:
    """The noun phrase is the subject of the verb after it, not the object of a word before
    it: "the people doing the job believe", "the crew on the project agree" have their subject
    before the participle or the preposition."""
    before = _prev_word(text, m.start())
    if before in _AUX or before in _PREPOSITIONS:
        return False
    return not (len(before) > 4 and before.endswith("ing"))


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
    before = _prev_word(text, m.start("w"))
    if before not in _CLAUSE_OPENERS:
        return False
    if before == "as" and _next_word(text, m.end()) in _PHRASE_END:
        return False  # "as poor as their scheduling.": the other side of a comparison
    return not _ing_compound(text, m.end())


def _ing_compound(text: str, end: int) -> bool:
    """The word in -ing is a noun, or describes one, that has its own verb next: "(I think)
    your hiring manager would", "(if) your timing permits": "your" owns the clause's subject."""
    after = _NEXT.match(text, end)
    if after is None:
        return False
    noun = fold(after.group(1)).lower()
    if noun in _VERBS_AFTER or noun.endswith("n't") or _verb_in_s(noun):
        return True  # "if your timing permits", "your planning is": the word in -ing is a noun
    if not noun.isalpha() or noun in _STOPS_NOUN or noun.endswith(("ly", "ing")):
        return False
    verb = _next_word(text, after.end())
    return verb in _VERBS_AFTER or verb.endswith("n't") or _verb_in_s(verb)


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


def _opens_ended_clause(text: str, m: re.Match[str]) -> bool:
    """ "(when) their due." after a word that opens a clause, with the clause ending on the
    state: "their" is its subject's verb; "everyone their due" or "their due date" is not."""
    return (
        _prev_word(text, m.start("w")) in _CLAUSE_OPENERS
        and _next_word(text, m.end()) in _END_OF_CLAUSE
    )


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


def _i_alone(text: str, m: re.Match[str]) -> bool:
    """ "I" is the whole subject: not "Part I is", nor "my partner and I are", a subject of
    two that takes the plural ("my partner and I has" is still "have")."""
    before = _prev_word(text, m.start())
    return before not in _NUMBERED and (before != "and" or m.group("w") == "has")


_PREPOSITIONS = _words(
    "of in at for with from about on to by across among into through over under between like"
)
#: words before "it's" that join a noun phrase to what went before: "the hall and it's
#: records", "after it's workers" (a clause's "it's" follows a verb or a clause opener)
_JOINS_PHRASE = _words("and or after behind beside alongside among") | _PREPOSITIONS
#: words after a plural that carry its noun phrase on: "it's records before the audit"
_CARRIES_PHRASE = _words("and or before after of in on at for from with across during behind")

#: words after "your X-ing" that are never a noun it describes
_STOPS_NOUN = (
    _words("a an the this that these those it them us me him her you to so well up out on in")
    | _PREPOSITIONS
    | _ADVERBS
)


#: words before a count that make it a span or a frequency ("every two hours", "over three days")
_SPAN_OPENERS = _words("every each per another")


def _plural_noun(text: str, m: re.Match[str]) -> bool:
    """A plural subject: not a plural inside a phrase ("our discussion of the reading clubs in
    three libraries was"), whose verb agrees with the noun before the preposition, nor a span
    ("two weeks was enough", "the readings every two hours was"), which is one whole."""
    noun = m.group("n").lower()
    if noun in MEASURES or _prev_word(text, m.start()) in _SPAN_OPENERS:
        return False
    if _prev_word(text, m.start()) in _PREPOSITIONS or _object_of_relative(text, m.start()):
        return False
    if _an_object(text, m.start()) or gerund_opens(text, 0, m.start()):
        return False
    return noun not in _PLURAL_EXCEPTIONS and not noun.endswith(("ss", "us", "is", "ics", "'s"))


#: words that stand before a plural inside its noun phrase: "with my many questions"
_PHRASE_DETERMINERS = _words(
    "the these those my our your their his her its all both half many several some most any"
)
#: past forms that take a clause without "that" ("I heard the crews was"): its subject follows
_CLAUSE_VERBS = _words(
    "heard learned learnt noticed realised realized understood said mentioned explained felt "
    "found thought assumed suspected guessed believed hoped imagined agreed decided"
)
_TAIL_WORDS = lazy_compile(r"[^.,;:!?()\n]{0,80}$")


def _an_object(text: str, at: int) -> bool:
    """The noun phrase ending at a verb is the object of what comes before it, so that verb
    agrees with an earlier subject: after a preposition past its determiners ("with my many
    questions was"), after a verb's past form ("while I sorted my references was") or an
    infinitive ("to ignore half my answers was"), or joined by "and" to a phrase that is
    ("the tour of the allotments and the polytunnels was")."""
    tail = _TAIL_WORDS.search(text, max(0, at - 80), at)
    words = fold(tail.group(0)).lower().split() if tail else []
    while words and words[-1] in _PHRASE_DETERMINERS:
        words.pop()
    if not words:
        return False
    last = words[-1]
    if last in _ALL_PREPOSITIONS and last not in _OPENS_A_CLAUSE_TOO:
        return True
    if len(last) > 4 and last.endswith("ed") and last not in _CLAUSE_VERBS:
        return True
    if len(words) >= 2 and words[-2] == "to" and last not in _DETERMINERS_AND_PRONOUNS:
        return True
    if last in ("and", "or"):
        return any(w in _ALL_PREPOSITIONS for w in words[-5:-1])
    return False


#: prepositions that also open a clause: "after the interviews was over" has its subject here
_OPENS_A_CLAUSE_TOO = _words("after before since until till like")
_DETERMINERS_AND_PRONOUNS = _words("the a an this that these those it them us me him her you")


_RELATIVE = _words("that which who whom")
_CLAUSE_TAIL = lazy_compile(r"[^.,;:!?()\n]{0,60}$")


def _object_of_relative(text: str, at: int) -> bool:
    """The plural is the object inside a relative clause ("a refit that needed that many checks
    was", "the report that covered the three sites was"), so the verb after it agrees with the
    noun before the clause. A "that" straight before the phrase opens a clause whose subject it
    is ("I heard that the interviews was") and does not count."""
    tail = _CLAUSE_TAIL.search(text, max(0, at - 60), at)
    words = fold(tail.group(0)).lower().split() if tail else []
    return any(w in _RELATIVE for w in words[:-1])


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
