"""Block YAML of the plainest kind, read without a YAML parser.

Front matter with its notes inline is a small tree of `key: value` lines and `- item` lines:
the shape `yaml.safe_dump` writes, and people type. libyaml spends most of a message's reading
time composing nodes for it, so `read_block` reads that shape directly, line by line, and
returns `NOT_BLOCK` for anything else (comments, flow collections, multi-line or escaped
scalars, anchors, tags, tabs, unusual keys or indentation), which the YAML loader then reads.
A plain scalar is typed as the YAML loader types it: by its own resolvers and constructors
(`null`, `yes`, `12`, `2026-11-20 14:00:00-05:00`), so the values are always the loader's.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode

from coach.pattern_cache import compile_pattern
from coach.yaml_load import PLAIN_SCALARS, FastSafeLoader

#: what `read_block` returns when the text is not of its shape
NOT_BLOCK: Any = object()

#: a key as the notes spell them, then its value (if any) on the same line
_KEY = compile_pattern(r"([A-Za-z_][A-Za-z0-9_]{0,99}):(?: +(.*))?")
#: what the YAML loader reads otherwise, or refuses: comments, tabs, other line breaks, a BOM,
#: characters YAML does not allow (its reader's own list), and a '\' a scalar might escape with
_UNUSUAL = compile_pattern(
    r"[#\t\r\\\x85\u2028\u2029\ufeff]"
    r"|[^\x0a\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
#: what a plain scalar may not start with (YAML's indicators); '-' also starts "- item"
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
#: keys YAML 1.1 reads as booleans or null (any case, to be safe)
_TYPED_KEYS = frozenset({"yes", "no", "on", "off", "true", "false", "null", "y", "n"})
#: builds typed scalars with the safe loader's own methods (they keep no state)
_CONSTRUCTOR = SafeConstructor()


#: a line's indent, its text without the indent and trailing spaces, and its number
Line = tuple[int, str, int]


class _NotBlock(Exception):
    """The text is not of the shape `read_block` reads."""


def read_block(text: str) -> Any:
    """The value of `text` as the YAML loader reads it, or `NOT_BLOCK`."""
    if _UNUSUAL.search(text):
        return NOT_BLOCK
    lines: list[Line] = []
    for number, line in enumerate(text.split("\n")):
        content = line.lstrip(" ")
        if content:
            lines.append((len(line) - len(content), content.rstrip(" "), number))
    if not lines or lines[0][0] != 0:
        return NOT_BLOCK
    try:
        value, end = _node(lines, 0, 0)
    except Exception:  # _NotBlock, or a constructor refusing a value (2026-02-30), or nesting
        return NOT_BLOCK  # too deep: the loader reads it, or says what is wrong
    return value if end == len(lines) else NOT_BLOCK


def _node(lines: list[Line], i: int, col: int) -> tuple[Any, int]:
    if lines[i][1].startswith("- "):
        return _sequence(lines, i, col)
    return _mapping(lines, i, col)


def _mapping(lines: list[Line], i: int, col: int) -> tuple[dict[Any, Any], int]:
    out: dict[Any, Any] = {}
    while i < len(lines) and lines[i][0] == col:
        m = _KEY.fullmatch(lines[i][1])
        if m is None or m.group(1).lower() in _TYPED_KEYS:
            raise _NotBlock
        key, given = m.group(1), m.group(2)
        if key in out:  # the YAML loader reports it, with its line
            raise _NotBlock
        i += 1
        following = lines[i][0] if i < len(lines) else -1
        if given:
            out[key], i = _scalar(given, lines, i, col)
        elif following > col:
            out[key], i = _node(lines, i, following)
        elif following == col and lines[i][1].startswith("- "):
            out[key], i = _sequence(lines, i, col)
        else:
            out[key] = None
    return out, i


def _sequence(lines: list[Line], i: int, col: int) -> tuple[list[Any], int]:
    out: list[Any] = []
    while i < len(lines) and lines[i][0] == col and lines[i][1].startswith("- "):
        rest = lines[i][1][2:]
        body = rest.lstrip(" ")
        if body.startswith("-") or not body:
            raise _NotBlock
        if _KEY.fullmatch(body):  # "- name: Sarah Chen" opens a mapping at the key's column
            lines[i] = (col + 2 + len(rest) - len(body), body, lines[i][2])
            value, i = _mapping(lines, i, lines[i][0])
        else:
            value, i = _scalar(body, lines, i + 1, col)
        if i < len(lines) and lines[i][0] > col:
            raise _NotBlock
        out.append(value)
    return out, i


def _scalar(text: str, lines: list[Line], i: int, col: int) -> tuple[Any, int]:
    """The scalar `text` starts, and the index of the line after it: a plain scalar goes on
    over the lines indented deeper than `col` that follow it, joined by spaces."""
    if i == len(lines) or lines[i][0] <= col:
        if text in ("[]", "{}"):  # an empty list or mapping (`aliases: []`): a new one each time
            return ([] if text == "[]" else {}), i
        return _one_line(text), i
    if text[0] in _INDICATORS:  # quoted over lines, or not a scalar
        raise _NotBlock
    parts = [text]
    while i < len(lines) and lines[i][0] > col:
        line = lines[i][1]
        if lines[i][2] != lines[i - 1][2] + 1 or line[0] in _INDICATORS:
            raise _NotBlock  # a blank line between keeps a line break; "- " may open a list
        parts.append(line)
        i += 1
    return _one_line(" ".join(parts)), i


@lru_cache(maxsize=8192)
def _one_line(text: str) -> Any:
    """A scalar's value (a pure function of its text, and an immutable value: the same names,
    dates and times recur from one file to the next)."""
    if text[0] == "'":
        inner = text[1:-1]
        if len(text) < 2 or text[-1] != "'" or "'" in inner.replace("''", ""):
            raise _NotBlock
        return inner.replace("''", "'")
    if text[0] == '"':
        inner = text[1:-1]
        if len(text) < 2 or text[-1] != '"' or '"' in inner:
            raise _NotBlock
        return inner
    if text[0] in _INDICATORS or ": " in text or text.endswith(":"):
        raise _NotBlock
    return _typed(text)


def _typed(value: str) -> Any:
    """A plain scalar as the loader's resolvers and constructors read it."""
    resolvers = FastSafeLoader.yaml_implicit_resolvers
    for tag, regexp in (*resolvers.get(value[0], ()), *resolvers.get(None, ())):
        if regexp.match(value):
            if tag not in PLAIN_SCALARS:
                raise _NotBlock
            return FastSafeLoader.yaml_constructors[tag](_CONSTRUCTOR, ScalarNode(tag, value))
    return value
