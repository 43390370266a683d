"""The messages a candidate has sent, kept in a local SQLite file so that `plan`, `check` and
`draft` know the history when the notes carry none.

SQLite in WAL mode with every write in an immediate transaction: several `coach log` processes
may write at once, and a process killed mid-write leaves every committed row intact. The schema
is versioned with PRAGMA user_version and grows only through MIGRATIONS, so old files open.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any, Literal

from coach import APP_NAME, plain
from coach.errors import InputError, from_validation
from coach.models import HistoryEntry, Notes
from coach.plain import Field, Plain

DB_FILE = "history.sqlite3"
BUSY_TIMEOUT_SECONDS = 30.0

# Each migration is a list of statements; migration n brings the file to user_version n.
# Append only: never edit a released step, add a new one.
MIGRATIONS: list[list[str]] = [
    [
        """CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            company TEXT NOT NULL,
            company_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            channel TEXT NOT NULL,
            recipient TEXT NOT NULL DEFAULT '',
            sent_at TEXT NOT NULL,
            sent_at_utc TEXT NOT NULL,
            logged_at TEXT NOT NULL
        )""",
        """CREATE UNIQUE INDEX messages_once
            ON messages (company_key, kind, channel, recipient, sent_at_utc)""",
    ],
]
SCHEMA_VERSION = len(MIGRATIONS)


class LoggedMessage(HistoryEntry):
    """A history entry with the application (company) it belongs to: the DB's and export's row."""

    company: str = Field(min_length=1)


class HistoryFile(Plain):
    """The export format: `{"version": 1, "messages": [...]}`."""

    model_config = {"extra": "forbid"}

    version: Literal[1] = 1
    messages: list[LoggedMessage]


def default_db_path() -> Path:
    """$COACH_DB, else history.sqlite3 in the platform's per-user data folder."""
    env = os.environ.get("COACH_DB")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DB_FILE


def login_db_path(user: str, base: Path | str | None = None) -> Path:
    """The history database of one login of a served web app (`coach ui --auth`): a file of
    its own beside the default one, so no login reads or changes another's history."""
    import hashlib

    folder = Path(base).parent if base is not None else default_db_path().parent
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in user)[:40]
    digest = hashlib.sha256(user.encode("utf-8")).hexdigest()[:12]
    return folder / "logins" / f"{safe}-{digest}.sqlite3"


def _key(company: str) -> str:
    return " ".join(company.casefold().split())


def _retry_busy(conn: sqlite3.Connection, sql: str) -> Any:
    """Changing the journal mode can report "locked" without waiting on the busy handler."""
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            return conn.execute(sql).fetchone()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE takes the write lock up front, so concurrent writers queue, not fail."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def migrate(conn: sqlite3.Connection, label: str) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version == SCHEMA_VERSION:
        return
    with _transaction(conn):
        version = conn.execute("PRAGMA user_version").fetchone()[0]  # another process may have
        if version > SCHEMA_VERSION:
            raise InputError(
                label,
                f"history schema version {version} is newer than this coach "
                f"understands ({SCHEMA_VERSION}); upgrade follow-up-coach",
            )
        for number, steps in enumerate(MIGRATIONS[version:], start=version + 1):
            for sql in steps:
                conn.execute(sql)
            conn.execute(f"PRAGMA user_version = {number}")


@contextmanager
def connect(path: Path | str | None = None, *, create: bool = True) -> Iterator[sqlite3.Connection]:
    """An open, migrated connection; InputError when the file is missing (and not to be
    created) or is not a history database."""
    path = Path(path) if path is not None else default_db_path()
    label = str(path)
    if not create and not path.exists():
        raise InputError(label, "no such history database")
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    except sqlite3.Error as exc:
        raise InputError(label, f"cannot open the history database: {exc}") from None
    with closing(conn):
        try:
            _retry_busy(conn, "PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            migrate(conn, label)
            yield conn
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise
            raise InputError(label, f"not a usable history database ({exc})") from None


def _row(entry: LoggedMessage) -> tuple[str, ...]:
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return (
        entry.company,
        _key(entry.company),
        entry.kind.value,
        entry.channel.value,
        entry.to or "",
        entry.sent_at.isoformat(),
        entry.sent_at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
        now,
    )


_INSERT = """INSERT OR IGNORE INTO messages
    (company, company_key, kind, channel, recipient, sent_at, sent_at_utc, logged_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)"""


def record(entry: LoggedMessage, db_path: Path | str | None = None) -> bool:
    """Log one sent message; False when the same message was already logged."""
    with connect(db_path) as conn, _transaction(conn):
        return conn.execute(_INSERT, _row(entry)).rowcount == 1


def forget(entry: LoggedMessage, db_path: Path | str | None = None) -> bool:
    """Remove one logged message (an undone "Mark as sent"); False when it was not logged."""
    row = _row(entry)
    with connect(db_path) as conn, _transaction(conn):
        return (
            conn.execute(
                "DELETE FROM messages WHERE company_key = ? AND kind = ? AND channel = ? "
                "AND recipient = ? AND sent_at_utc = ?",
                (row[1], row[2], row[3], row[4], row[6]),
            ).rowcount
            >= 1
        )


def record_many(entries: Iterable[LoggedMessage], db_path: Path | str | None = None) -> int:
    """Log many messages in one transaction (all or nothing); returns how many were new."""
    with connect(db_path) as conn, _transaction(conn):
        return sum(conn.execute(_INSERT, _row(e)).rowcount for e in entries)


def companies(db_path: Path | str | None = None) -> list[str]:
    path = Path(db_path) if db_path is not None else default_db_path()
    if not path.exists():
        return []
    with connect(path, create=False) as conn:
        rows = conn.execute(
            "SELECT company FROM messages GROUP BY company_key ORDER BY company_key"
        )
        return [r[0] for r in rows]


def entries(
    db_path: Path | str | None = None, company: str | Iterable[str] | None = None
) -> list[LoggedMessage]:
    """Logged messages in the order sent, optionally for one company (or any of its names).
    A missing database reads as empty."""
    path = Path(db_path) if db_path is not None else default_db_path()
    if not path.exists():
        return []
    sql = "SELECT company, kind, channel, recipient, sent_at FROM messages"
    args: list[str] = []
    if company is not None:
        names = [company] if isinstance(company, str) else list(company)
        args = sorted({_key(n) for n in names})
        sql += f" WHERE company_key IN ({', '.join('?' * len(args))})"
    sql += " ORDER BY sent_at_utc, id"
    with connect(path, create=False) as conn:
        rows = conn.execute(sql, args).fetchall()
    return [
        LoggedMessage(company=c, kind=k, channel=ch, to=r or None, sent_at=s)
        for c, k, ch, r, s in rows
    ]


def require_company(company: str | Iterable[str], db_path: Path | str | None = None) -> None:
    """InputError naming the known applications when none of the names is in the database."""
    names = [company] if isinstance(company, str) else list(company)
    known = companies(db_path)
    if not {_key(n) for n in names} & {_key(k) for k in known}:
        label = str(db_path if db_path is not None else default_db_path())
        listed = ", ".join(known) if known else "none yet"
        raise InputError(
            label,
            f"no messages logged for application {names[0]!r} (logged: {listed})",
            "company",
        )


def history_for(notes: Notes, db_path: Path | str | None = None) -> list[HistoryEntry]:
    """The logged messages for the notes' company (its name or any alias), oldest first.

    With db_path given, the caller asked for that database, so a company it has never seen is
    an InputError (likely a typo or the wrong file); the default database just reads as empty.
    """
    names = [notes.company.name, *notes.company.aliases]
    if db_path is not None:
        if not Path(db_path).exists():
            raise InputError(str(db_path), "no such history database")
        require_company(names, db_path)
    return [
        HistoryEntry(kind=e.kind, channel=e.channel, to=e.to, sent_at=e.sent_at)
        for e in entries(db_path, names)
    ]


def export_json(
    path: Path | str, db_path: Path | str | None = None, company: str | None = None
) -> int:
    """Write the log (or one company's) as JSON; returns how many messages were written."""
    if company is not None:
        require_company(company, db_path)
    document = HistoryFile(messages=entries(db_path, company))
    text = document.model_dump_json(indent=2)
    target = Path(path)
    tmp = target.with_name(target.name + ".tmp")
    try:
        tmp.write_text(text + "\n", encoding="utf-8")
        tmp.replace(target)
    except OSError as exc:
        raise InputError(str(path), f"cannot write: {exc.strerror or exc}") from None
    return len(document.messages)


def import_json(path: Path | str, db_path: Path | str | None = None) -> tuple[int, int]:
    """Read an export (or a bare list of messages) into the log in one transaction.
    Returns (added, already there); a bad file changes nothing."""
    from coach.readers import read_bytes

    label = str(path)
    text = read_bytes(Path(path))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(label, f"malformed JSON: line {exc.lineno}: {exc.msg}") from None
    if isinstance(data, list):
        data = {"version": 1, "messages": data}
    if not isinstance(data, dict):
        raise InputError(label, 'expected {"version": 1, "messages": [...]}')
    try:
        document = HistoryFile.model_validate(data)
    except plain.ValidationError as exc:
        raise from_validation(label, exc) from None
    added = record_many(document.messages, db_path)
    return added, len(document.messages) - added
