"""A grammar pattern's `re` scan is skipped only where RE2's form of it without look-around
finds nothing in the message (coach.checks.matcher.absent): the matches are the same either way,
on every grammar example (the bad ones match) and every corpus message."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.checks import matcher
from coach.checks.grammar_guards import _Lazy
from coach.checks.grammar_rules import _COMPILED
from coach.readers import read_message
from coach.rulebook import load_rules
from coach.text import Doc

CORPUS = Path(__file__).resolve().parent / "corpus"
#: long enough that the looser form is asked (matcher.SET_MIN)
FILLER = "Thank you for the conversation on Tuesday about the team and the plans. " * 4


def _texts() -> list[str]:
    examples = load_rules()["grammar"].examples
    texts = [FILLER + e.text for e in (*examples.bad, *examples.good)]
    texts += [Doc(read_message(p).text).plain for p in sorted(CORPUS.rglob("*.md"))[::3]]
    return texts


@pytest.fixture
def past_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matcher, "_messages", matcher.WARM_UP + 1)


@pytest.mark.usefixtures("past_warm_up")
def test_skipping_a_scan_never_loses_a_match() -> None:
    skipped = matched = 0
    for text in _texts():
        for rx, _, _, _ in _COMPILED:
            got = [m.span() for m in rx.finditer(text, 0)]
            assert rx._rx is not None
            want = [m.span() for m in rx._rx.finditer(text, 0)]
            assert got == want, (rx.pattern, text)
            matched += bool(want)
            skipped += matcher.absent(rx._loose, text)
    assert matched and skipped  # both sides were exercised


def test_a_one_file_check_builds_no_re2_form(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run's first messages (a one-file check) and short texts are scanned by `re` alone:
    compiling RE2's form would cost more than it saves."""
    monkeypatch.setattr(matcher, "_messages", 1)
    rx = _Lazy(r"\bI\s+(?P<w>is|are)\b", 0)
    assert [m.group("w") for m in rx.finditer(FILLER + "I is here.", 0)] == ["is"]
    assert rx._loose is None
    monkeypatch.setattr(matcher, "_messages", matcher.WARM_UP + 1)
    assert [m.group("w") for m in rx.finditer("I is here.", 0)] == ["is"]
    assert rx._loose is None
    assert [m.group("w") for m in rx.finditer(FILLER + "I is here.", 0)] == ["is"]
    assert rx._loose is not None and rx._loose is not False
    assert list(rx.finditer(FILLER, 0)) == [] and matcher.absent(rx._loose, FILLER)
