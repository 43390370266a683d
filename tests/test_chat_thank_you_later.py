"""The thank-you's timing asked as a choice of when: a later time proposed ("tomorrow morning
instead?", "now or wait for morning?") is a yes while it is inside the 24 hours, and a no past
them; a thank-you past its 24 hours but inside the limit cites the sections that allow 1-2
days."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")  # interview Fri 20 Nov, 14:00-15:00 EST
EST = dt.timezone(dt.timedelta(hours=-5))
EVENING = dt.datetime(2026, 11, 20, 22, 30, tzinfo=EST)


def test_tomorrow_morning_inside_the_24_hours_is_a_yes() -> None:
    answer = ask(
        "too tired now, can I send the thank-yous tomorrow morning instead", NOTES, now=EVENING
    )
    assert answer.answer.startswith("Yes, the morning of Saturday 21 November is still in time")
    assert "Saturday 21 November, 15:00" in answer.answer


def test_now_or_wait_for_morning_inside_the_24_hours_is_a_yes() -> None:
    answer = ask("is it fine to send the thank you now or wait for morning?", NOTES, now=EVENING)
    assert answer.answer.startswith("Yes") and "15:00" in answer.answer


def test_a_day_past_the_24_hours_is_still_a_no() -> None:
    answer = ask("can I hold the thank-you emails till Monday morning?", NOTES, now=EVENING)
    assert not answer.answer.startswith("Yes")
    assert "Saturday 21 November, 15:00" in answer.answer


def test_a_late_thank_you_inside_the_limit_cites_the_one_to_two_days_first() -> None:
    late = dt.datetime(2026, 11, 21, 20, 0, tzinfo=EST)
    answer = ask("I forgot the thank-you emails, is it too late to send them now?", NOTES, now=late)
    assert answer.answer.startswith("No, not too late")
    first = [(c.article, c.section) for c in answer.citations][:2]
    assert first == [
        ("000", "Send a thank-you note (promptly)"),
        ("004", "Express your gratitude for their time"),
    ]


def test_past_the_limit_the_limit_missed_is_cited_first_and_the_24_hours_too() -> None:
    later = dt.datetime(2026, 11, 23, 9, 0, tzinfo=EST)
    answer = ask("is it too late to send the thank-you now?", NOTES, now=later)
    cited = [(c.article, c.section) for c in answer.citations]
    assert cited[0] == ("000", "Send a thank-you note (promptly)")
    assert ("002", "How Soon Should You Follow Up After an Interview?") in cited
