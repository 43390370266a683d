"""An on-disk cache for what coach builds from files: the rules, the lexicon and notes files.

Reading 35 rule files and validating them costs more than checking one message, and a one-file
`coach check` pays it on every run; a notes file costs YAML's import and a pydantic validator.
The built objects are pickled under the user's cache folder, keyed by the coach and Python
versions and each source file's path, size and mtime, so an edited file is read afresh. A
missing, stale or unreadable entry is rebuilt and rewritten, a cache that cannot be written is
skipped, and `COACH_NO_CACHE=1` turns the cache off. Build errors (a bad rule or notes file) are
never cached: they are raised as usual.

The folder is `COACH_CACHE_DIR` if set, else the platform's user cache folder. Like `.pyc` files,
entries are trusted as the user's own: the folder is created private (0700).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from coach import APP_NAME, __version__

T = TypeVar("T")


def cache_dir() -> Path:
    folder = os.environ.get("COACH_CACHE_DIR")
    if folder:
        return Path(folder)
    if sys.platform.startswith("linux"):  # what platformdirs answers there, without its import
        base = os.environ.get("XDG_CACHE_HOME", "").strip() or os.path.expanduser("~/.cache")
        return Path(base) / APP_NAME
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


#: the parts of a fingerprint before its sources: the entry's name, coach's and Python's versions
_HEAD = 3
#: what an entry's objects are: 2 since models, rules and notes are coach.plain classes, not
#: pydantic models, so an entry pickled by earlier code is refused and rebuilt, never misread
FORMAT = 2


def fingerprint(name: str, sources: Iterable[Path]) -> tuple[Any, ...]:
    """What an entry was built from: versions, then (path, size, mtime) of each source."""
    parts: list[Any] = [name, (__version__, FORMAT), sys.version_info[:3]]
    for path in sources:
        st = os.stat(path)
        parts.append((os.path.abspath(path), st.st_size, st.st_mtime_ns))
    return tuple(parts)


def source_paths(key: tuple[Any, ...]) -> list[str]:
    """The paths of a `fingerprint`'s sources, in order: where an entry's code or data lives,
    which names a checkout's entries apart from another's."""
    return [part[0] for part in key[_HEAD:]]


def enabled() -> bool:
    """False when COACH_NO_CACHE is set: everything is built afresh."""
    return not os.environ.get("COACH_NO_CACHE")


def cached(name: str, sources: Iterable[Path], build: Callable[[], T]) -> T:
    """`build()`'s result, from the cache when its sources are unchanged."""
    if not enabled():
        return build()
    key = fingerprint(name, sources)
    # entries are grouped by where their sources are, so two checkouts of a project (or two
    # projects) keep one entry each instead of evicting each other's on every run
    where = zlib.crc32(repr(source_paths(key)).encode())
    path = cache_dir() / f"{name}-{where:08x}-{zlib.crc32(repr(key).encode()):08x}.pickle"
    try:
        with path.open("rb") as handle:
            stored_key, value = pickle.load(handle)
        if stored_key == key:
            return value  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001 - missing, stale, truncated or from another version: rebuild
        pass
    value = build()
    if _write(path, (key, value)):
        _prune(path, f"{name}-{where:08x}")
    return value


def _prune(keep: Path, group: str) -> None:
    """Remove the entries `group` had before this one: built from files since changed."""
    for old in keep.parent.glob(f"{group}-*.pickle"):
        if old != keep:
            with contextlib.suppress(OSError):
                old.unlink()


def read_store(path: Path) -> dict[Any, Any]:
    """A dict that `_write` pickled to `path`, or an empty one when the file is missing,
    truncated or unreadable (a cache only ever starts over)."""
    try:
        with path.open("rb") as handle:
            loaded = pickle.load(handle)
    except Exception:  # noqa: BLE001 - missing, truncated or unreadable: start empty
        return {}
    return loaded if isinstance(loaded, dict) else {}


def update_store(path: Path, group: str, merge: Callable[[dict[Any, Any]], dict[Any, Any]]) -> bool:
    """Rewrite the dict pickled at `path` as `merge(what it holds now)`, holding the lock of
    its `group` (the store's name without its version): processes that save at once each
    merge into what the other wrote, where writing the dict each read at its start would drop
    the other's entries (and that process would build them again on its next run, and drop
    ours). False when it could not be written."""
    with _locked(path.with_name(f"{group}.lock")):
        return _write(path, merge(read_store(path)))


@contextlib.contextmanager
def _locked(lock: Path, wait: float = 2.0) -> Iterator[None]:
    """An exclusive lock on the file `lock` (flock), waited for at most `wait` seconds: after
    that, or where there is no flock, the caller goes on unlocked (an entry lost to a race is
    built again, never misread: writes are atomic)."""
    try:
        import fcntl

        lock.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    except (ImportError, OSError):
        yield
        return
    try:
        import time

        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() > deadline:
                    break
                time.sleep(0.005)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _write(path: Path, payload: object) -> bool:
    """Write atomically (a reader never sees half a file); give up quietly if we cannot."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(payload, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return False
    return True
