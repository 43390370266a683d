"""News the user brings, answered against the plan before it: "does that change my dates?" is a
yes or a no, with the day the next follow-up moves from."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")  # decision by Friday 27 November
NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def test_a_later_decision_date_changes_the_check_in() -> None:
    q = "Sarah now expects to decide by Wednesday 2 December. Does that change my dates?"
    a = ask(q, NOTES, now=NOW).answer
    assert a.startswith("Yes, that changes it")
    assert "Monday 30 November" in a and "Thursday 3 December" in a


def test_the_same_date_again_changes_nothing() -> None:
    q = "Michael told me they'll decide by Friday 27 November. Does that change when I follow up?"
    a = ask(q, NOTES, now=NOW).answer
    assert a.startswith("No, that doesn't change your dates") and "Monday 30 November" in a


def test_without_news_the_question_gets_the_plain_verdict() -> None:
    a = ask("does that change when I should follow up?", NOTES, now=NOW).answer
    assert not a.startswith(("Yes, that changes", "No, that doesn't change"))
