"""Any endpoint that speaks the OpenAI chat API, through the official `openai` SDK.

Both real backends are this class with a different base URL (the embedded one points it at its
own loopback server), as pydantic-ai's OpenAICompatibleProvider does. The SDK brings timeouts
and retries with backoff (429 and 5xx are retried `max_retries` times); whatever still fails
becomes one `ModelUnavailable` line, which the CLI turns into exit status 3.

The API key is held only by the SDK client: it is never part of a message, a repr or a log line,
and any error text from the server is scrubbed of it before we show it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from coach.backends.base import ChatResult, Closing, Message
from coach.errors import ModelUnavailable

if TYPE_CHECKING:
    import openai

DEFAULT_TIMEOUT = 120.0
CONNECT_TIMEOUT = 5.0
DEFAULT_MAX_RETRIES = 2
KEY_PLACEHOLDER = "not-needed"
"""Sent when no key is configured: the SDK insists on one, and local servers ignore it."""


class OpenAICompatBackend(Closing):
    """Chat completions against `base_url` (default: OPENAI_BASE_URL, else OpenAI itself)."""

    def __init__(
        self,
        *,
        name: str,
        model: str,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        trust_env: bool = True,
    ):
        self.name = name
        self.model = model
        self.timeout = timeout
        self.max_retries = max_retries
        self._base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
        self._api_key = api_key if api_key is not None else os.environ.get("OPENAI_API_KEY")
        self._trust_env = trust_env
        self._client: openai.OpenAI | None = None
        # Adapted once per backend when the server rejects a parameter (see _adapt).
        self._token_param = "max_tokens"
        self._constrain = True

    def __repr__(self) -> str:
        kind = type(self).__name__
        return f"{kind}(name={self.name!r}, model={self.model!r}, url={self.base_url!r})"

    @property
    def base_url(self) -> str:
        return self._base_url or "https://api.openai.com/v1"

    def _get_client(self) -> openai.OpenAI:
        if self._client is None:
            import openai

            # trust_env=False keeps loopback traffic away from any HTTP(S)_PROXY setting.
            http_client = None if self._trust_env else openai.DefaultHttpxClient(trust_env=False)
            self._client = openai.OpenAI(
                api_key=self._api_key or KEY_PLACEHOLDER,
                base_url=self._base_url,
                timeout=openai.Timeout(self.timeout, connect=CONNECT_TIMEOUT),
                max_retries=self.max_retries,
                http_client=http_client,
            )
        return self._client

    def chat(
        self,
        messages: Sequence[Message],
        *,
        schema: type[BaseModel] | None = None,
        max_tokens: int = 512,
        temperature: float = 0.2,
        seed: int | None = None,
    ) -> ChatResult:
        """One chat completion; with `schema`, output is constrained to its JSON schema where
        the server supports response_format json_schema, and validated here either way."""
        import openai

        client = self._get_client()
        started = time.perf_counter()
        for _attempt in range(3):
            request = self._request(messages, schema, max_tokens, temperature, seed)
            try:
                completion = client.chat.completions.create(**request)
                break
            except openai.BadRequestError as exc:
                if not self._adapt(exc, request):
                    raise self.unavailable(exc) from exc
            except openai.OpenAIError as exc:
                raise self.unavailable(exc) from exc
        else:  # pragma: no cover - _adapt changes one setting at a time, at most twice
            raise ModelUnavailable(self._where(), "the endpoint rejected every request shape")
        seconds = time.perf_counter() - started
        if not completion.choices:
            raise ModelUnavailable(self._where(), "the endpoint returned no choices")
        choice = completion.choices[0]
        text = choice.message.content or ""
        parsed = None
        if schema is not None:
            try:
                parsed = schema.model_validate_json(text)
            except ValidationError:
                parsed = None
        usage = completion.usage
        if usage is not None:
            prompt_tokens, completion_tokens = usage.prompt_tokens, usage.completion_tokens
        else:
            from coach.tokens import count_messages, count_tokens

            prompt_tokens, completion_tokens = count_messages(messages), count_tokens(text)
        return ChatResult(
            text=text,
            parsed=parsed,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            seconds=seconds,
            finish_reason=choice.finish_reason,
            model=completion.model or self.model,
        )

    def _request(
        self,
        messages: Sequence[Message],
        schema: type[BaseModel] | None,
        max_tokens: int,
        temperature: float,
        seed: int | None,
    ) -> dict[str, Any]:
        request: dict[str, Any] = {
            "model": self.model,
            "messages": [dict(m) for m in messages],
            "temperature": temperature,
            self._token_param: max_tokens,
        }
        if seed is not None:
            request["seed"] = seed
        if schema is not None and self._constrain:
            # The SDK's own strict-schema conversion, as `chat.completions.parse` uses; we call
            # `create` instead so an invalid reply still gives us its text and usage.
            from openai.lib._parsing import type_to_response_format_param

            request["response_format"] = type_to_response_format_param(schema)
        return request

    def _adapt(self, exc: openai.BadRequestError, request: dict[str, Any]) -> bool:
        """Servers differ: newer OpenAI models want max_completion_tokens, some local servers
        lack json_schema. Switch the one setting the 400 names, remember it, and retry."""
        text = _error_text(exc).lower()
        if "max_tokens" in text and self._token_param == "max_tokens":
            self._token_param = "max_completion_tokens"
            return True
        if "response_format" in request and ("response_format" in text or "schema" in text):
            self._constrain = False
            return True
        return False

    def _where(self) -> str:
        return f"{self.name} backend ({self.base_url})"

    def unavailable(self, exc: BaseException) -> ModelUnavailable:
        """One actionable line for a failed call; never includes the API key."""
        import openai

        status = getattr(exc, "status_code", None)
        if isinstance(exc, openai.APITimeoutError):
            what = f"no reply within {self.timeout:g} s (after {self.max_retries} retries)"
        elif isinstance(exc, openai.APIConnectionError):
            what = "cannot connect: is the server running and OPENAI_BASE_URL right?"
        elif isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
            what = (
                f"authentication failed (HTTP {status}): check OPENAI_API_KEY"
                if self._api_key
                else f"authentication failed (HTTP {status}): OPENAI_API_KEY is not set"
            )
        elif isinstance(exc, openai.NotFoundError):
            what = (
                f"HTTP 404 for model {self.model!r}: set COACH_MODEL (or --model) to a model the "
                "endpoint serves, and check OPENAI_BASE_URL (usually ends in /v1)"
            )
        elif isinstance(exc, openai.RateLimitError):
            what = f"rate limited (HTTP 429) after {self.max_retries} retries; try again later"
        elif isinstance(exc, openai.APIStatusError):
            what = f"HTTP {status}: {self._scrub(_error_text(exc))}"
        else:
            what = self._scrub(str(exc)) or type(exc).__name__
        return ModelUnavailable(self._where(), what)

    def _scrub(self, text: str, limit: int = 200) -> str:
        if self._api_key:
            text = text.replace(self._api_key, "***")
        text = " ".join(text.split())
        return text if len(text) <= limit else text[: limit - 1] + "…"

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


def _error_text(exc: BaseException) -> str:
    """The server's own error message when the body has one, else the SDK's."""
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and isinstance(inner.get("message"), str):
            return str(inner["message"])
        if isinstance(inner, str):
            return inner
    return str(getattr(exc, "message", "") or exc)
