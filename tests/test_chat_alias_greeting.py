"""A greeting by a name the notes list for the person is answered yes when the user asks whether
it is fine ("is 'Dear Doc Mick' ok?"), naming the longest listed form the question uses, not a
shorter one inside it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.models import Notes
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
EVENING = dt.datetime(2026, 11, 20, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def _with_aliases(*aliases: str) -> Notes:
    data = load_notes(ROOT / "examples" / "acme.yaml").model_dump(mode="json")
    data["interviewers"][1]["aliases"] = list(aliases)
    return Notes.model_validate(data)


def test_a_listed_form_asked_about_is_a_yes() -> None:
    notes = _with_aliases("Mick", "Doc Mick")
    a = ask("is 'Dear Doc Mick' ok or must I write Michael O'Brien in full", notes, now=EVENING)
    assert a.answer.startswith("Yes")
    assert "Doc Mick" in a.answer.split("\n\n")[0]
