"""coach.checks.relaxed: a look-around pattern's looser form, asked of RE2 before `re` scans."""

import re

import pytest

from coach.checks.matcher import compile_phrases
from coach.checks.relaxed import re2_agrees, read_alike, relaxed


def test_look_around_is_taken_out():
    assert relaxed(r"(?<![\w'])(?:decision)(?![\w])") == "(?:decision)"
    assert relaxed(r"a(?=[^)]*\))b") == "ab"


@pytest.mark.parametrize(
    "pattern",
    [r"end$", r"(a)\1", r"x{,3}", r"[[:alpha:]]", r"caf\u00e9", "café", r"a(?=b)?", r"[\b]"],
)
def test_constructs_read_differently_are_refused(pattern):
    assert relaxed(pattern) is None


def test_texts_with_characters_read_differently_are_refused():
    assert re2_agrees("Thanks — it’s “great”.")
    assert not re2_agrees("Thanks, Zoë.")
    assert not re2_agrees("a\u00a0b")
    assert not re2_agrees("a\x0bb")


def test_a_look_around_family_finds_what_re_finds():
    phrase = compile_phrases((r"(?:the|this) decision is (?:unfair|wrong)", r"I(?! was)\w+"))
    text = "Thank you. " * 40 + "I think this decision is unfair, Ian."
    rx = re.compile(phrase.joined, re.I)
    assert [m.span() for m in phrase.finditer(text)] == [m.span() for m in rx.finditer(text)]
    assert list(phrase.finditer("Thank you. " * 40)) == []


def test_non_ascii_punctuation_stays_but_letters_are_refused():
    assert relaxed(r"(?<!\w)[\w'’&-]+ — done") == r"[\w'’&-]+ — done"
    assert relaxed("(?<!x)naïve") is None
    assert relaxed("(?<!x)Ⓐ") is None


def _rulebook_patterns() -> list[str]:
    from coach.rulebook import load_rules

    found = []
    for rule in load_rules().values():
        for family in getattr(rule.params, "families", None) or ():
            found.append(family.regex.joined)
            found.extend(family.patterns)
    return found


def test_read_alike_answers_as_relaxed_does():
    import random

    rng = random.Random(3)
    pieces = [*r"ab()[]\^?=!<:$,{}+*dwé Ⓐ_-.|", "(?:", "(?=", "(?<!", r"\b", r"\d", r"\U", "[^"]
    patterns = _rulebook_patterns()
    patterns += [
        "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20000)
    ]
    assert sum(read_alike(p) for p in patterns) > 1000  # both answers occur
    assert [p for p in patterns if read_alike(p) != (relaxed(p) == p)] == []


def test_first_messages_on_re_find_what_re2_finds(monkeypatch):
    """A one-file check scans with `re` where the engines read a family alike (matcher.WARM_UP):
    every family of the rulebook, over every rule example, finds the same matches both ways."""
    from coach.checks import matcher
    from coach.rulebook import load_rules

    monkeypatch.setattr(matcher, "cache_enabled", lambda: True)
    from coach.checks import timing_text

    phrases = [
        family.regex
        for rule in load_rules().values()
        for family in getattr(rule.params, "families", None) or ()
    ]
    phrases += [v for v in vars(timing_text).values() if isinstance(v, matcher.Phrase)]
    families = {(o.joined, o.case_sensitive): o for o in phrases}
    texts = [
        e.text for rule in load_rules().values() for e in (*rule.examples.bad, *rule.examples.good)
    ]
    texts += [
        "D'r Ndung'u said no!!\n",
        "",
        "Sure \u00a0— thx ASAP",
        "it\u00a0has been\x0btwo weeks since we met",
    ]
    on_re = 0
    for phrase in families.values():
        # `alike` is worked out once per pattern: an earlier test may have asked with the cache off
        monkeypatch.setattr(phrase, "_alike", None)
        if phrase.fast and phrase.alike is not None:
            on_re += 1
        for text in texts:
            for pos in (0, 5):
                monkeypatch.setattr(matcher, "_messages", 1)
                early = [(m.span(), m.groups()) for m in phrase.finditer(text, pos)]
                monkeypatch.setattr(matcher, "_messages", matcher.WARM_UP + 1)
                late = [(m.span(), m.groups()) for m in phrase.finditer(text, pos)]
                assert early == late, (phrase.joined[:60], text[:60])
    assert on_re > len(families) // 2


@pytest.mark.parametrize(
    "text",
    [
        "Dear Zoë Łukasiewicz, thank you — it’s “great”.",
        "Café résumé naïve Ærø ǅemal Σίσυφος 東京 ٣ ⅷ ² x\u0301 ＡＢ _ ’",
        r"\b(?:caf[eé]|Zoë)\b|(?:Łódź’s)",
        "plain ascii",
    ],
)
def test_ascii_words_replaces_what_the_one_letter_pattern_does(text):
    from coach.checks.matcher import _ASCII_SEEN, _NON_ASCII_WORD, ascii_words

    _ASCII_SEEN.clear()
    assert ascii_words(text) == _NON_ASCII_WORD.sub("a", text)


@pytest.mark.parametrize(
    "pattern", ["thanks?", "(?: again)?", "[^.]{0,40}", "hi\n", "x)\n", "a*", "é", "", "a.\n"]
)
def test_a_word_boundary_is_added_where_the_whole_pattern_asks_for_one(pattern):
    joined = compile_phrases((pattern,)).joined
    wanted = re.search(r"[\w)][?*+]?$", pattern) is not None
    assert joined.endswith(r"\b") == wanted
