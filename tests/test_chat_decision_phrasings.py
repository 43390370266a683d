"""Decision dates stated in the ways people report them: "back to everyone by Thursday next
week", "news for you by the end of next week", "the decision will now be Friday", "end of next
week for a decision"; and promised material the user says went ("sent the code sample on the
3rd"), after which a question about chasing is about the check-in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.dates import first_date
from coach.chat.facts import extract
from coach.models import Kind
from coach.readers import load_notes

TODAY = dt.date(2026, 7, 21)  # a Tuesday


def test_a_weekday_of_next_week_is_in_the_week_after_this_one() -> None:
    assert first_date("by Thursday next week", TODAY) == dt.date(2026, 7, 30)
    assert first_date("monday of next week", TODAY) == dt.date(2026, 7, 27)
    assert first_date("friday this week", TODAY) == dt.date(2026, 7, 24)


def test_back_to_everyone_by_a_day_is_their_decision_date() -> None:
    facts = extract("she said they'd get back to all candidates by Thursday next week", TODAY)
    assert facts.decision_by == dt.date(2026, 7, 30)


def test_news_by_a_day_is_their_decision_date() -> None:
    facts = extract("Kim emailed: 'we should have an update for you by end of next week'", TODAY)
    assert facts.decision_by == dt.date(2026, 7, 31)


def test_the_decision_named_without_by_is_their_decision_date() -> None:
    assert extract("the decision will now be on Friday", TODAY).decision_by == dt.date(2026, 7, 24)
    told = extract("hr mentioned this friday for a final decision, when do i chase?", TODAY)
    assert told.decision_by == dt.date(2026, 7, 24)


def test_no_date_for_a_decision_is_not_a_date() -> None:
    facts = extract("interview was monday 20 july, no date given for a decision", TODAY)
    assert facts.decision_by is None


def test_material_said_to_have_gone_is_sent_and_chasing_asks_for_the_check_in() -> None:
    notes = load_notes(Path(__file__).resolve().parent.parent / "examples" / "acme.yaml")
    promised = [m.what for m in notes.materials]
    assert promised, "the example notes promise material"
    what = promised[0]
    facts = extract(f"I sent {what} on the 21st at 8am", dt.date(2026, 11, 23), materials=promised)
    assert [(s.kind, s.day.day) for s in facts.sent] == [(Kind.materials, 21)]
    now = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    answer = ask(f"I sent {what} on the 21st at 8am. When can I chase?", notes, now=now)
    assert "check-in" in answer.answer.split("\n\n")[0]
