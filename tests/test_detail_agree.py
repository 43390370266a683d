"""A topic that was never discussed is no detail (coach.checks.detail_agree): a message whose
only "detail" is an invented topic, an unrecorded offer or a denied detail gets detail-missing
as well as detail-unsupported; beside a true detail, only detail-unsupported."""

from __future__ import annotations

import datetime as dt

from coach.engine import Checker
from coach.models import Kind, Notes
from coach.readers import Message

START = dt.datetime(2026, 4, 14, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
NOTES = Notes.model_validate(
    {
        "candidate": {"name": "Ines Carvalho"},
        "company": {"name": "Brackwater Ferries"},
        "role": "Deck Officer",
        "interview": {"start": START.isoformat()},
        "interviewers": [{"name": "Tomas Verrall", "title": "Fleet Captain"}],
        "details": [
            "Tomas - the winter timetable cuts the island crossings to four a day",
            "Tomas - new gangway sensors fitted on both vessels in May",
        ],
        "timeline": {"said": "We hope to decide within two weeks."},
    }
)
CHECKER = Checker(select=["detail-missing", "detail-unsupported"])


def fired(sentence: str, kind: Kind = Kind.thank_you) -> set[str]:
    if kind is Kind.check_in:
        body = f"Subject: Deck Officer role\n\nDear Tomas,\n\n{sentence}\n\nBest regards,\nInes"
        send_at = START + dt.timedelta(days=21)
    else:
        body = (
            f"Subject: Thank you\n\nDear Tomas,\n\nThank you for meeting me today. {sentence}\n\n"
            "I remain very interested in the Deck Officer role.\n\nBest regards,\nInes Carvalho"
        )
        send_at = START + dt.timedelta(hours=4)
    message = Message(
        path="m.md", text=body, to="Tomas Verrall", kind=kind, send_at=send_at, notes=NOTES
    )
    result = CHECKER.check(message, now=START + dt.timedelta(days=30))
    return {f.rule for f in result.findings}


def test_an_invented_topic_alone_is_no_detail() -> None:
    sentence = (
        "I wanted to ask about the Deck Officer role. I have been thinking about our "
        "conversation on the pension rules for the winter crews."
    )
    assert {"detail-missing", "detail-unsupported"} <= fired(sentence, Kind.check_in)


def test_a_detail_told_as_denied_is_no_detail() -> None:
    sentence = "I was glad to hear that the winter timetable never cuts the island crossings."
    assert {"detail-missing", "detail-unsupported"} <= fired(sentence)


def test_beside_a_true_detail_only_unsupported() -> None:
    rules = fired(
        "I enjoyed hearing how the winter timetable cuts the crossings to four a day, and our "
        "conversation about the pension rules for the crews."
    )
    assert "detail-missing" not in rules


def test_a_detail_retold_with_another_number_still_refers_to_it() -> None:
    rules = fired("I enjoyed hearing how the winter timetable cuts the island crossings to three.")
    assert "detail-missing" not in rules
