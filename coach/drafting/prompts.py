"""Prompts: files in prompts/ with `${name}` variables, filled with the notes as delimited data.

The notes reach a prompt only inside the `<<<NOTES ... NOTES>>>` block, as JSON in which `<` and
`>` are escaped, so no notes text can close the block or pose as a chat marker; the system prompt
says the block is data, never instructions (and `coach.drafting.safety` has already removed
instruction-like clauses). Every prompt is counted with tiktoken against the backend's context
window minus the reply's tokens; when it does not fit, the data is trimmed, never the task.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from string import Template
from typing import Any

from coach.backends.base import Message
from coach.drafting.composer import Slot, detail_phrase, long_date, materials_phrase
from coach.models import Kind
from coach.tokens import count_messages

DEFAULT_CONTEXT = 2048
"""Used when a backend does not say its window: the embedded model's, the smallest we serve."""
SAFETY_MARGIN = 0.15
"""tiktoken's count is an estimate for another model's tokenizer; keep this share in reserve."""
FIELD_LIMITS = (240, 160, 100, 60, 30)
"""Longest string (characters) of notes data in a prompt, tried in turn until the prompt fits."""


class PromptTooLong(Exception):
    """Even the trimmed prompt does not fit the window: skip the model, use the composer."""


def prompts_dir() -> Path:
    """prompts/ beside the package in a checkout, or the copy packed into a wheel."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here.parent / "prompts", here / "_data" / "prompts"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("prompts/ folder not found beside the coach package")


@cache
def template(name: str) -> Template:
    return Template((prompts_dir() / f"{name}.txt").read_text("utf-8"))


def render(name: str, **values: str) -> str:
    """Fill a prompt file; a variable the file names but the caller lacks is a bug, so raise."""
    return template(name).substitute(values)


def notes_block(data: Any) -> str:
    """JSON for the data block: `<` and `>` escaped so the text cannot end the block."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e")


def _clip(value: Any, limit: int) -> Any:
    if isinstance(value, str):
        return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"
    if isinstance(value, list):
        return [_clip(v, limit) for v in value]
    if isinstance(value, dict):
        return {k: _clip(v, limit) for k, v in value.items()}
    return value


def prompt_data(slot: Slot) -> dict[str, Any]:
    """The few facts this message needs, and no names: the model cannot misspell what it
    never sees, and the composer writes every name."""
    notes, kind = slot.notes, slot.kind
    data: dict[str, Any] = {"role": notes.role, "company": notes.company.name}
    if slot.person.title:
        data["interviewer_title"] = slot.person.title
    if slot.detail and kind != Kind.final_follow_up and kind != Kind.materials:
        data["topic"] = detail_phrase(slot.detail)
    if kind == Kind.materials:
        data["materials"] = materials_phrase(notes)
    if kind in (Kind.check_in, Kind.final_follow_up) and notes.timeline.decision_by:
        data["decision_date"] = long_date(notes.timeline.decision_by)
    if kind == Kind.rejection_reply:
        data["outcome"] = "the company chose another candidate"
    return data


def _inline(data: dict[str, Any]) -> dict[str, str]:
    """Notes values quoted for use inside a task line: JSON strings, `<`/`>` escaped, so they
    stay delimited data there too (a tiny model follows a value it sees in the task far
    better than one it must look up in the block)."""
    inline = {"topic": notes_block("the work of the team")}
    inline.update({key: notes_block(v) for key, v in data.items() if isinstance(v, str)})
    return inline


def _when(slot: Slot) -> str:
    from coach.drafting.composer import when_phrase

    said, _ = when_phrase(slot.notes, slot.send_at)
    return {"today": "on the day of the interview", "yesterday": "the day after the interview"}.get(
        said, "a few days after the interview"
    )


def first_messages(slot: Slot, budget: int, reply_tokens: int) -> list[Message]:
    """System and task messages for a first draft, trimmed to fit `budget` tokens."""
    data = prompt_data(slot)
    for limit in FIELD_LIMITS:
        messages: list[Message] = [
            {"role": "system", "content": render("system")},
            {
                "role": "user",
                "content": render(
                    slot.kind.value,
                    **_inline(_clip(data, limit)),
                    notes=notes_block(_clip(data, limit)),
                    when=_when(slot),
                ),
            },
        ]
        if _fits(messages, budget, reply_tokens):
            return messages
    raise PromptTooLong(f"the {slot.kind.value} prompt does not fit {budget} tokens")


def revision_messages(
    first: list[Message], problems: list[str], budget: int, reply_tokens: int
) -> list[Message]:
    """The first task again, followed by the reviewer's findings (as data).

    Not a chat continuation, and without the earlier answer: shown its own reply, a small model
    repeats it word for word. The findings say what to change, with a concrete opening where
    that helps (see `coach.drafting.loop`)."""
    system, task = first[0], first[-1]
    for keep in (len(problems), 3, 1):
        addendum = render("revise", problems=notes_block(problems[:keep]))
        messages: list[Message] = [
            system,
            {"role": "user", "content": str(task["content"]) + "\n" + addendum},
        ]
        if _fits(messages, budget, reply_tokens):
            return messages
    raise PromptTooLong("the revision prompt does not fit")


def _fits(messages: Sequence[Message], budget: int, reply_tokens: int) -> bool:
    usable = int(budget * (1 - SAFETY_MARGIN))
    return count_messages(messages) + reply_tokens <= usable
