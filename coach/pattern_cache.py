"""Compiled regular expressions kept on disk from one run to the next.

Python compiles a regular expression with Python code (`re._parser`, `re._compiler`): the fifty
patterns a one-file `coach check` first uses cost a fifth of its start. What that compiler makes
is the pattern's code, a list of numbers, which `re` then hands to its C engine
(`_sre.compile`). The code is kept in coach's cache folder, so a later run hands it over
directly. An entry is used only by the Python whose compiler made it (its version and the
engine's MAGIC name the file), and is kept only when the pattern it builds equals the one
`re.compile` builds: in any doubt, `re.compile` is used. `COACH_NO_CACHE=1` turns it off.

The code is stored as the bytes of an array of 32-bit numbers, not as a list of them: a list
is rebuilt number by number when the store is read, and the store holds every pattern a
user's runs have met (the phrase families' alternations among them, hundreds of thousands of
numbers), while a one-file check uses a fraction of them.

Each checkout or install keeps a store of its own (named by where this module is), holding at
most `LIMIT` patterns, those used last kept. A run that compiled a pattern saves under a lock,
merging its entries into what the file holds then: one store shared by every checkout, each
process writing back the dict it read at its start, lost the entries of whichever process
saved before it, so on a machine with several checkouts at work a one-file check compiled its
fifty patterns afresh about one run in three (2.7 billion instructions instead of 0.47).
"""

from __future__ import annotations

import atexit
import importlib
import os
import re
import sys
import zlib
from array import array
from pathlib import Path
from typing import Any

from coach.cache import cache_dir, enabled, read_store, update_store

#: the arguments of `_sre.compile` after the pattern: flags, code (as `CODE` array bytes),
#: groups, group names both ways
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
#: the array type of the stored code: the engine's code words are 32 bits (SRE_CODE)
CODE = "I" if array("I").itemsize == 4 else "L"

#: patterns a store keeps: a one-file check uses some 180, each kind of message others
LIMIT = 2000

_STORE: dict[tuple[str, int], Entry] | None = None
_ADDED: list[tuple[str, int]] = []
#: the stored patterns this run used, kept ahead of the others when the store is saved
_USED: list[tuple[str, int]] = []


def group() -> str:
    """The store's name without its extension: the Python and its engine that made the code
    (v3: one store for each place coach is installed or checked out)."""
    magic = importlib.import_module("re._constants").MAGIC
    version = "".join(str(part) for part in sys.version_info[:3])
    where = zlib.crc32(os.path.dirname(os.path.abspath(__file__)).encode())
    return f"patterns-v3-py{version}-{magic}-{where:08x}"


def path() -> Path:
    return cache_dir() / f"{group()}.pickle"


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the code stored by an earlier run when there is one."""
    flags = int(flags)
    store = _store()
    if store is None:
        return re.compile(pattern, flags)
    entry = store.get((pattern, flags))
    if entry is not None:
        try:
            built = _build(pattern, entry)
            _USED.append((pattern, flags))
            return built
        except Exception:  # noqa: BLE001 - a damaged entry: compile as usual
            pass
    compiled = re.compile(pattern, flags)
    entry = _entry(pattern, flags, compiled)
    if entry is not None:
        store[(pattern, flags)] = entry
        _ADDED.append((pattern, flags))
    return compiled


def _build(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, stored, groups, names, by_number = entry
    code = array(CODE)
    code.frombytes(stored)
    built: re.Pattern[str] = importlib.import_module("_sre").compile(
        pattern, flags, code.tolist(), groups, names, by_number
    )
    return built


def _entry(pattern: str, flags: int, compiled: re.Pattern[str]) -> Entry | None:
    """What `re._compiler.compile` hands the engine for this pattern, or None if the pattern
    built from it is not the one `re.compile` built."""
    try:
        parser: Any = importlib.import_module("re._parser")
        compiler: Any = importlib.import_module("re._compiler")
        parsed = parser.parse(pattern, flags)
        code = compiler._code(parsed, flags)
        names = dict(parsed.state.groupdict)
        by_number: list[str | None] = [None] * parsed.state.groups
        for name, number in names.items():
            by_number[number] = name
        entry: Entry = (
            flags | parsed.state.flags,
            array(CODE, [int(op) for op in code]).tobytes(),
            parsed.state.groups - 1,
            names,
            tuple(by_number),
        )
        return entry if _build(pattern, entry) == compiled else None
    except Exception:  # noqa: BLE001 - another Python's compiler: keep nothing
        return None


def _store() -> dict[tuple[str, int], Entry] | None:
    global _STORE
    if not enabled():
        return None
    if _STORE is None:
        try:
            _STORE = read_store(path())
        except Exception:  # noqa: BLE001 - no place for it: start empty
            _STORE = {}
        atexit.register(save)
    return _STORE


def save() -> None:
    """Add this run's patterns to the store, if it compiled any (at exit; a forked worker exits
    without it): merged into what the file holds now, under its lock, the patterns this run
    used last, the oldest dropped beyond `LIMIT`."""
    if _STORE is None or not _ADDED:
        return
    store = _STORE

    def merge(current: dict[tuple[str, int], Entry]) -> dict[tuple[str, int], Entry]:
        ours = {key: store[key] for key in (*_USED, *_ADDED) if key in store}
        merged = {key: entry for key, entry in current.items() if key not in ours}
        merged.update(ours)
        return dict(list(merged.items())[-LIMIT:])

    if update_store(path(), group(), merge):
        _ADDED.clear()
