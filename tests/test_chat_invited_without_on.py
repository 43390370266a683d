"""An invitation to get in touch said with the day straight after it ("call me next Tuesday",
"email us Friday") sets the invited day, as "call me on Tuesday" does; what they will do
themselves ("she'd call me back Friday", "he'll email me Monday") is no invitation."""

from __future__ import annotations

import datetime as dt

from coach.chat.facts import extract

TODAY = dt.date(2026, 10, 15)  # a Thursday


def test_call_me_with_the_day_straight_after_is_an_invitation() -> None:
    facts = extract("the manager said 'call me next tuesday'", TODAY)
    assert facts.contact_on == dt.date(2026, 10, 20)
    assert extract("she told me: email us friday", TODAY).contact_on == dt.date(2026, 10, 16)


def test_their_own_call_to_come_is_not_an_invitation() -> None:
    assert extract("she said she'd call me back friday", TODAY).contact_on is None
    assert extract("he said he will email me monday", TODAY).contact_on is None
