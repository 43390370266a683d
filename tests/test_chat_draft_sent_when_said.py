"""A pasted draft the question says will go later ("going to her on the 30th at 9", "sending
it tomorrow morning") is judged by the timing rules as sent then, not now, and says so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")  # decision by Friday 27 November
ZONE = NOTES.interview.zone

DRAFT = """Subject: Data Analyst role: checking in

Dear Sarah,

Thank you again for our conversation on 20 November about moving the dashboards from Tableau
to Looker. I understand you hoped to decide by 27 November, and I wanted to ask whether there
is any news on the timing. I remain very interested in the Data Analyst role.

Best regards,
Priya Raman"""


def test_a_check_in_scheduled_for_after_the_decision_date_is_judged_then() -> None:
    now = dt.datetime(2026, 11, 29, 20, 0, tzinfo=ZONE)  # a Sunday evening
    answer = ask(f"this one goes to Sarah on the 30th at 9, ok?\n\n{DRAFT}", NOTES, now=now)
    lead = answer.answer.split("\n")[0]
    assert lead.startswith("Yes") and "Monday 30 November, 09:00" in lead
    assert "timing-check-in-early" not in {f.rule for f in answer.findings}


def test_the_same_draft_sent_now_is_still_too_early() -> None:
    now = dt.datetime(2026, 11, 26, 20, 0, tzinfo=ZONE)
    answer = ask(f"is this ok to send?\n\n{DRAFT}", NOTES, now=now)
    assert "timing-check-in-early" in {f.rule for f in answer.findings}


def test_a_stated_day_still_before_the_decision_stays_too_early() -> None:
    now = dt.datetime(2026, 11, 25, 20, 0, tzinfo=ZONE)
    answer = ask(f"sending this tomorrow morning, anything wrong?\n\n{DRAFT}", NOTES, now=now)
    assert "timing-check-in-early" in {f.rule for f in answer.findings}
