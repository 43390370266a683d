"""Issue 12, item 10: Mark as sent, as a person uses it from Auckland (UTC+13:00) while the
server's clock is in New York: one time everywhere, banner, table and notes agreeing, an undo,
and "Draft the next message" writing a draft."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from test_app import field, fill_example, open_app, pick
from ui_harness import WRITTEN, shot

pytestmark = pytest.mark.browser


def test_mark_as_sent_agrees_everywhere_and_can_be_undone(
    page: Any, app_url: str, history_db: Path
) -> None:
    from coach.history import entries

    open_app(page, app_url)
    fill_example(page)
    pick(page, "Time zone", "UTC+13:00")
    banner = page.locator("#banner")
    expect(banner).to_contain_text("(UTC+13:00)")
    page.get_by_role("tab", name="5 · Next steps").click()
    label = "Thank-you note to Sarah Chen"
    row = page.locator("#plan tbody tr").filter(has=page.get_by_role("rowheader", name=label))
    expect(row).to_contain_text("Overdue")
    pick(page, "Message you have sent", label)
    page.get_by_role("button", name="Mark as sent").click()
    # the page's clock, Sun 22 Nov 2026 11:00 -05:00, is Mon 23 Nov 05:00 in Auckland
    note = page.locator("#sent-note")
    expect(note).to_contain_text(f"{label} recorded as sent Mon 23 Nov 2026, 05:00.")
    expect(row).to_contain_text("sent Mon 23 Nov 2026, 05:00")
    expect(banner).not_to_contain_text("Thank-you note to Sarah Chen is overdue")
    logged = [(e.kind, e.to, e.sent_at.isoformat()) for e in entries(history_db)]
    assert logged == [("thank_you", "Sarah Chen", "2026-11-23T05:00:00+13:00")]
    shot(page, "mark-as-sent-auckland")

    page.get_by_role("tab", name="1 · Notes").click()
    page.get_by_text("Messages already sent").click()
    expect(field(page, "Sent message 1: kind")).to_have_value("Thank-you note")
    expect(field(page, "Sent message 1: to")).to_have_value("Sarah Chen")
    expect(field(page, "Sent message 1: sent at")).to_have_value("2026-11-23 05:00")

    page.get_by_role("tab", name="5 · Next steps").click()
    page.get_by_role("button", name="Undo").click()
    expect(note).to_contain_text("Undone: Thank-you note to Sarah Chen is no longer recorded")
    expect(row).to_contain_text("Overdue")
    assert entries(history_db) == []
    page.get_by_role("tab", name="1 · Notes").click()
    expect(field(page, "Sent message 1: kind")).to_be_hidden()


def test_draft_the_next_message_writes_it(page: Any, app_url: str) -> None:
    open_app(page, app_url)
    fill_example(page)
    page.get_by_role("tab", name="5 · Next steps").click()
    expect(page.locator("#plan")).to_contain_text("Next:")
    page.get_by_role("button", name="Draft the next message").click()
    expect(field(page, "Message kind")).to_have_value("Sending materials")
    expect(page.locator("#draft-status")).to_contain_text(WRITTEN, timeout=30_000)
    expect(page.locator(".fc-draft").first).to_contain_text("Sending materials")


def test_a_materials_draft_says_what_to_attach(page: Any, app_url: str) -> None:
    """The materials draft says the references are attached, but the downloaded .eml carries no
    file: beside the draft, the page says what to attach, and the message text stays clean."""
    test_draft_the_next_message_writes_it(page, app_url)
    card = page.locator(".fc-draft:not(.fc-draft .fc-draft)").first
    reminder = card.locator(".fc-attach")
    expect(reminder).to_contain_text("Attach before sending")
    expect(reminder).to_contain_text("three references")
    box = page.get_by_label("Draft to Sarah Chen")
    assert "Attach before sending" not in box.input_value()
    shot(page, "materials-attach-reminder", full=False)
