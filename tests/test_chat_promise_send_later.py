"""Promised material: a later day or hour the question names ("it'll be Sunday", "I've got till
Thursday then?", "won't be ready till 3pm") is weighed against the promise and answered no; an
hour the user says it went outweighs the notes' hour for it."""

from __future__ import annotations

import datetime as dt

from coach.chat import ask
from coach.models import Notes

TZ = dt.timezone(dt.timedelta(hours=2))


def _notes(history: list[dict[str, str]] | None = None) -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Lena Brandt"},
            "company": {"name": "Rheinfähre"},
            "role": "Deck Officer",
            "interview": {
                "start": "2026-05-05T09:00:00+02:00",  # a Tuesday
                "end": "2026-05-05T10:00:00+02:00",
            },
            "interviewers": [{"name": "Jonas Keller", "honorific": "Mr."}],
            "materials": [
                {
                    "what": "a copy of my watchkeeping licence",
                    "promised_by": "2026-05-08T16:00:00+02:00",
                }
            ],
            "stage": "interviewed",
            "history": history or [],
        }
    )


def lead(question: str, notes: Notes, now: dt.datetime) -> str:
    return ask(question, notes, now=now).answer.split("\n")[0]


NOW = dt.datetime(2026, 5, 6, 12, 0, tzinfo=TZ)  # Wednesday, two days before the promise


def test_a_later_day_the_user_means_to_send_on_is_a_no() -> None:
    for question in (
        "I promised the licence copy for friday, it will only go on saturday. a problem?",
        "friday's a holiday, so I've got till monday to send the licence copy I promised?",
    ):
        first = lead(question, _notes(), NOW)
        assert first.startswith("No") and "Friday 8 May, 16:00" in first, question


def test_an_hour_past_the_promise_on_the_same_day_is_a_no() -> None:
    first = lead("the licence copy I promised won't be ready till 6pm friday. fine?", _notes(), NOW)
    assert first.startswith("No") and "16:00" in first


def test_an_earlier_hour_on_the_promised_day_is_not_put_off() -> None:
    first = lead("the licence scan I promised: would friday at 2pm be fine?", _notes(), NOW)
    assert not first.startswith("No")


def test_the_hour_the_user_says_it_went_outweighs_the_notes() -> None:
    sent = [{"kind": "materials", "to": "Jonas Keller", "sent_at": "2026-05-08T15:00:00+02:00"}]
    first = lead(
        "emailed the licence copy friday at 17:30, I'd said by 4pm. was that on time?",
        _notes(sent),
        dt.datetime(2026, 5, 9, 10, 0, tzinfo=TZ),
    )
    assert first.startswith("No") and "17:30" in first
