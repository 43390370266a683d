"""coach.checks.aimed.pleads: a plea is the writer's own need, so the part of the sentence that
carries it names the writer; the trade's stakes told plainly do not plead. Cases written for
this test, at a boatyard and a dairy."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from test_reread import tone_findings

from coach import semantic
from coach.checks.aimed import pleads

DESPERATE = "tone-desperate"


class AlarmReader:
    """A stand-in classifier that reads alarm wherever a word of ruin occurs, as the real one
    can in a hazard told in strong words: the test is of the parts, not of the weights."""

    def score(self, text: str) -> SimpleNamespace:
        alarmed = any(w in text.lower() for w in ("ruin", "lose", "sink"))
        return SimpleNamespace(labels=frozenset({DESPERATE} if alarmed else ()))


@pytest.mark.parametrize(
    "sentence",
    [
        # the praise names the writer, the part that reads as alarm does not
        "Your warning about the tanks stuck with me: one warm night can ruin a week of milk.",
        # no first person at all
        "One cracked hull fitting can sink a boat faster than any storm.",
    ],
)
def test_stakes_of_the_trade_without_the_writer_are_no_plea(sentence):
    assert not pleads(AlarmReader(), DESPERATE, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I have been out of work since spring, and I cannot afford to lose this chance.",
        "My family moved across the country for this; please don't let me lose it.",
        "To be honest: I don't know what we will do if we lose this.",
    ],
)
def test_a_plea_that_names_the_writer_stands(sentence):
    assert pleads(AlarmReader(), DESPERATE, sentence)


def test_the_writers_own_plea_is_still_found():
    assert pleads(semantic.classifier(), DESPERATE, "I really need this job, please.")
    found = tone_findings("I really need this job, and I have nowhere else to turn.")
    assert DESPERATE in {rule for rule, _ in found}
