"""What the page's handlers depend on, passed in rather than made at import: the model backend,
the drafter, the clock and the folder for files to download (tests swap them).
"""

from __future__ import annotations

import atexit
import datetime as dt
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coach.models import Kind, Notes
from ui.drafts import Backends, Drafter, installed_drafter, run_drafter


def downloads_folder() -> Path:
    """A folder of this app's own for the files it offers to download (.eml, .ics). They hold the
    user's notes and drafts, so the folder is readable by the user only (as mkdtemp makes it) and
    is removed when the app exits: nothing personal stays behind in the temporary directory."""
    folder = Path(tempfile.mkdtemp(prefix="coach-ui-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


@dataclass
class Services:
    """What the app depends on, passed in rather than made at import (tests swap them)."""

    backends: Backends = field(default_factory=Backends)
    drafter: Drafter | None = None
    clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)
    model_lock: threading.Lock = field(default_factory=threading.Lock)
    files: Path = field(default_factory=downloads_folder)

    def draft(
        self,
        notes: Notes,
        kind: Kind,
        to: str | None,
        progress: Callable[[str], None] | None = None,
        send_at: dt.datetime | None = None,
        wrap: Callable[[Any], Any] | None = None,
    ) -> Any:
        """Draft with the shared backend; `wrap` puts a layer of this run's own around it (the
        Drafts tab's Stop, ui/draft_run.py)."""
        drafter = self.drafter or installed_drafter()
        with self.model_lock:  # one small CPU model: drafts take turns
            backend = self.backends.get()
            return run_drafter(
                drafter,
                notes,
                kind,
                to,
                wrap(backend) if wrap else backend,
                progress,
                self.clock(),
                send_at,
            )
