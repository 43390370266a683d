"""A message file's front matter, read once per content and kept on disk for the next run.

A file with its notes inline in the front matter costs a one-file `coach check` the import of
YAML and the build of the notes' validator (pydantic's schema, and the plugin machinery it
imports), about a seventh of its start. A pre-commit hook or an editor checks the same file
again and again, so what was read from a front matter (its keys, and its inline notes
validated) is kept in coach's cache folder, keyed by the front matter's text.

What is kept is the read result pickled: each read unpickles objects of its own, as a fresh
read would make (two messages never share a notes object they would not share otherwise).
The file holds the last `LIMIT` front matters read, so a batch of ten thousand messages keeps
no more than a one-file check. It is named by the coach and Python versions and the size and
mtime of PyYAML's and pydantic's version files and of the modules that read front matter, so
changed reading code never meets an old entry; each checkout or install keeps a file of its
own. Errors are never kept: they are raised as usual. `COACH_NO_CACHE=1` turns it off.
"""

from __future__ import annotations

import atexit
import contextlib
import pickle
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from coach.cache import (
    _prune,
    cache_dir,
    enabled,
    fingerprint,
    read_store,
    source_paths,
    update_store,
)

T = TypeVar("T")

#: front matters kept (the most recently read)
LIMIT = 32
#: the modules whose code turns a front matter into what is kept
_READERS = ("readers.py", "models.py", "plain.py", "yaml_block.py", "yaml_load.py")

_STORE: dict[str, bytes] | None = None
_ADDED: dict[str, bytes] = {}
_PATH: list[Path] = []


def read(front: str, build: Callable[[], T]) -> T:
    """`build()`'s result for this front matter, from the cache when it has been read before."""
    store = _store()
    if store is None:
        return build()
    kept = store.get(front)
    if kept is not None:
        try:
            value: T = pickle.loads(kept)
            return value
        except Exception:  # noqa: BLE001 - damaged or from other code: read afresh
            pass
    value = build()
    if len(_ADDED) < LIMIT:
        with contextlib.suppress(Exception):  # a value that does not pickle is not kept
            _ADDED[front] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return value


def path() -> Path:
    import importlib.util

    here = Path(__file__).resolve().parent
    sources = [here / name for name in _READERS]
    for package, module in (("yaml", "__init__.py"), ("pydantic", "version.py")):
        # the file, not the version it names: finding it imports neither package
        spec = importlib.util.find_spec(package)
        if spec is not None and spec.origin:
            sources.append(Path(spec.origin).with_name(module))
    made_from = fingerprint("front", sources)
    key = made_from
    return cache_dir() / f"{_group(made_from)}-{zlib.crc32(repr(key).encode()):08x}.pickle"


def _group(made_from: tuple[Any, ...]) -> str:
    """The store's name without its version: one per checkout or install (where the reading
    code is, from the sources' `fingerprint`), as coach.cache names its entries, so that two
    checkouts (or a project's venv and another's) each keep their store instead of removing
    the other's on every save."""
    return f"front-{zlib.crc32(repr(source_paths(made_from)).encode()):08x}"


def _store() -> dict[str, bytes] | None:
    global _STORE
    if not enabled():
        return None
    if _STORE is None:
        with contextlib.suppress(Exception):  # no place for it: start empty, keep nothing
            _PATH.append(path())
        _STORE = read_store(_PATH[0]) if _PATH else {}
        atexit.register(save)
    return _STORE


def save() -> None:
    """Write the store with this run's front matters last (at exit; a forked worker exits
    without it), keeping the last `LIMIT`."""
    if _STORE is None or not _ADDED or not _PATH:
        return

    def merge(current: dict[str, bytes]) -> dict[str, bytes]:
        # into what the file holds now (another process may have saved since this one read
        # it), under the store's lock
        merged = {k: v for k, v in current.items() if k not in _ADDED}
        merged.update(_ADDED)
        return dict(list(merged.items())[-LIMIT:])

    target = _PATH[0]
    group = target.name.rsplit("-", 1)[0]
    if update_store(target, group, merge):
        _prune(target, group)
        _STORE.update(_ADDED)
        _ADDED.clear()
