"""The local history log: schema, import and export, `coach log`, and survival of faults
(concurrent writers, a writer killed with SIGKILL)."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from coach import history
from coach.cli import cli
from coach.errors import InputError
from coach.history import LoggedMessage
from coach.models import Notes

ROOT = Path(__file__).resolve().parent.parent
EST = dt.timezone(dt.timedelta(hours=-5))


def msg(
    i: int = 0, company: str = "Acme Analytics", to: str = "Sarah Chen", kind: str = "check_in"
) -> LoggedMessage:
    return LoggedMessage(
        company=company,
        kind=kind,
        to=to,
        sent_at=dt.datetime(2026, 11, 20, 9, tzinfo=EST) + dt.timedelta(minutes=i),
    )


def notes(**patch: Any) -> Notes:
    base = {
        "candidate": {"name": "Priya Raman"},
        "company": {"name": "Acme Analytics", "aliases": ["Acme"]},
        "role": "Data Analyst",
        "interview": {"start": "2026-11-20T14:00:00-05:00"},
        "interviewers": [{"name": "Sarah Chen"}],
    }
    return Notes.model_validate({**base, **patch})


# --- the store -------------------------------------------------------------------------------


def test_record_list_and_deduplicate(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    assert history.record(msg(1), db)
    assert not history.record(msg(1), db)  # the same message twice is logged once
    assert history.record(msg(0, company="Globex"), db)
    rows = history.entries(db)
    assert [(r.company, r.sent_at.minute) for r in rows] == [("Globex", 0), ("Acme Analytics", 1)]
    assert rows[1].sent_at.utcoffset() == dt.timedelta(hours=-5)
    assert history.entries(db, "ACME  analytics") == [msg(1)]


def test_schema_is_versioned_and_in_wal_mode(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    history.record(msg(), db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == history.SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_new_migration_keeps_old_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "h.db"
    history.record(msg(), db)
    step = ["ALTER TABLE messages ADD COLUMN note TEXT"]
    monkeypatch.setattr(history, "MIGRATIONS", [*history.MIGRATIONS, step])
    monkeypatch.setattr(history, "SCHEMA_VERSION", len(history.MIGRATIONS))
    assert history.entries(db) == [msg()]
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        columns = [r[1] for r in conn.execute("PRAGMA table_info(messages)")]
    assert "note" in columns


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    history.record(msg(), db)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(InputError, match="newer"):
        history.record(msg(2), db)


def test_history_for_matches_name_and_aliases(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    history.record(msg(0, company="acme"), db)
    history.record(msg(1, company="Acme Analytics", kind="thank_you"), db)
    history.record(msg(2, company="Globex"), db)
    entries = history.history_for(notes(), db)
    assert [e.kind for e in entries] == ["check_in", "thank_you"]
    with pytest.raises(InputError, match="no messages logged for application 'Initech'"):
        history.history_for(notes(company={"name": "Initech"}), db)
    with pytest.raises(InputError, match="no such history database"):
        history.history_for(notes(), tmp_path / "missing.db")


def test_default_database_is_lenient_and_follows_coach_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACH_DB", str(tmp_path / "default.db"))
    assert history.default_db_path() == tmp_path / "default.db"
    assert history.history_for(notes()) == []  # nothing logged yet, no file created
    assert not (tmp_path / "default.db").exists()
    monkeypatch.delenv("COACH_DB")
    assert history.default_db_path().name == history.DB_FILE


def test_export_import_round_trip(tmp_path: Path) -> None:
    source, target = tmp_path / "a.db", tmp_path / "b.db"
    for i in range(3):
        history.record(msg(i), source)
    path = tmp_path / "log.json"
    assert history.export_json(path, source) == 3
    assert json.loads(path.read_text())["version"] == 1
    assert history.import_json(path, target) == (3, 0)
    assert history.import_json(path, target) == (0, 3)
    assert history.entries(target) == history.entries(source)


def test_a_bad_import_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    history.record(msg(), db)
    good = json.loads(history.HistoryFile(messages=[msg(5), msg(6)]).model_dump_json())
    good["messages"][1]["sent_at"] = "2026-11-20T09:00:00"  # no offset
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(good))
    with pytest.raises(InputError, match=r"messages\.1\.sent_at"):
        history.import_json(path, db)
    assert history.entries(db) == [msg()]


def test_not_a_database(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    db.write_bytes(b"plain text, not SQLite " * 100)
    with pytest.raises(InputError, match="not a usable history database"):
        history.record(msg(), db)


# --- faults ------------------------------------------------------------------------------------

WRITER = textwrap.dedent(
    """
    import datetime as dt, sys
    from coach.history import LoggedMessage, record, record_many
    db, tag, n, mode = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    est = dt.timezone(dt.timedelta(hours=-5))
    def entry(i):
        return LoggedMessage(company="Acme Analytics", kind="check_in", to=f"{tag}-{i}",
                             sent_at=dt.datetime(2026, 11, 20, 9, tzinfo=est)
                             + dt.timedelta(seconds=i))
    if mode == "one-by-one":
        for i in range(n):
            record(entry(i), db)
            print(i, flush=True)  # printed only after the commit returned
    else:
        batch = [entry(i) for i in range(n)]
        def feed():
            for i, e in enumerate(batch):
                if i == 100:
                    print("inside", flush=True)
                yield e
        record_many(feed(), db)
        print("committed", flush=True)
    """
)


def writer(tmp_path: Path, db: Path, tag: str, n: int, mode: str = "one-by-one") -> Any:
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, str(script), str(db), tag, str(n), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )


def rows(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT recipient, sent_at FROM messages").fetchall()


def expected_time(i: int) -> str:
    return (dt.datetime(2026, 11, 20, 9, tzinfo=EST) + dt.timedelta(seconds=i)).isoformat()


def test_two_processes_logging_at_once_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "h.db"  # created by whichever process gets there first
    procs = [writer(tmp_path, db, tag, 200) for tag in ("a", "b")]
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert len(out.split()) == 200
    found = rows(db)
    assert len(found) == 400
    expected = {(f"{t}-{i}", expected_time(i)) for t in "ab" for i in range(200)}
    assert set(found) == expected


def test_sigkill_mid_loop_keeps_every_committed_row(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    proc = writer(tmp_path, db, "k", 100_000)
    assert proc.stdout is not None
    committed = []
    while len(committed) < 60:
        line = proc.stdout.readline()
        assert line, proc.stderr.read() if proc.stderr else "writer stopped"
        committed.append(int(line))
    os.kill(proc.pid, signal.SIGKILL)
    rest, _ = proc.communicate(timeout=30)
    committed += [int(x) for x in rest.split()]
    assert proc.returncode == -signal.SIGKILL
    found = dict(rows(db))
    for i in committed:
        assert found[f"k-{i}"] == expected_time(i)
    # at most the one write whose commit raced the kill is there without its printed line
    assert len(committed) <= len(found) <= len(committed) + 1
    assert all(v == expected_time(int(k[2:])) for k, v in found.items())
    assert history.record(msg(), db)  # and the file takes new writes


def test_sigkill_inside_a_transaction_is_all_or_nothing(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    history.record(msg(), db)
    proc = writer(tmp_path, db, "t", 100_000, mode="batch")
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "inside"
    os.kill(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate(timeout=30)
    count = len(rows(db))
    assert count in (1, 100_001)
    assert count == 1 or "committed" in out


# --- the command -------------------------------------------------------------------------------


def run(*args: str, db: Path) -> Any:
    return CliRunner().invoke(cli, ["log", *args], env={"COACH_DB": str(db)})


def test_log_record_list_export_import(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    result = run(
        "--kind",
        "thank_you",
        "--to",
        "Sarah Chen",
        "--company",
        "Acme Analytics",
        "--at",
        "2026-11-20T19:30:00-05:00",
        db=db,
    )
    assert result.exit_code == 0, result.output
    assert "Logged thank_you" in result.output
    again = run(
        "--kind",
        "thank_you",
        "--to",
        "Sarah Chen",
        "--company",
        "Acme Analytics",
        "--at",
        "2026-11-21T00:30:00Z",
        db=db,
    )  # the same instant
    assert again.exit_code == 0 and "Already logged" in again.output
    listed = run("--list", db=db)
    assert listed.output.split() == [
        "2026-11-20T19:30:00-05:00",
        "Acme",
        "Analytics",
        "thank_you",
        "email",
        "Sarah",
        "Chen",
    ]
    doc = json.loads(run("--list", "--format", "json", "--company", "acme analytics", db=db).output)
    assert doc["messages"][0]["to"] == "Sarah Chen"
    out = tmp_path / "log.json"
    assert run("--export", str(out), db=db).exit_code == 0
    other = tmp_path / "other.db"
    result = CliRunner().invoke(cli, ["log", "--import", str(out), "--db", str(other)])
    assert result.exit_code == 0 and "Imported 1" in result.output
    assert history.entries(other) == history.entries(db)


def test_log_at_defaults_to_now(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    result = run("--kind", "check_in", "--company", "Acme", db=db)
    assert result.exit_code == 0, result.output
    (entry,) = history.entries(db)
    assert abs(entry.sent_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)


@pytest.mark.parametrize(
    "args, mentions",
    [
        (["--kind", "thanks", "--company", "Acme"], "--kind"),
        (["--kind", "check_in", "--channel", "fax", "--company", "Acme"], "--channel"),
        (["--kind", "check_in", "--company", "Acme", "--at", "last tuesday"], "--at"),
        (["--kind", "check_in", "--company", "Acme", "--at", "2026-11-20T10:00:00"], "--at"),
        (["--kind", "check_in", "--company", "Acme", "--at", "2026-02-30T10:00:00Z"], "--at"),
        (["--kind", "check_in"], "--company"),
        ([], "exactly one of"),
        (["--list", "--export", "x.json"], "exactly one of"),
        (["--list", "--company", "Initech"], "Initech"),
        (["--import", "missing.json"], "no such file"),
    ],
    ids=[
        "bad-kind",
        "bad-channel",
        "bad-time",
        "no-offset",
        "impossible-date",
        "no-company",
        "no-mode",
        "two-modes",
        "unknown-application",
        "missing-import",
    ],
)
def test_log_bad_input_is_one_line_and_exit_2(
    args: list[str], mentions: str, tmp_path: Path
) -> None:
    db = tmp_path / "h.db"
    history.record(msg(), db)
    result = CliRunner().invoke(cli, ["log", *args], env={"COACH_DB": str(db)})
    assert result.exit_code == 2, (result.output, result.exception)
    text = result.output.strip()
    assert len(text.splitlines()) == 1 and text.startswith("coach: "), text
    assert mentions in text and "Traceback" not in text


@pytest.mark.parametrize(
    "content, mentions",
    [
        ("{not json", "malformed JSON"),
        (
            '{"version": 1, "messages": [{"kind": "check_in", "sent_at": '
            '"2026-11-20T10:00:00-05:00"}]}',
            "messages.0.company",
        ),
        ('{"version": 2, "messages": []}', "version"),
        ('"just a string"', "expected"),
    ],
    ids=["malformed", "missing-company", "wrong-version", "not-a-document"],
)
def test_log_bad_import_file(content: str, mentions: str, tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_text(content)
    result = run("--import", str(path), db=tmp_path / "h.db")
    assert result.exit_code == 2, result.output
    text = result.output.strip()
    assert len(text.splitlines()) == 1 and str(path) in text and mentions in text, text
