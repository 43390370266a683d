"""The sections a timing verdict cites come from the entry whose rule the verdict applies."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.readers import load_notes

NOTES = Path(__file__).parent / "chat_dev15" / "notes"


def _sections(answer) -> set[str]:
    return {c.section for c in answer.citations}


def test_spent_follow_ups_cite_the_how_many_sections() -> None:
    notes = load_notes(NOTES / "za_karoo.yaml")
    now = dt.datetime(2026, 8, 28, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    reply = ask("could I phone a different person there for a third nudge?", notes, now=now)
    assert reply.answer.startswith("No")
    assert any("How Many Times" in s for s in _sections(reply))


def test_calling_before_the_invited_day_cites_overeager() -> None:
    notes = load_notes(NOTES / "ie_shannonside.yaml")
    now = dt.datetime(2026, 3, 16, 9, 0, tzinfo=dt.UTC)
    reply = ask("no word yet, can I phone her today?", notes, now=now)
    assert "18 March" in reply.answer
    assert any("overeager" in s for s in _sections(reply))
