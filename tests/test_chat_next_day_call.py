"""A phone call the day after the interview, planned or looked back on, is overeager whatever
else the question is about (timing-next-day-call), unless they invited a call. Questions are our
own; the Bluegum interview is on Wednesday 3 March 2027."""

from __future__ import annotations

import sys
from pathlib import Path

from coach.chat import ask

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import at, bluegum  # noqa: E402


def test_a_thanking_call_planned_for_tomorrow_is_a_no(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask(
        "was going to ring odette tomorrow to thank her once more, fine?", notes, now=at(3, 18)
    )
    assert doc.answer.startswith("No: a call the day after the interview (Thursday 4 March)")
    assert "timing-next-day-call" in doc.rules


def test_a_call_looked_back_on_by_its_weekday_is_a_no(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask(
        "the thursday after the interview I almost phoned odette. good thing I didn't?",
        notes,
        now=at(15),
    )
    assert doc.answer.startswith("No: a call the day after the interview (Thursday 4 March) would")


def test_another_weekday_after_the_interview_is_not_the_next_day(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask(
        "the friday after the interview I almost phoned odette, would that have been ok?",
        notes,
        now=at(15),
    )
    assert "the day after the interview (" not in doc.answer


def test_without_notes_the_next_morning_is_still_a_no() -> None:
    doc = ask("can I phone the recruiter the following morning to see how I did?")
    assert doc.answer.startswith("No: a call the day after the interview reads as overeager")


def test_an_invited_call_the_next_day_is_not_judged_here() -> None:
    doc = ask(
        "she said call me tomorrow if anything comes up. would phoning the next day look keen?"
    )
    assert "reads as overeager unless" not in doc.answer


def test_a_name_someone_is_called_by_is_no_call(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask("the team calls her Detty, can I use that in tomorrow's email?", notes, now=at(3, 18))
    assert "a call the day after" not in doc.answer
