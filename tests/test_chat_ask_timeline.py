"""Asking at the interview when they will decide: whether it is all right gets a yes, and whether
it is rude a no (the fault denied), from the advice on setting expectations. Questions are our
own."""

from __future__ import annotations

import datetime as dt

from coach.chat import ask

ZONE = dt.timezone(dt.timedelta(hours=11))


def test_asking_their_timeline_at_the_interview_is_not_pushy() -> None:
    now = dt.datetime(2027, 3, 1, 9, 0, tzinfo=ZONE)
    for q, word in (
        (
            "would it be rude to ask the panel at the end of the interview when they'll decide?",
            "No",
        ),
        (
            "can I ask what the next steps are before I leave the interview, or is that pushy?",
            "Yes",
        ),
    ):
        reply = ask(q, None, None, now)
        assert reply.answer.startswith(word), q
        assert any(c.section == "Set expectations early" for c in reply.citations), q
