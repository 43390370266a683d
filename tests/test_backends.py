"""Backend selection, the fake backend, and how endpoint failures become ModelUnavailable.

Endpoints here are tiny HTTP stubs on 127.0.0.1; any other connection fails the test.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from pydantic import BaseModel, Field

from coach.backends import Backend, ChatResult, FakeBackend, backend_name, get_backend
from coach.backends.embedded import EmbeddedBackend
from coach.backends.openai_compat import OpenAICompatBackend
from coach.errors import InputError, ModelUnavailable

SECRET = "sk-" + "test-do-not-print-0123456789"  # built, so no key-shaped literal is stored
MESSAGES = [{"role": "user", "content": "Say hi."}]


class Draft(BaseModel):
    subject: str = Field(max_length=80)
    body: str


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = socket.socket.connect

    def connect(sock: socket.socket, address: object) -> None:
        host = address[0] if isinstance(address, tuple) else address
        if host not in ("127.0.0.1", "::1", "localhost"):
            raise AssertionError(f"non-loopback connection attempted: {address!r}")
        real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "COACH_BACKEND", "COACH_MODEL"):
        monkeypatch.delenv(name, raising=False)


# --- selection ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "env", "expected"),
    [
        (None, {}, "embedded"),
        (None, {"OPENAI_BASE_URL": "http://127.0.0.1:1/v1"}, "openai"),
        (None, {"COACH_BACKEND": "openai"}, "openai"),
        (None, {"COACH_BACKEND": " Embedded ", "OPENAI_BASE_URL": "http://x/v1"}, "embedded"),
        ("embedded", {"COACH_BACKEND": "openai"}, "embedded"),
        ("openai", {}, "openai"),
    ],
)
def test_backend_name(name, env, expected):
    assert backend_name(name, env) == expected


@pytest.mark.parametrize(
    ("name", "env", "key"),
    [("gpt", {}, "--backend"), (None, {"COACH_BACKEND": "llama"}, "COACH_BACKEND")],
)
def test_unknown_backend_is_input_error(name, env, key):
    with pytest.raises(InputError) as caught:
        backend_name(name, env)
    assert caught.value.source == key and caught.value.exit_code == 2


def test_default_is_embedded_and_lazy():
    backend = get_backend(env={})
    assert isinstance(backend, EmbeddedBackend) and isinstance(backend, Backend)
    assert (backend.name, backend.model, backend.server) == (
        "embedded",
        "SmolLM2-135M-Instruct",
        None,
    )


def test_openai_from_env():
    env = {
        "OPENAI_BASE_URL": "http://127.0.0.1:9/v1",
        "OPENAI_API_KEY": SECRET,
        "COACH_MODEL": "m1",
    }
    backend = get_backend(env=env)
    assert isinstance(backend, OpenAICompatBackend)
    assert (backend.name, backend.model, backend.base_url) == (
        "openai",
        "m1",
        "http://127.0.0.1:9/v1",
    )
    assert get_backend(model="m2", env=env).model == "m2"
    assert SECRET not in repr(backend) and SECRET not in str(vars(backend).get("model"))


def test_openai_needs_a_model_name():
    with pytest.raises(ModelUnavailable, match="COACH_MODEL") as caught:
        get_backend("openai", env={"OPENAI_BASE_URL": "http://127.0.0.1:9/v1"})
    assert caught.value.exit_code == 3


def test_embedded_model_override(tmp_path):
    gguf = tmp_path / "tiny.gguf"
    gguf.write_bytes(b"GGUF")
    assert get_backend("embedded", str(gguf), env={}).model == "tiny"
    with pytest.raises(InputError, match="embedded backend serves"):
        get_backend("embedded", "gpt-4o", env={})
    with pytest.raises(ModelUnavailable, match="not a file"):
        get_backend("embedded", str(tmp_path / "missing.gguf"), env={})


# --- FakeBackend ---------------------------------------------------------------------------


def test_fake_backend_replays_queue_and_records_calls():
    fake = FakeBackend("plain text").enqueue(Draft(subject="Thanks", body="Hi"), {"subject": "x"})
    assert isinstance(fake, Backend)
    first = fake.chat(MESSAGES, max_tokens=10)
    assert (first.text, first.parsed, first.completion_tokens > 0) == ("plain text", None, True)
    second = fake.chat(MESSAGES, schema=Draft, temperature=0.0, seed=7)
    assert second.parsed == Draft(subject="Thanks", body="Hi")
    third = fake.chat(MESSAGES, schema=Draft)
    assert third.parsed is None and json.loads(third.text) == {"subject": "x"}
    assert [c.max_tokens for c in fake.calls] == [10, 512, 512]
    assert fake.calls[1].seed == 7 and fake.calls[1].schema is Draft
    assert fake.calls[0].messages == MESSAGES


def test_fake_backend_raises_enqueued_errors_and_runs_dry():
    with FakeBackend(ModelUnavailable("fake", "down")) as fake:
        with pytest.raises(ModelUnavailable, match="down"):
            fake.chat(MESSAGES)
        with pytest.raises(AssertionError, match="enqueue"):
            fake.chat(MESSAGES)
    assert fake.closed
    with pytest.raises(RuntimeError, match="after close"):
        fake.chat(MESSAGES)


# --- the openai backend against loopback stubs ---------------------------------------------


class Stub:
    """A scripted OpenAI-compatible endpoint: each request pops the next (status, body)."""

    def __init__(self, *replies: tuple[int, dict]):
        self.replies = list(replies)
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                stub.requests.append(json.loads(self.rfile.read(length)))
                stub.headers.append(dict(self.headers))
                status, body = stub.replies.pop(0) if len(stub.replies) > 1 else stub.replies[0]
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("retry-after-ms", "1")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, args=(0.01,), daemon=True).start()


@pytest.fixture
def stub() -> Iterator[type[Stub]]:
    made: list[Stub] = []

    def make(*replies: tuple[int, dict]) -> Stub:
        made.append(Stub(*replies))
        return made[-1]

    yield make  # type: ignore[misc]
    for s in made:
        s.server.shutdown()
        s.server.server_close()


def completion(content: str, finish: str = "stop", usage: bool = True) -> dict:
    body = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": "stub-model",
        "choices": [
            {
                "index": 0,
                "finish_reason": finish,
                "message": {"role": "assistant", "content": content},
            }
        ],
    }
    if usage:
        body["usage"] = {"prompt_tokens": 11, "completion_tokens": 5, "total_tokens": 16}
    return body


def error(message: str) -> dict:
    return {"error": {"message": message, "type": "invalid_request_error"}}


def backend_for(s: Stub, key: str = SECRET, retries: int = 1) -> OpenAICompatBackend:
    return OpenAICompatBackend(
        name="openai", model="m1", base_url=s.url, api_key=key, max_retries=retries, timeout=5
    )


def test_chat_returns_text_usage_and_parsed(stub):
    s = stub((200, completion('{"subject": "Thanks", "body": "Hi Sarah"}')))
    with backend_for(s) as backend:
        result = backend.chat(MESSAGES, schema=Draft, max_tokens=64, temperature=0.1, seed=3)
    assert isinstance(result, ChatResult)
    assert result.parsed == Draft(subject="Thanks", body="Hi Sarah")
    assert (result.prompt_tokens, result.completion_tokens, result.model) == (11, 5, "stub-model")
    sent = s.requests[0]
    assert (sent["model"], sent["max_tokens"], sent["temperature"], sent["seed"]) == (
        "m1",
        64,
        0.1,
        3,
    )
    schema = sent["response_format"]["json_schema"]["schema"]
    assert schema["properties"]["subject"]["maxLength"] == 80
    assert s.headers[0]["authorization"] == f"Bearer {SECRET}"


def test_invalid_json_gives_text_without_parsed_and_estimates_usage(stub):
    s = stub((200, completion('{"subject": "Thanks", "bo', finish="length", usage=False)))
    result = backend_for(s).chat(MESSAGES, schema=Draft)
    assert result.parsed is None and result.truncated
    assert result.prompt_tokens > 0 and result.completion_tokens > 0


def test_adapts_to_max_completion_tokens_and_no_schema(stub):
    s = stub(
        (400, error("Unsupported parameter: 'max_tokens'. Use 'max_completion_tokens' instead.")),
        (400, error("response_format json_schema is not supported")),
        (200, completion('{"subject": "a", "body": "b"}')),
    )
    backend = backend_for(s)
    assert backend.chat(MESSAGES, schema=Draft).parsed == Draft(subject="a", body="b")
    assert "max_completion_tokens" in s.requests[1] and "max_tokens" not in s.requests[1]
    assert "response_format" not in s.requests[2]


@pytest.mark.parametrize(
    ("status", "expected", "attempts"),
    [
        (401, "authentication failed (HTTP 401): check OPENAI_API_KEY", 1),
        (403, "authentication failed (HTTP 403)", 1),
        (404, "HTTP 404 for model 'm1': set COACH_MODEL", 1),
        (429, "rate limited (HTTP 429) after 1 retries", 2),
        (500, "HTTP 500: boom ***", 2),
        (400, "HTTP 400: boom ***", 1),
    ],
)
def test_status_errors_map_to_model_unavailable(stub, status, expected, attempts):
    s = stub((status, error(f"boom {SECRET}")))
    with pytest.raises(ModelUnavailable) as caught:
        backend_for(s).chat(MESSAGES)
    message = str(caught.value)
    assert expected in message and SECRET not in message and "\n" not in message
    assert message.startswith(f"openai backend ({s.url}): ")
    assert len(s.requests) == attempts


def test_missing_key_is_named(stub):
    s = stub((401, error("no key")))
    with pytest.raises(ModelUnavailable, match="OPENAI_API_KEY is not set"):
        backend_for(s, key="").chat(MESSAGES)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_closed_port_fails_fast():
    backend = OpenAICompatBackend(
        name="openai",
        model="m1",
        base_url=f"http://127.0.0.1:{free_port()}/v1",
        api_key=SECRET,
        max_retries=1,
    )
    started = time.monotonic()
    with pytest.raises(ModelUnavailable, match="cannot connect") as caught:
        backend.chat(MESSAGES)
    assert time.monotonic() - started < 10
    assert SECRET not in str(caught.value)


def test_timeout_maps_to_model_unavailable():
    with socket.socket() as silent:  # accepts the connection, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/v1"
        backend = OpenAICompatBackend(
            name="openai", model="m1", base_url=url, timeout=0.3, max_retries=0
        )
        with pytest.raises(ModelUnavailable, match="no reply within 0.3 s"):
            backend.chat(MESSAGES)
