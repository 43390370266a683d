"""Nothing a person has typed or been told is lost on a reload: the notes, the Critique tab's
draft and fields, and the chat come back; a stored value that is malformed or empty restores
nothing. (Split from test_app.py, by concern.)"""

from __future__ import annotations

import time
from typing import Any

import pytest
from playwright.sync_api import expect
from test_app import BAD_BODY, ask_when_to_follow_up, field, fill_example, open_app, pick
from ui_harness import WRITTEN, saved, shot, stored

from ui.app import CHAT_KEY, CRITIQUE_KEY, STORAGE_KEY
from ui.drafts_kept import DRAFTS_KEY

pytestmark = pytest.mark.browser


def test_notes_survive_a_reload(page: Any, app_url: str) -> None:
    open_app(page, app_url)
    # the notes as read (and saved, in the same reply) show here: each edit below is known to
    # have been read before the next step (reading `before` while an earlier edit's save was
    # still on its way let the reload beat the last edit's save on a busy machine)
    page.get_by_text("Notes as YAML, or paste your own").click()
    as_read = page.locator("#notes-yaml")
    field(page, "Your name").fill("Ada Lovelace")
    field(page, "Company").fill("Analytical Engines")
    page.get_by_role("button", name="+ Add interviewer").click()
    field(page, "Interviewer 2: name").fill("Charles Babbage")
    expect(as_read).to_contain_text("Charles Babbage")
    before = stored(page, STORAGE_KEY)
    field(page, "What they said about timing").fill("We will decide next week")
    expect(as_read).to_contain_text("We will decide next week")
    expect(page.locator("#notes-status")).to_contain_text("Notes incomplete")
    saved(page, STORAGE_KEY, before)  # the last keystroke's save reaches the browser's storage
    page.reload()
    expect(field(page, "Your name")).to_have_value("Ada Lovelace")
    expect(field(page, "Company")).to_have_value("Analytical Engines")
    expect(field(page, "Interviewer 2: name")).to_have_value("Charles Babbage")
    expect(field(page, "What they said about timing")).to_have_value("We will decide next week")
    expect(page.locator("#notes-status")).to_contain_text("Role: required")


def test_a_pasted_draft_and_its_fields_survive_a_reload(page: Any, app_url: str) -> None:
    open_app(page, app_url)
    fill_example(page)
    page.get_by_role("tab", name="3 · Critique").click()
    field(page, "Your draft").fill(BAD_BODY)
    pick(page, "Kind", "Thank-you note")
    pick(page, "Recipient", "Sarah Chen")
    before = stored(page, CRITIQUE_KEY)
    field(page, "Send time").fill("2026-11-23 10:00")
    verdict = page.locator("#critique-verdict")
    # the last field's check has come back, and with it the fields' save
    expect(verdict).to_contain_text("sent Mon 23 Nov 2026 10:00")
    expect(verdict).to_contain_text("to Sarah Chen")
    saved(page, CRITIQUE_KEY, before)  # the save reaches the browser's storage
    page.reload()
    expect(page.locator("#notes-status")).to_contain_text("Notes complete")
    page.get_by_role("tab", name="3 · Critique").click()
    expect(field(page, "Your draft")).to_have_value(BAD_BODY)
    expect(field(page, "Kind")).to_have_value("Thank-you note")
    expect(field(page, "Recipient")).to_have_value("Sarah Chen")
    expect(field(page, "Send time")).to_have_value("2026-11-23 10:00")
    # checked again, with the notes restored before it
    expect(verdict).to_contain_text("Not ready to send")
    expect(verdict).to_contain_text("Checked as a thank-you; to Sarah Chen; sent Mon 23 Nov")
    expect(verdict).not_to_contain_text("Checked without notes")
    findings = page.locator("#critique-findings")
    expect(findings).to_contain_text("name-misspelled")
    expect(findings).to_contain_text("tone-demanding")
    marks = page.locator("#critique-highlight mark.fc-error")
    expect(marks.filter(has_text="Sara")).to_have_count(1)
    shot(page, "critique-after-reload")
    # and an edit after the reload is kept as well
    field(page, "Your draft").press("End")
    before = stored(page, CRITIQUE_KEY)
    field(page, "Your draft").type("\nP.S. Thank you again.")
    expect(page.locator("#critique-highlight")).to_contain_text("P.S. Thank you again.")
    saved(page, CRITIQUE_KEY, before)
    page.reload()
    page.get_by_role("tab", name="3 · Critique").click()
    expect(field(page, "Your draft")).to_have_value(BAD_BODY + "\nP.S. Thank you again.")


def test_a_malformed_or_empty_stored_draft_or_chat_restores_nothing(
    page: Any, app_url: str
) -> None:
    open_app(page, app_url)
    page.evaluate(
        """() => {
        localStorage.setItem('follow-up-coach-critique', 'not:encrypted-by-this-app');
        localStorage.setItem('follow-up-coach-chat', '');
    }"""
    )
    page.reload()
    expect(page.locator("#banner")).to_contain_text("Notes tab")
    page.get_by_role("tab", name="3 · Critique").click()
    expect(page.locator("#critique-verdict")).to_contain_text("Paste a draft")
    page.wait_for_timeout(1000)  # past the restore
    expect(field(page, "Your draft")).to_have_value("")
    expect(field(page, "Send time")).to_have_value("")
    page.get_by_role("tab", name="4 · Coach chat").click()
    expect(page.locator("#coach-chat")).to_contain_text("Ask about your follow-ups")
    expect(page.locator("#coach-chat .message-row")).to_have_count(0)
    expect(page.locator(".toast-body")).to_have_count(0)  # silently: no error shown
    assert "Traceback" not in page.content()


def test_the_chat_survives_a_reload(page: Any, app_url: str) -> None:
    chat = ask_when_to_follow_up(page, app_url)
    before = stored(page, CHAT_KEY)
    page.get_by_role("button", name="What should a thank-you say?").click()
    rows = chat.locator(".message-row")
    expect(rows).to_have_count(4)  # two questions, two answers
    expect(rows.nth(2)).to_contain_text("What should a thank-you say?")
    saved(page, CHAT_KEY, before)  # the save reaches the browser's storage
    page.reload()
    page.get_by_role("tab", name="4 · Coach chat").click()
    expect(rows).to_have_count(4)
    expect(chat).to_contain_text("When should I follow up with Sarah?")
    expect(chat).to_contain_text("From Monday 30 November: send a check-in to Sarah Chen")
    expect(chat).to_contain_text("timing-check-in-early")
    expect(chat).to_contain_text("What should a thank-you say?")
    expect(field(page, "Your question")).to_have_value("")
    rows.first.scroll_into_view_if_needed()  # the first exchange, back after the reload
    shot(page, "chat-after-reload", full=False)
    # the conversation goes on from the restored messages, and is kept as a whole
    field(page, "Your question").fill("Is this too pushy?\n" + BAD_BODY)
    before = stored(page, CHAT_KEY)
    page.get_by_role("button", name="Ask").click()
    expect(chat).to_contain_text("tone-demanding")
    expect(rows).to_have_count(6)
    saved(page, CHAT_KEY, before)
    page.reload()
    page.get_by_role("tab", name="4 · Coach chat").click()
    expect(rows).to_have_count(6)
    expect(rows.first).to_contain_text("When should I follow up with Sarah?")
    expect(rows.last).to_contain_text("tone-demanding")


def test_a_slow_restore_says_so_and_never_no_drafts(
    page: Any, app_url: str, monkeypatch: Any
) -> None:
    """After a reload on a busy machine the drafts took seconds to come back, and meanwhile the
    Drafts tab said "No drafts yet": until they are back it says they are being restored."""
    import ui.drafts_tab

    open_app(page, app_url)
    fill_example(page)
    page.get_by_role("tab", name="2 · Drafts").click()
    pick(page, "Message kind", "Thank-you note")
    before = stored(page, DRAFTS_KEY)
    page.get_by_role("button", name="Write drafts").click()
    expect(page.locator("#draft-status")).to_contain_text(WRITTEN, timeout=30_000)
    saved(page, DRAFTS_KEY, before)
    quick = ui.drafts_tab.view_restored  # (read only by the restoring, in this process)

    def slowly(view: Any) -> Any:
        time.sleep(4)  # a loaded machine
        return quick(view)

    monkeypatch.setattr(ui.drafts_tab, "view_restored", slowly)
    page.reload()
    page.get_by_role("tab", name="2 · Drafts").click()
    expect(page.locator(".fc-drafts-restoring").first).to_be_visible()
    expect(page.locator(".fc-drafts-none")).to_have_count(0)
    expect(page.get_by_label("Draft to Sarah Chen")).to_be_visible(timeout=30_000)
    expect(page.locator(".fc-drafts-restoring")).to_have_count(0)
