"""Issue 12, items 9 and the send time: the Drafts tab says when a kind does not fit the stage,
speaks of kinds in words, and checks each draft as sent when the user says they will send."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect
from test_app import field, fill_example, open_app, pick
from ui_harness import WRITTEN

pytestmark = pytest.mark.browser


def test_a_rejection_reply_while_waiting_is_warned_about(page: Any, app_url: str) -> None:
    open_app(page, app_url)
    fill_example(page)  # stage: interviewed, waiting
    page.get_by_role("tab", name="2 · Drafts").click()
    pick(page, "Message kind", "Reply to a rejection")
    pick(page, "Recipient", "Sarah Chen")
    page.get_by_role("button", name="Write drafts").click()
    status = page.locator("#draft-status")
    # (the progress line's words, "drafting the reply to the rejection to ...", are
    # tests/test_drafting_loop.py's: here the run may end before a look catches it)
    expect(status).to_contain_text(WRITTEN, timeout=30_000)
    expect(status).to_contain_text("not rejected")
    # counted as a person counts: "1 draft written", "1 call" or "2 calls", never "draft(s)"
    expect(status).to_contain_text("1 draft written")
    expect(page.locator(".fc-draft-meta").first).to_contain_text(re.compile(r"\b\d+ calls?,"))
    expect(status).not_to_contain_text("(s)")
    expect(page.locator(".fc-draft").first).not_to_contain_text("(s)")
    expect(page.locator("body")).not_to_contain_text("rejection_reply")


def test_the_send_time_on_the_drafts_tab_is_the_one_checked(page: Any, app_url: str) -> None:
    open_app(page, app_url)
    fill_example(page)
    page.get_by_role("tab", name="2 · Drafts").click()
    pick(page, "Message kind", "Thank-you note")
    pick(page, "Recipient", "Sarah Chen")
    field(page, "Send time").fill("2026-11-23 10:00")
    page.get_by_role("button", name="Write drafts").click()
    expect(page.locator("#draft-status")).to_contain_text(WRITTEN, timeout=30_000)
    card = page.locator(".fc-draft").first
    expect(card).to_contain_text("Send Mon 23 Nov 2026 10:00")
    expect(card).to_contain_text("timing-thank-you-late")
    expect(card).to_contain_text("Late: send it today.")
