"""Who made a contact the question states: the interviewer calling the user is no check-in the
user sent; a call the user had with them is one, in answers and in a pasted draft's check."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.facts import extract
from coach.models import Kind
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")  # Sarah Chen, Michael O'Brien, 20 Nov 2026
EST = dt.timezone(dt.timedelta(hours=-5))
TODAY = dt.date(2026, 12, 3)


def test_they_called_is_not_a_check_in_sent() -> None:
    for q in (
        "the hiring manager (Sarah) called yesterday and said they'd decide by Friday",
        "Michael called me on Monday with an update",
        "she called yesterday, still no decision",
    ):
        assert extract(q, TODAY).sent == [], q


def test_a_call_the_user_had_is_a_check_in_on_its_day() -> None:
    for q, day in (
        ("talked with Sarah yesterday, she said they're still deciding", dt.date(2026, 12, 2)),
        ("nothing since my call with Michael on the 1st", dt.date(2026, 12, 1)),
        ("I called Sarah on Tuesday", dt.date(2026, 12, 1)),
    ):
        sent = extract(q, TODAY).sent
        assert [(s.kind, s.day) for s in sent] == [(Kind.check_in, day)], q


def test_talking_at_the_interview_or_to_a_friend_is_no_contact() -> None:
    assert extract("I spoke to Sarah at the interview about Looker", TODAY).sent == []
    assert extract("spoke to a friend about it yesterday", TODAY).sent == []


def test_words_opening_a_sentence_are_not_someone_else() -> None:
    sent = extract("Already thanked both of them (Sarah on Saturday)", TODAY).sent
    assert [s.kind for s in sent] == [Kind.thank_you]


def test_a_draft_after_a_stated_call_is_timed_from_that_call() -> None:
    draft = (
        "Subject: Following up on the Data Analyst role\n\nDear Sarah,\n\nI wanted to follow up "
        "on the Data Analyst role. I remain very interested.\n\nBest regards,\nPriya Raman"
    )
    now = dt.datetime(2026, 12, 3, 10, 0, tzinfo=EST)
    q = f"nothing since my call with Sarah on the 1st, writing to her again:\n\n{draft}"
    assert "timing-too-soon-after-last" in ask(q, notes=NOTES, now=now).rules


# --- the day they spoke, named apart from today


def test_their_relative_words_count_from_the_day_they_said_them() -> None:
    monday = dt.date(2026, 9, 21)
    q = "the recruiter said they'd decide by the end of the week. that was last friday"
    assert extract(q, monday).decision_by == dt.date(2026, 9, 18)
    said_today = "the recruiter said they'd decide by the end of the week"
    assert extract(said_today, monday).decision_by == dt.date(2026, 9, 25)


def test_in_the_week_after_their_words_count_from_the_week_before() -> None:
    wednesday = dt.date(2026, 9, 23)
    for q in (
        "recruiter said I'd hear by end of the week. it's wednesday of the week after, nothing",
        "she said they'd decide by the end of the week; it's now the following wednesday",
    ):
        assert extract(q, wednesday).decision_by == dt.date(2026, 9, 18), q


def test_when_they_spoke_and_their_date_passed_a_check_in_is_fine_now() -> None:
    now = dt.datetime(2026, 9, 21, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    q = "she said she'd get back to me by end of the week. that was last friday. email her now?"
    assert ask(q, now=now).answer.startswith("Yes")
    assert "Yes: you can send a check-in now" in ask(q, now=now).answer


# --- whether to follow up at all


def test_doubting_follow_ups_at_all_gets_why_they_matter() -> None:
    for q in (
        "why is sending a follow up even necessary? they have my CV",
        "someone told me hiring managers really dislike it when you follow up, true?",
        "isn't following up after an interview kind of needy?",
    ):
        cited = [(c.article, c.section) for c in ask(q).citations]
        assert ("002", "Why is Follow-Up Important After an Interview?") in cited, q


# --- the channel the notes say they prefer


def test_phone_or_email_names_the_channel_the_notes_prefer() -> None:
    from coach.models import Channel

    notes = NOTES.model_copy(update={"preferred_channel": Channel.phone})
    now = dt.datetime(2026, 12, 1, 10, 0, tzinfo=EST)
    reply = ask("should I call or email them to follow up? I'd rather email", notes=notes, now=now)
    assert "prefer phone" in reply.answer
    assert ("004", "Set expectations early") in [(c.article, c.section) for c in reply.citations]


def test_a_call_the_user_asks_about_is_not_one_made() -> None:
    """'could I move my call with Zoë to Monday?' plans a call; it records no check-in (the
    guard's word boundaries were once a backspace character, so it never matched)."""
    asked = extract("could I move my call with Zoë to monday?", dt.date(2026, 12, 4), ["Zoë Park"])
    assert asked.sent == []
    told = extract("my call with Zoë on the 1st went well", dt.date(2026, 12, 4), ["Zoë Park"])
    assert [s.day for s in told.sent] == [dt.date(2026, 12, 1)]
