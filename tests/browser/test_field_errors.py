"""Issue 12, item 11: each problem beside its field, in plain words, once the user leaves it."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect
from test_app import field, fill_example, open_app
from ui_harness import shot

pytestmark = pytest.mark.browser


def block(page: Any, label: str) -> Any:
    """The field's block: its label, its hint or problem, and its input."""
    return page.locator(".block").filter(has=field(page, label)).last


def test_problems_are_said_beside_their_fields_when_left(page: Any, app_url: str) -> None:
    open_app(page, app_url)
    fill_example(page)
    name = field(page, "Interviewer 1: name")
    name.fill("")
    page.wait_for_timeout(800)  # read while the user is still in the field
    expect(block(page, "Interviewer 1: name")).not_to_contain_text("is empty")
    name.press("Tab")
    expect(block(page, "Interviewer 1: name")).to_contain_text("Interviewer 1's name is empty")
    expect(page.locator("#notes-status")).to_contain_text("Interviewer 1's name is empty")
    name.fill("Sarah Chen")  # fixed: taken back at once
    expect(block(page, "Interviewer 1: name")).not_to_contain_text("is empty")

    decision = field(page, "Decision expected by")
    decision.fill("2026-02-30")
    page.wait_for_timeout(800)
    expect(block(page, "Decision expected by")).not_to_contain_text("not a date")
    expect(page.locator("#notes-status")).not_to_contain_text("not a date")
    decision.press("Tab")
    expect(block(page, "Decision expected by")).to_contain_text(
        "2026-02-30 is not a date: February has no 30th"
    )
    shot(page, "notes-field-error", full=False)

    decision.fill("2026-11-01")  # before the interview: a warning, the notes still work
    decision.press("Tab")
    expect(block(page, "Decision expected by")).to_contain_text(
        "The decision date, 01 November 2026, is before the interview"
    )
    expect(page.locator("#notes-status")).to_contain_text("Notes complete")
    date = field(page, "Interview date")
    date.fill("1999-11-20")
    date.press("Tab")
    expect(block(page, "Interview date")).to_contain_text("is before last year: check the year")
    date.fill("2031-11-20")
    date.press("Tab")
    expect(block(page, "Interview date")).to_contain_text("more than a year ahead")


def test_the_critique_send_time_problem_is_said_beside_it(page: Any, app_url: str) -> None:
    """The Critique tab's send time: a wrong one is said under the field once it is left, in
    plain words, and taken back when fixed; the draft is kept throughout."""
    open_app(page, app_url)
    fill_example(page)
    page.get_by_role("tab", name="3 · Critique").click()
    draft = "Dear Sarah,\n\nThank you for the talk about the churn dashboard.\n\nBest,\nPriya"
    field(page, "Your draft").fill(draft)
    send = field(page, "Send time")
    send.fill("next tuesday")
    page.wait_for_timeout(800)  # still in the field: nothing said yet
    expect(block(page, "Send time")).not_to_contain_text("not a time")
    send.press("Tab")
    expect(block(page, "Send time")).to_contain_text("⚠ not a time like 2026-11-20 19:30")
    expect(page.locator("#critique-send.fc-invalid, #critique-send .fc-invalid")).not_to_have_count(
        0
    )
    shot(page, "critique-send-time-error", full=False)
    send.fill("2026-11-21 09:00")
    expect(block(page, "Send time")).not_to_contain_text("not a time")
    expect(block(page, "Send time")).to_contain_text("in the interview's zone")
    expect(field(page, "Your draft")).to_have_value(draft)
    expect(page.locator("#critique-verdict")).to_contain_text("sent Sat 21 Nov 2026 09:00")
