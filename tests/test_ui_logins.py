"""Logins for a served web app (issue 12, item 13): several, each with its own history file."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.errors import InputError
from coach.history import login_db_path
from ui.server import parse_logins


def test_several_logins_are_read() -> None:
    assert parse_logins("ada:pw1 grace:p:w2\nalan:pw3") == [
        ("ada", "pw1"),
        ("grace", "p:w2"),
        ("alan", "pw3"),
    ]
    assert parse_logins("ada:pw1") == [("ada", "pw1")]
    assert parse_logins("  ") is None
    with pytest.raises(InputError):
        parse_logins("ada:pw1 ada:pw2")
    with pytest.raises(InputError):
        parse_logins("ada:pw1 grace")


def test_each_login_has_a_file_of_its_own(tmp_path: Path) -> None:
    base = tmp_path / "history.sqlite3"
    ada, grace = login_db_path("ada", base), login_db_path("grace", base)
    assert ada != grace and ada.parent == grace.parent == tmp_path / "logins"
    assert login_db_path("Ada", base) != ada  # no two logins share a file, whatever their case
    assert login_db_path("../../etc", base).parent == tmp_path / "logins"
