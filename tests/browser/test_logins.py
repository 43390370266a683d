"""Issue 12, item 13: served with logins, each login has its own history. Ada marks a message as
sent; Grace, at the same company, sees none of it, and the default log is untouched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from test_app import fill_example, pick
from ui_harness import NOW, SlowFakeBackend, free_port

pytestmark = pytest.mark.browser
LOGINS = [("ada", "analytical-engine"), ("grace", "compiler-1952")]


@pytest.fixture
def logins_url(history_db: Path) -> Any:
    from ui.app import build_demo
    from ui.server import serve

    demo = build_demo(
        backend=SlowFakeBackend(), clock=lambda: NOW, secret="browser-test-secret-0123456789"
    )
    _, url = serve(demo, "127.0.0.1", free_port(), LOGINS, block=False, quiet=True)
    yield url.rstrip("/")
    demo.close()


def sign_in(browser: Any, url: str, user: str, password: str) -> Any:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.goto(url)
    page.get_by_label("username").fill(user)
    page.get_by_label("password").fill(password)
    page.get_by_role("button", name="Login").click()
    expect(page.get_by_role("tab", name="1 · Notes")).to_be_visible()
    return page


def test_each_login_has_its_own_history(browser: Any, logins_url: str, history_db: Path) -> None:
    from coach.history import entries, login_db_path

    ada = sign_in(browser, logins_url, *LOGINS[0])
    grace = sign_in(browser, logins_url, *LOGINS[1])
    label = "Thank-you note to Sarah Chen"
    for page in (ada, grace):
        fill_example(page)
        page.get_by_role("tab", name="5 · Next steps").click()
    pick(ada, "Message you have sent", label)
    ada.get_by_role("button", name="Mark as sent").click()
    expect(ada.locator("#sent-note")).to_contain_text(f"{label} recorded as sent")

    grace.get_by_role("button", name="Refresh").click()
    row = grace.locator("#plan tbody tr").filter(has=grace.get_by_role("rowheader", name=label))
    expect(row).to_contain_text("Overdue")  # Ada's message is not Grace's
    grace.reload()
    grace.get_by_role("tab", name="5 · Next steps").click()
    expect(row).to_contain_text("Overdue")

    assert [e.to for e in entries(login_db_path("ada", history_db))] == ["Sarah Chen"]
    assert entries(login_db_path("grace", history_db)) == []
    assert entries(history_db) == []  # the shared log is nobody's
    for page in (ada, grace):
        page.context.close()
