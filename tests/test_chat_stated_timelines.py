"""Their timeline as the user reports it, over the notes: a decision date said as "they won't
decide until...", a decision "pushed to" a day, a wait and a date both asked for (the later one
holds), someone else's advice (no timeline), and the notes' history still in the future on the
clock (not sent yet)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.context import situate
from coach.chat.facts import Facts, extract
from coach.models import Channel, HistoryEntry, Kind
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")  # interview Fri 20 Nov, decision by 27 Nov
EST = dt.timezone(dt.timedelta(hours=-5))
NOW = dt.datetime(2026, 11, 25, 10, tzinfo=EST)
NAMES = ["Sarah Chen", "Michael O'Brien"]


def test_no_decision_until_a_day_is_their_decision_date() -> None:
    facts = extract(
        "Sarah emailed: they won't make a decision until Wednesday 2 December",
        NOW.date(),
        NAMES,
    )
    assert facts.decision_by == dt.date(2026, 12, 2) and facts.no_contact_before is None
    answer = ask(
        "they wont decide until wednesday 2 december, so when do I check in?", NOTES, now=NOW
    )
    assert "Thursday 3 December" in answer.answer


def test_a_decision_pushed_to_a_day_without_a_verb_moves_it() -> None:
    facts = extract("hr wrote today, decision pushed to tuesday 1 december", NOW.date(), NAMES)
    assert facts.decision_by == dt.date(2026, 12, 1) and facts.revised
    answer = ask("hr wrote today, decision pushed to tuesday 1 december. when now?", NOTES, now=NOW)
    assert "Wednesday 2 December" in answer.answer


def test_give_it_weeks_is_a_wait_and_the_later_of_two_asks_holds() -> None:
    facts = extract("Michael told me to give it three weeks", NOW.date(), NAMES)
    assert facts.wait_days == 21
    both = Facts(no_contact_before=dt.date(2026, 12, 4), wait_days=21)
    timeline = situate(NOTES, both, NOW, True).notes.timeline  # type: ignore[union-attr]
    assert timeline.no_contact_before == dt.date(2026, 12, 11)
    sooner = Facts(no_contact_before=dt.date(2026, 12, 14), wait_days=21)
    timeline = situate(NOTES, sooner, NOW, True).notes.timeline  # type: ignore[union-attr]
    assert timeline.no_contact_before == dt.date(2026, 12, 14)


def test_a_friends_rule_of_thumb_is_no_timeline_of_theirs() -> None:
    facts = extract("my cousin says always wait 2 weeks", NOW.date(), NAMES)
    assert facts.wait_days is None
    facts = extract("they now say to wait two weeks from the interview", NOW.date(), NAMES)
    assert facts.wait_days == 14 and facts.interview_day is None


def test_history_later_than_the_clock_is_not_sent_yet() -> None:
    check_in = HistoryEntry(
        kind=Kind.check_in,
        channel=Channel.email,
        to="Sarah Chen",
        sent_at=dt.datetime(2026, 11, 30, 10, tzinfo=EST),
    )
    notes = NOTES.model_copy(update={"history": [check_in]})
    before = dt.datetime(2026, 11, 28, 10, tzinfo=EST)
    assert situate(notes, Facts(), before, True).history == []
    answer = ask("can I send my first check-in on monday?", notes, now=before)
    assert "Monday 30 November is fine for a check-in" in answer.answer
    after = dt.datetime(2026, 12, 1, 10, tzinfo=EST)
    assert situate(notes, Facts(), after, True).history == [check_in]
