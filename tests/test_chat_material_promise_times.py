"""Material promised by a day and an hour, asked about at another hour or day: "more like
10" after a 9am promise, a later day the user proposes on a holiday, a day before the deadline,
and a promise already missed asked "still on time?". Questions and notes are our own."""

from __future__ import annotations

import sys
from pathlib import Path

from coach.chat import ask

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import BASE, THANKED, at, bluegum  # noqa: E402

from coach.models import Notes  # noqa: E402
from coach.readers import load_notes  # noqa: E402

# the track diagrams promised by Friday 5 March, 14:00 Canberra time
PROMISED = """\
materials:
  - {what: the possession track diagrams, promised_by: 2027-03-05T14:00:00+11:00}
"""


def promised(folder: Path) -> Notes:
    path = folder / "notes.yaml"
    path.write_text(BASE.replace("materials: []\n", PROMISED) + "history:\n" + THANKED)
    return load_notes(path)


def test_a_bare_later_hour_on_the_day_breaks_a_stated_promise() -> None:
    doc = ask("I said I'd upload the slides by 9am tomorrow. it'll be more like 11, close enough?")
    assert doc.answer.startswith("No: s")
    assert "09:00" in doc.answer


def test_a_later_day_is_judged_against_the_notes_promise_whatever_the_topic(tmp_path: Path) -> None:
    notes = promised(tmp_path)
    doc = ask(
        "could I send the track diagrams monday instead? everyone is off anyway", notes, now=at(4)
    )
    assert doc.answer.startswith("No: keep your promise")
    assert "Friday 5 March, 14:00" in doc.answer


def test_a_day_before_the_stated_deadline_is_in_time(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask(
        "odette wants my rail safety ticket by 10am thursday 11 march. if I send it wednesday "
        "evening is that early enough",
        notes,
        now=at(8),
    )
    assert doc.answer.startswith("Yes, in time: Wednesday 10 March is before the deadline")
    assert "In short" not in doc.answer


def test_past_the_promise_on_time_is_a_no(tmp_path: Path) -> None:
    notes = promised(tmp_path)
    doc = ask(
        "it's gone 3pm and the track diagrams are still not out. still on time?",
        notes,
        now=at(5, 15),
    )
    assert doc.answer.startswith("No, not on time")
    assert "14:00" in doc.answer
