"""Issue 12: honest verdicts and the Critique tab's leftovers, as a person meets them."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect
from test_app import field, fill_example, open_app, pick
from ui_harness import shot

pytestmark = pytest.mark.browser

# The page's clock is Sun 22 Nov 2026 11:00 -05:00: 68 hours after the interview ended.
POLITE_LATE = (
    "Subject: Thank you for Friday's Data Analyst interview\n\nDear Sarah,\n\n"
    "Thank you for taking the time to meet with me on Friday. I especially enjoyed our "
    "conversation about migrating dashboards from Tableau to Looker.\n\nI remain very "
    "interested in the Data Analyst role and look forward to hearing about next steps.\n\n"
    "Best regards,\nPriya Raman\n"
)


def critique(page: Any, app_url: str, text: str) -> Any:
    open_app(page, app_url)
    fill_example(page)
    page.get_by_role("tab", name="3 · Critique").click()
    field(page, "Your draft").fill(text)
    return page.locator("#critique-verdict")


def test_a_late_polite_thank_you_is_ready_to_send_today(page: Any, app_url: str) -> None:
    verdict = critique(page, app_url, POLITE_LATE)
    pick(page, "Kind", "Thank-you note")
    expect(page.locator("#critique-findings")).to_contain_text("timing-thank-you-late")
    expect(verdict).to_contain_text("Ready to send")
    expect(verdict).to_contain_text("Late: send it today.")
    expect(verdict).not_to_contain_text("Not ready")
    shot(page, "critique-late-thank-you", full=False)
    # 67 hours after: an error of timing alone, and still the text is ready
    field(page, "Send time").fill("2026-11-23 10:00")
    expect(verdict).to_contain_text("sent Mon 23 Nov 2026 10:00")
    expect(verdict).to_contain_text(
        "Ready to send: the text passes the checks. Late: send it today."
    )
    expect(page.locator("#critique-findings")).to_contain_text("Error")


def test_critique_leftovers(page: Any, app_url: str) -> None:
    """The fix's diff goes with its draft; ASAP!!! is marked whole; emoji are one warning; a
    missing recipient is said in plain words."""
    from test_app import BAD

    verdict = critique(page, app_url, BAD)
    expect(verdict).to_contain_text("Not ready to send")
    page.get_by_role("button", name="Apply safe fixes").click()
    diff = page.locator("#critique-diff")
    expect(diff).to_contain_text("Applied 1 safe fix")
    field(page, "Your draft").fill(
        "Dear Sarah,\n\nThank you for today 😀😀😀 I loved it 🎉🎉 see you 👍👍\n"
        "Please reply ASAP!!!\n\nPriya"
    )
    expect(diff).not_to_contain_text("Applied")  # the next draft is not the one fixed
    marks = page.locator("#critique-highlight mark")
    expect(marks.filter(has_text="!!!")).to_have_count(1)
    findings = page.locator("#critique-findings")
    expect(findings.locator("li").filter(has_text="too casual")).to_have_count(1)
    expect(findings).to_contain_text(
        "Checked without a recipient, so the greeting and recipient checks were skipped"
    )
    expect(findings).not_to_contain_text("No the recipient")
    shot(page, "critique-leftovers", full=False)
