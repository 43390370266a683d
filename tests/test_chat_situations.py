"""What a question states that the notes do not: where the user is, a date said without "on",
a topic the articles leave out, and the like (each with questions of our own)."""

from __future__ import annotations

import datetime as dt

from coach.chat import ask
from coach.chat.facts import extract
from coach.chat.places import country_in

TORONTO = dt.timezone(dt.timedelta(hours=-4))


def test_a_place_named_gives_the_country() -> None:
    assert country_in("I'm based in Toronto and had a call") == "CA"
    assert country_in("interview here in Leeds yesterday") == "GB"
    assert country_in("I may hear back in May") is None


def test_a_date_after_interviewed_without_on_is_read() -> None:
    said = extract("interviewed monday june 29th, no date given", dt.date(2026, 6, 30))
    assert said.interview_day == dt.date(2026, 6, 29)


def test_the_country_said_skips_its_holidays() -> None:
    # Canada Day (Wednesday 1 July) is not a business day in Toronto
    now = dt.datetime(2026, 6, 30, 12, 0, tzinfo=TORONTO)
    q = "I interviewed on Monday 29 June in Toronto, they gave no date. When can I check in?"
    assert "7 July" in ask(q, now=now).answer


def test_a_place_alone_is_no_stated_fact() -> None:
    said = extract("is it even legal in germany to ask that?", dt.date(2026, 6, 30))
    assert said.empty and said.country == "DE"


def test_applying_again_is_not_covered() -> None:
    reply = ask("how long before I can reapply to them for another position?")
    assert not reply.in_scope and "don't cover" in reply.answer
