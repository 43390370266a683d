"""Errors a person can act on: each names the file, the key and what was expected."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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


def from_validation(
    source: str, error: ValidationError, prefix: str = "", model: Any = None
) -> InputError:
    """Turn pydantic's report into one line naming the first bad key. A misspelt key (an unknown
    key close to one the `model` allows, or to a required key found missing beside it) is the
    one named, with the key meant: the missing key it leaves is the same mistake, not another."""
    items = error.errors()
    missing = {tuple(i["loc"]) for i in items if i["type"] == "missing"}
    meant = {
        tuple(i["loc"]): _meant(tuple(i["loc"]), missing, model)
        for i in items
        if i["type"] == "extra_forbidden"
    }
    paired = {(*loc[:-1], key) for loc, key in meant.items() if key is not None}
    typos: list[tuple[str, str]] = []
    problems: list[tuple[str, str]] = []
    for item in items:
        loc = tuple(item["loc"])
        key = ".".join(str(p) for p in (prefix, *loc) if p != "")
        kind = item["type"]
        if kind == "missing":
            if loc in paired:
                continue  # the other half of a misspelt key, named with it
            text = "required key is missing"
        elif kind == "extra_forbidden":
            if meant[loc] is not None:
                typos.append((key, f"unknown key (did you mean '{meant[loc]}'?)"))
                continue
            text = "unknown key"
        else:
            text = plain_message(item)  # a date it cannot read says what was written
            shows_input = kind not in ("model_type", "dict_type", *DATE_PARSING)
            if item.get("input") is not None and shows_input:
                text += f" (got {shown(item['input'])})"
        problems.append((key or "(top level)", text))
    key, text = [*typos, *problems][0]
    more = len(typos) + len(problems) - 1
    if more:
        text += f" (and {more} more problem{'s' if more > 1 else ''})"
    return InputError(source, text, key)


#: pydantic's error types for a text that is not a date, or not a date and time
DATE_PARSING = {
    "date_parsing": "2026-11-27",
    "date_from_datetime_parsing": "2026-11-27",
    "datetime_parsing": "2026-11-20T14:00:00-05:00",
    "datetime_from_date_parsing": "2026-11-20T14:00:00-05:00",
}


def shown(value: Any) -> str:
    """A value as the user wrote it: a time as ISO 8601, not as Python's repr of it."""
    import datetime as dt

    if isinstance(value, dt.date):
        return repr(value.isoformat())
    return repr(value)


def plain_message(item: Any) -> str:
    """pydantic's message for one problem in a person's words. A date it cannot read is named
    with what was written and how to write it (pydantic says 'Input should be a valid
    datetime or date, invalid character in year')."""
    kind = item["type"]
    if kind not in DATE_PARSING:
        return str(item["msg"]).removeprefix("Value error, ")
    written, example = item.get("input"), DATE_PARSING[kind]
    reason = str((item.get("ctx") or {}).get("error", ""))
    if "outside expected range" in reason:
        return f"{written!r} is not a real date or time ({reason}); write it like {example}"
    what = "a date" if example == "2026-11-27" else "a date and time"
    return f"{written!r} is not {what}; write it like {example}"


def not_a_time(value: str, error: ValueError) -> str:
    """Why `datetime.fromisoformat` refused a time the user typed: a day or hour that does not
    exist is said as such (it was 'not an ISO 8601 time' for 2026-11-31T10:00:00-05:00)."""
    reason = str(error)
    if "out of range" in reason or "must be in" in reason:
        return f"not a real date or time: {value!r} ({reason})"
    return f"not an ISO 8601 time: {value!r}"


def _meant(loc: tuple[Any, ...], missing: set[tuple[Any, ...]], model: Any) -> str | None:
    """The key an unknown key at `loc` was probably meant to be: a required key missing beside
    it, else one the model allows there, when the two are spelt nearly alike."""
    import difflib

    typed = str(loc[-1])
    beside = [str(m[-1]) for m in missing if m[:-1] == loc[:-1]]
    close = difflib.get_close_matches(typed, beside, n=1, cutoff=0.7)
    if not close:
        close = difflib.get_close_matches(typed, _allowed(model, loc[:-1]), n=1, cutoff=0.75)
    return close[0] if close else None


def _allowed(model: Any, path: tuple[Any, ...]) -> list[str]:
    """The keys `model` allows at `path` (list indexes skipped), or none when it is not known."""
    from typing import get_args

    model = getattr(model, "_validator", lambda: model)()  # a coach.plain class: its model
    for step in path:
        if isinstance(step, int):
            continue
        field = getattr(model, "model_fields", {}).get(step)
        if field is None:
            return []
        model = _model_in(field.annotation, get_args)
        if model is None:
            return []
    fields = getattr(model, "model_fields", {})
    return [f.alias or name for name, f in fields.items()]


def _model_in(annotation: Any, get_args: Any) -> Any:
    """The pydantic model an annotation holds (`Interviewer`, `list[Interviewer]`, `X | None`)."""
    if hasattr(annotation, "_validator"):  # a coach.plain class: its model
        return annotation._validator()
    if hasattr(annotation, "model_fields"):
        return annotation
    for arg in get_args(annotation):
        found = _model_in(arg, get_args)
        if found is not None:
            return found
    return None


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
