"""With an offer whose written contract has a date, a call the employer invited on an earlier
day is still invited: a day before it is early, the day itself is fine, whatever the contract's
date."""

from __future__ import annotations

import datetime as dt

from coach.chat import ask
from coach.models import Notes

NOTES = Notes.model_validate(
    {
        "candidate": {"name": "Rui Costa"},
        "company": {"name": "Lisbon Tile Works"},
        "role": "Tile Restorer",
        "interview": {
            "start": "2027-04-06T10:00:00+01:00",
            "end": "2027-04-06T11:00:00+01:00",
        },
        "interviewers": [{"name": "Inês Moura"}],
        "timeline": {
            "said": "Inês offered me the job; the written contract comes by Friday 23 April, "
            "and she asked me to phone on Monday 19 April about the start.",
            "decision_by": "2027-04-23",
            "contact_on": "2027-04-19",
        },
        "stage": "offer",
    }
)
NOW = dt.datetime(2027, 4, 14, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_a_day_before_the_invited_call_waits_for_it() -> None:
    said = ask("can I phone Inês on friday the 16th instead?", NOTES, now=NOW).answer
    assert said.startswith("No")
    assert "Monday 19 April" in said


def test_the_invited_day_is_fine_before_the_contract_date() -> None:
    said = ask("is it ok to phone Inês on monday the 19th?", NOTES, now=NOW).answer
    assert said.startswith("Yes")
