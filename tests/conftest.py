"""Shared fixtures: example notes, and recorded model traffic (pytest-recording / VCR.py).

Cassettes, and the trick that keeps the model out of CI
--------------------------------------------------------
Tests marked `@pytest.mark.vcr` talk to the model through `cassette_backend`, an
`OpenAICompatBackend` (the same class the embedded backend uses inside) whose base URL depends
on the record mode:

- recording (`make record`, i.e. `--record-mode=rewrite`): a session fixture starts the real
  embedded model server once, on a random loopback port with a random API key, *before* any
  cassette opens (so its start-up health checks are not recorded), and the backend points at
  it. VCR records each chat request and the server's reply;
- replaying (CI and `make test`: `--record-mode=none` from pyproject's addopts): the backend
  points at a fixed, unused URL, http://127.0.0.1:8080/v1, with a dummy key. No server is
  started (a test checks this) and no socket is opened: VCR answers every request from the
  cassette, and fails the test if a request has no recorded answer.

Replay must not depend on the random port, so requests are matched by the `llm_request`
matcher: method, URL path and the JSON body (the whole prompt, seed and schema), never host or
port. The drafting code is deterministic given the notes and `now`, so the bodies repeat.

What is written to disk: `vcr_config` drops the Authorization / api-key headers and cookies,
and the SDK's `x-stainless-*` machine details, and stores bodies decoded (no gzip blobs) and
unchanged, with Unicode as is (typography matters in these messages: ’ stays ’, not \\u2019).
tests/test_drafting_cassettes.py greps every cassette for secrets.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
# The rules cache (coach.cache) goes to a folder of this run's own, shared with the subprocesses
# the tests start: the suite neither reads nor fills the user's cache. The process that made the
# folder removes it when it exits, so runs leave nothing behind in the temporary directory.
if "COACH_CACHE_DIR" not in os.environ:
    os.environ["COACH_CACHE_DIR"] = tempfile.mkdtemp(prefix="coach-test-cache-")
    atexit.register(shutil.rmtree, os.environ["COACH_CACHE_DIR"], ignore_errors=True)
EXAMPLES = ROOT / "examples" / "notes"
REPLAY_BASE_URL = "http://127.0.0.1:8080/v1"
REPLAY_KEY = "replay-dummy-key"
SECRET_HEADERS = [
    "authorization",
    "api-key",
    "x-api-key",
    "cookie",
    "set-cookie",
    "openai-organization",
    "openai-project",
]


# --- recorded HTTP ---------------------------------------------------------------------------


def _drop_headers(headers: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v
        for k, v in headers.items()
        if k.lower() not in SECRET_HEADERS and not k.lower().startswith("x-stainless")
    }


def _before_record_request(request: Any) -> Any:
    request.headers = _drop_headers(dict(request.headers))
    return request


def _before_record_response(response: dict[str, Any]) -> dict[str, Any]:
    response["headers"] = _drop_headers(response.get("headers", {}))
    return response


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    return {
        "filter_headers": SECRET_HEADERS,
        "before_record_request": _before_record_request,
        "before_record_response": _before_record_response,
        "decode_compressed_response": True,
        "match_on": ["llm_request"],
    }


def _body(request: Any) -> Any:
    raw = request.body or b""
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def llm_request(r1: Any, r2: Any) -> None:
    """Method, path and JSON body; host and port are ignored (the recording port was random)."""
    assert r1.method == r2.method, f"method {r1.method} != {r2.method}"
    assert r1.path == r2.path, f"path {r1.path} != {r2.path}"
    assert _body(r1) == _body(r2), "request bodies differ (prompt, seed or schema changed)"


class UnicodeYamlSerializer:
    """VCR.py's safe YAML cassette format, written with Unicode kept readable."""

    @staticmethod
    def deserialize(cassette_string: str) -> Any:
        from vcr.serializers.yamlserializer import deserialize

        return deserialize(cassette_string)

    @staticmethod
    def serialize(cassette_dict: Any) -> str:
        from vcr.serializers.yamlserializer import _CassetteDumper

        return yaml.dump(cassette_dict, Dumper=_CassetteDumper, allow_unicode=True, width=1 << 20)


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    vcr.register_matcher("llm_request", llm_request)
    vcr.register_serializer("yaml", UnicodeYamlSerializer)


def recording(config: pytest.Config) -> bool:
    return (config.getoption("--record-mode", default=None) or "none") != "none"


@pytest.fixture(scope="session")
def recording_server(pytestconfig: pytest.Config) -> Iterator[Any]:
    """The real embedded server while recording, started before any cassette opens; else None."""
    if not recording(pytestconfig):
        yield None
        return
    from coach.backends.embedded import EmbeddedServer
    from coach.model_fetch import model_path

    server = EmbeddedServer(model_path())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def no_model_on_replay(recording_server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """On replay, starting the embedded model at all is a failure."""
    if recording_server is not None:
        return
    from coach.backends.embedded import EmbeddedServer

    def refuse(self: Any) -> None:
        raise AssertionError("replay must not start the embedded model server")

    monkeypatch.setattr(EmbeddedServer, "start", refuse)


@pytest.fixture
def cassette_backend(recording_server: Any) -> Iterator[Any]:
    """The model as the drafting code sees it: live while recording, a cassette otherwise."""
    from coach.backends.openai_compat import OpenAICompatBackend
    from coach.embedded_server import DEFAULT_CTX
    from coach.model_fetch import MODEL_NAME

    if recording_server is not None:
        url, key = f"{recording_server.url}/v1", recording_server.key
    else:
        url, key = REPLAY_BASE_URL, REPLAY_KEY
    backend = OpenAICompatBackend(
        name="embedded", model=MODEL_NAME, base_url=url, api_key=key, max_retries=0, trust_env=False
    )
    backend.n_ctx = DEFAULT_CTX  # type: ignore[attr-defined]  # trim prompts as embedded does
    try:
        yield backend
    finally:
        backend.close()


# --- notes -----------------------------------------------------------------------------------


@pytest.fixture
def example_notes():
    """Load an example notes file by stem, e.g. example_notes("acme-data-analyst")."""
    from coach.readers import load_notes

    return lambda stem: load_notes(EXAMPLES / f"{stem}.yaml")


@pytest.fixture
def clean_model_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No model endpoint configured from the developer's shell."""
    for name in (
        "OPENAI_BASE_URL",
        "OPENAI_API_KEY",
        "COACH_BACKEND",
        "COACH_MODEL",
        "COACH_MODEL_PATH",
    ):
        monkeypatch.delenv(name, raising=False)
