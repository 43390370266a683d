"""The one small interface every model backend meets, and the result it returns.

Drafting code depends on this module only, never on `openai` or the model runtime, so it can
be tested with `FakeBackend` and so `coach check` never imports a model client.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel

Message = Mapping[str, str]
"""A chat message as the OpenAI API takes it: {"role": ..., "content": ...}."""


@dataclass(frozen=True)
class ChatResult:
    """One model reply. `parsed` is the schema instance when the reply validated, else None:
    a small model can run out of tokens mid-JSON, and the caller decides what to do then."""

    text: str
    parsed: BaseModel | None
    prompt_tokens: int
    completion_tokens: int
    seconds: float
    finish_reason: str | None = None
    model: str = ""

    @property
    def truncated(self) -> bool:
        """The reply stopped at max_tokens rather than where the model chose to end it."""
        return self.finish_reason == "length"


@runtime_checkable
class Backend(Protocol):
    """What drafting needs from a model: a name to report, one chat call, and cleanup."""

    name: str
    model: str

    def chat(
        self,
        messages: Sequence[Message],
        *,
        schema: type[BaseModel] | None = None,
        max_tokens: int = 512,
        temperature: float = 0.2,
        seed: int | None = None,
    ) -> ChatResult: ...

    def close(self) -> None: ...


class Closing:
    """`with backend:` closes it, so a test or a command never leaves a server behind."""

    def close(self) -> None:  # pragma: no cover - every backend overrides it
        raise NotImplementedError

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
