"""The follow-up plan, one test per scenario in plan_scenarios.yaml, plus `coach plan` itself."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from coach.cli import cli
from coach.models import HistoryEntry, Notes
from coach.next_step import due_next, suggested_send_time
from coach.plan import (
    Limits,
    Plan,
    PlanItem,
    build_plan,
    limits,
)

HERE = Path(__file__).parent
TABLE = yaml.safe_load((HERE / "plan_scenarios.yaml").read_text(encoding="utf-8"))
SCENARIOS = TABLE["scenarios"]
TIMES = ("earliest", "target", "latest", "limit", "sent_at")


def merge(base: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def scenario_notes(case: dict[str, Any]) -> Notes:
    return Notes.model_validate(merge(TABLE["base"], case.get("notes") or {}))


def find(plan: Plan, want: dict[str, Any]) -> PlanItem:
    items = [i for i in plan.items if str(i.kind) == want["kind"]]
    if "to" in want and want["kind"] == "thank_you":
        items = [i for i in items if i.to == want["to"]]
    index = want.get("index", 0)
    assert len(items) > index, f"no {want} in {[(str(i.kind), i.to) for i in plan.items]}"
    return items[index]


def same_time(actual: dt.datetime | None, expected: Any, field: str) -> None:
    assert actual is not None, f"{field} is missing"
    if isinstance(expected, dt.datetime):
        assert actual == expected, f"{field}: {actual.isoformat()} != {expected.isoformat()}"
        if expected.utcoffset():
            assert actual.utcoffset() == expected.utcoffset(), f"{field} offset {actual}"
    else:
        assert actual.date() == expected, f"{field}: {actual.date()} != {expected}"


@pytest.mark.parametrize("case", SCENARIOS, ids=[c["id"] for c in SCENARIOS])
def test_scenario(case: dict[str, Any]) -> None:
    notes = scenario_notes(case)
    history = case.get("history")
    entries = [HistoryEntry.model_validate(h) for h in history] if history is not None else None
    now = case["now"]
    plan = build_plan(notes, entries, now)
    for want in case.get("expect", []):
        item = find(plan, want)
        for field in TIMES:
            if field in want:
                same_time(getattr(item, field), want[field], field)
        if "status" in want:
            assert item.status == want["status"], (want, item.status)
        if "to" in want:
            assert item.to == want["to"]
        if "channel" in want:
            assert item.channel == want["channel"]
        assert set(want.get("rules", [])) <= set(item.rules), item.rules
        assert not set(want.get("rules_exclude", [])) & set(item.rules), item.rules
        assert set(want.get("sources", [])) <= set(item.sources), item.sources
        for text in want.get("reason_has", []):
            assert text in item.reason, item.reason
        if "offset" in want:
            assert item.target is not None
            assert item.target.isoformat().endswith(want["offset"]), item.target
    pending = {str(i.kind) for i in plan.items if i.status not in ("done", "skip")}
    if "pending" in case:
        assert pending == set(case["pending"]), pending
    for kind in case.get("absent", []):
        assert kind not in {str(i.kind) for i in plan.items}
    if "due_next" in case:
        nxt = due_next(plan, now)
        if case["due_next"] is None:
            assert nxt is None, nxt
        else:
            assert nxt is not None
            assert str(nxt.kind) == case["due_next"]["kind"]
            if "to" in case["due_next"]:
                assert nxt.to == case["due_next"]["to"]
    for want in case.get("send_at", []):
        at = suggested_send_time(notes, want["kind"], want["to"], now, history=entries)
        assert at == want["at"] and at.utcoffset() == want["at"].utcoffset(), (want, at)


def test_every_item_cites_rules_and_articles() -> None:
    known = {
        "timing-thank-you-late",
        "timing-check-in-early",
        "timing-too-soon-after-last",
        "timing-too-many",
        "rejection-follow-up",
        "timing-materials-late",
        "timing-next-day-call",
    }
    articles = {p.name[:3] for p in (HERE.parent.parent / "shared" / "seeds").glob("*.txt")}
    articles = articles or {"000", "001", "002", "003", "004"}
    for case in SCENARIOS:
        plan = build_plan(scenario_notes(case), None, case["now"])
        for item in plan.items:
            assert set(item.rules) <= known, item.rules
            assert set(item.sources) <= articles, item.sources
            assert item.reason
            assert item.rules or item.status == "skip", item


def test_limits_are_the_rulebooks_numbers() -> None:
    """The plan reads the timing rules' parameters, which hold the rulebook's numbers."""
    assert limits() == Limits(
        thank_you_hours=24,
        thank_you_limit_hours=48,
        check_in_business_days=5,
        between_follow_ups_business_days=5,
        max_follow_ups=2,
    )


def test_table_is_big_enough() -> None:
    assert len(SCENARIOS) >= 25
    assert len({c["id"] for c in SCENARIOS}) == len(SCENARIOS)


def test_due_next_follows_a_later_clock() -> None:
    notes = scenario_notes({})
    plan = build_plan(notes, [], dt.datetime.fromisoformat("2026-11-20T16:00:00-05:00"))
    later = due_next(plan, dt.datetime.fromisoformat("2026-12-20T12:00:00-05:00"))
    assert later is not None and later.status == "overdue"


def test_now_without_offset_is_refused() -> None:
    from coach.errors import InputError

    with pytest.raises(InputError):
        build_plan(scenario_notes({}), None, dt.datetime(2026, 11, 20, 16, 0))


def test_unknown_recipient_for_send_time() -> None:
    from coach.errors import InputError

    with pytest.raises(InputError, match="unknown recipient"):
        suggested_send_time(scenario_notes({}), "thank_you", "Nobody", None)


def test_send_time_defaults_to_the_clock() -> None:
    at = suggested_send_time(scenario_notes({}), "thank_you", "Sarah Chen")
    assert at.utcoffset() == dt.timedelta(hours=-5)


# --- the command -----------------------------------------------------------------------------


@pytest.fixture
def notes_file(tmp_path: Path) -> Path:
    data = merge(TABLE["base"], {"country": "US", "timeline": {"decision_by": "2026-11-27"}})
    path = tmp_path / "acme.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def run(*args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(cli, list(args), env=env)


def test_plan_text(notes_file: Path, tmp_path: Path) -> None:
    result = run(
        "plan",
        "--notes",
        str(notes_file),
        "--now",
        "2026-11-20T16:00:00-05:00",
        "--db",
        str(tmp_path / "none.db"),
        env={"COACH_DB": str(tmp_path / "x.db")},
    )
    # an explicit --db that does not exist is an error; the default one is not
    assert result.exit_code == 2
    result = run(
        "plan",
        "--notes",
        str(notes_file),
        "--now",
        "2026-11-20T16:00:00-05:00",
        env={"COACH_DB": str(tmp_path / "x.db")},
    )
    assert result.exit_code == 0, result.output
    assert "Acme Analytics" in result.output and "thank-you" in result.output
    assert "Mon 30 Nov 09:00" in result.output
    assert "timing-check-in-early" in result.output
    assert "Next: thank-you to Sarah Chen" in result.output


def test_plan_json_and_ics(notes_file: Path, tmp_path: Path) -> None:
    ics = tmp_path / "plan.ics"
    result = run(
        "plan",
        "--notes",
        str(notes_file),
        "--now",
        "2026-11-20T16:00:00-05:00",
        "--format",
        "json",
        "--ics",
        str(ics),
        "--to",
        "Michael",
        env={"COACH_DB": str(tmp_path / "x.db")},
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["version"] == 1 and doc["zone"] == "-05:00"
    kinds = [(i["kind"], i["to"]) for i in doc["items"]]
    assert ("thank_you", "Michael O'Brien") in kinds and ("thank_you", "Sarah Chen") not in kinds
    check_in = next(i for i in doc["items"] if i["kind"] == "check_in")
    assert check_in["target"] == "2026-11-30T09:00:00-05:00"
    assert ics.read_bytes().count(b"BEGIN:VEVENT") == 4


def test_plan_reads_the_log_when_notes_have_no_history(notes_file: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "h.db")
    logged = run(
        "log",
        "--db",
        db,
        "--kind",
        "check_in",
        "--to",
        "Sarah Chen",
        "--at",
        "2026-11-30T10:00:00-05:00",
        "--company",
        "acme",
    )
    assert logged.exit_code == 0, logged.output
    result = run(
        "plan",
        "--notes",
        str(notes_file),
        "--db",
        db,
        "--format",
        "json",
        "--now",
        "2026-12-01T10:00:00-05:00",
    )
    assert result.exit_code == 0, result.output
    items = json.loads(result.output)["items"]
    assert next(i for i in items if i["kind"] == "check_in")["status"] == "done"
    final = next(i for i in items if i["kind"] == "final_follow_up")
    assert final["earliest"].startswith("2026-12-07")


BAD_NOTES = {
    "impossible-date": "interview: {start: 2026-02-30T14:00:00-05:00}",
    "no-offset": "interview: {start: 2026-11-20T14:00:00}",
    "unknown-key": "colour: blue",
    "bad-stage": "stage: ghosted",
    "history-unknown-recipient": (
        "history: [{kind: thank_you, to: Sara Chen, sent_at: 2026-11-20T19:30:00-05:00}]"
    ),
}


@pytest.mark.parametrize("patch", list(BAD_NOTES.values()), ids=list(BAD_NOTES))
def test_plan_bad_notes_exit_2_in_one_line(patch: str, tmp_path: Path) -> None:
    data = copy.deepcopy(TABLE["base"])
    data.pop(patch.split(":")[0], None)
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False) + patch + "\n", encoding="utf-8")
    result = run("plan", "--notes", str(path), env={"COACH_DB": str(tmp_path / "x.db")})
    assert_one_line_error(result, str(path))


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--now", "next tuesday"], "--now"),
        (["--now", "2026-11-20T16:00:00"], "--now"),
        (["--to", "Nobody"], "--to"),
        (["--notes-missing"], "no such file"),
    ],
    ids=["bad-now", "now-without-offset", "unknown-recipient", "missing-notes-file"],
)
def test_plan_bad_options(args: list[str], expected: str, notes_file: Path, tmp_path: Path) -> None:
    notes = ["--notes", str(notes_file)]
    if args == ["--notes-missing"]:
        notes, args = ["--notes", str(tmp_path / "nope.yaml")], []
    result = run("plan", *notes, *args, env={"COACH_DB": str(tmp_path / "x.db")})
    assert_one_line_error(result, expected)


def test_plan_unknown_application_in_db(notes_file: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "h.db")
    run(
        "log",
        "--db",
        db,
        "--kind",
        "check_in",
        "--company",
        "Other Co",
        "--at",
        "2026-11-30T10:00:00-05:00",
    )
    result = run("plan", "--notes", str(notes_file), "--db", db)
    assert_one_line_error(result, "Acme Analytics")


def test_plan_db_that_is_not_sqlite(notes_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    db.write_bytes(b"this is not a database, just text " * 200)
    result = run("plan", "--notes", str(notes_file), "--db", str(db))
    assert_one_line_error(result, str(db))


def assert_one_line_error(result: Any, mentions: str) -> None:
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    text = result.output.strip()
    assert len(text.splitlines()) == 1, text
    assert text.startswith("coach: ") and mentions in text, text
    assert "Traceback" not in text
