"""Two readings of a yes/no question: claiming a topic the user says never came up is a no
(detail-unsupported), whether the negation names its verb or leaves it out; and a clause that
opens by asking about a day, then quotes or states their wait, asks about that opening day."""

from __future__ import annotations

import datetime as dt

from coach.chat.asked import asked_day
from coach.chat.practices import ELLIPTIC, UNDISCUSSED, load_practices

TODAY = dt.date(2026, 3, 2)


def test_the_user_saying_it_never_came_up_is_read() -> None:
    assert UNDISCUSSED.search("we never really got into their new depot plans")
    assert UNDISCUSSED.search("it didn't come up at all")
    assert ELLIPTIC.search("may I write that we talked about the audit? we didn't really, tho")
    assert not UNDISCUSSED.search("we talked about the audit for ages")


def test_the_practice_says_no_and_names_its_rule() -> None:
    practice = {p.id: p for p in load_practices()}["claim-undiscussed-topic"]
    assert practice.say == "no" and practice.rules == ["detail-unsupported"]


def test_a_day_asked_before_the_quoted_wait_is_the_day_asked() -> None:
    clause = "is friday the 6th itself fine, or does 'not before the 6th' mean the 9th?"
    assert asked_day([clause], TODAY, [True]) == dt.date(2026, 3, 6)
    # a clause that only states their wait asks no day
    assert asked_day(["they said not before the 6th"], TODAY, [True]) is None
