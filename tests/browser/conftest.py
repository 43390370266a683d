"""Fixtures for the browser tests (helpers live in ui_harness.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ui_harness import CHROMIUM, CHROMIUM_ARGS, start_app

HISTORY_ENV = "COACH_DB"  # coach.history.default_db_path: the app's history log


@pytest.fixture(scope="session", autouse=True)
def session_history_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The app in these tests reads (plan, banner) and writes (Mark as sent) a history log of
    this run's own, never the user's. The apps are served in this process, so the variable
    reaches them."""
    path = tmp_path_factory.mktemp("history") / "history.sqlite3"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(HISTORY_ENV, str(path))
        yield path


@pytest.fixture
def history_db(session_history_db: Path, tmp_path: Path, monkeypatch: Any) -> Path:
    """A history log for one test alone, so what it records moves no other test's plan."""
    path = tmp_path / "history.sqlite3"
    monkeypatch.setenv(HISTORY_ENV, str(path))
    return path


@pytest.fixture(scope="session")
def app_url(session_history_db: Path) -> Iterator[str]:
    demo, url = start_app()
    yield url
    demo.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not shutil.which(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    from playwright.sync_api import expect, sync_playwright

    # a person waits for the page; so do the assertions: on a busy machine (CI beside other
    # jobs) a status line can take more than Playwright's default 5 s to update
    expect.set_options(timeout=20_000)
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, app_url: str) -> Iterator[Any]:
    """A fresh browser profile per test (its own localStorage). Every request the page makes is
    recorded: the app must work, fonts and all, without asking anything of the outside world."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    outside: list[str] = []

    def note(request: Any) -> None:
        if not request.url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")):
            outside.append(request.url)

    context.on("request", note)
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    pg.outside_requests = outside
    yield pg
    context.close()


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    """A fresh profile on a 390x844 touch screen: the size of a common phone."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()
