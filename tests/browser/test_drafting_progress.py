"""Drafting with the embedded CPU model takes minutes: while it works, the Drafts tab says so,
draft by draft, and Stop ends the run, keeping the drafts already finished.

The model here is a FakeBackend taking a few seconds per reply, as a small CPU model would.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from test_app import fill_example, open_app, pick
from ui_harness import MICHAEL, SARAH, SlowFakeBackend, saved, shot, start_app, stored

from ui.drafts_kept import DRAFTS_KEY, RUN_KEY

pytestmark = pytest.mark.browser


class CpuModelBackend(SlowFakeBackend):
    """Three seconds a reply: time to read the progress and press Stop mid-run."""

    def chat(self, *args: Any, **kwargs: Any) -> Any:
        time.sleep(2.6)
        return super().chat(*args, **kwargs)


@pytest.fixture
def slow_url(session_history_db: Path) -> Iterator[str]:
    demo, url = start_app(backend=CpuModelBackend(*[SARAH, MICHAEL] * 10))
    yield url
    demo.close()


def test_drafting_shows_progress_per_draft_and_stop_keeps_the_finished_ones(
    page: Any, slow_url: str
) -> None:
    open_app(page, slow_url)
    fill_example(page)
    page.get_by_role("tab", name="2 · Drafts").click()
    none_yet = page.get_by_text("No drafts yet")
    expect(none_yet).to_be_visible()
    stop = page.get_by_role("button", name="Stop", exact=True)
    expect(stop).to_be_hidden()
    pick(page, "Message kind", "Thank-you note")
    page.get_by_role("button", name="Write drafts").click()

    status = page.locator("#draft-status")
    expect(status).to_contain_text("Draft 1 of 2")
    expect(status).to_contain_text("Sarah Chen")
    expect(none_yet).to_be_hidden()  # no "press Write drafts" while it writes
    expect(stop).to_be_visible()
    shot(page, "drafting-progress", full=False)

    expect(status).to_contain_text("Draft 2 of 2", timeout=30_000)
    expect(status).to_contain_text("Michael O'Brien")
    kept, running = stored(page, DRAFTS_KEY), stored(page, RUN_KEY)
    stop.click()
    expect(status).to_contain_text("Stopped", timeout=30_000)
    expect(status).to_contain_text("1 of 2 drafts written")
    expect(page.get_by_label("Draft to Sarah Chen")).to_have_value(re.compile("Dear Sarah,"))
    expect(page.get_by_label("Draft to Michael O'Brien")).to_have_count(0)
    expect(stop).to_be_hidden()
    shot(page, "drafting-stopped", full=False)

    # the reload comes once the browser has kept the finished draft and the run's end (a
    # fixed wait lost that race on a busy machine)
    saved(page, DRAFTS_KEY, kept)
    saved(page, RUN_KEY, running)
    page.reload()  # a stopped run is not started again on a reload; the kept draft stays
    expect(page.get_by_label("Draft to Sarah Chen")).to_have_value(
        re.compile("Dear Sarah,"), timeout=20_000
    )
    page.wait_for_timeout(1500)
    expect(page.locator("#draft-status .fc-progress")).to_have_count(0)
    expect(page.get_by_label("Draft to Michael O'Brien")).to_have_count(0)


def test_the_chat_says_while_the_model_writes_and_a_reload_keeps_the_question(
    page: Any, slow_url: str
) -> None:
    """A draft asked for in the chat takes the model minutes: the answer's place says what it
    is writing (not a bare '…'), and a reload meanwhile puts the question back in the box."""
    open_app(page, slow_url)
    fill_example(page)
    page.get_by_role("tab", name="4 · Coach chat").click()
    question = "Write a thank-you note to Sarah, please"
    box = page.locator("#coach-question textarea")
    box.fill(question)
    box.press("Enter")
    chat = page.locator("#coach-chat")
    expect(chat).to_contain_text("Drafting the thank-you to Sarah Chen…")
    expect(chat).to_contain_text("The model can take a few minutes")
    shot(page, "chat-model-writing", full=False)
    page.reload()
    expect(page.locator("#coach-question textarea")).to_have_value(question)
    expect(chat).not_to_contain_text(question)  # in the box to send again, not left unanswered
