"""A draft downloaded the moment the person stops typing holds what they typed, as .eml (to open
in a mail program) and as .md (to keep, or to run `coach check` on)."""

from __future__ import annotations

import email
import re
from email import policy
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from test_app import fill_example, open_app, write_drafts
from ui_harness import Door, shot

from coach.readers import read_message

pytestmark = pytest.mark.browser
PS = "P.S. I will send the Looker samples on Monday."


def test_a_download_pressed_right_after_typing_holds_the_edit(
    page: Any, app_url: str, tmp_path: Path
) -> None:
    """The page's events from the typing are held at the door, as a busy server holds them:
    the Download buttons must not hand over the draft as it was before the last words. (The
    .eml button saved the file written after the previous edit, and lagged behind.)"""
    open_app(page, app_url)
    fill_example(page)
    box = write_drafts(page)
    expect(box).to_have_value(re.compile("Dear Sarah,"))
    door = Door(page)
    box.press("End")
    box.type(f"\n{PS}")
    page.wait_for_timeout(300)
    door.holding = False  # what the person does next goes through; the typing's events wait
    card = page.locator(".fc-draft:not(.fc-draft .fc-draft)").first
    files = {}
    for suffix in ("eml", "md"):
        with page.expect_download() as download:
            card.get_by_role("button", name=f"Download .{suffix}").click()
        files[suffix] = tmp_path / download.value.suggested_filename
        download.value.save_as(files[suffix])
    door.open()
    shot(page, "draft-downloaded", full=False)

    assert files["eml"].name == "thank-you-sarah-chen.eml"
    msg = email.message_from_bytes(files["eml"].read_bytes(), policy=policy.default)
    assert PS in msg.get_body(("plain",)).get_content()
    assert msg["To"] == "Sarah Chen <sarah.chen@acme.example>"

    # the .md is a message file as `coach check` reads it, with the notes inside
    assert files["md"].name == "thank-you-sarah-chen.md"
    message = read_message(files["md"])
    assert PS in message.text and message.text.startswith("Subject: ")
    assert message.to == "Sarah Chen" and message.kind and message.kind.value == "thank_you"
    assert message.notes is not None and message.notes.company.name == "Acme Analytics"
