"""A first-time user filling the notes form by hand, mistakes and all: what the page says
about each mistake must name the field and what is wrong, and what they typed must stay."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect
from test_app import BAD_BODY, field, fill_example, open_app, pick
from ui_harness import ROOT, saved, shot, start_app, stored

from ui.app import CRITIQUE_KEY

pytestmark = pytest.mark.browser

GOOD = (ROOT / "examples" / "thank-you-sarah.md").read_text("utf-8").split("---\n", 2)[2]


def fill(page: Any, label: str, value: str) -> None:
    """Type into a field and leave it, as a person tabbing through the form does."""
    box = field(page, label)
    box.fill(value)
    box.press("Tab")


def test_an_interviewer_row_without_a_name_is_said_at_once(page: Any, app_url: str) -> None:
    """The user filled the interviewer's title and email but never the name field itself: the
    status above the form must say what is missing, not 'finish the field you are filling in'
    (they are filling in none)."""
    open_app(page, app_url)
    fill(page, "Your name", "Jordan Lee")
    fill(page, "Company", "Acme Analytics")
    fill(page, "Role", "Data Analyst")
    fill(page, "Interview date", "2026-11-20")
    fill(page, "Start time", "2pm")
    fill(page, "Time zone", "UTC-05:00")
    fill(page, "Interviewer 1: job title", "Analytics Manager")
    fill(page, "Details discussed", "migrating dashboards from Tableau to Looker")
    status = page.locator("#notes-status")
    expect(status).to_contain_text("Interviewer 1's name is empty")
    expect(status).not_to_contain_text("finish the field you are filling in")


def test_a_city_typed_as_the_time_zone_is_understood(page: Any, app_url: str) -> None:
    """The hint says 'UTC offset or city'; a person types the city as they know it."""
    open_app(page, app_url)
    fill(page, "Your name", "Jordan Lee")
    fill(page, "Company", "Acme Analytics")
    fill(page, "Role", "Data Analyst")
    fill(page, "Interview date", "2026-11-20")
    fill(page, "Start time", "2pm")
    fill(page, "Interviewer 1: name", "Sarah Chen")
    fill(page, "Details discussed", "migrating dashboards from Tableau to Looker")
    fill(page, "Time zone", "new york")
    expect(page.locator("#notes-status")).to_contain_text("Notes complete")
    expect(page.locator("#banner")).to_contain_text("14:00 (UTC-05:00)")


def test_an_edited_draft_is_checked_again(page: Any, app_url: str) -> None:
    """The user edits a drafted thank-you and misspells the name: the card must not go on
    saying 'Passes the checks' about text that is no longer there."""
    open_app(page, app_url)
    fill_example(page)
    page.get_by_role("tab", name="2 · Drafts").click()
    pick(page, "Message kind", "Thank-you note")
    page.get_by_role("button", name="Write drafts").click()
    expect(page.locator("#draft-status")).to_contain_text("written", timeout=60_000)
    card = page.locator(".fc-draft:not(.fc-draft .fc-draft)").first
    expect(card).to_contain_text("Passes the checks")
    box = page.get_by_label("Draft to Sarah Chen")
    written = box.input_value()
    box.fill(written.replace("Dear Sarah,", "Dear Sara,"))
    expect(card).to_contain_text("name-misspelled")
    expect(card).not_to_contain_text("Passes the checks")
    expect(card).to_contain_text("Edited by you")
    shot(page, "draft-edited-checked", full=False)
    box.fill(written)
    expect(card).to_contain_text("Passes the checks")
    expect(card).not_to_contain_text("name-misspelled")


def test_a_mistyped_email_is_pointed_out(page: Any, app_url: str) -> None:
    """A comma for a dot in the interviewer's address would go into the .eml's To line."""
    open_app(page, app_url)
    fill_example(page)
    fill(page, "Interviewer 1: email", "sarah.chen@acme,example")
    block = page.locator(".block").filter(has=field(page, "Interviewer 1: email")).last
    expect(block).to_contain_text("does not look like an email address")
    shot(page, "notes-email-typo", full=False)
    fill(page, "Interviewer 1: email", "sarah.chen@acme.example")
    expect(block).not_to_contain_text("does not look like an email address")


def test_a_draft_pasted_while_the_page_restores_is_kept(browser: Any) -> None:
    """On a busy machine the page takes seconds to put back what was kept; a person who pastes
    a new draft into Critique meanwhile must keep it, not see the old draft come back over it.
    The kept draft's restore is held back (as a slow server would) while the user pastes."""
    demo, url = start_app()
    index = {getattr(f.fn, "__name__", ""): i for i, f in demo.fns.items()}
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        open_app(page, url)
        page.get_by_role("tab", name="3 · Critique").click()
        before = stored(page, CRITIQUE_KEY)
        field(page, "Your draft").fill(BAD_BODY)
        saved(page, CRITIQUE_KEY, before)
        held: list[Any] = []
        started: list[int] = []

        def join(route: Any) -> None:
            fn = (route.request.post_data_json or {}).get("fn_index")
            started.append(fn)
            if fn == index["kept_json"] and not held:
                held.append(route)
            else:
                route.continue_()

        page.route("**/queue/join*", join)
        page.reload()
        page.get_by_role("tab", name="3 · Critique").click()
        for _ in range(100):
            if held:
                break
            page.wait_for_timeout(200)
        assert held, "the restore of the Critique tab was never asked for"
        field(page, "Your draft").fill(GOOD)
        expect(page.locator("#critique-verdict")).to_contain_text("Ready to send")
        held[0].continue_()
        for _ in range(100):  # the step after the restore: the restore has landed
            if index["restore_drafts"] in started:
                break
            page.wait_for_timeout(200)
        page.wait_for_timeout(1500)
        expect(field(page, "Your draft")).to_have_value(GOOD)
        expect(page.locator("#critique-verdict")).to_contain_text("Ready to send")
    finally:
        context.close()
        demo.close()
