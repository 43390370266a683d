"""coach.checks.relaxed: a look-around pattern's looser form, asked of RE2 before `re` scans."""

import re

import pytest

from coach.checks.matcher import compile_phrases
from coach.checks.relaxed import re2_agrees, relaxed


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
