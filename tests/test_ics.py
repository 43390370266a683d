"""The plan as an iCalendar file: it parses back with icalendar, one event and alarm per message."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import icalendar
import pytest

from coach.errors import InputError
from coach.ics import to_ics, write_ics
from coach.models import Notes
from coach.plan import Plan, build_plan

BASE: dict[str, Any] = {
    "candidate": {"name": "Priya Raman"},
    "company": {"name": "Acme Analytics"},
    "role": "Data Analyst",
    "interview": {"start": "2026-11-20T14:00:00-05:00"},
    "interviewers": [{"name": "Sarah Chen"}, {"name": "Michael O'Brien"}],
    "timeline": {"decision_by": "2026-11-27"},
    "country": "US",
    "materials": [{"what": "three references", "promised_by": "2026-11-21T09:00:00-05:00"}],
}
NOW = dt.datetime.fromisoformat("2026-11-20T16:00:00-05:00")


def notes(**patch: Any) -> Notes:
    return Notes.model_validate({**BASE, **patch})


def parse(plan: Plan) -> Any:
    return icalendar.Calendar.from_ical(to_ics(plan))


def pending(plan: Plan) -> list[Any]:
    return [i for i in plan.items if i.status in ("due", "upcoming", "overdue")]


def test_one_event_with_a_display_alarm_per_pending_message() -> None:
    plan = build_plan(notes(), None, NOW)
    calendar = parse(plan)
    events = list(calendar.walk("VEVENT"))
    items = pending(plan)
    assert len(events) == len(items) == 6  # 2 thank-yous, materials, check-in, final, move on
    for event, item in zip(events, items, strict=True):
        start = event.decoded("dtstart")
        assert start == item.target
        assert start.utcoffset() == dt.timedelta(hours=-5)
        alarms = list(event.walk("VALARM"))
        assert len(alarms) == 1
        assert str(alarms[0]["action"]) == "DISPLAY"
        assert alarms[0].decoded("trigger") < dt.timedelta(0)
        description = str(event["description"])
        assert item.reason.split(":")[0] in description
        for rule in item.rules:
            assert rule in description
        assert str(event["summary"])
    assert [str(t["tzid"]) for t in calendar.walk("VTIMEZONE")] == ["UTC-05:00"]
    summaries = [str(e["summary"]) for e in events]
    assert "Send a thank-you note to Sarah Chen" in summaries
    assert "Check in with Sarah Chen" in summaries


def test_uids_are_unique_and_stable() -> None:
    first = [str(e["uid"]) for e in parse(build_plan(notes(), None, NOW)).walk("VEVENT")]
    later = NOW + dt.timedelta(hours=3)
    again = [str(e["uid"]) for e in parse(build_plan(notes(), None, later)).walk("VEVENT")]
    assert len(set(first)) == len(first)
    assert first == again
    other = notes(company={"name": "Globex"})
    assert not set(first) & {
        str(e["uid"]) for e in parse(build_plan(other, None, NOW)).walk("VEVENT")
    }


def test_done_and_skipped_messages_have_no_event() -> None:
    history = [
        {"kind": "thank_you", "sent_at": "2026-11-20T19:30:00-05:00"},
        {"kind": "materials", "sent_at": "2026-11-20T19:31:00-05:00"},
    ]
    plan = build_plan(notes(history=history), None, NOW)
    kinds = [str(e["categories"].cats[1]) for e in parse(plan).walk("VEVENT")]
    assert kinds == ["check_in", "final_follow_up", "move_on"]
    rejected = build_plan(notes(stage="rejected"), None, NOW)
    kinds = [str(e["categories"].cats[1]) for e in parse(rejected).walk("VEVENT")]
    assert kinds == ["rejection_reply"]


@pytest.mark.parametrize("offset", ["+05:45", "+13:00", "-10:00"])
def test_far_offsets_round_trip(offset: str) -> None:
    start = dt.datetime.fromisoformat(f"2026-11-20T10:00:00{offset}")
    after = start + dt.timedelta(hours=2)  # the plan made soon after the interview
    plan = build_plan(notes(interview={"start": start.isoformat()}, country=None), None, after)
    for event, item in zip(parse(plan).walk("VEVENT"), pending(plan), strict=True):
        start = event.decoded("dtstart")
        assert start == item.target and start.isoformat().endswith(offset)


def test_utc_interview_is_written_in_utc() -> None:
    after = dt.datetime.fromisoformat("2026-11-20T16:00:00+00:00")
    plan = build_plan(notes(interview={"start": "2026-11-20T14:00:00+00:00"}), None, after)
    data = to_ics(plan).decode()
    assert "VTIMEZONE" not in data
    assert "DTSTART:20261120T193000Z" in data
    assert all(
        e.decoded("dtstart").utcoffset() == dt.timedelta(0)
        for e in icalendar.Calendar.from_ical(data).walk("VEVENT")
    )


def test_write_ics(tmp_path: Path) -> None:
    plan = build_plan(notes(), None, NOW)
    path = tmp_path / "plan.ics"
    assert write_ics(plan, path) == 6
    assert icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    with pytest.raises(InputError, match="cannot write"):
        write_ics(plan, tmp_path / "missing" / "plan.ics")


def test_a_message_already_late_gets_a_reminder_that_still_goes_off() -> None:
    # the plan is made two days after the interview: the thank-yous' times have passed
    later = NOW + dt.timedelta(days=2, minutes=7)
    plan = build_plan(notes(), None, later)
    late = [i for i in pending(plan) if i.target is not None and i.target < later]
    assert late, "the scenario must hold a message whose time has passed"
    events = {str(e["uid"]): e for e in parse(plan).walk("VEVENT")}
    assert len(events) == len(pending(plan))
    for event in events.values():
        start = event.decoded("dtstart")
        alarm = next(iter(event.walk("VALARM")))
        fires = start + alarm.decoded("trigger")
        assert fires >= later  # no reminder set in the past
        if "Overdue" in str(event["description"]):
            assert fires - later < dt.timedelta(minutes=5)  # it goes off now
            assert start.minute % 5 == 0 and start.second == 0
    overdue = [e for e in events.values() if "Overdue" in str(e["description"])]
    assert len(overdue) == len(late)
    assert f"{late[0].target:%Y-%m-%d %H:%M}" in str(overdue[0]["description"])
