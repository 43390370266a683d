"""The library API: check message files from Python, in one process or as a map function on a
cluster (Dask, Ray, multiprocessing).

    from coach import Checker

    checker = Checker(ignore=["too-long"])
    batch = checker.check_paths(["drafts/"], notes="interview/notes.yaml")
    batch.results   # list[Result], as `coach check --format json` prints them
    batch.errors    # [(path, one-line error)] for files that could not be read or checked

A `Checker` is cheap to pickle: it travels as its rule selection and is rebuilt in the worker
from the installed rules (coach's on-disk cache makes that a few milliseconds), so shipping it
to every task costs nothing. `check_paths` reads and checks in the calling process, with no
pool of its own: the scheduler that calls it owns the parallelism. Results are deterministic:
the same files and arguments give the same results whatever process checks them.

On Dask:

    from dask.distributed import Client
    client = Client("tcp://scheduler:8786")          # or LocalCluster() on one machine
    parts = [paths[i:i + 500] for i in range(0, len(paths), 500)]
    batches = client.gather(client.map(checker.check_paths, parts, notes=notes))

Keep the files that compare messages with each other (one interview's thank-yous, checked by
`duplicate-across-interviewers`) in one part, as `coach check` does by folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coach import engine
from coach.batch import Problem, expand_targets, read_target
from coach.models import HistoryEntry, Notes, Report, Result
from coach.readers import load_notes, parse_kind


@dataclass
class Batch:
    """What `check_paths` found: one result per message read, one error per file that was not,
    and warnings about how files were read (bytes that do not fit the declared charset)."""

    results: list[Result] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def report(self) -> Report:
        """The `coach check --format json` document of these results."""
        return Report.of(self.results)

    def json(self) -> str:
        """The document `coach check --format json` prints for these files (errors included)."""
        from coach.formats import FORMATS
        from coach.rulebook import load_rules

        return FORMATS["json"](self.report(), load_rules(), self.errors)

    @classmethod
    def merged(cls, batches: Iterable[Batch]) -> Batch:
        """The batches of a map, as one (in the order given)."""
        out = cls()
        for b in batches:
            out.results += b.results
            out.errors += b.errors
            out.warnings += b.warnings
        return out


class Checker(engine.Checker):
    """`engine.Checker` with file reading: the API for scripts and clusters."""

    def check_paths(
        self,
        paths: str | Path | Iterable[str | Path],
        notes: Notes | str | Path | None = None,
        *,
        kind: str | None = None,
        to: str | None = None,
        send_at: dt.datetime | None = None,
        history: Sequence[HistoryEntry] = (),
    ) -> Batch:
        """Read and check files and folders (as `coach check` does), in this process.

        `notes` (an object or a notes file) applies to every message that names none of its
        own; `kind`, `to` and `send_at` override what the messages say, as the command's
        options do. A file that cannot be read is an error in the batch, never an exception."""
        from coach.batch import _read_and_check

        if isinstance(paths, str | Path):
            paths = [paths]
        if isinstance(notes, str | Path):
            notes = load_notes(notes)
        overrides: dict[str, Any] = {
            "kind": parse_kind(kind, "kind", None).value if kind else None,
            "to": to,
            "send_at": send_at,
        }
        targets = expand_targets(str(p) for p in paths)
        _, results, errors, warnings = _read_and_check(
            targets, lambda t: read_target(t, notes, overrides), self, history
        )
        return Batch(results, errors, warnings)
