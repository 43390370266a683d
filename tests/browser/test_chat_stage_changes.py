"""A stage told in one turn and changed in a later one: the answer goes by the later one and
echoes it alone. (After "They offered me the job!" then "They rejected me yesterday", the
answer said "Going by what you told me: you have an offer; they turned you down.")"""

from __future__ import annotations

from typing import Any

import pytest
import test_app as app
from playwright.sync_api import expect
from test_chat import send
from ui_harness import shot

pytestmark = pytest.mark.browser


def test_a_rejection_told_after_an_offer_is_the_only_stage_echoed(page: Any, app_url: str) -> None:
    app.open_app(page, app_url)
    app.fill_example(page)
    page.get_by_role("tab", name="4 · Coach chat").click()
    rows = page.locator("#coach-chat .message-row")

    send(page, "They offered me the job! What now?")
    expect(rows).to_have_count(2)
    expect(rows.nth(1)).to_contain_text("The articles don't cover job offers")

    send(page, "They rejected me yesterday. Should I reply?")
    expect(rows).to_have_count(4)
    answer = rows.nth(3)
    expect(answer).to_contain_text("Going by what you told me: they turned you down.")
    expect(answer).not_to_contain_text("you have an offer")
    shot(page, "chat-stage-changed", full=False)
