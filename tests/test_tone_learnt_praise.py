"""coach.checks.praise: what the writer learnt from watching or hearing the reader is praise,
and a negation inside the lesson ("it had never occurred to me") is its content, not a turn.
Cases written for this test, at a fish market and a sawmill."""

from __future__ import annotations

import pytest

from coach.checks.praise import plain_praise


@pytest.mark.parametrize(
    "sentence",
    [
        "Watching you grade the morning catch by eye taught me more than a year of reading; it "
        "had never occurred to me that the gills alone could tell so much.",
        "Hearing how the new saw line will cut twice the logs without a single jam told me a lot "
        "about how your crew plans ahead.",
        "Seeing the yard run without a shout showed me how well the team works together.",
    ],
)
def test_a_lesson_taken_from_the_reader_is_praise(sentence):
    assert plain_praise(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a lesson in what not to do, or one that turns on a contrast or a barb
        "Watching the panel argue for an hour taught me how not to run a meeting.",
        "Watching you grade the catch taught me a lot, but the pay offer was a joke.",
        "Seeing how slowly the office answers taught me patience, I suppose.",
        # no lesson: an ordinary opening is not read as praise here
        "The yard ran without a shout, which showed me nothing new.",
    ],
)
def test_a_lesson_that_turns_is_not_plain_praise(sentence):
    assert not plain_praise(sentence)
