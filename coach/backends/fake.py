"""A fake backend for tests: a queue of canned replies, after llm's `MockModel.enqueue`.

It lives in the library, not in tests/, because the CLI, UI and browser tests all need the same
stand-in. It never imports a model client and never opens a socket.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError

from coach.backends.base import ChatResult, Closing, Message

Reply = str | BaseModel | dict[str, Any] | BaseException


@dataclass
class FakeCall:
    """What one chat call asked for, so a test can assert on the prompt."""

    messages: list[dict[str, str]]
    schema: type[BaseModel] | None
    max_tokens: int
    temperature: float
    seed: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class FakeBackend(Closing):
    """Answers each chat with the next enqueued reply: text, a model or dict (sent as JSON),
    or an exception instance, which is raised (e.g. ModelUnavailable, to test exit status 3)."""

    name = "fake"

    def __init__(self, *replies: Reply, model: str = "fake-model", finish_reason: str = "stop"):
        self.model = model
        self.finish_reason = finish_reason
        self.replies: deque[Reply] = deque(replies)
        self.calls: list[FakeCall] = []
        self.closed = False

    def enqueue(self, *replies: Reply) -> FakeBackend:
        """Add replies to the end of the queue; returns self for chaining."""
        self.replies.extend(replies)
        return self

    def chat(
        self,
        messages: Sequence[Message],
        *,
        schema: type[BaseModel] | None = None,
        max_tokens: int = 512,
        temperature: float = 0.2,
        seed: int | None = None,
    ) -> ChatResult:
        if self.closed:
            raise RuntimeError("FakeBackend: chat() after close()")
        self.calls.append(
            FakeCall([dict(m) for m in messages], schema, max_tokens, temperature, seed)
        )
        if not self.replies:
            raise AssertionError(
                f"FakeBackend: call {len(self.calls)} has no canned reply; enqueue() one more"
            )
        reply = self.replies.popleft()
        if isinstance(reply, BaseException):
            raise reply
        if isinstance(reply, BaseModel):
            text = reply.model_dump_json()
        elif isinstance(reply, dict):
            text = json.dumps(reply)
        else:
            text = reply
        parsed = None
        if schema is not None:
            try:
                parsed = schema.model_validate_json(text)
            except ValidationError:
                parsed = None
        from coach.tokens import count_messages, count_tokens

        return ChatResult(
            text=text,
            parsed=parsed,
            prompt_tokens=count_messages(messages),
            completion_tokens=count_tokens(text),
            seconds=0.0,
            finish_reason=self.finish_reason,
            model=self.model,
        )

    def close(self) -> None:
        self.closed = True
