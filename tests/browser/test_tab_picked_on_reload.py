"""A tab the person picks while the page is still restoring stays picked. After a reload the page
puts back the tab last open; it used to do so even when the person had meanwhile opened another,
pulling them away from the Coach chat to Next steps in the middle of asking a question."""

from __future__ import annotations

import time
from typing import Any

import pytest
from playwright.sync_api import expect
from test_app import fill_example, open_app
from ui_harness import saved, shot, stored

from ui.drafts_tab import TAB_KEY

pytestmark = pytest.mark.browser


def held_reload(page: Any, while_held: Any) -> None:
    """Reload with the page's events held at the door, do `while_held`, then let them through
    in the order they came: what the person did reaches the server before the restoring.
    Returns once the page has settled: no event's stream open and none started for 2 s, or
    after a minute at most."""
    held: list[Any] = []
    holding = [True]
    last = [time.monotonic()]
    streams = [0]

    def door(route: Any) -> None:
        last[0] = time.monotonic()
        if holding[0]:
            held.append(route)
        else:
            route.continue_()

    def opened(request: Any) -> None:
        if "/queue/data" in request.url:
            streams[0] += 1
            last[0] = time.monotonic()

    def closed(request: Any) -> None:
        if "/queue/data" in request.url:
            streams[0] -= 1
            last[0] = time.monotonic()

    page.route("**/gradio_api/queue/join*", door)
    page.reload()
    # the reloaded page's streams only
    page.on("request", opened)
    page.on("requestfinished", closed)
    page.on("requestfailed", closed)
    expect(page.get_by_role("tab", name="1 · Notes")).to_be_visible()
    deadline = time.monotonic() + 30
    while not held and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert held, "the reloaded page sent no event in 30 s"
    while_held()
    page.wait_for_timeout(500)
    holding[0] = False
    for route in held:
        route.continue_()
    deadline = time.monotonic() + 60
    while streams[0] > 0 or time.monotonic() - last[0] < 2:
        if time.monotonic() > deadline:  # one stream now and then stays open for minutes;
            break  # the restoring is long over by then
        page.wait_for_timeout(250)


def test_a_tab_picked_during_the_restore_stays(page: Any, app_url: str) -> None:
    open_app(page, app_url)
    fill_example(page)
    before = stored(page, TAB_KEY)
    page.get_by_role("tab", name="5 · Next steps").click()
    saved(page, TAB_KEY, before)  # Next steps is kept as the tab last open

    chat = page.get_by_role("tab", name="4 · Coach chat")
    held_reload(page, chat.click)
    expect(page.locator("#banner")).to_contain_text("Priya Raman")  # the notes are back
    expect(chat).to_have_attribute("aria-selected", "true")
    expect(page.get_by_label("Your question")).to_be_visible()
    shot(page, "tab-picked-during-restore")


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
