"""Messages the user says went without naming their kind ("emailed Sarah on the 1st"), dated
past the thank-you's window after the notes' interview: follow-ups, which spend the count."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.facts import extract
from coach.models import Kind
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
INTERVIEW = dt.date(2026, 11, 20)  # examples/acme.yaml, a Friday
NAMES = ["Sarah Chen", "Michael O'Brien"]


def test_unnamed_sends_past_the_thank_you_window_are_follow_ups() -> None:
    text = "emailed Sarah on the 1st, then Michael on the 3rd. nothing from either"
    facts = extract(text, dt.date(2026, 12, 8), NAMES, anchor=INTERVIEW)
    assert [(s.kind, s.day) for s in facts.sent] == [
        (Kind.check_in, dt.date(2026, 12, 1)),
        (Kind.check_in, dt.date(2026, 12, 3)),
    ]


def test_an_unnamed_send_and_a_call_after_it_are_both_read() -> None:
    text = "wrote to Sarah on the 1st, rang her on the 4th when she was back"
    facts = extract(text, dt.date(2026, 12, 9), NAMES, anchor=INTERVIEW)
    assert sorted(s.day for s in facts.sent) == [dt.date(2026, 12, 1), dt.date(2026, 12, 4)]


def test_their_sends_and_their_dates_are_not_the_users() -> None:
    today = dt.date(2026, 11, 30)
    said = extract("Sarah said the letter would be emailed by monday the 7th", today, NAMES,
                   anchor=INTERVIEW)  # fmt: skip
    assert said.sent == []
    both = extract("they said decision by the 27th and I emailed Sarah the morning of the 30th",
                   today, NAMES, anchor=INTERVIEW)  # fmt: skip
    assert both.decision_by == dt.date(2026, 11, 27)
    assert [s.day for s in both.sent] == [dt.date(2026, 11, 30)]


def test_two_unnamed_follow_ups_spend_the_count() -> None:
    notes = load_notes(ROOT / "examples" / "acme.yaml")
    now = dt.datetime(2026, 12, 14, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    text = "emailed Sarah on the 1st, then Michael on the 8th. nothing from either. next move?"
    answer = ask(text, notes, now=now)
    assert "2 follow-ups" in answer.answer
    assert "timing-too-many" in answer.rules
