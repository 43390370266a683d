"""Material promised or asked for by a time, without notes: an hour after theirs ("by 8am
tomorrow... at 8:45?") is a no, and whether keeping the promise "matters" is a yes. Our own
wording."""

from __future__ import annotations

import datetime as dt

from coach.chat import ask

NOW = dt.datetime(2027, 5, 4, 18, 0, tzinfo=dt.UTC)


def test_an_hour_after_their_deadline_is_a_no() -> None:
    answer = ask(
        "she asked for my work samples by 8am tomorrow. if i send at 8:45 is that ok", now=NOW
    )
    assert answer.answer.startswith("No")
    assert "08:00" in answer.answer


def test_an_hour_before_their_deadline_is_not_a_no() -> None:
    answer = ask(
        "she asked for my work samples by 8am tomorrow. if i send at 7:30 is that ok", now=NOW
    )
    assert not answer.answer.startswith("No")


def test_keeping_the_promise_matters() -> None:
    answer = ask(
        "the recruiter asked for my certificates and i said i'd send them tonight. its late "
        "now, does it matter much?",
        now=NOW,
    )
    assert answer.answer.startswith("Yes, it matters")
