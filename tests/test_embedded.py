"""The embedded backend against the real GGUF: start, chat, stop, with nothing left behind.

Each server starts in about a second and SmolLM2-135M writes ~90 tokens/s on two cores, so
the whole module takes a few seconds.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from pydantic import BaseModel, Field

from coach.backends.embedded import EmbeddedBackend
from coach.errors import ModelUnavailable
from coach.model_fetch import model_path

ROOT = Path(__file__).resolve().parents[1]
MESSAGES = [
    {"role": "system", "content": "You write short, polite follow-up emails."},
    {"role": "user", "content": "Thank Sarah Chen for today's interview at Acme Analytics."},
]

try:
    model_path()
except ModelUnavailable as exc:
    pytest.skip(f"{exc}", allow_module_level=True)


class Draft(BaseModel):
    subject: str = Field(max_length=80)
    body: str = Field(max_length=400)


def gone(pid: int) -> bool:
    """Exited: no such process, or a zombie waiting for whoever adopted it."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")


def wait_gone(pid: int, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while not gone(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def port_closed(url: str) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", urlsplit(url).port)) != 0


def our_servers() -> list[int]:
    """Live `coach.embedded_server` children of this test process."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        if (
            int(fields[1]) == os.getpid()
            and b"coach.embedded_server" in cmdline
            and fields[0] != "Z"
        ):
            found.append(int(stat.parent.name))
    return found


def test_start_chat_stop_three_times():
    for _ in range(3):
        backend = EmbeddedBackend()
        result = backend.chat(MESSAGES, max_tokens=16, temperature=0.0, seed=1)
        assert result.text.strip() and result.completion_tokens <= 16
        assert result.model == "SmolLM2-135M-Instruct" and result.prompt_tokens > 10
        server = backend.server
        assert server is not None and server.startup_seconds is not None
        pid, url = server.pid, server.url
        assert pid is not None and url is not None
        backend.close()
        assert gone(pid) and port_closed(url)
    assert our_servers() == []


def test_schema_constrained_json():
    with EmbeddedBackend() as backend:
        result = backend.chat(MESSAGES, schema=Draft, max_tokens=300, temperature=0.2, seed=1)
    assert isinstance(result.parsed, Draft), result.text
    assert result.finish_reason == "stop"


@pytest.mark.parametrize("pause", [0.0, 1.0])
def test_restarts_after_the_server_dies(pause):
    """Killed just before a call (the call hits a dead port) or well before (start() sees it)."""
    with EmbeddedBackend() as backend:
        backend.start()
        assert backend.server is not None and backend.server.pid is not None
        first = backend.server.pid
        os.kill(first, signal.SIGKILL)
        time.sleep(pause)
        assert backend.chat(MESSAGES, max_tokens=4).text
        assert backend.server.pid != first
    assert our_servers() == []


def test_bad_model_file_is_model_unavailable(tmp_path):
    bad = tmp_path / "bad.gguf"
    bad.write_text("not a model")
    started = time.monotonic()
    with pytest.raises(ModelUnavailable, match="invalid magic") as caught:
        EmbeddedBackend(bad).chat(MESSAGES)
    assert time.monotonic() - started < 10
    assert caught.value.exit_code == 3 and "\n" not in str(caught.value)
    assert our_servers() == []


SCRIPT = """
import sys, time
from coach.backends.embedded import EmbeddedBackend
backend = EmbeddedBackend()
backend.start()
print(backend.server.pid, backend.server.url, flush=True)
if sys.argv[1] == "hang":
    time.sleep(60)
"""


@pytest.mark.parametrize("how", ["exit", "hang"])
def test_no_orphan_when_the_parent_exits_or_is_killed(how):
    """`exit`: the atexit hook stops the server. `hang` then SIGKILL: no hook runs, and the
    child notices its stdin lifeline close."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    parent = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(SCRIPT), how], stdout=subprocess.PIPE, env=env
    )
    assert parent.stdout is not None
    pid, url = parent.stdout.readline().split()
    child = int(pid)
    if how == "hang":
        parent.kill()
    assert parent.wait(timeout=30) in (0, -signal.SIGKILL)
    assert wait_gone(child), f"embedded server {child} outlived its parent"
    deadline = time.monotonic() + 10
    while not port_closed(url.decode()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert port_closed(url.decode())


def test_server_refuses_callers_without_its_key():
    """Only our client, which holds the per-process key, may use the loopback server."""
    import urllib.error
    import urllib.request

    with EmbeddedBackend() as backend:
        url = backend.start()
        request = urllib.request.Request(
            f"{url}/v1/chat/completions",
            data=b'{"messages": [{"role": "user", "content": "hi"}], "max_tokens": 1}',
            headers={"Content-Type": "application/json"},
        )
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with pytest.raises(urllib.error.HTTPError) as caught:
            opener.open(request, timeout=10)
        assert caught.value.code == 401
        assert backend.chat(MESSAGES, max_tokens=2).completion_tokens >= 1
