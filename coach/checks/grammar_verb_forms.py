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
from coach.checks.spelling_words import lexicon

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
    submitted/submit; None when no reading gives a word of the lexicon."""
    if not word.endswith("ed") or word.endswith("eed") or len(word) < 5:
        return None
    stem = word[:-2]
    words = lexicon()
    if stem.endswith("i") and stem[:-1] + "y" in words:
        return stem[:-1] + "y"
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[:-1] in words:
        return stem[:-1]
    if word[:-1] in words:
        return word[:-1]
    if stem in words:
        return stem
    return None


def _regular_past(text: str, m: re.Match[str]) -> bool:
    """The word after "did" is a past form by its letters and the lexicon (not "need")."""
    lower = m.group("w").lower()
    return lower in IRREGULAR_PAST or _regular_bare(lower) is not None


VERB_FORMS: list[tuple[_Lazy, Fixer, Guard | None, str]] = [
    (
        # "I have attach the plan": a perfect tense with the bare verb
        _rx(
            r"\b"
            + _PRONOUN
            + r"(?: (?:have|has|had)|[’']ve) "
            + _BETWEEN
            + r"(?P<w>"
            + _alt(PARTICIPLES)
            + r")\b(?![-’'])"
        ),
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
