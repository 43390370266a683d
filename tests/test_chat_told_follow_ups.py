"""With no notes, the follow-ups the user says they sent decide what is left: the next one
5 business days after the last, and none after the second (timing-too-many)."""

from __future__ import annotations

import datetime as dt

from coach.chat import ask

NOW = dt.datetime(2026, 3, 12, 10, tzinfo=dt.UTC)


def test_one_told_check_in_gives_the_last_day() -> None:
    answer = ask(
        "checked in with the bakery on tuesday 10 march, nothing back. when can i try again",
        now=NOW,
    )
    assert "17 March" in answer.answer and "twice" in answer.answer


def test_two_told_check_ins_are_the_most() -> None:
    answer = ask(
        "after my thank you i emailed on the 2nd and again on the 9th. silence. "
        "a third one is fine right?",
        now=NOW,
    )
    assert "No" in answer.answer.split("\n\n")[0] and "twice" in answer.answer
    assert "timing-too-many" in answer.rules
