"""A holiday named before its day ("Canberra Day was that Monday"), a region's own day that the
country's list leaves out: every count of business days in the answer skips it. Questions are
our own; the Bluegum interview is on Wednesday 3 March 2027 with no timeline."""

from __future__ import annotations

import sys
from pathlib import Path

from coach.chat import ask

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import at, bluegum  # noqa: E402


def test_a_regional_day_named_first_moves_the_first_check_in(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    plain = ask("when is the earliest I can check in with odette?", notes, now=at(4))
    assert "Wednesday 10 March" in plain.answer
    doc = ask(
        "when is the earliest I can check in with odette? canberra day was that monday",
        notes,
        now=at(4),
    )
    assert "Thursday 11 March" in doc.answer


def test_words_before_a_day_that_name_no_holiday_move_nothing(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask(
        "when is the earliest I can check in with odette? my thank you was that wednesday",
        notes,
        now=at(4),
    )
    assert "Wednesday 10 March" in doc.answer
