"""The grammar table's verb-form entries: a verb whose form the words before it settle, and
which is written in another form. A perfect tense wants the participle ("I have attach" is "I
have attached"), "did" and "do" want the bare verb ("did you received", "I didn't knew"),
"looking forward to" wants the -ing form ("forward to hear from you"), a first person is
"interested", not "interesting", in a role, and a span counted back from now is "for five
years", not "since five years". Each is a slip people learning English make and a careful
reader notices; each verb listed is one that is not also a noun a pronoun could have ("I have
access" is English, so "access" is not listed)."""

from __future__ import annotations

import re

from coach.checks.grammar_guards import (
    _AUX,
    _HE_SHE_IT,
    _PREPOSITIONS,
    Fixer,
    Guard,
    _Lazy,
    _not_after,
    _rx,
)
from coach.checks.language import _prev_word
from coach.checks.spelling_words import _words, lexicon
from coach.text import lazy_compile

#: verbs whose bare form is never the participle, with the participle: after "I have" each is
#: a slip, never a noun being had
PARTICIPLES = {
    "attach": "attached",
    "send": "sent",
    "discuss": "discussed",
    "receive": "received",
    "enclose": "enclosed",
    "submit": "submitted",
    "finish": "finished",
    "speak": "spoken",
    "meet": "met",
    "write": "written",
    "take": "taken",
    "give": "given",
    "see": "seen",
    "hear": "heard",
    "know": "known",
    "decide": "decided",
    "include": "included",
    "mention": "mentioned",
    "prepare": "prepared",
    "apply": "applied",
    "ask": "asked",
    "try": "tried",
    "join": "joined",
    "attend": "attended",
    "enjoy": "enjoyed",
    "forget": "forgotten",
    "begin": "begun",
    "choose": "chosen",
    "bring": "brought",
    "think": "thought",
    "tell": "told",
    "find": "found",
    "accept": "accepted",
    "explain": "explained",
    "confirm": "confirmed",
    "provide": "provided",
}
#: past forms that are not a bare verb plus -ed, with the bare verb "did" wants
IRREGULAR_PAST = {
    "knew": "know",
    "went": "go",
    "saw": "see",
    "got": "get",
    "came": "come",
    "took": "take",
    "gave": "give",
    "made": "make",
    "sent": "send",
    "heard": "hear",
    "met": "meet",
    "told": "tell",
    "said": "say",
    "wrote": "write",
    "spoke": "speak",
    "thought": "think",
    "found": "find",
    "brought": "bring",
    "understood": "understand",
}
#: the -ing form of each verb that follows "looking forward to" as a bare verb by mistake
AFTER_FORWARD = {
    "hear": "hearing",
    "meet": "meeting",
    "speak": "speaking",
    "join": "joining",
    "receive": "receiving",
    "discuss": "discussing",
    "talk": "talking",
    "learn": "learning",
    "contribute": "contributing",
    "continue": "continuing",
    "connect": "connecting",
    "see": "seeing",
    "be": "being",
    "get": "getting",
    "work": "working",
    "start": "starting",
    "collaborate": "collaborating",
}
#: verbs a third person takes with -s, beside those coach.checks.grammar_agreement lists: none
#: of them has a past form spelt as its bare one ("it cost", "he put" are past tenses)
THIRD_PERSON = {
    "show": "shows",
    "explain": "explains",
    "send": "sends",
    "offer": "offers",
    "provide": "provides",
    "suggest": "suggests",
    "expect": "expects",
    "lead": "leads",
    "manage": "manages",
    "use": "uses",
    "cover": "covers",
    "involve": "involves",
    "suit": "suits",
    "ask": "asks",
    "tell": "tells",
    "plan": "plans",
    "handle": "handles",
    "oversee": "oversees",
    "run": "runs",
    "keep": "keeps",
    "allow": "allows",
    "mention": "mentions",
}
_PRONOUN = r"(?:I|we|you|they|he|she|it)"
_BETWEEN = r"(?:(?:already|just|also|now|recently|finally|never|not|since) )?"


def _compile_modal(pattern: str) -> _Lazy:
    """Case-sensitive: a modal in lower case, so "Will" and "May" (names, a month) are not
    read as one."""
    return _rx(pattern, 0)


def _alt(words: dict[str, str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _bare_of_past(m: re.Match[str]) -> str:
    word = m.group("w")
    lower = word.lower()
    if lower in IRREGULAR_PAST:
        return IRREGULAR_PAST[lower]
    return _regular_bare(lower) or word


def _regular_bare(word: str) -> str | None:
    """The bare verb of a regular past form: received/receive, asked/ask, tried/try,
    submitted/submit; None when no reading gives a word of the lexicon. Of two readings the
    commoner in SCOWL's size classes wins: waited/wait, not the rare "waite"; hoped/hope."""
    if not word.endswith("ed") or word.endswith("eed") or len(word) < 5:
        return None
    stem = word[:-2]
    readings = [word[:-1], stem]
    if stem.endswith("i"):
        readings.insert(0, stem[:-1] + "y")
    if len(stem) >= 3 and stem[-1] == stem[-2]:
        readings.insert(0, stem[:-1])
    words = lexicon()
    ranked = []
    for i, bare in enumerate(readings):
        size = words.get(bare)
        if size is not None:
            ranked.append((int(size) if size.isdigit() else 99, i, bare))
    return min(ranked)[2] if ranked else None


def _regular_past(text: str, m: re.Match[str]) -> bool:
    """The word after "did" is a past form by its letters and the lexicon (not "need")."""
    lower = m.group("w").lower()
    return lower in IRREGULAR_PAST or _regular_bare(lower) is not None


#: past forms that are never the participle, with the participle a perfect tense wants: "I
#: have went" is "I have gone" (regular verbs have one form for both, so none is here)
PAST_NOT_PARTICIPLE = {
    "went": "gone",
    "wrote": "written",
    "spoke": "spoken",
    "took": "taken",
    "began": "begun",
    "gave": "given",
    "came": "come",
    "knew": "known",
    "drove": "driven",
    "chose": "chosen",
    "forgot": "forgotten",
    "grew": "grown",
    "threw": "thrown",
    "broke": "broken",
    "flew": "flown",
    "wore": "worn",
    "stole": "stolen",
    "fell": "fallen",
    "ate": "eaten",
    "ran": "run",
    "became": "become",
    "rode": "ridden",
    "shook": "shaken",
    "sang": "sung",
    "drank": "drunk",
    "swam": "swum",
}
#: participles that are adjectives as often as verbs: after a modal each wants "be" ("I will
#: be pleased"), a second correction, so none is read as a verb in the past
ADJECTIVE_PARTICIPLES = _words(
    "interested excited pleased delighted thrilled honoured honored qualified prepared "
    "committed dedicated experienced motivated skilled involved surprised impressed concerned "
    "worried tired relieved disappointed satisfied amazed inspired engaged based located "
    "allowed required needed expected supposed used bored confused scared married retired "
    "limited detailed advanced talented determined focused focussed organised organized "
    "biased balanced blessed"
)
#: adverbs in -s that stand after a modal: "would always", "can sometimes"
_S_ADVERBS = _words(
    "always perhaps sometimes nevertheless regardless afterwards besides towards unless thus "
    "nonetheless anyways nowadays overseas indoors outdoors downstairs upstairs"
)
#: the bare form of the irregular verbs in -s that a modal governs
_BARE_OF_S = {"has": "have", "does": "do", "goes": "go"}
_MODALS = r"(?:would|could|should|might|must|can|will|cannot|can[’']t|won[’']t|wouldn[’']t|"
_MODALS += r"couldn[’']t|shouldn[’']t|mustn[’']t)"
_MODAL_ADVERB = r"(?:(?:not|also|still|really|definitely|certainly|probably|surely|just|never|"
_MODAL_ADVERB += r"only|gladly|happily) )?"
#: "will", "can" and "can't", whose time is never past: "I will tried" is "I will try", where
#: "I should received" may be "should have received"
_PRESENT_MODALS = r"(?:will|won[’']t|can|can[’']t|cannot|shall)"
#: words whose "to" is an infinitive's: "I want to learned" is "to learn"
_WANTS_INFINITIVE = (
    r"(?:want|wants|wanted|hope|hoping|hoped|need|needs|plan|planning|planned|able|unable|"
    r"glad|happy|keen|eager|love|like|trying|try|tried|wish|writing|delighted|pleased|"
    r"excited|ready|willing|decided|chance)"
)


def _modal_s_verb(text: str, m: re.Match[str]) -> bool:
    """ "would likes", "can helps": a verb in -s whose bare form is a word, after a modal that
    is no noun ("the will", "a must")."""
    word = m.group("w").lower()
    if word in _S_ADVERBS or word.endswith(("ss", "us", "is", "ous", "'s", "’s")):
        return False
    if word not in _BARE_OF_S and _base_of_s(word) not in lexicon():
        return False
    before = _prev_word(text, m.start())
    if text[max(0, m.start() - 8) : m.start()].rstrip()[-1:] in ",;:(":
        return False  # "For the move, will estimators build": a question after a phrase
    # "or will writers keep": a question's modal comes before its subject, a plural noun
    if before == "" or before in _DETERMINERS or before in _OPENS_QUESTION:
        return False
    end = _SENTENCE_END.search(text, m.end())
    # "What phrases should students avoid?": in a question only a pronoun is surely the subject
    return end is None or end.group() != "?" or before in _SUBJECTS


_SENTENCE_END = lazy_compile(r"[.!?\n]")
_SUBJECTS = _words("i we you they he she it")
#: words after which a modal opens a question: "or will estimators build ..."
_OPENS_QUESTION = _words("or and but so why how when where what which who whom")


def _base_of_s(word: str) -> str:
    if word in _BARE_OF_S:
        return _BARE_OF_S[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return word[:-2]
    return word[:-1]


def _verb_past(text: str, m: re.Match[str]) -> bool:
    """A past form by its letters and the lexicon that is no adjective ("will be pleased")."""
    return m.group("w").lower() not in ADJECTIVE_PARTICIPLES and _regular_past(text, m)


_DETERMINERS = _words("the a an my your our their his her its this that free good")


def _after_have(forms: dict[str, str]) -> _Lazy:
    """A pronoun, a perfect's "have" and one of `forms` (which map to the right form)."""
    return _rx(
        r"\b"
        + _PRONOUN
        + r"(?: (?:have|has|had)|[’']ve) "
        + _BETWEEN
        + r"(?P<w>"
        + _alt(forms)
        + r")\b(?![-’'])"
    )


VERB_FORMS: list[tuple[_Lazy, Fixer, Guard | None, str]] = [
    (
        # "I have went", "we have spoke": a perfect tense with the simple past
        _after_have(PAST_NOT_PARTICIPLE),
        lambda m: PAST_NOT_PARTICIPLE[m.group("w").lower()],
        None,
        "have has had i've we've you've they've",
    ),
    (
        # "I would likes to", "it can helps": a modal governs the bare verb
        _compile_modal(r"\b" + _MODALS + " " + _MODAL_ADVERB + r"(?P<w>[a-z]{3,}s)\b(?![-’'])"),
        lambda m: _base_of_s(m.group("w").lower()),
        _modal_s_verb,
        "would could should might must can will cannot can't won't wouldn't couldn't "
        "shouldn't mustn't",
    ),
    (
        # "I will sent", "we can't waited": a modal of now or later with a past form
        _rx(
            r"\b(?:I|we|you|they|he|she) "
            + _PRESENT_MODALS
            + " "
            + _MODAL_ADVERB
            + r"(?P<w>[a-z]{3,}ed|"
            + _alt(IRREGULAR_PAST)
            + r")\b(?![-’'])"
        ),
        _bare_of_past,
        _verb_past,
        "will won't can can't cannot shall",
    ),
    (
        # "I want to learned", "happy to helped": an infinitive is bare
        _rx(
            r"\b"
            + _WANTS_INFINITIVE
            + r" to (?P<w>[a-z]{3,}ed|"
            + _alt(IRREGULAR_PAST)
            + r")\b(?![-’'])"
        ),
        _bare_of_past,
        _verb_past,
        "want wants wanted hope hoping hoped need needs plan planning planned able unable glad "
        "happy keen eager love like trying try tried wish writing delighted pleased excited "
        "ready willing decided chance",
    ),
    (
        # "I have attach the plan": a perfect tense with the bare verb
        _after_have(PARTICIPLES),
        lambda m: PARTICIPLES[m.group("w").lower()],
        None,
        "have has had i've we've you've they've",
    ),
    (
        # "did you received", "I didn't knew": "did" carries the tense, the verb stays bare
        _rx(
            r"\b(?:did|didn[’']t|did not) (?:" + _PRONOUN + r" )?(?:not )?"
            r"(?P<w>[a-z]{3,}ed|" + _alt(IRREGULAR_PAST) + r")\b(?![-’'])"
        ),
        _bare_of_past,
        _regular_past,
        "did didn't didn’t",
    ),
    (
        # "looking forward to hear from you": "to" here is a preposition, so the verb takes -ing
        _rx(
            r"\b(?:look|looks|looking|looked|am looking) forward to (?P<w>"
            + _alt(AFTER_FORWARD)
            + r")\b(?![-’'])"
        ),
        lambda m: AFTER_FORWARD[m.group("w").lower()],
        None,
        "forward",
    ),
    (
        # "I am very interesting in the role": the first person is interested in something
        _rx(
            r"\b(?:I am|I[’']m|am|remain|I remain|we are|we[’']re)"
            r"(?: (?:very|really|so|genuinely|truly|extremely|particularly|especially|still|"
            r"also|most|highly|deeply))* (?P<w>interesting) in\b"
        ),
        "interested",
        None,
        "interesting",
    ),
    (
        # "working here since five years": a span counted back from now is "for" a span
        _rx(
            r"\b(?P<w>since) (?:(?:over|about|around|almost|nearly|more than) )?"
            r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
            r"several|many)\+? (?:years|months|weeks)\b(?! (?:ago|back|earlier|before|now))"
        ),
        "for",
        None,
        "since",
    ),
    (
        # "It show the figures", "she explain the process": the third person takes -s (not
        # after a word that governs a bare verb: "let it run", "did she explain", "that he
        # lead", the subjunctive; nor after a preposition, whose "it" is its object)
        _rx(r"\b" + _HE_SHE_IT + r" (?P<w>" + _alt(THIRD_PERSON) + r")\b(?![-’'])", 0),
        lambda m: THIRD_PERSON[m.group("w").lower()],
        _not_after(_AUX | _PREPOSITIONS | {"that", "lest", "watched", "saw", "heard", "seen"}),
        "he she it",
    ),
]
