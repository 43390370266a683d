"""A tab the person picks while the page is still restoring stays picked. After a reload the page
puts back the tab last open; it used to do so even when the person had meanwhile opened another,
pulling them away from the Coach chat to Next steps in the middle of asking a question."""

from __future__ import annotations

import time
from typing import Any

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect
from test_app import fill_example, open_app
from ui_harness import Door, saved, shot, stored

from ui.drafts_kept import TAB_KEY

pytestmark = pytest.mark.browser


def held_reload(page: Any, while_held: Any) -> None:
    """Reload with the page's events held at the door, do `while_held`, then let them through
    in the order they came: what the person did reaches the server before the restoring.
    Returns once the page has put the kept tab back (it marks <body> then): after that nothing
    moves the tab, so what the test sees is what the person keeps.

    (It used to wait for every /queue/data stream to close. Gradio keeps a session's stream
    open while any of its events is pending, and an event whose stream was cut while it ran
    stays pending for good (gradio.queueing.Queue.clean_events drops only queued events), so
    now and then one stream stayed open for minutes; the page's own signal does not depend on
    Gradio's connections.)"""

    def by_person(route: Any) -> bool:
        """An event a person caused (a click, a tab picked) carries its event data; the page's
        own loading and restoring steps carry none."""
        return bool((route.request.post_data_json or {}).get("event_data"))

    door = Door(page)
    held = door.held
    page.reload()
    expect(page.get_by_role("tab", name="1 · Notes")).to_be_visible()
    assert page.evaluate("() => document.body.dataset.fcTabRestored") is None
    deadline = time.monotonic() + 30
    while not held and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert held, "the reloaded page sent no event in 30 s"
    while_held()
    deadline = time.monotonic() + 30  # the person's event is sent, and held behind the restoring
    while not any(map(by_person, held)) and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert any(map(by_person, held)), "what the person did sent no event in 30 s"
    door.open()
    try:
        page.wait_for_function("() => document.body.dataset.fcTabRestored", timeout=60_000)
    except PlaywrightTimeout:
        raise AssertionError("the reloaded page did not put the kept tab back in 60 s") from None


def test_a_tab_picked_during_the_restore_stays(page: Any, app_url: str) -> None:
    open_app(page, app_url)
    fill_example(page)
    before = stored(page, TAB_KEY)
    page.get_by_role("tab", name="5 · Next steps").click()
    saved(page, TAB_KEY, before)  # Next steps is kept as the tab last open

    chat = page.get_by_role("tab", name="4 · Coach chat")
    kept = stored(page, TAB_KEY)
    held_reload(page, chat.click)
    expect(page.locator("#banner")).to_contain_text("Priya Raman")  # the notes are back
    expect(chat).to_have_attribute("aria-selected", "true")
    expect(page.get_by_label("Your question")).to_be_visible()
    shot(page, "tab-picked-during-restore")

    # and it is the tab kept: picked before the page was ready, it used to be forgotten, and
    # the next reload opened Next steps again
    saved(page, TAB_KEY, kept)
    page.reload()
    expect(chat).to_have_attribute("aria-selected", "true")
    expect(page.get_by_label("Your question")).to_be_visible()


def test_the_tab_last_open_comes_back(page: Any, app_url: str) -> None:
    """Untouched, a reload still opens the tab last open."""
    open_app(page, app_url)
    fill_example(page)
    before = stored(page, TAB_KEY)
    page.get_by_role("tab", name="3 · Critique").click()
    saved(page, TAB_KEY, before)
    page.reload()
    expect(page.get_by_role("tab", name="3 · Critique")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_label("Your draft")).to_be_visible()
