"""A thank-you already sent, judged by a question without its verb ("all good", "both fine
timing wise?"): a yes or no with the target, not a bare "it went". Questions are our own; the
Bluegum thank-you went at 19:00 on the interview day."""

from __future__ import annotations

import sys
from pathlib import Path

from coach.chat import ask

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import at, bluegum  # noqa: E402


def test_all_good_said_without_a_question_mark_gets_a_yes(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask("sent odette's thank you at 7pm on the interview day. all good", notes, now=at(5))
    assert doc.answer.startswith("Yes, that was fine")
    assert "Thursday 4 March, 11:00" in doc.answer


def test_fine_timing_wise_gets_a_yes(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask(
        "thank you went to odette around 7pm that evening. fine timing wise?", notes, now=at(5)
    )
    assert doc.answer.startswith("Yes, that was fine")
