"""Reading and checking many message files: in order, and on every core for large batches.

A batch is split into runs of files that share a folder, so the messages that are compared with
each other (duplicate-across-interviewers) are always checked in the same process.

Whatever goes wrong with one file is that file's one-line error, and the batch goes on: an input
error says what is wrong with the file; any other exception, raised while reading or checking it,
in this process or in a worker, is an internal error naming the exception; a worker process that
dies without one (a crash) costs only the file it was checking.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from coach.engine import Checker
from coach.errors import CoachError, InputError, internal_error, one_line
from coach.models import HistoryEntry, Notes, Result
from coach.readers import (
    Message,
    decode,
    iter_message_paths,
    parse_message,
    read_bytes,
    read_raw,
)

#: below this many files one process is faster than starting workers
PARALLEL_MIN = 400
CHUNK = 250

Reader = Callable[[str], Message]
#: (target, one line of text): an input error, or a warning about how a file was read
Problem = tuple[str, str]
#: what a worker sends back for one part: the results, the errors, the warnings
Outcome = tuple[list[Result], list[Problem], list[Problem]]
_STATE: dict[str, Any] = {}

WORKER_DIED = (
    "internal error while checking it: the worker process checking it died without an "
    "exception (please report this)"
)


EML_START = (
    b"from:",
    b"to:",
    b"date:",
    b"message-id:",
    b"received:",
    b"mime-version:",
    b"return-path:",
)


def read_target(target: str, notes: Notes | None, overrides: dict[str, Any]) -> Message:
    """Read one target: an .eml file as bytes (its parts name their charsets), any other file
    as UTF-8, and standard input as an email when it starts with email headers."""
    if target == "-":
        data = sys.stdin.buffer.read()
        eml = data.removeprefix(b"\xef\xbb\xbf").lstrip().lower().startswith(EML_START)
        raw: str | bytes = data if eml else decode(data, "<stdin>")
        return parse_message(raw, "<stdin>", base=Path.cwd(), eml=eml, notes=notes, **overrides)
    path = Path(target)
    if path.is_dir():
        raise InputError(target, no_messages_in(path))
    eml = path.suffix == ".eml"
    raw = read_raw(path) if eml else read_bytes(path)
    return parse_message(raw, str(path), base=path.parent, eml=eml, notes=notes, **overrides)


def no_messages_in(folder: Path) -> str:
    """What a folder without a message file holds, for the error that names it."""
    others = sorted(p.name for p in folder.rglob("*") if p.is_file())
    held = "it is empty"
    if others:
        named = ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
        held = f"it holds {named}"
    return f"no .eml, .md or .txt file in this folder ({held})"


def expand_targets(paths: Iterable[str]) -> list[str]:
    """Files as given, folders as the message files in them (sorted), `-` as standard input."""
    out: list[str] = []
    for p in paths:
        if p == "-":
            out.append(p)
        elif Path(p).is_dir():
            # a folder with no message file stays a target: reading it says so (it passed as
            # "0 of 0 messages passed", exit 0, which a CI job took for a pass)
            out.extend([str(x) for x in iter_message_paths(Path(p))] or [p])
        else:
            out.append(p)
    return out


def error_text(target: str, exc: CoachError) -> str:
    local = f"{exc.key}: {exc.what}" if exc.key else exc.what
    return one_line(local if exc.source == target else str(exc), limit=2000)


def _check(
    messages: list[Message],
    targets: list[str],
    checker: Checker,
    history: Sequence[HistoryEntry],
) -> tuple[list[Message], list[Result], list[Problem]]:
    """Check the messages together; if that raises, each on its own, so that only a message a
    check breaks on is lost (as an internal error) and the others are still reported."""
    try:
        return messages, checker.check_batch(messages, history=history), []
    except Exception:
        pass
    kept: list[Message] = []
    results: list[Result] = []
    errors: list[Problem] = []
    for message, target in zip(messages, targets, strict=True):
        try:
            results.extend(checker.check_batch([message], history=history))
        except Exception as exc:
            errors.append((target, internal_error(exc, "checking")))
        else:
            kept.append(message)
    if errors and len(kept) > 1:
        # the others together once more, so the checks that compare messages see each other
        with contextlib.suppress(Exception):  # else each one's own result stands
            results = checker.check_batch(kept, history=history)
    return kept, results, errors


def _read_and_check(
    targets: Sequence[str], read: Reader, checker: Checker, history: Sequence[HistoryEntry]
) -> tuple[list[Message], list[Result], list[Problem], list[Problem]]:
    """Messages (those checked), results, errors and warnings of these targets."""
    messages: list[Message] = []
    read_targets: list[str] = []
    errors: list[Problem] = []
    warnings: list[Problem] = []
    for target in targets:
        try:
            message = read(target)
        except CoachError as exc:
            errors.append((target, error_text(target, exc)))
            continue
        except Exception as exc:
            errors.append((target, internal_error(exc, "reading")))
            continue
        messages.append(message)
        read_targets.append(target)
        warnings.extend((target, one_line(w)) for w in getattr(message, "warnings", None) or ())
    messages, results, failed = _check(messages, read_targets, checker, history)
    return messages, results, _in_order(errors + failed, targets), warnings


def _in_order(problems: list[Problem], targets: Sequence[str]) -> list[Problem]:
    if len(problems) < 2:
        return problems
    position = {target: i for i, target in reversed(list(enumerate(targets)))}
    return sorted(problems, key=lambda p: position.get(p[0], len(position)))


def _worker(chunk: list[str]) -> Outcome:
    """Check one part. The results travel pickled, as the plain objects they are (coach.plain):
    five times faster to write and to read than as JSON through pydantic (10 against 50 us a
    result, measured), and the parent never imports pydantic nor builds its validators."""
    try:
        _, results, errors, warnings = _read_and_check(
            chunk, _STATE["read"], _STATE["checker"], _STATE["history"]
        )
    except Exception as exc:  # _read_and_check catches each file's; this is a last resort
        return [], [(target, internal_error(exc, "checking")) for target in chunk], []
    gc.freeze()  # the caches this part warmed are kept for the next; see check_files
    return results, errors, warnings


def _pool_map(
    parts: Sequence[list[str]], workers: int, done: Callable[[], None] | None = None
) -> list[Outcome | None]:
    """Each part's outcome, in order, from worker processes; None where a worker died (which
    breaks the pool: every part not finished by then is None too)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork: the workers inherit the loaded rules and warm caches instead of re-importing
    context = multiprocessing.get_context("fork")
    outcomes: list[Outcome | None] = []
    with ProcessPoolExecutor(min(workers, len(parts)), mp_context=context) as pool:
        futures = [pool.submit(_worker, part) for part in parts]
        for future in futures:
            try:
                outcomes.append(future.result())
            except Exception:  # BrokenProcessPool: a worker died
                outcomes.append(None)
            if done:
                done()
    return outcomes


def _one_at_a_time(jobs: Sequence[list[str]]) -> list[Outcome | None]:
    """Jobs in order in one worker process: when it dies, the job it was running is the one that
    killed it (None), and a new process takes up the jobs after that one."""
    outcomes: list[Outcome | None] = []
    while len(outcomes) < len(jobs):
        for outcome in _pool_map(jobs[len(outcomes) :], 1):
            outcomes.append(outcome)
            if outcome is None:
                break
    return outcomes


def _recover(lost: list[list[str]]) -> list[list[Outcome]]:
    """Parts whose worker died: each again on its own, and a part that dies again file by file,
    so that only a file that kills its process is lost; the rest of that part is then checked
    together once more (the checks that compare messages need them side by side)."""
    recovered: list[list[Outcome]] = []
    for part, outcome in zip(lost, _one_at_a_time(lost), strict=True):
        outcomes: list[Outcome] = []
        recovered.append(outcomes)
        if outcome is not None:
            outcomes.append(outcome)
            continue
        alone = _one_at_a_time([[target] for target in part])
        survivors = [t for t, o in zip(part, alone, strict=True) if o is not None]
        together = _one_at_a_time([survivors])[0] if len(survivors) > 1 else None
        if together is not None:
            outcomes.append(together)
        else:
            outcomes.extend(o for o in alone if o is not None)
        dead = [(t, WORKER_DIED) for t, o in zip(part, alone, strict=True) if o is None]
        outcomes.append(([], dead, []))
    return recovered


def chunks(targets: Sequence[str], size: int = CHUNK) -> list[list[str]]:
    """Contiguous runs of at least `size` files, cut only where the folder changes."""
    out: list[list[str]] = [[]]
    for target in targets:
        current = out[-1]
        if len(current) >= size and os.path.dirname(current[-1]) != os.path.dirname(target):
            current = []
            out.append(current)
        current.append(target)
    return [c for c in out if c]


def balanced_chunks(targets: Sequence[str], workers: int) -> list[list[str]]:
    """`chunks` of CHUNK files, but the last `workers` x CHUNK files in parts a quarter as large
    (still cut only where the folder changes): a part takes a second or more, and a worker
    that drew the last full part kept the others idle until it finished; with the small parts
    last, the workers end within a small part of each other."""
    head = len(targets) - workers * CHUNK
    while 0 < head < len(targets) and os.path.dirname(targets[head - 1]) == os.path.dirname(
        targets[head]
    ):
        head += 1
    if head <= 0:
        return chunks(targets, CHUNK)
    return chunks(targets[:head], CHUNK) + chunks(targets[head:], max(1, CHUNK // 4))


def check_files(
    targets: Sequence[str],
    read: Reader,
    checker: Checker,
    history: Sequence[HistoryEntry],
    keep_messages: bool,
    progress: Callable[[int, int], None] | None = None,
    warnings: list[Problem] | None = None,
) -> tuple[list[Message] | None, list[Result], list[Problem]]:
    """Read and check every target; messages are returned only when `keep_messages` (fixes).

    Returns the results and the files' one-line errors, in the order of `targets`; the warnings
    about how files were read (a charset that does not fit) are added to `warnings` if given.

    The rules, the checker and every result so far live until the batch ends. They are frozen
    out of the cyclic collector's sight (gc.freeze) before the batch and after each part, so its
    passes look only at what the part in hand allocates: without this the full passes walk an
    ever larger heap, which cost a quarter of a 10,000-message run. Nothing is leaked: frozen
    objects are still freed when the last reference to them goes. While the batch runs, the
    collector's youngest generation is also collected less often (see `_fewer_collections`)."""
    with _fewer_collections():
        return _check_files(targets, read, checker, history, keep_messages, progress, warnings)


#: a batch allocates tens of thousands of short-lived objects a message (tokens, matches,
#: findings), nearly all freed by reference counting; collecting the youngest generation every
#: 50,000 allocations instead of every 700 saves 5-8% of a real-length batch's time
BATCH_GC_THRESHOLD = (50_000, 20, 100)


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    before = gc.get_threshold()
    gc.set_threshold(*BATCH_GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _check_files(
    targets: Sequence[str],
    read: Reader,
    checker: Checker,
    history: Sequence[HistoryEntry],
    keep_messages: bool,
    progress: Callable[[int, int], None] | None,
    warnings: list[Problem] | None,
) -> tuple[list[Message] | None, list[Result], list[Problem]]:
    gc.freeze()
    noted: list[Problem] = warnings if warnings is not None else []
    workers = min(os.cpu_count() or 1, 8)
    if keep_messages or workers < 2 or len(targets) < PARALLEL_MIN or "-" in targets:
        if len(targets) < PARALLEL_MIN:
            messages, checked, failed, part_warnings = _read_and_check(
                targets, read, checker, history
            )
            noted.extend(part_warnings)
            return messages, checked, failed
        kept: list[Message] = []
        checked, failed = [], []
        for part in chunks(targets):
            messages, part_results, part_errors, part_warnings = _read_and_check(
                part, read, checker, history
            )
            if keep_messages:
                kept.extend(messages)
            checked.extend(part_results)
            failed.extend(part_errors)
            noted.extend(part_warnings)
            gc.freeze()
        return (kept if keep_messages else None), checked, failed

    _STATE.update(read=read, checker=checker, history=history)
    results: list[Result] = []
    errors: list[Problem] = []
    parts = balanced_chunks(targets, workers)
    finished = 0

    def done() -> None:
        nonlocal finished
        finished += 1
        if progress:
            progress(min(finished, len(parts)), len(parts))

    try:
        outcomes = _pool_map(parts, workers, done)
        lost = [part for part, outcome in zip(parts, outcomes, strict=True) if outcome is None]
        recovered = iter(_recover(lost) if lost else [])
        for outcome in outcomes:
            for part_results, part_errors, part_warnings in (
                [outcome] if outcome is not None else next(recovered)
            ):
                results.extend(part_results)
                errors.extend(part_errors)
                noted.extend(part_warnings)
                gc.freeze()
    finally:
        _STATE.clear()
    return None, results, _in_order(errors, targets)
