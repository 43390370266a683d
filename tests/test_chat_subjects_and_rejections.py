"""Questions routed by what they are about, not by a word they share with another topic: a
subject line, a point forgotten in the interview (not a person forgotten in the thanks), one
text sent to two people, asking a rejecting employer to look again, a call and an email on one
named day, and a feeling about emails that is no message to anyone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.channels import channels_at_once
from coach.chat.phrases import SAY_THAT
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")
EST = dt.timezone(dt.timedelta(hours=-5))


def at(day: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, 0, tzinfo=EST)


def _rejected() -> object:
    return NOTES.model_copy(update={"stage": "rejected"})


def test_a_bare_subject_is_too_vague_and_the_role_is_suggested() -> None:
    answer = ask(
        "would 'Checking in' do as the subject of my thank-you email?", NOTES, now=at(20, 16)
    )
    assert answer.answer.startswith("No") and "Data Analyst" in answer.answer
    assert "subject-missing" in answer.rules


def test_a_subject_naming_the_thanks_and_the_interview_will_do() -> None:
    answer = ask(
        "is 'Thank you for the Data Analyst interview' fine as a subject line?",
        NOTES,
        now=at(20, 16),
    )
    assert answer.answer.startswith("Yes")


def test_a_point_forgotten_in_the_interview_goes_in_the_thank_you() -> None:
    answer = ask(
        "I never brought up my SQL certification when they asked about skills. can it go in my "
        "thank you?",
        NOTES,
        now=at(20, 17),
    )
    assert "Yes, you can still make the point" in answer.answer
    assert any("Provide Additional Information" in c.section for c in answer.citations)


def test_a_person_forgotten_in_the_thanks_is_a_thank_you_deadline() -> None:
    answer = ask(
        "I wrote to Sarah last night but forgot Michael entirely. is it too late for his?",
        NOTES,
        now=at(21, 11),
    )
    assert "Saturday 21 November, 15:00" in answer.answer
    assert not any("FAQ 5" in c.section for c in answer.citations)


def test_the_same_text_to_two_interviewers_is_the_weak_spot_after_a_no() -> None:
    answer = ask(
        "after the rejection I realised I sent Sarah and Michael identical thank-yous. was that "
        "the reason?",
        _rejected(),  # type: ignore[arg-type]
        now=at(30),
    )
    assert "duplicate-across-interviewers" in answer.rules
    assert "own note" in answer.answer


def test_asking_a_rejecting_employer_to_look_again_is_a_no() -> None:
    for question in (
        "they picked the wrong person, I'm sure. should I email and ask for a second look?",
        "can I ask Sarah to re-evaluate my application? I think they made a mistake",
    ):
        answer = ask(question, _rejected(), now=at(30))  # type: ignore[arg-type]
        assert answer.answer.startswith("No"), question
        assert "rejection-reconsider" in answer.rules


def test_a_call_and_an_email_on_a_named_day_are_judged_for_that_day() -> None:
    answer = ask(
        "Could I phone Sarah on Monday 30 November and also send mail that same day?",
        NOTES,
        now=at(27, 12),
    )
    lead = answer.answer.split("\n")[0]
    assert lead.startswith("No") and "Monday 30 November" in lead and "Tuesday 1 December" in lead
    assert "channel-multiple-same-day" in answer.rules
    assert not any(r.startswith("timeline.contact_on") for r in answer.record)


def test_mail_is_a_channel_and_feeling_like_emails_is_no_message() -> None:
    assert channels_at_once("call her and also send mail the same day")
    assert SAY_THAT.search("I feel like emails just vanish") is None
    assert SAY_THAT.search("I'd like to tell her I'm still keen") is not None


def test_a_dropped_accent_matters() -> None:
    notes = NOTES.model_copy(
        update={
            "interviewers": [
                NOTES.interviewers[0].model_copy(update={"name": "Zoë Chen"}),
                NOTES.interviewers[1],
            ]
        }
    )
    answer = ask(
        "I wrote Zoe without the accent in my thank-you to Zoë Chen. is that a big deal?",
        notes,
        now=at(21),
    )
    assert answer.answer.startswith("Yes, it matters") and "name-misspelled" in answer.rules
