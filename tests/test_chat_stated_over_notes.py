"""Facts a message states over the notes: their news after the user's own check-in ("I checked
in on Monday and her assistant said a decision by the 11th") and a duration said with the day
("two weeks since my interview and today is Friday")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.facts import extract
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")  # interview Fri 20 Nov, decision by 27 Nov
EST = dt.timezone(dt.timedelta(hours=-5))


def test_their_new_decision_date_after_my_check_in_sets_the_next_one() -> None:
    facts = extract(
        "I checked in on 30 November and Sarah's assistant phoned to say decision by 11 December",
        dt.date(2026, 12, 2),
        ["Sarah Chen", "Michael O'Brien"],
    )
    assert facts.decision_by == dt.date(2026, 12, 11)
    assert any(s.day == dt.date(2026, 11, 30) for s in facts.sent)
    answer = ask(
        "I checked in on 30 November and Sarah's assistant phoned to say decision by 11 December. "
        "when's my next follow-up?",
        NOTES,
        now=dt.datetime(2026, 12, 2, 10, tzinfo=EST),
    )
    assert "Monday 14 December" in answer.answer


def test_a_duration_said_with_today_is_both_read() -> None:
    facts = extract(
        "it's been 12 days since my interview and today is Wednesday", dt.date(2026, 12, 2), []
    )
    assert facts.days_since_interview == 12 and facts.today == dt.date(2026, 12, 2)


def test_today_said_after_their_decision_date_is_not_a_second_decision_date() -> None:
    """Found using the app: "they'd decide by the 27th and it's now the 5th of december" read
    the 5th as their new decision date and told the user to wait past it."""
    for joined in (" and it's now", ", and today is", " but it is now"):
        question = f"they said they'd decide by the 27th{joined} the 5th of december. email again?"
        facts = extract(question, dt.date(2026, 12, 5), [])
        assert facts.decision_by == dt.date(2026, 11, 27), joined
        assert facts.today == dt.date(2026, 12, 5), joined
    answer = ask(
        "they said they'd decide by the 27th and it's now the 5th of december. should i email?",
        NOTES,
        now=dt.datetime(2026, 12, 5, 9, tzinfo=EST),
    )
    assert answer.answer.startswith("Yes"), answer.answer
