"""Issue 12: the page on a 390×844 phone, and a full journey at 1280×900, with a screenshot of
each tab for a reviewer to look at (artifacts/screenshots/)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect
from test_app import BAD_BODY, field, fill_example, open_app, write_drafts
from ui_harness import shot

pytestmark = pytest.mark.browser

TABS = ("1 · Notes", "2 · Drafts", "3 · Critique", "4 · Coach chat", "5 · Next steps")
WIDTHS_JS = """() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
  wide: Array.from(document.querySelectorAll('body *'))
    .filter(el => el.getClientRects().length && el.getBoundingClientRect().right > 391)
    .filter(el => !Array.from(el.children).some(c => c.getBoundingClientRect().right > 391))
    .slice(0, 8).map(el => el.tagName + '.' + el.className + ' ' + el.getBoundingClientRect().right
      + ' ' + (el.innerText || '').slice(0, 40))})"""


def journey(page: Any, app_url: str, size: str) -> None:
    """Notes, drafts, a critique and the plan, looked at on every tab."""
    open_app(page, app_url)
    fill_example(page)
    write_drafts(page)
    page.get_by_role("tab", name="3 · Critique").click()
    field(page, "Your draft").fill(BAD_BODY)
    expect(page.locator("#critique-findings")).to_contain_text("tone-demanding")
    for tab in TABS:
        page.get_by_role("tab", name=tab).click()
        expect(page.get_by_role("tab", name=tab)).to_have_attribute("aria-selected", "true")
        if tab.endswith("Next steps"):
            expect(page.locator("#plan")).to_contain_text("Next:")
        page.wait_for_timeout(300)
        widths = page.evaluate(WIDTHS_JS)
        # (a phone widens its layout to fit content that overflows: compare with the screen)
        screen = page.viewport_size["width"]
        assert widths["scroll"] <= widths["inner"] == screen, (tab, widths)
        name = re.sub(r"\W+", "-", tab.split("·")[1].strip().lower())
        shot(page, f"{size}-{name}")


def test_every_tab_fits_a_390_by_844_phone(phone: Any, app_url: str) -> None:
    journey(phone, app_url, "phone")
    # every tab can be tapped, and tapping selects it
    for tab in reversed(TABS):
        phone.get_by_role("tab", name=tab).tap()
        expect(phone.get_by_role("tab", name=tab)).to_have_attribute("aria-selected", "true")


TIMELINE_JS = """() => Array.from(document.querySelectorAll(
    '#plan svg text, #plan .fc-timeline-list li'))
  .filter(el => el.getClientRects().length)
  .map(el => { const r = el.getBoundingClientRect(), svg = el.ownerSVGElement;
    const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
    return {text: el.textContent, left: r.left, right: r.right,
            size: parseFloat(getComputedStyle(el).fontSize) * scale}; })"""


def test_every_timeline_label_is_readable_on_a_phone(phone: Any, app_url: str) -> None:
    """The plan's timeline on a 390 px screen: every message's label on the screen, whole and
    at least 11 px, and the page no wider than the screen. The picture, 900 units wide, ran
    its later labels (Check-in, Final follow-up, Move on) off the screen's edge."""
    open_app(phone, app_url)
    fill_example(phone)
    phone.get_by_role("tab", name="5 · Next steps").tap()
    expect(phone.locator("#plan")).to_contain_text("Next:")
    phone.wait_for_timeout(300)
    shot(phone, "phone-timeline", full=False)
    labels = phone.evaluate(TIMELINE_JS)
    shown = " ".join(lb["text"] for lb in labels)
    for name in (
        "Thank-you note to Sarah Chen",
        "Check-in to Sarah Chen",
        "Final follow-up to Sarah Chen",
        "Move on",
        "today",
    ):
        assert name in shown, (name, shown)
    width = phone.viewport_size["width"]
    for lb in labels:
        assert lb["left"] >= 0 and lb["right"] <= width, lb
        assert lb["size"] >= 11, lb
    scroll = phone.evaluate("() => document.documentElement.scrollWidth")
    assert scroll <= width


def test_a_full_journey_at_1280_by_900(page: Any, app_url: str) -> None:
    journey(page, app_url, "desktop")


SMALL_TARGETS_JS = """() => Array.from(document.querySelectorAll('button, [role="tab"]'))
  .filter(el => el.getClientRects().length && el.offsetParent
    && !el.closest('.icon-button-wrapper, .icon-buttons, [aria-hidden="true"]'))
  .map(el => ({name: (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 30),
               height: Math.round(el.getBoundingClientRect().height)}))
  .filter(t => t.name && t.height < 40)"""


def test_buttons_are_big_enough_to_tap_on_a_phone(phone: Any, app_url: str) -> None:
    """A thumb needs about 44 px: the toolbar, the rows' Add and Remove, the folded sections
    and the chat's suggested questions were 20-26 px tall on a phone."""
    open_app(phone, app_url)
    fill_example(phone)
    small = {}
    for tab in ("1 · Notes", "4 · Coach chat"):
        phone.get_by_role("tab", name=tab).tap()
        phone.wait_for_timeout(500)
        small[tab] = phone.evaluate(SMALL_TARGETS_JS)
    shot(phone, "phone-chat-chips", full=False)
    assert not any(small.values()), small


# the chat's "Coach" label and the first line of the coach's first answer, as boxes on screen
LABEL_AND_FIRST_LINE_JS = """() => {
  const chat = document.querySelector('#coach-chat');
  const label = Array.from(chat.querySelectorAll('label, span, div'))
    .filter(el => el.children.length <= 2 && (el.innerText || '').trim() === 'Coach'
      && el.getClientRects().length)
    .sort((a, b) => a.innerText.length - b.innerText.length)[0];
  const answer = chat.querySelector('[data-testid="bot"]');
  const walker = document.createTreeWalker(answer, NodeFilter.SHOW_TEXT,
    {acceptNode: n => n.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP});
  const range = document.createRange();
  range.selectNodeContents(walker.nextNode());
  const line = range.getClientRects()[0];
  const box = label.getBoundingClientRect();
  const pick = r => ({left: r.left, right: r.right, top: r.top, bottom: r.bottom});
  return {label: pick(box), line: pick(line)};
}"""


def test_the_chat_label_covers_no_line_of_an_answer_on_a_phone(phone: Any, app_url: str) -> None:
    """On a 390x844 phone the chat's "Coach" label sat over the first line of an answer."""
    open_app(phone, app_url)
    phone.get_by_role("tab", name="4 · Coach chat").click()
    box = phone.locator("#coach-question textarea")
    box.fill("When should I send a thank-you note?")
    box.press("Enter")
    answer = phone.locator('#coach-chat [data-testid="bot"]').first
    expect(answer).to_contain_text(re.compile(r"\w"))
    phone.wait_for_timeout(1000)  # the answer has finished streaming
    phone.evaluate("document.querySelector('#coach-chat').scrollIntoView()")
    boxes = phone.evaluate(LABEL_AND_FIRST_LINE_JS)
    label, line = boxes["label"], boxes["line"]
    apart = (
        label["bottom"] <= line["top"]
        or line["bottom"] <= label["top"]
        or label["right"] <= line["left"]
        or line["right"] <= label["left"]
    )
    shot(phone, "phone-chat-label", full=False)
    assert apart, boxes
