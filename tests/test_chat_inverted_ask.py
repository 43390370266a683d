"""A question without its mark and not opening with its verb ("if I send it on the 5th, will it
look late") still asks about its day: the verb before the subject mid-clause says so. Without
that the day went unread and the answer judged today instead. Our own wording, on the Bluegum
notes (interview Wednesday 3 March 2027, 10:00-11:00, Canberra)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from coach.chat import ask
from coach.chat.asked import asking

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import at, bluegum  # noqa: E402


@pytest.mark.parametrize(
    "clause",
    [
        "if i thank her on the 5th first thing will it look late",
        "say I ring on friday would that be ok",
        "if they get it monday morning does it come across as keen",
    ],
)
def test_a_verb_before_its_subject_asks(clause: str) -> None:
    assert asking([clause])


@pytest.mark.parametrize(
    "clause", ["she said it would be fine to call", "i think it will be ok", "it was late"]
)
def test_statements_do_not_ask(clause: str) -> None:
    assert not asking([clause])


def test_a_thank_you_day_past_the_hours_is_judged(tmp_path: Path) -> None:
    notes = bluegum(tmp_path, history="")
    reply = ask(
        "the 4th is busy for me. if i send the thank you on the 5th first thing will it look late",
        notes,
        None,
        at(3, 15),
    )
    assert reply.answer.startswith("No, send it now")
    assert "4 March" in reply.answer
