"""Download calendar (.ics) with no plan to put in it: the button is greyed out beside the
reason, and comes alive with the plan. (It looked ready on a first visit, and a click did
nothing at all: no file, no word.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from test_app import fill_example, open_app

pytestmark = pytest.mark.browser


def test_the_calendar_button_waits_for_a_plan(page: Any, app_url: str) -> None:
    open_app(page, app_url)
    page.get_by_role("tab", name="5 · Next steps").click()
    expect(page.locator("#plan")).to_contain_text("The plan needs complete notes")
    calendar = page.get_by_role("button", name="Download calendar (.ics)")
    expect(calendar).to_be_disabled()

    page.get_by_role("tab", name="1 · Notes").click()
    fill_example(page)
    page.get_by_role("tab", name="5 · Next steps").click()
    expect(page.locator("#plan")).to_contain_text("Check-in to Sarah Chen")
    expect(calendar).to_be_enabled()
    with page.expect_download() as download:
        calendar.click()
    assert download.value.suggested_filename.endswith(".ics")
    assert b"BEGIN:VEVENT" in Path(download.value.path()).read_bytes()
