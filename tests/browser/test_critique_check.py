"""The Critique tab's Check button shows the result where the person is looking. On a phone the
result column is stacked under the draft and its fields, about 1,000 px down: a person who pasted
a draft and pressed Check saw nothing change. Check now brings the verdict into view; on a wide
screen it is beside the draft, and stays there."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect
from test_app import BAD_BODY, field, fill_example, open_app
from ui_harness import shot

pytestmark = pytest.mark.browser


def test_check_on_a_phone_brings_the_verdict_into_view(phone: Any, app_url: str) -> None:
    open_app(phone, app_url)
    fill_example(phone)
    phone.get_by_role("tab", name="3 · Critique").tap()
    draft = field(phone, "Your draft")
    draft.tap()
    draft.fill(BAD_BODY)  # pasted
    check = phone.get_by_role("button", name="Check", exact=True)
    check.scroll_into_view_if_needed()  # right under the draft: where the thumb already is
    verdict = phone.locator("#critique-verdict")
    expect(verdict).not_to_be_in_viewport()  # the test means something: it starts below
    shot(phone, "phone-critique-before-check", full=False)
    check.tap()
    expect(verdict).to_be_in_viewport(ratio=1)
    expect(verdict).to_contain_text("Not ready to send")
    shot(phone, "phone-critique-after-check", full=False)


def test_check_on_a_wide_screen_shows_the_draft_and_its_verdict(page: Any, app_url: str) -> None:
    """Beside each other: pressing Check keeps both in view."""
    open_app(page, app_url)
    fill_example(page)
    page.get_by_role("tab", name="3 · Critique").click()
    draft = field(page, "Your draft")
    draft.fill(BAD_BODY)
    page.get_by_role("button", name="Check", exact=True).click()
    verdict = page.locator("#critique-verdict")
    expect(verdict).to_contain_text("Not ready to send")
    expect(verdict).to_be_in_viewport(ratio=1)
    expect(draft).to_be_in_viewport()


def test_apply_safe_fixes_on_a_phone_shows_what_it_changed(phone: Any, app_url: str) -> None:
    """The diff of the fixes applied is stacked far below the button on a phone; a press that
    changed the draft out of sight seemed to do nothing."""
    open_app(phone, app_url)
    fill_example(phone)
    phone.get_by_role("tab", name="3 · Critique").tap()
    draft = field(phone, "Your draft")
    draft.tap()
    draft.fill(BAD_BODY)
    fix = phone.get_by_role("button", name="Apply safe fixes")
    fix.scroll_into_view_if_needed()
    diff = phone.locator("#critique-diff")
    fix.tap()
    expect(diff).not_to_be_empty()
    expect(diff).to_be_in_viewport()
    shot(phone, "phone-critique-after-fix", full=False)
