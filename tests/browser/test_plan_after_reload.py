"""The Next steps tab after a reload shows the plan of the notes the page puts back, however
soon the person opens it. It used to say "The plan needs complete notes" for good when the tab
was opened before the kept notes were restored, which made test_logins.py flaky."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect
from test_app import fill_example, open_app
from ui_harness import Door, saved, shot, stored

from ui.app import STORAGE_KEY

pytestmark = pytest.mark.browser
LABEL = "Thank-you note to Sarah Chen"


def plan_row(page: Any) -> Any:
    return page.locator("#plan tbody tr").filter(has=page.get_by_role("rowheader", name=LABEL))


def filled_and_kept(page: Any, app_url: str) -> None:
    """The example notes, kept in the browser, with the Notes tab the one left open."""
    open_app(page, app_url)
    before = stored(page, STORAGE_KEY)
    fill_example(page)
    saved(page, STORAGE_KEY, before)


def test_next_steps_opened_while_the_notes_are_restored(page: Any, app_url: str) -> None:
    """The page's events are held at the door during the reload, the person opens Next steps,
    and then the server hears them in the order they came: the tab's before the notes are
    back. This is the race a quick click after a reload hit by chance, made certain."""
    filled_and_kept(page, app_url)
    door = Door(page)
    page.reload()
    tab = page.get_by_role("tab", name="5 · Next steps")
    expect(tab).to_be_visible()
    while not door.held:
        page.wait_for_timeout(100)
    tab.click()
    page.wait_for_timeout(500)  # the click's event joins the held ones
    door.open()
    expect(plan_row(page)).to_contain_text("Overdue")
    expect(page.locator("#plan")).not_to_contain_text("needs complete notes")
    shot(page, "plan-opened-during-restore")
