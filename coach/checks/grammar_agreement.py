"""The grammar table's subject-verb entries: a subject and a verb that never agree ("we was",
"she have", "there is many", "the interviews was"), each with its one right correction."""

from __future__ import annotations

import re

from coach.checks.grammar_guards import (
    _AUX,
    _BASE_VERBS,
    _HE_SHE_IT,
    Fixer,
    Guard,
    _i_alone,
    _Lazy,
    _next_word,
    _not_after,
    _opens_clause,
    _plural_noun,
    _rx,
    _singular_subject,
    _subject_pronoun,
)
from coach.checks.language import _prev_word
from coach.checks.spelling_words import _words

_PREPS = _words(
    "of in at for with from about on to by behind beside into through over under around"
)
#: words after which "like" is a preposition: "put it like this"
_AFTER_LIKE = _words("this that a an the it them me us you him her")


def _bare_after_it(text: str, m: re.Match[str]) -> bool:
    """ "he/she/it VERB" with a bare verb, not after a word that governs it ("let it run") nor
    "it like this", where "like" is a preposition and "it" an object ("put it like this")."""
    if _prev_word(text, m.start()) in _AUX:
        return False
    return not (m.group("w").lower() == "like" and _next_word(text, m.end()) in _AFTER_LIKE)


#: (pattern, correction, guard, trigger words), as in coach.checks.grammar_rules
AGREEMENT: list[tuple[_Lazy, Fixer, Guard | None, str]] = [
    (
        _rx(r"\bI (?P<w>is|are|has)\b", 0),
        lambda m: "have" if m.group("w") == "has" else "am",
        _i_alone,
        "i",
    ),
    (
        _rx(r"\b(?:we|they|you) (?P<w>was|is|has)\b"),
        lambda m: {"was": "were", "is": "are", "has": "have"}[m.group("w").lower()],
        _subject_pronoun,
        "we they you",
    ),
    (
        _rx(r"\b(?:I|we|they|you) (?P<w>doesn't|does not)\b"),
        "don't",
        _not_after(frozenset(["thank"])),
        "doesn't does",
    ),
    (_rx(r"\b" + _HE_SHE_IT + r" (?P<w>don't|do not)\b", 0), "doesn't", None, "don't do"),
    # not after a preposition, whose "it" is its object: "the people behind it are"
    (_rx(r"\b" + _HE_SHE_IT + r" (?P<w>are)\b", 0), "is", _not_after(_AUX | _PREPS), "are"),
    (_rx(r"\b" + _HE_SHE_IT + r" (?P<w>have)\b", 0), "has", _not_after(_AUX | _PREPS), "have"),
    (
        _rx(r"\b" + _HE_SHE_IT + r" (?P<w>" + _BASE_VERBS + r")\b", 0),
        lambda m: m.group("w") + ("es" if m.group("w").lower() in ("go",) else "s"),
        _bare_after_it,
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
        _opens_clause,
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
        # "each of the sites have": "each" is one; "both of my referees is": "both" is two
        _rx(
            r"\b(?:each|every one) of (?:the|my|our|your|their|these|those|his|her) "
            r"[a-z]{3,}s (?P<w>have|are|were)\b"
        ),
        lambda m: {"were": "was", "are": "is", "have": "has"}[m.group("w").lower()],
        None,
        "each",
    ),
    (
        _rx(
            r"\bboth (?:of )?(?:the|my|our|your|their|these|those|his|her) "
            r"[a-z]{3,}s (?P<w>is|was|has)\b"
        ),
        lambda m: {"was": "were", "is": "are", "has": "have"}[m.group("w").lower()],
        _not_after(frozenset(["and"])),
        "both",
    ),
    (
        # "the photos I took is in the folder": a plural, a clause of its own without "that",
        # and the verb that is the plural's
        _rx(
            r"\b(?:the|these|those|my|our|your|their|all the) (?P<n>[a-z]{3,}s) "
            r"(?:I|we|you|they) (?:[a-z]{3,}ed|took|sent|met|saw|made|wrote|gave|got|found|"
            r"heard|brought|did|had|bought|put|kept) (?P<w>is|was|has)\b"
        ),
        lambda m: {"was": "were", "is": "are", "has": "have"}[m.group("w").lower()],
        _plural_noun,
        "is was has",
    ),
    (
        _rx(r"\bpeople (?P<w>is|was)\b"),
        lambda m: "are" if m.group("w").lower() == "is" else "were",
        _not_after(frozenset(["of"])),
        "people",
    ),
]
