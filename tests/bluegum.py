"""The chat tests' Bluegum notes: a Wednesday 3 March 2027 interview in Canberra time (+11:00)
with one interviewer, Odette Marr, and a thank-you sent that evening. Each test file adds what
its questions turn on (a timeline, a preferred channel, more history) and loads the notes from a
file, the way `coach ask --notes` does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.models import Notes
from coach.readers import load_notes

BASE = """\
candidate: {name: Tomasz Weller}
company: {name: Bluegum Rail Signals Pty Ltd, aliases: [Bluegum]}
role: Signal Maintenance Scheduler
interview:
  start: 2027-03-03T10:00:00+11:00
  end: 2027-03-03T11:00:00+11:00
interviewers:
  - {name: Odette Marr, honorific: Ms., title: Network Lead, aliases: []}
details:
  - night possessions on the western line
country: AU
stage: interviewed
materials: []
"""
THANKED = (
    "  - {kind: thank_you, channel: email, to: Odette Marr, sent_at: 2027-03-03T19:00:00+11:00}\n"
)
ZONE = dt.timezone(dt.timedelta(hours=11))


def bluegum(folder: Path, extra: str = "", history: str = THANKED) -> Notes:
    """The notes with `extra` YAML lines and `history` entries (the thank-you by default)."""
    path = folder / "notes.yaml"
    path.write_text(BASE + extra + ("history:\n" + history if history else "history: []\n"))
    return load_notes(path)


def at(day: int, hour: int = 9) -> dt.datetime:
    """That day of March 2027 at `hour`, Canberra time."""
    return dt.datetime(2027, 3, day, hour, 0, tzinfo=ZONE)
