"""A drafting run under way in one browser session: the drafting loop on a worker thread (it is
one blocking call that reports progress to a callback), how far it has got, and the user's Stop.

Stop reaches the loop through its model backend: once the user stops, every further model call
gets an empty reply, which the loop treats as unusable, so it ends within the model's current
reply instead of minutes later; of its drafts, only those finished before Stop are shown.
(coach.drafting's loop takes no stop signal of its own, and the page must not leave a stopped
run holding the one CPU model while the user starts another.)
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from typing import Any

from coach.backends.base import ChatResult
from coach.models import DraftReport, Kind, Notes
from ui.services import Services


class Stoppable:
    """The model backend, until `stop` is set; then an empty reply to every call."""

    def __init__(self, backend: Any, stop: threading.Event):
        self.backend = backend
        self.stop = stop

    def __getattr__(self, name: str) -> Any:
        return getattr(self.backend, name)

    def chat(self, messages: Any, **kwargs: Any) -> ChatResult:
        if self.stop.is_set():
            return ChatResult("", None, 0, 0, 0.0, "stop", str(self.backend.model))
        result: ChatResult = self.backend.chat(messages, **kwargs)
        return result


class DraftRun:
    """One press of Write drafts: started on a worker thread, watched by the page, stopped by
    the user. `begun` counts the drafts the loop has started (it reports each one)."""

    def __init__(
        self,
        services: Services,
        notes: Notes,
        kind: Kind,
        recipient: str | None,
        send_at: dt.datetime | None,
    ):
        self.notes = notes
        self.stop = threading.Event()
        self.begun = 0
        self.latest = ""
        self.kept: int | None = None  # set by Stop: how many drafts were finished then
        self.report: DraftReport | None = None
        self.error: BaseException | None = None
        self.started = time.monotonic()
        self._claimed = threading.Lock()
        self._reported = False

        def work() -> None:
            try:
                self.report = services.draft(
                    notes,
                    kind,
                    recipient,
                    self._progress,
                    send_at,
                    wrap=lambda backend: Stoppable(backend, self.stop),
                )
            except BaseException as exc:  # noqa: BLE001 - handed to the page
                self.error = exc

        self.worker = threading.Thread(target=work, name="coach-draft", daemon=True)

    def _progress(self, message: str) -> None:
        self.begun += 1
        self.latest = message

    def start(self) -> DraftRun:
        self.worker.start()
        return self

    @property
    def running(self) -> bool:
        return self.worker.is_alive()

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    def wait(self, seconds: float) -> None:
        self.worker.join(seconds)

    def request_stop(self) -> None:
        """Stop after the model's current reply, keeping the drafts finished by now (a run that
        has already ended keeps them all)."""
        with self._claimed:
            if self.running and not self.stop.is_set():
                self.kept = max(self.begun - 1, 0)
                self.stop.set()

    def claim_report(self) -> bool:
        """True once: for whichever event (the run's own, or Stop's) shows the outcome."""
        with self._claimed:
            first, self._reported = not self._reported, True
            return first


class RunSlot:
    """This session's drafting run, if any. Kept in a gr.State, whose value the session's
    events share: Stop's event reaches the run that Write drafts started."""

    def __init__(self) -> None:
        self.run: DraftRun | None = None

    def __deepcopy__(self, memo: dict[int, Any]) -> RunSlot:
        return RunSlot()  # each session starts with no run (gr.State copies its first value)
