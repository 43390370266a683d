"""A pasted draft's answer: the day it may go when the timing rules hold it back, the
interview's day beside a finding about it, one line per rule and fix, and every rule that fired
at least named within the short answer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import WORD_LIMIT, ask
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")  # interview Friday 20 November, decision 27th
EST = dt.timezone(dt.timedelta(hours=-5))


def test_a_check_in_sent_too_soon_names_the_day_it_may_go() -> None:
    q = (
        "I checked in with Sarah on Monday 30 November. Sending this today, ok?\n\n"
        "Subject: Checking in\n\nDear Sarah,\n\nI wanted to check in again on the Data Analyst "
        "role; I am still keen on the Looker migration.\n\nBest regards,\nPriya Raman"
    )
    a = ask(q, NOTES, now=dt.datetime(2026, 12, 2, 10, tzinfo=EST))
    head = a.answer.split("\n\n")[0]
    assert "timing-too-soon-after-last" in a.rules and "Wait until Monday 7 December" in head
    assert head.startswith("No, not yet:")  # sendable, but not today


def test_a_late_thank_you_gives_the_interview_day() -> None:
    q = (
        "ok?\n\nSubject: Thank you\n\nDear Sarah,\n\nThank you for our talk yesterday about "
        "moving the dashboards to Looker. I remain very interested in the role.\n\n"
        "Best regards,\nPriya Raman"
    )
    a = ask(q, NOTES, now=dt.datetime(2026, 11, 24, 10, tzinfo=EST))
    assert "timing-thank-you-late" in a.rules
    assert "The interview was on Friday 20 November" in a.answer.split("\n\n")[0]


def test_findings_with_one_fix_share_a_line_and_every_rule_is_named() -> None:
    q = (
        "good to go?\n\nhey sarah!! thx for the chat 😊 u guys decided yet?? im gonna be around "
        "all week haha\n\n- Priya"
    )
    a = ask(q, NOTES, now=dt.datetime(2026, 11, 30, 10, tzinfo=EST))
    casual = [x for x in a.answer.splitlines() if x.startswith("- tone-unprofessional")]
    assert len(casual) == 2 and "'thx'" in casual[0] and "‘u’" in casual[0]  # emoji: its own fix
    for rule in a.rules:
        assert rule in a.answer
    assert len(a.answer.split()) <= WORD_LIMIT + 10


def test_placeholders_share_a_line_with_what_the_notes_say() -> None:
    q = (
        "template ok?\n\nSubject: Thank you\n\nDear [Interviewer Name],\n\nThank you for the "
        "interview at <Company> for the <Position> role. I enjoyed [insert topic].\n\nBest,\nPriya"
    )
    a = ask(q, NOTES, now=dt.datetime(2026, 11, 20, 19, tzinfo=EST))
    line = next(x for x in a.answer.splitlines() if x.startswith("- placeholder-left"))
    assert "Acme Analytics" in line and "Data Analyst" in line
    assert "detail-unsupported" not in a.rules  # '[insert topic]' is the placeholder's


def test_without_notes_the_timing_left_unchecked_is_said() -> None:
    a = ask("ok?\n\nDear Sam,\n\nI wanted to check in on the role.\n\nBest,\nAlex")
    assert "5 business days" in a.answer and "24 hours" in a.answer
