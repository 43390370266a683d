"""Helpers for the browser tests: the app served in-process on a free loopback port, driven
by Debian's Chromium.

No model is needed: the real drafting loop (coach.drafting) talks to a FakeBackend, a queue of
canned replies.
Screenshots go to artifacts/screenshots/ (gitignored).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import socket
import time
from pathlib import Path
from typing import Any

from coach.backends import FakeBackend

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# The page's clock: two days after the example interview (Fri 20 Nov 2026, 14:00-15:00 -05:00).
NOW = dt.datetime(2026, 11, 22, 11, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))

# The Drafts tab's summary of a finished run: "1 draft written", "2 drafts written"
WRITTEN = re.compile(r"\b\d+ drafts? written")

# Canned model replies, as the drafting loop asks for them (coach.drafting.schemas)
SARAH = {
    "detail_sentence": "I enjoyed learning about migrating dashboards from Tableau to Looker.",
    "interest_sentence": "I am very interested in the Data Analyst role at Acme Analytics.",
}
MICHAEL = {
    "detail_sentence": "I enjoyed learning about the weekly metrics review with sales.",
    "interest_sentence": "I am excited about the data engineering work at Acme Analytics.",
}


class SlowFakeBackend(FakeBackend):
    """The FakeBackend, taking a moment per reply as a model would, so the page's progress
    line has time to show. One app serves every browser test, so its replies never run out:
    an empty queue takes the example's two interviewers' replies again (a fixed stock ran out
    at call 61 once the suite grew)."""

    def chat(self, *args: Any, **kwargs: Any) -> Any:
        time.sleep(0.4)
        if not self.replies:
            self.enqueue(SARAH, MICHAEL)
        return super().chat(*args, **kwargs)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_app(**kwargs: Any) -> tuple[Any, str]:
    """The app with the real drafting loop and a fake model."""
    from ui.app import build_demo
    from ui.server import serve

    backend = kwargs.pop("backend", None) or SlowFakeBackend(SARAH, MICHAEL)
    demo = build_demo(
        backend=backend,
        clock=lambda: NOW,
        secret="browser-test-secret-0123456789",
        **kwargs,
    )
    _, url = serve(demo, "127.0.0.1", free_port(), block=False, quiet=True)
    return demo, url.rstrip("/")


def shot(page: Any, name: str, full: bool = True) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full)
    return path


def stored(page: Any, key: str) -> str | None:
    """What the app keeps under `key` in this browser's storage (encrypted: only its changes
    can be read)."""
    value: str | None = page.evaluate("k => localStorage.getItem(k)", key)
    return value


def saved(page: Any, key: str, before: str | None, timeout: float = 20_000) -> None:
    """Wait until the app has written `key` again since `before` (read before the edit), and its
    writes have settled: a reload after this finds the edit, however busy the machine is."""
    page.wait_for_function(
        "([k, b]) => { const v = localStorage.getItem(k); return v !== null && v !== b; }",
        arg=[key, before],
        timeout=timeout,
    )
    last = stored(page, key)
    deadline = time.monotonic() + timeout / 1000
    while time.monotonic() < deadline:
        page.wait_for_timeout(400)
        now = stored(page, key)
        if now == last:
            return
        last = now


def decline_next(page: Any, asked: list[str]) -> None:
    """Answer the page's next confirm dialog No, as a person keeping their work does; its
    question is added to `asked`, so the test can say what the page asked."""

    def say_no(dialog: Any) -> None:
        asked.append(dialog.message)
        dialog.dismiss()

    page.once("dialog", say_no)


class Door:
    """Holds the page's events at Gradio's queue/join until `open`, then lets them through in
    the order they came: what a person does during a reload can be made to reach the server
    before the page's own restoring, the race a quick click hits by chance, made certain."""

    def __init__(self, page: Any) -> None:
        self.held: list[Any] = []
        self.holding = True
        page.route("**/gradio_api/queue/join*", self.route)

    def route(self, route: Any) -> None:
        if self.holding:
            self.held.append(route)
        else:
            route.continue_()

    def open(self) -> None:
        self.holding = False
        for route in self.held:
            route.continue_()
