"""Two channels on one day, found wherever in the message the pair is asked about; a check-in
stated by its purpose ("emailed her to check in") or as a chase; earlier chases listed by day
in brackets, after which another one is too many."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.channels import channels_at_once
from coach.chat.relative import absolute_dates
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")
ZONE = NOTES.interview.zone


def at(day: int, month: int = 12) -> dt.datetime:
    return dt.datetime(2026, month, day, 10, tzinfo=ZONE)


def test_the_pair_is_found_after_an_earlier_mention_of_one_channel() -> None:
    q = "She likes texts. Can I text her my check-in today and also email the recruiter?"
    assert channels_at_once(q)


def test_one_channel_instead_of_another_is_a_choice() -> None:
    assert not channels_at_once("phoning feels too forward, so could I just email instead?")


def test_a_stated_check_in_today_makes_another_platform_too_much() -> None:
    q = (
        "I emailed Priya this morning to check in. Is it overkill to also send her a "
        "LinkedIn message today?"
    )
    answer = ask(q, NOTES, now=at(9))
    assert answer.answer.startswith("Yes, that is too much")
    assert "channel-multiple-same-day" in answer.rules


def test_both_channels_today_when_one_is_due_leads_with_yes_for_one() -> None:
    q = "can I ring Priya today and also drop her a LinkedIn message this afternoon?"
    lead = ask(q, NOTES, now=at(9)).answer.split("\n")[0]
    assert lead.startswith("Yes, one of them today, but no, not both")


def test_bracketed_ordinals_are_written_as_days() -> None:
    text = absolute_dates("I nudged them twice (2nd and 7th) already", dt.date(2026, 12, 10))
    assert "the 2nd" in text and "the 7th" in text


def test_two_chases_listed_by_day_make_a_third_too_many() -> None:
    q = "I've chased twice now (1st and 8th) and heard nothing. Could I try once more today?"
    answer = ask(q, NOTES, now=at(16))
    assert answer.answer.startswith("No")
    assert (
        "timing-too-many" in answer.rules
        or "how many" in answer.answer.lower()
        or any("FAQ 3" in c.section for c in answer.citations)
    )
    assert any("1 Dec" in f and "8 Dec" in f for f in answer.facts)


def test_asked_first_whether_to_do_it_a_second_platform_today_is_a_no() -> None:
    """'can I ..., or is that too much?' asks whether to do it (its first alternative), so the
    answer is a no, not 'yes, that is too much'."""
    q = (
        "I emailed Priya this morning to check in. can I message her on LinkedIn later "
        "today as well, or is that too much?"
    )
    lead = ask(q, NOTES, now=at(9)).answer.split("\n")[0]
    assert lead.startswith("No") and "channel-multiple-same-day" not in lead
