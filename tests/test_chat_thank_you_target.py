"""The thank-you's 24-hour target asked about directly: "still within the 24 hours?", "was that
on time?" and a proposed clock time are a no once past the target, even inside the 2-day limit;
past the limit, a thank-you on its own is not worth sending (an error), whatever the wording."""

from __future__ import annotations

import datetime as dt

from coach.chat import ask
from coach.models import Notes

CL = dt.timezone(dt.timedelta(hours=-3))


def _notes(history: list[dict[str, str]] | None = None) -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Tomás Rivas"},
            "company": {"name": "Andes Rail"},
            "role": "Signalling Engineer",
            "interview": {
                "start": "2026-06-09T10:00:00-03:00",  # a Tuesday
                "end": "2026-06-09T11:00:00-03:00",
            },
            "interviewers": [{"name": "Lucía Herrera", "honorific": "Ms."}],
            "stage": "interviewed",
            "history": history or [],
        }
    )


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 6, day, hour, minute, tzinfo=CL)


def lead(question: str, notes: Notes, now: dt.datetime) -> str:
    return ask(question, notes, now=now).answer.split("\n")[0]


def test_past_the_target_is_not_within_the_24_hours_but_still_sendable() -> None:
    first = lead("haven't thanked Lucía yet, am I still inside 24 hrs?", _notes(), at(10, 16))
    assert first.startswith("No") and "Wednesday 10 June, 11:00" in first
    assert "Thursday 11 June, 11:00" in first  # the limit, still ahead


def test_inside_the_target_the_same_question_is_a_yes() -> None:
    assert lead("still within the 24 hours if I send it now?", _notes(), at(9, 20)).startswith(
        "Yes"
    )


def test_a_sent_note_past_the_target_was_not_on_time() -> None:
    sent = [{"kind": "thank_you", "to": "Lucía Herrera", "sent_at": "2026-06-10T15:00:00-03:00"}]
    first = lead("my thank you went wednesday afternoon, on time?", _notes(sent), at(12, 9))
    assert first.startswith("No") and "15:00" in first


def test_a_clock_time_proposed_without_a_verb_is_read_against_the_target() -> None:
    first = lead(
        "the interview wrapped up at 11am. is tomorrow about 6pm fine for the thank you?",
        _notes(),
        at(9, 13),
    )
    assert first.startswith("No") and "18:00 on Wednesday 10 June" in first


def test_the_interview_clock_time_is_not_taken_for_the_send_time() -> None:
    first = lead(
        "interview ended at 11am, is tomorrow morning ok for the thank you?", _notes(), at(9, 13)
    )
    assert "11:00 on" not in first


def test_past_the_limit_a_thank_you_on_its_own_is_a_no_however_asked() -> None:
    for question in ("any point thanking Lucía now?", "is it too late to thank her now?"):
        first = lead(question, _notes(), at(15, 10))
        assert first.startswith("No") and "Thursday 11 June, 11:00" in first, question
