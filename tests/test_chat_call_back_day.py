"""An invitation to call back on a day ("he said ring back Thursday 11 March", "she wrote back:
'phone me on Tuesday the 9th'") is their invited contact date (timeline.contact_on); their own
promise to call ("she'd call me back Friday") is not. Our own words."""

from __future__ import annotations

import datetime as dt

from coach.chat.facts import extract

TODAY = dt.date(2027, 3, 3)  # a Wednesday


def test_call_back_on_a_day_is_an_invitation() -> None:
    facts = extract("rang Odile on monday and she said call back thursday 11 march", TODAY)
    assert facts.contact_on == dt.date(2027, 3, 11)


def test_asked_to_call_back_on_a_day_takes_that_day() -> None:
    facts = extract("the recruiter asked me to call her back monday 8th about it", TODAY)
    assert facts.contact_on == dt.date(2027, 3, 8)


def test_their_written_invitation_is_read() -> None:
    text = "Odile wrote back to my note: 'phone me on tuesday the 9th with any questions'"
    assert extract(text, TODAY).contact_on == dt.date(2027, 3, 9)


def test_their_own_call_back_is_not_an_invitation() -> None:
    facts = extract("she said she'd call me back friday, can I ring on monday?", TODAY)
    assert facts.contact_on is None
