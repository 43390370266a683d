"""The Next steps view: the timeline picture and "mark as sent", which writes the history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.history import history_for
from coach.plan import Plan, PlanItem
from coach.readers import load_notes
from ui.plan_view import (
    mark_sent,
    next_sentence,
    plan_for,
    plan_html,
    sendable,
    timeline_svg,
    undo_sent,
)

NOTES = Path(__file__).resolve().parent.parent / "examples" / "acme.yaml"
NOW = dt.datetime(2026, 11, 20, 19, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def test_timeline_has_a_marker_per_dated_message():
    plan = plan_for(load_notes(NOTES), NOW)
    svg = timeline_svg(plan)
    assert svg.startswith("<div class='fc-timeline-wrap'><svg") and "today" in svg
    assert svg.count("<circle") == len(plan.items)
    assert svg in plan_html(plan, NOW)


def test_mark_as_sent_writes_the_history_and_moves_the_plan(tmp_path, monkeypatch):
    db = tmp_path / "history.sqlite3"
    monkeypatch.setenv("COACH_DB", str(db))
    notes = load_notes(NOTES)
    before = plan_for(notes, NOW)
    label = "Thank-you note to Sarah Chen"
    assert label in sendable(before)
    said, updated, undo = mark_sent(notes, label, NOW)
    assert said.startswith(label)
    assert [(h.kind, h.to, h.sent_at) for h in updated.history] == [
        ("thank_you", "Sarah Chen", NOW)
    ]
    (entry,) = history_for(notes)
    assert (entry.kind, entry.to, entry.sent_at) == ("thank_you", "Sarah Chen", NOW)
    after = plan_for(notes, NOW)
    assert label not in sendable(after)
    assert (
        next(i for i in after.items if i.to == "Sarah Chen" and i.kind == "thank_you").status
        == "done"
    )
    # undone: gone from the log and from the notes
    said, restored = undo_sent(updated, undo)
    assert said.startswith("Undone: Thank-you note to Sarah Chen")
    assert restored.history == [] and history_for(notes) == []
    assert label in sendable(plan_for(restored, NOW))


def one_item_plan(kind: str, earliest: dt.datetime, latest: dt.datetime) -> Plan:
    item = PlanItem(
        to="Sarah Chen", scope="interviewer", kind=kind, earliest=earliest, target=earliest,
        latest=latest, reason="", rules=[], sources=[],
    )  # fmt: skip
    return Plan(company="Acme", role="Analyst", zone="-05:00", now=NOW, items=[item])


def test_the_next_step_sentence_agrees_with_a_plural_label():
    """'Promised materials' take 'are' and 'them'; a thank-you note keeps 'is' and 'it'."""
    day = dt.timedelta(days=1)
    overdue = one_item_plan("materials", NOW - 3 * day, NOW - day)
    assert next_sentence(overdue, NOW).startswith(
        "Promised materials to Sarah Chen are overdue: send them now (they were due by "
    )
    due = one_item_plan("materials", NOW - day, NOW + day)
    assert " are due now: send them by " in next_sentence(due, NOW)
    coming = one_item_plan("materials", NOW + day, NOW + 2 * day)
    assert " come next: send them " in next_sentence(coming, NOW)
    thanks = one_item_plan("thank_you", NOW - 3 * day, NOW - day)
    assert next_sentence(thanks, NOW).startswith(
        "Thank-you note to Sarah Chen is overdue: send it now (it was due by "
    )
