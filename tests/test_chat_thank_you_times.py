"""A thank-you's timing: one already sent is judged against the plan's 24-hour target and
2-day limit (yes or no, with the times); a moved interview or one still being written moves
or opens the deadline; a nameless "hi," opens a question, not a pasted draft."""

from __future__ import annotations

import datetime as dt

from coach.chat import ask
from coach.chat.facts import extract
from coach.chat.intent import split_pasted
from coach.models import Notes

NZ = dt.timezone(dt.timedelta(hours=13))


def _notes(history: list[dict[str, str]] | None = None) -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Aroha Tane"},
            "company": {"name": "Kauri Glassworks"},
            "role": "Glass Furnace Technician",
            "interview": {
                "start": "2026-11-12T13:00:00+13:00",
                "end": "2026-11-12T14:00:00+13:00",
            },
            "interviewers": [
                {"name": "Wiremu Pōtae", "honorific": "Mr."},
                {"name": "Ingrid Solberg", "honorific": "Ms."},
            ],
            "country": "NZ",
            "stage": "interviewed",
            "history": history or [],
        }
    )


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=NZ)


SENT = [
    {"kind": "thank_you", "to": "Wiremu Pōtae", "sent_at": "2026-11-12T19:05:00+13:00"},
    {"kind": "thank_you", "to": "Ingrid Solberg", "sent_at": "2026-11-14T15:20:00+13:00"},
]


def test_a_note_sent_inside_the_24_hours_is_fine_with_its_time_and_target() -> None:
    answer = ask(
        "did my thank-you note to Wiremu go out quick enough?", _notes(SENT), now=at(16, 9)
    ).answer
    lead = answer.split("\n")[0]
    assert lead.startswith("Yes") and "19:05" in lead and "Friday 13 November, 14:00" in lead


def test_a_note_past_the_two_day_limit_is_late_when_asked_that_way() -> None:
    answer = ask("was Ingrid's thank you too late?", _notes(SENT), now=at(16, 9)).answer
    lead = answer.split("\n")[0]
    assert lead.startswith("Yes, it was late") and "Saturday 14 November, 14:00" in lead


def test_a_what_question_gets_no_yes_or_no() -> None:
    answer = ask(
        "which clock does the 24 hour thank you window use for Wiremu's note?",
        _notes(SENT),
        now=at(16, 9),
    )
    assert answer.answer.startswith("On time")


def test_a_note_still_being_written_is_owed_with_the_limit() -> None:
    answer = ask(
        "Wiremu got his that night, but to Ingrid I'm only sending it now. Still ok?",
        _notes(SENT[:1]),
        now=at(13, 18),
    ).answer
    assert "Ingrid Solberg" in answer and "Saturday 14 November, 14:00" in answer


def test_a_moved_interview_moves_the_thank_you_deadline() -> None:
    answer = ask(
        "heads up: the interview was moved to 3:30pm on the day and ended 5pm. when must the "
        "thank-you go by?",
        _notes(),
        now=at(13, 8),
    ).answer
    assert "Friday 13 November, 17:00" in answer


def test_a_moved_start_alone_keeps_the_interview_as_long() -> None:
    facts = extract("it got rescheduled to 4pm that day", dt.date(2026, 11, 13), [])
    assert facts.moved_to == dt.time(16, 0) and facts.interview_end_at is None
    answer = ask("it got rescheduled to 4pm that day. thank-you deadline?", _notes(), now=at(13, 8))
    assert "Friday 13 November, 17:00" in answer.answer


def test_the_latest_gives_the_target_and_the_outer_limit() -> None:
    answer = ask("what's the latest the thank-yous can go?", _notes(), now=at(12, 16)).answer
    assert "Friday 13 November, 14:00" in answer and "Saturday 14 November, 14:00" in answer


def test_a_span_with_the_day_gives_both_ends() -> None:
    facts = extract("my interview was yesterday 10-11am", dt.date(2026, 11, 13), [])
    assert (facts.interview_at, facts.interview_end_at) == (dt.time(10), dt.time(11))


def test_a_nameless_hello_opens_a_question_not_a_draft() -> None:
    text = "hey, my interview was at noon today. when do the thank you notes have to go?"
    assert split_pasted(text) == (text, "")
    draft = "Hi Wiremu, thank you for showing me the furnace floor today. Kind regards, Aroha"
    assert split_pasted(draft)[1] == draft
