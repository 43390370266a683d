"""Errors a person can act on: each names the file, the key and what was expected."""

from __future__ import annotations

from pydantic import ValidationError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INPUT = 2
EXIT_MODEL = 3


class CoachError(Exception):
    """Base for errors shown to the user as one line, never as a traceback."""

    exit_code = EXIT_INPUT

    def __init__(self, source: str, what: str, key: str | None = None):
        self.source, self.what, self.key = source, what, key
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.source}: {self.key}" if self.key else self.source
        return f"{where}: {self.what}"


class InputError(CoachError):
    """Bad notes, a bad message file or a bad option value: exit status 2."""


class ModelUnavailable(CoachError):
    """The model endpoint cannot be reached or does not serve the model: exit status 3."""

    exit_code = EXIT_MODEL


def from_validation(source: str, error: ValidationError, prefix: str = "") -> InputError:
    """Turn pydantic's report into one line naming the first bad key."""
    problems = []
    for item in error.errors():
        key = ".".join(str(p) for p in (prefix, *item["loc"]) if p != "")
        kind = item["type"]
        if kind == "missing":
            text = "required key is missing"
        elif kind == "extra_forbidden":
            text = "unknown key"
        else:
            text = item["msg"].removeprefix("Value error, ")
            if item.get("input") is not None and kind not in ("model_type", "dict_type"):
                text += f" (got {item['input']!r})"
        problems.append((key or "(top level)", text))
    key, text = problems[0]
    if len(problems) > 1:
        text += f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})"
    return InputError(source, text, key)


def one_line(text: str, limit: int = 300) -> str:
    """Text for a one-line report: whitespace runs (newlines too) become one space, characters
    that cannot be written (lone surrogates) become '?', and it is cut at `limit`."""
    text = " ".join(text.split()).encode("utf-8", "replace").decode("utf-8")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def describe(exc: BaseException) -> str:
    """An exception as `Type: message`, on one line."""
    detail = one_line(str(exc))
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


def internal_error(exc: BaseException, doing: str) -> str:
    """The one line for an exception nothing expected (a bug, not the user's input)."""
    return f"internal error while {doing} it: {describe(exc)} (please report this)"
