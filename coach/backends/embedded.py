"""The default backend: SmolLM2-135M-Instruct on the CPU, served on a loopback port.

A fresh install must draft offline with no key, so the model runs here, in a child process
(`coach.embedded_server`) that we start on the first call, talk to with the same openai client
as any endpoint, and always stop: on `close()`, at interpreter exit, and, if this process dies
without either, by the child itself when its stdin lifeline closes.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import queue
import re
import secrets
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from pydantic import BaseModel

from coach.backends.base import ChatResult, Closing, Message
from coach.backends.openai_compat import OpenAICompatBackend
from coach.embedded_server import DEFAULT_CTX, DEFAULT_THREADS, KEY_ENV
from coach.errors import ModelUnavailable
from coach.model_fetch import MODEL_FILE, MODEL_NAME, model_path

STARTUP_TIMEOUT = 60.0
STOP_TIMEOUT = 5.0
_LOG_ERROR = re.compile(r"^[\d.]+ E (.*)$")
_SOURCE_ROOT = Path(__file__).resolve().parents[2]


class EmbeddedServer:
    """One `coach.embedded_server` child: start() returns its URL, stop() always ends it."""

    def __init__(
        self,
        model_file: Path,
        *,
        alias: str = MODEL_NAME,
        n_ctx: int = DEFAULT_CTX,
        n_threads: int = DEFAULT_THREADS,
        startup_timeout: float = STARTUP_TIMEOUT,
        stop_timeout: float = STOP_TIMEOUT,
    ):
        self.model_file = model_file
        self.alias = alias
        self.n_ctx = n_ctx
        self.n_threads = n_threads
        self.startup_timeout = startup_timeout
        self.stop_timeout = stop_timeout
        self.url: str | None = None
        self.key = secrets.token_urlsafe(24)
        self.startup_seconds: float | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    @property
    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def running(self, grace: float = 0.0) -> bool:
        """Whether the child still runs `grace` seconds from now (a dying multi-threaded
        process can take a moment before the kernel reports it)."""
        if self._proc is None:
            return False
        try:
            self._proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            return True
        return False

    def start(self) -> str:
        """Launch the child, wait (with a deadline) until /health answers, return the URL."""
        if self.alive and self.url:
            return self.url
        self.stop()
        started = time.monotonic()
        deadline = started + self.startup_timeout
        env = dict(os.environ)
        env[KEY_ENV] = self.key
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(_SOURCE_ROOT), env.get("PYTHONPATH", "")) if p
        )
        # Held open for the child's lifetime and closed in stop(), so no `with` here.
        self._log = tempfile.TemporaryFile(prefix="coach-embedded-")  # noqa: SIM115
        command = [
            sys.executable,
            "-m",
            "coach.embedded_server",
            "--model",
            str(self.model_file),
            "--port",
            "0",
            "--ctx",
            str(self.n_ctx),
            "--threads",
            str(self.n_threads),
            "--alias",
            self.alias,
        ]
        # A new session: a Ctrl-C at the terminal reaches us, and we stop the child in order.
        self._proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            env=env,
            start_new_session=True,
        )
        atexit.register(self.stop)
        try:
            self.url = self._await_url(deadline)
            self._await_health(deadline)
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - started
        return self.url

    def _await_url(self, deadline: float) -> str:
        assert self._proc is not None and self._proc.stdout is not None
        lines: queue.Queue[bytes] = queue.Queue()
        stdout = self._proc.stdout
        threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise self.failure(f"no answer within {self.startup_timeout:g} s") from None
        try:
            report = json.loads(line)
        except ValueError:
            self._await_exit()
            raise self.failure("exited during startup") from None
        if "url" not in report:
            self._await_exit()
            raise self.failure("failed to start")
        return str(report["url"])

    def _await_exit(self) -> None:
        """Let a child that reported its failure finish exiting, so that its log is whole: it
        writes the report and exits at once, but llama.cpp's log line with the reason ("invalid
        magic") can reach the file a moment after the report, on a busy machine."""
        if self._proc is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._proc.wait(timeout=self.stop_timeout)

    def _await_health(self, deadline: float) -> None:
        """llama.cpp answers 503 while loading; poll until 200, the child's death or deadline."""
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        while True:
            try:
                with opener.open(f"{self.url}/health", timeout=2) as reply:
                    if reply.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            if not self.alive:
                raise self.failure("exited during startup")
            if time.monotonic() > deadline:
                raise self.failure(f"not healthy within {self.startup_timeout:g} s")
            time.sleep(0.05)

    def log_text(self) -> str:
        """Everything the child printed to stderr (llama.cpp's log), for diagnosis."""
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")

    def first_error(self) -> str:
        """llama.cpp's first error-level log line, without its timestamp: the root cause."""
        for line in self.log_text().splitlines():
            match = _LOG_ERROR.match(line)
            if match:
                return " ".join(match.group(1).split())
        lines = self.log_text().strip().splitlines()
        return lines[-1].strip() if lines else ""

    def failure(self, what: str) -> ModelUnavailable:
        """The error to raise, with the child's own reason when it logged one."""
        reason = self.first_error()
        return ModelUnavailable(
            f"embedded model server ({self.model_file.name})",
            what + (f": {reason}" if reason else ""),
        )

    def stop(self) -> None:
        """Close the lifeline, then terminate, then kill: the child is gone when this returns."""
        atexit.unregister(self.stop)
        proc, self._proc, self.url = self._proc, None, None
        if proc is not None:
            for pipe in (proc.stdin, proc.stdout):
                if pipe is not None:
                    with contextlib.suppress(OSError):
                        pipe.close()
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=self.stop_timeout)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> EmbeddedServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


class EmbeddedBackend(Closing):
    """The openai client pointed at an EmbeddedServer it starts lazily on the first chat."""

    name = "embedded"

    def __init__(
        self,
        model_file: Path | None = None,
        *,
        n_ctx: int = DEFAULT_CTX,
        n_threads: int = DEFAULT_THREADS,
        timeout: float = 120.0,
        max_retries: int = 1,
        startup_timeout: float = STARTUP_TIMEOUT,
    ):
        self._model_file = model_file
        override = os.environ.get("COACH_MODEL_PATH")
        if model_file is not None:
            self.model = model_file.stem
        elif override and Path(override).name != MODEL_FILE:
            self.model = Path(override).stem
        else:
            self.model = MODEL_NAME
        self.n_ctx = n_ctx
        self.n_threads = n_threads
        self.timeout = timeout
        self.max_retries = max_retries
        self.startup_timeout = startup_timeout
        self.server: EmbeddedServer | None = None
        self._client: OpenAICompatBackend | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"EmbeddedBackend(model={self.model!r}, url={self.server and self.server.url!r})"

    def start(self) -> str:
        """Start (or restart, if it died) the server; safe from several threads."""
        with self._lock:
            if self.server is not None and self.server.alive and self.server.url:
                return self.server.url
            self.close()
            server = EmbeddedServer(
                self._model_file or model_path(),
                alias=self.model,
                n_ctx=self.n_ctx,
                n_threads=self.n_threads,
                startup_timeout=self.startup_timeout,
            )
            url = server.start()
            self.server = server
            self._client = OpenAICompatBackend(
                name=self.name,
                model=self.model,
                base_url=f"{url}/v1",
                api_key=server.key,
                timeout=self.timeout,
                max_retries=self.max_retries,
                trust_env=False,
            )
            return url

    def chat(
        self,
        messages: Sequence[Message],
        *,
        schema: type[BaseModel] | None = None,
        max_tokens: int = 512,
        temperature: float = 0.2,
        seed: int | None = None,
    ) -> ChatResult:
        """Chat with the local server; if it crashed, restart it and try once more."""
        for attempt in (1, 2):
            self.start()
            server, client = self.server, self._client
            assert server is not None and client is not None
            try:
                return client.chat(
                    messages,
                    schema=schema,
                    max_tokens=max_tokens,
                    temperature=temperature,
                    seed=seed,
                )
            except ModelUnavailable as exc:
                if server.running(grace=1.0):
                    raise
                if attempt == 2:
                    raise server.failure("the server process exited") from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self.server is not None:
            self.server.stop()
            self.server = None
