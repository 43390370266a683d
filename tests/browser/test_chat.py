"""The Coach chat as a person uses it: five turns typed and sent with Enter, a draft pasted
under a question (Shift+Enter for its lines) and critiqued, and a stated fact ("it's been 8
days") changing the answer's dates. The screenshot is saved for a reviewer."""

from __future__ import annotations

from typing import Any

import pytest
import test_app as app
from playwright.sync_api import expect
from ui_harness import shot

pytestmark = pytest.mark.browser


def notes_without_a_timeline(page: Any, url: str) -> None:
    """The example interview (Fri 20 Nov 2026, 2 pm, UTC-05:00), with no decision date."""
    app.open_app(page, url)
    app.field(page, "Your name").fill("Priya Raman")
    app.field(page, "Company").fill("Acme Analytics")
    app.field(page, "Role").fill("Data Analyst")
    app.field(page, "Interview date").fill("2026-11-20")
    app.field(page, "Start time").fill("2 pm")
    app.pick(page, "Time zone", "UTC-05:00")
    app.field(page, "Interviewer 1: name").fill("Sarah Chen")
    app.field(page, "Details discussed").fill("migrating dashboards from Tableau to Looker")
    expect(page.locator("#notes-status")).to_contain_text("Notes complete")


def send(page: Any, *lines: str) -> None:
    """Type the lines (Shift+Enter between them) and press Enter to send."""
    box = page.locator("#coach-question textarea")
    box.click()
    for index, line in enumerate(lines):
        if index:
            box.press("Shift+Enter")
        if line:
            box.type(line)
    box.press("Enter")


def test_a_five_turn_conversation(page: Any, app_url: str) -> None:
    notes_without_a_timeline(page, app_url)
    page.get_by_role("tab", name="4 · Coach chat").click()
    chat = page.locator("#coach-chat")
    rows = chat.locator(".message-row")

    send(page, "When should I check in with Sarah?")
    expect(rows).to_have_count(2)
    expect(rows.nth(1)).to_contain_text("From Friday 27 November: send a check-in to Sarah Chen")
    expect(page.locator("#coach-question textarea")).to_have_value("")  # Enter sent it

    send(page, "Can I connect with Sarah on LinkedIn?")
    expect(rows.nth(3)).to_contain_text("002 Connect on LinkedIn")

    send(
        page,
        "Is this too pushy?",
        "",
        "Hi Sarah, just checking in AGAIN on my application. Please respond ASAP!! "
        "I need to know by Monday.",
    )
    expect(rows).to_have_count(6)
    expect(rows.nth(4)).to_contain_text("Please respond ASAP")  # one message, with the draft
    expect(rows.nth(5)).to_contain_text("Yes, it reads as pushy")
    expect(rows.nth(5)).to_contain_text("tone-demanding")
    shot(page, "chat-pasted-draft", full=False)

    send(page, "It's been 8 days since my interview and no reply. What should I do?")
    answer = rows.nth(7)
    expect(answer).to_contain_text("8 days since the interview")
    expect(answer).to_contain_text(
        "Yes: you can send a check-in to Sarah Chen now (from Friday 20 November)"
    )
    expect(answer).not_to_contain_text("From Friday 27 November")

    send(page, "Should I mention my salary expectations when I check in?")
    expect(rows).to_have_count(10)
    expect(rows.nth(9)).to_contain_text("The articles don't cover salary")
    assert "Traceback" not in page.content()
    shot(page, "chat-five-turns")
