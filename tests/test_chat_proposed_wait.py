"""A date the person proposes to wait for ("or should I wait till Friday") is their plan, not
the employer's no-contact date; their words ("she said not before Friday") still are. Questions
are our own."""

from __future__ import annotations

import datetime as dt

from coach.chat.facts import extract

TODAY = dt.date(2026, 11, 24)  # a Tuesday: Friday is the 27th

MINE = (
    "is it ok to chase now, or would it be better to hold off until friday",
    "maybe I should wait until friday",
    "i was thinking i'd wait till friday to email",
    "I'll hold off until Friday then",
    "perhaps wait till friday before I email",
    "I don't want to chase before friday",
)
THEIRS = (
    "they said not to contact them before friday",
    "don't contact us before friday, she said",
    "she said I should wait until friday",
    "I was told not to chase until Friday",
)


def test_a_wait_the_person_proposes_is_not_their_timeline() -> None:
    for q in MINE:
        facts = extract(q, TODAY)
        assert facts.no_contact_before is None, q
        assert not any("no contact before" in s for s in facts.said), q


def test_their_words_still_set_the_no_contact_date() -> None:
    for q in THEIRS:
        assert extract(q, TODAY).no_contact_before == dt.date(2026, 11, 27), q
