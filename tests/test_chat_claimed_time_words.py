"""Words the user means to write that claim a time since the interview ("can I open with 'it's
been over a month'?") are judged against the dates, as the checker judges a draft: a claim the
dates contradict is a no, with timing-claim-mismatch. Our own wording, on the example notes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")  # interview Fri 20 Nov
NOW = dt.datetime(2026, 12, 1, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def test_a_claim_the_dates_contradict_is_a_no() -> None:
    answer = ask(
        "can i start my check in with 'it has been over a month since we met'?", NOTES, now=NOW
    )
    assert answer.answer.startswith("No")
    assert "timing-claim-mismatch" in answer.rules


def test_a_claim_that_fits_is_not_judged_by_the_dates() -> None:
    answer = ask(
        "can i start my check in with 'it has been a week and a half since we met'?",
        NOTES,
        now=NOW,
    )
    assert "timing-claim-mismatch" not in answer.rules


def test_words_weighed_in_passing_are_judged_too() -> None:
    answer = ask(
        "thinking of opening my next email with 'its been over a month since we spoke'. ok?",
        NOTES,
        now=NOW,
    )
    assert answer.answer.startswith("No, not as written")
