"""A button that opens another tab shows what it started. On a phone the tab opened scrolled to
where the button was: "Draft the next message" (Next steps) showed the end of the drafts
written before, with the new run's progress and Stop off the top of the screen, and "Check it
in Critique" showed the fields under the draft, with the verdict below them."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect
from test_app import fill_example, open_app, pick
from ui_harness import WRITTEN, shot

pytestmark = pytest.mark.browser


def write_drafts(page: Any, app_url: str) -> None:
    open_app(page, app_url)
    fill_example(page)
    page.get_by_role("tab", name="2 · Drafts").tap()
    pick(page, "Message kind", "Thank-you note")
    page.get_by_role("button", name="Write drafts").tap()
    expect(page.locator("#draft-status")).to_contain_text(WRITTEN, timeout=30_000)


def test_draft_the_next_message_shows_the_run_on_a_phone(phone: Any, app_url: str) -> None:
    write_drafts(phone, app_url)  # drafts from before fill the Drafts tab
    phone.get_by_role("tab", name="5 · Next steps").tap()
    expect(phone.locator("#plan")).to_contain_text("Next:")
    status = phone.locator("#draft-status")
    before = status.inner_text()
    phone.get_by_role("button", name="Draft the next message").tap()
    expect(phone.get_by_role("tab", name="2 · Drafts")).to_have_attribute("aria-selected", "true")
    expect(status).to_be_in_viewport()
    expect(status).not_to_have_text(before)  # the new run's progress or its outcome
    shot(phone, "phone-draft-next-shown", full=False)


def test_check_it_in_critique_shows_the_verdict_on_a_phone(phone: Any, app_url: str) -> None:
    write_drafts(phone, app_url)
    phone.get_by_role("button", name="Check it in Critique").first.tap()
    expect(phone.get_by_role("tab", name="3 · Critique")).to_have_attribute("aria-selected", "true")
    verdict = phone.locator("#critique-verdict")
    expect(verdict).to_contain_text("Ready to send")
    expect(verdict).to_be_in_viewport(ratio=1)
    shot(phone, "phone-check-it-in-critique", full=False)
