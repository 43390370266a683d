"""The hour said for sending promised material is weighed against the hour promised ("is 3pm
fine?" for a noon promise is a no), and a piece the history says went is judged as sent, on time
or late, as a yes or no to the question's own frame. Our own wording, on the Bluegum notes with
a promised rota."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from coach.chat import ask
from coach.chat.material_times import send_time

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import BASE, THANKED, at  # noqa: E402

from coach.readers import load_notes  # noqa: E402

PROMISED = (
    "materials:\n  - {what: the night-shift rota sample, promised_by: 2027-03-04T12:00:00+11:00}\n"
)


def _notes(tmp_path: Path, sent: str = ""):  # type: ignore[no-untyped-def]
    """The Bluegum notes with the rota promised by noon on the 4th (and sent at `sent`)."""
    history = THANKED + (
        f"  - {{kind: materials, channel: email, to: Odette Marr, sent_at: {sent}}}\n"
        if sent
        else ""
    )
    path = tmp_path / "notes.yaml"
    path.write_text(BASE.replace("materials: []\n", PROMISED) + "history:\n" + history)
    return load_notes(path)


@pytest.mark.parametrize(
    ("question", "hour"),
    [
        ("i said by noon, it's 11:50 now, would 3pm be fine", dt.time(15, 0)),
        ("sending it at 12.30, promised it by midday, ok", dt.time(12, 30)),
        ("went at 11:40 and I'd said by noon", dt.time(11, 40)),
        ("promised by 5pm", None),
    ],
)
def test_the_send_time_is_not_the_promise(question: str, hour: dt.time | None) -> None:
    assert send_time(question) == hour


def test_an_hour_past_the_promise_is_a_no(tmp_path: Path) -> None:
    notes = _notes(tmp_path)
    reply = ask("still polishing the rota sample, is 2pm today ok", notes, None, at(4, 10))
    assert reply.answer.startswith("No")
    assert "12:00" in reply.answer


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("the rota sample went at 11:15, were they late", "No, not late"),
        ("did the rota sample go out in time? i sent it before lunch", "Yes, on time"),
    ],
)
def test_a_sent_piece_on_time(tmp_path: Path, question: str, lead: str) -> None:
    notes = _notes(tmp_path, "2027-03-04T11:15:00+11:00")
    reply = ask(question, notes, None, at(5))
    assert reply.answer.startswith(lead)
    assert "11:15" in reply.answer


def test_a_sent_piece_late(tmp_path: Path) -> None:
    notes = _notes(tmp_path, "2027-03-04T14:05:00+11:00")
    reply = ask("I sent the rota sample after lunch, was it late", notes, None, at(5))
    assert reply.answer.startswith("Yes, it was late")
    assert "12:00" in reply.answer
