"""The web app as a person uses it: headless Chromium typing, clicking and reloading.

Each test gets a fresh browser profile; screenshots of every main screen are saved to
artifacts/screenshots/ for a reviewer to look at.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import expect
from ui_harness import ROOT, WRITTEN, shot, start_app

from ui.plan_view import COLOURS

pytestmark = pytest.mark.browser

BAD = (ROOT / "examples" / "thank-you-bad.md").read_text("utf-8")
BAD_BODY = BAD.split("---\n", 2)[2]  # the draft without its front matter
LABELS_JS = """() => Array.from(document.querySelectorAll('input, textarea, select'))
  .filter(el => el.type !== 'hidden' && el.type !== 'file' && el.getClientRects().length > 0)
  .map(el => ({
    name: (el.labels ? Array.from(el.labels).map(l => l.innerText.trim()).join(' ') : '')
          || el.getAttribute('aria-label') || '',
    html: el.outerHTML.slice(0, 120)}))"""


def open_app(page: Any, url: str) -> None:
    page.goto(url)
    expect(page.get_by_role("tab", name="1 · Notes")).to_be_visible()
    expect(page.locator("#banner")).to_contain_text("Notes tab")


def field(page: Any, label: str) -> Any:
    """The input labelled `label` (a field's hint, if any, follows its label)."""
    return page.get_by_label(re.compile(rf"^\s*{re.escape(label)}(?:$|\s\s)"))


def pick(page: Any, label: str, value: str) -> None:
    """Choose in a Gradio dropdown: type to filter, then click the option."""
    box = field(page, label)
    box.click()
    box.fill(value)
    page.get_by_role("option", name=value, exact=True).first.click()


def marker(page: Any, title: str) -> Any:
    """The timeline's marker whose tooltip is `title` (e.g. "Check-in to Sarah Chen: …")."""
    return page.locator("#plan svg circle").filter(has=page.locator(f"title:text-is({title!r})"))


def fill_example(page: Any) -> None:
    page.get_by_role("button", name="Fill in an example").click()
    expect(page.locator("#notes-status")).to_contain_text("Notes complete")


def write_drafts(page: Any, kind: str = "Thank-you note") -> Any:
    """Write drafts of one kind from the notes on the page, wait until they are written, and
    return the box of the draft to Sarah Chen (the example's first interviewer)."""
    page.get_by_role("tab", name="2 · Drafts").click()
    pick(page, "Message kind", kind)
    page.get_by_role("button", name="Write drafts").click()
    expect(page.locator("#draft-status")).to_contain_text(WRITTEN, timeout=30_000)
    return page.get_by_label("Draft to Sarah Chen")


def test_fill_in_notes_then_get_drafts(page: Any, app_url: str) -> None:
    open_app(page, app_url)
    field(page, "Your name").fill("Priya Raman")
    field(page, "Company").fill("Acme Analytics")
    field(page, "Role").fill("Data Analyst")
    field(page, "Interview date").fill("2026-11-20")
    field(page, "Start time").fill("2 pm")
    pick(page, "Time zone", "UTC-05:00")
    field(page, "Interviewer 1: name").fill("Sarah Chen")
    pick(page, "Interviewer 1: honorific", "Ms.")
    field(page, "Interviewer 1: email").fill("sarah.chen@acme.example")
    page.get_by_role("button", name="+ Add interviewer").click()
    field(page, "Interviewer 2: name").fill("Michael O'Brien")
    page.get_by_role("button", name="+ Add interviewer").click()
    field(page, "Interviewer 3: name").fill("Someone Else")
    page.get_by_role("button", name="Remove").nth(2).click()  # rows are removed as well as added
    expect(field(page, "Interviewer 3: name")).to_be_hidden()
    field(page, "Details discussed").fill("migrating dashboards from Tableau to Looker")
    expect(page.locator("#notes-status")).to_contain_text("Notes complete")
    expect(page.locator("#banner")).to_contain_text("Data Analyst at Acme Analytics")
    shot(page, "notes")

    page.get_by_role("tab", name="2 · Drafts").click()
    pick(page, "Message kind", "Thank-you note")
    page.get_by_role("button", name="Write drafts").click()
    expect(page.locator("#draft-status .fc-progress")).to_be_visible()  # progress while it works
    shot(page, "drafts-progress", full=False)
    expect(page.locator("#draft-status")).to_contain_text("2 drafts written", timeout=30_000)
    expect(page.get_by_label("Draft to Sarah Chen")).to_have_value(re.compile("Dear Sarah,"))
    expect(page.get_by_label("Draft to Michael O'Brien")).to_have_value(
        re.compile("Dear (Michael|Mr. O'Brien),")
    )
    cards = page.locator(".fc-draft:not(.fc-draft .fc-draft)")
    expect(cards).to_have_count(2)
    expect(cards.first).to_contain_text("Origin:")
    expect(cards.first).to_contain_text("timing-thank-you-late")  # its check results
    expect(cards.first.get_by_role("button", name="Copy the draft")).to_be_visible()
    with page.expect_download() as download:
        cards.first.get_by_role("button", name="Download .eml").click()
    eml = Path(download.value.path()).read_text("utf-8")
    assert "To: Sarah Chen <sarah.chen@acme.example>" in eml
    assert "X-Coach-Kind: thank_you" in eml and "Dear Sarah," in eml
    shot(page, "drafts")
    assert page.outside_requests == []


def test_bad_notes_show_a_clear_message(page: Any, app_url: str) -> None:
    open_app(page, app_url)
    page.get_by_text("Notes as YAML, or paste your own").click()
    field(page, "Paste notes (YAML or JSON)").fill("candidate: {name: Priya}\nrole: [unclosed\n")
    page.get_by_role("button", name="Use the pasted notes").click()
    alert = page.locator("#notes-status .fc-alert")
    expect(alert).to_contain_text("Could not open those notes")
    expect(alert).to_contain_text("malformed YAML")
    field(page, "Paste notes (YAML or JSON)").fill("candidate: {name: Priya}\ncolour: blue\n")
    page.get_by_role("button", name="Use the pasted notes").click()
    expect(alert).to_contain_text("colour")
    assert "Traceback" not in page.content()


def test_paste_a_bad_draft_see_highlights_and_apply_fixes(page: Any, app_url: str) -> None:
    open_app(page, app_url)
    fill_example(page)
    page.get_by_role("tab", name="3 · Critique").click()
    field(page, "Your draft").fill(BAD)
    verdict = page.locator("#critique-verdict")
    expect(verdict).to_contain_text("Not ready to send")
    marks = page.locator("#critique-highlight mark.fc-error")
    expect(marks.filter(has_text="Sara")).to_have_count(1)
    # the demand is marked whole, across the line it wraps over
    expect(marks.filter(has_text="if the job is mine")).to_have_count(1)
    expect(marks.filter(has_text="Please tell me by")).to_have_count(1)
    findings = page.locator("#critique-findings")
    for text in (
        "name-misspelled",
        "tone-demanding",
        "Replace with 'Sarah'",
        "Following Up After The Job Interview",
        "the whole message",
    ):
        expect(findings).to_contain_text(text)
    shot(page, "critique")

    page.get_by_role("button", name="Apply safe fixes").click()
    expect(page.locator("#critique-diff")).to_contain_text("Applied 1 safe fix")
    expect(field(page, "Your draft")).to_have_value(re.compile(r"Hi Sarah, thanks"))
    expect(findings).not_to_contain_text("name-misspelled")  # re-checked after the edit
    field(page, "Your draft").press("End")
    field(page, "Your draft").type("\nASAP!")
    expect(findings).to_contain_text("ASAP")  # re-checked as it is edited
    shot(page, "critique-fixed")


def test_open_an_eml_file(page: Any, app_url: str, tmp_path: Path) -> None:
    open_app(page, app_url)
    fill_example(page)
    page.get_by_role("tab", name="3 · Critique").click()
    eml = tmp_path / "reply.eml"
    eml.write_text(
        "To: Sarah Chen <sarah.chen@acme.example>\nSubject: Thanks\n"
        "Date: Fri, 20 Nov 2026 19:30:00 -0500\nX-Coach-Notes: /etc/passwd\n\n"
        "Hi Sara,\n\nThanks!\n",
        "utf-8",
    )
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Open .eml / .md / .txt…").click()
    chooser.value.set_files(str(eml))
    expect(field(page, "Your draft")).to_have_value(re.compile(r"^Subject: Thanks\n\nHi Sara"))
    expect(page.locator("#critique-findings")).to_contain_text("name-misspelled")
    expect(page.locator("#critique-verdict")).to_contain_text("to Sarah Chen")


def test_open_a_notes_file(page: Any, app_url: str) -> None:
    open_app(page, app_url)
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Open notes file…").click()
    chooser.value.set_files(str(ROOT / "examples" / "acme.yaml"))
    expect(page.locator("#notes-status")).to_contain_text("Notes complete")
    expect(field(page, "Company")).to_have_value("Acme Analytics")
    expect(field(page, "Interviewer 2: name")).to_have_value("Michael O'Brien")
    assert "Traceback" not in page.content()


LATIN1_EML = (
    "From: Priya Raman <priya@example.com>\n"
    "To: =?ISO-8859-1?Q?Siobh=E1n_Kelly?= <s.kelly@acme.example>\n"
    "Subject: Thank you for Friday's Data Analyst interview\n"
    "Date: Fri, 20 Nov 2026 19:30:00 -0500\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=ISO-8859-1\n"
    "Content-Transfer-Encoding: 8bit\n\n"
    "Dear Siobhán,\n\n"
    "Thank you for meeting me, and for the café after the interview. I enjoyed hearing about "
    "migrating dashboards from Tableau to Looker – the “weekly metrics review” too.\n\n"
    "I remain very interested in the Data Analyst role.\n\nBest regards,\nPriya Raman\n"
)


def test_open_a_latin1_eml_file(page: Any, app_url: str, tmp_path: Path) -> None:
    """An ISO-8859-1 email with 8bit bytes (windows-1252's curly quotes and dash among them)
    reads as written; what had to be guessed in a mislabelled one is said beside the result."""
    open_app(page, app_url)
    notes = (ROOT / "examples" / "acme.yaml").read_text("utf-8")
    page.get_by_text("Notes as YAML, or paste your own").click()
    field(page, "Paste notes (YAML or JSON)").fill(
        notes.replace("Sarah Chen", "Siobhán Kelly").replace("sarah.chen", "s.kelly")
    )
    page.get_by_role("button", name="Use the pasted notes").click()
    expect(page.locator("#notes-status")).to_contain_text("Notes complete")
    page.get_by_role("tab", name="3 · Critique").click()
    eml = tmp_path / "siobhan.eml"
    eml.write_bytes(LATIN1_EML.replace("\n", "\r\n").encode("cp1252"))
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Open .eml / .md / .txt…").click()
    chooser.value.set_files(str(eml))
    expect(field(page, "Your draft")).to_have_value(re.compile(r"\n\nDear Siobhán,\n"))
    verdict = page.locator("#critique-verdict")
    expect(verdict).to_contain_text("to Siobhán Kelly")
    highlight = page.locator("#critique-highlight")
    for text in ("Dear Siobhán,", "the café after", "Looker – the “weekly metrics review” too"):
        expect(highlight).to_contain_text(text)
    expect(page.locator("#critique-findings")).not_to_contain_text("name-misspelled")
    expect(verdict).not_to_contain_text("read with a guess")
    assert "Ã" not in page.locator("#critique-highlight").inner_text()
    shot(page, "critique-latin1-eml")

    mislabelled = tmp_path / "mislabelled.eml"  # says UTF-8, holds windows-1252 bytes
    mislabelled.write_bytes(LATIN1_EML.replace("=ISO-8859-1\n", "=UTF-8\n").encode("cp1252"))
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Open .eml / .md / .txt…").click()
    chooser.value.set_files(str(mislabelled))
    expect(field(page, "Your draft")).to_have_value(re.compile("\n\nDear Siobh\ufffdn,\n"))
    expect(verdict).to_contain_text("Part of mislabelled.eml was read with a guess.")
    expect(verdict).to_contain_text("The email's text is not valid 'utf-8' text; 5 characters")
    expect(verdict).not_to_contain_text("U+FFFD")
    shot(page, "critique-eml-guessed")


# True when the chat's latest question is at the top of the chat's visible area, and the answer
# below it is taller than what is left (so the chat had to choose which end to show)
LATEST_QUESTION_AT_TOP_JS = """() => {
  const wrap = document.querySelector("#coach-chat .bubble-wrap");
  const asked = wrap.querySelectorAll(".message-row.user-row");
  const answers = wrap.querySelectorAll(".message-row.bot-row");
  const question = asked[asked.length - 1].getBoundingClientRect();
  const top = question.top - wrap.getBoundingClientRect().top;
  const answer = answers[answers.length - 1].getBoundingClientRect().height;
  return top >= -1 && top < 40 && answer > wrap.clientHeight - top;
}"""


def ask_when_to_follow_up(page: Any, app_url: str) -> Any:
    """Open the app with the example notes, ask the chat about timing; returns the chat."""
    open_app(page, app_url)
    fill_example(page)
    page.get_by_role("tab", name="4 · Coach chat").click()
    field(page, "Your question").fill("When should I follow up with Sarah?")
    page.get_by_role("button", name="Ask").click()
    chat = page.locator("#coach-chat")
    expect(chat).to_contain_text("From Monday 30 November: send a check-in to Sarah Chen")
    return chat


def test_ask_the_coach(page: Any, app_url: str) -> None:
    chat = ask_when_to_follow_up(page, app_url)
    expect(chat).to_contain_text("timing-check-in-early")
    expect(chat).to_contain_text("004 Continue Follow Ups")
    shot(page, "chat-timing", full=False)
    field(page, "Your question").fill("Is this too pushy?\n" + BAD.split("---\n", 2)[2])
    page.get_by_role("button", name="Ask").click()
    expect(chat).to_contain_text("it reads as pushy")
    expect(chat).to_contain_text("tone-demanding")
    page.get_by_role("button", name="Write a thank-you note").click()
    expect(chat).to_contain_text("To Sarah Chen", timeout=30_000)
    # the drafted answer is taller than the chat: it is shown from its start, the question
    # above it in sight, not from its last line with the verdict scrolled away
    # (after gradio's own scroll to the end, 300 ms after each update, has had its turn)
    page.wait_for_timeout(2_500)
    assert page.evaluate(LATEST_QUESTION_AT_TOP_JS)
    shot(page, "chat")


def test_next_steps_and_calendar(page: Any, app_url: str) -> None:
    open_app(page, app_url)
    fill_example(page)
    page.get_by_role("tab", name="5 · Next steps").click()
    plan = page.locator("#plan")
    expect(plan).to_contain_text("Next:")
    expect(plan).to_contain_text("Check-in to Sarah Chen")
    expect(plan).to_contain_text("Mon 30 Nov 2026, 09:00")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download calendar (.ics)").click()
    assert b"BEGIN:VEVENT" in Path(download.value.path()).read_bytes()
    shot(page, "next-steps")
    page.get_by_role("button", name="Draft the next message").click()
    expect(field(page, "Message kind")).to_have_value("Sending materials")


def test_mark_a_due_message_as_sent(page: Any, app_url: str, history_db: Path) -> None:
    from coach.history import entries

    open_app(page, app_url)
    fill_example(page)
    page.get_by_role("tab", name="5 · Next steps").click()
    label = "Thank-you note to Sarah Chen"
    row = page.locator("#plan tbody tr").filter(has=page.get_by_role("rowheader", name=label))
    expect(row).to_contain_text("Overdue")
    expect(marker(page, f"{label}: Fri 20 Nov 2026, 19:30")).to_have_attribute(
        "fill", COLOURS["overdue"]
    )
    shot(page, "mark-as-sent-before")
    pick(page, "Message you have sent", label)
    page.get_by_role("button", name="Mark as sent").click()
    expect(page.get_by_text(f"{label} recorded as sent Sun 22 Nov 2026, 11:00.")).to_be_visible()
    expect(row).to_contain_text("Sent")
    expect(row).to_contain_text("sent Sun 22 Nov 2026, 11:00")
    expect(marker(page, f"{label}: Sun 22 Nov 2026, 11:00")).to_have_attribute(
        "fill", COLOURS["done"]
    )
    shot(page, "mark-as-sent")
    # the history log (this test's own) now lists it, and the dropdown no longer offers it
    logged = [(e.kind, e.to, e.sent_at.isoformat()) for e in entries(history_db)]
    assert logged == [("thank_you", "Sarah Chen", "2026-11-22T11:00:00-05:00")]
    box = field(page, "Message you have sent")
    box.click()
    expect(page.get_by_role("option", name="Thank-you note to Michael O'Brien")).to_be_visible()
    expect(page.get_by_role("option", name=label, exact=True)).to_have_count(0)
    box.press("Escape")
    # it is read from the log: a reload shows the plan with it sent
    page.reload()
    expect(page.locator("#notes-status")).to_contain_text("Notes complete")
    page.get_by_role("tab", name="5 · Next steps").click()
    expect(row).to_contain_text("sent Sun 22 Nov 2026, 11:00")


def test_save_notes_as_yaml_and_json(page: Any, app_url: str) -> None:
    open_app(page, app_url)
    fill_example(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Save as YAML").click()
    assert download.value.suggested_filename == "notes-acme-analytics.yaml"
    data = yaml.safe_load(Path(download.value.path()).read_text("utf-8"))
    assert data["interviewers"][1]["name"] == "Michael O'Brien"
    assert data["interview"]["start"] == "2026-11-20T14:00:00-05:00"
    with page.expect_download() as download:
        page.get_by_role("button", name="Save as JSON").click()
    assert download.value.suggested_filename == "notes-acme-analytics.json"


def test_every_input_has_a_label(page: Any, app_url: str) -> None:
    open_app(page, app_url)
    fill_example(page)
    page.get_by_role("tab", name="2 · Drafts").click()
    page.get_by_role("button", name="Write drafts").click()
    expect(page.locator("#draft-status")).to_contain_text(WRITTEN, timeout=30_000)
    page.get_by_role("tab", name="1 · Notes").click()
    for section, add in (
        ("Messages already sent", "+ Add a sent message"),
        ("More: channel, country, promised materials", "+ Add promised material"),
        ("Notes as YAML, or paste your own", None),
    ):
        page.get_by_text(section).click()
        if add:
            page.get_by_role("button", name=add).click()
    unlabelled: list[str] = []
    seen = 0
    for tab in ("1 · Notes", "2 · Drafts", "3 · Critique", "4 · Coach chat", "5 · Next steps"):
        page.get_by_role("tab", name=tab).click()
        page.wait_for_timeout(300)
        inputs = page.evaluate(LABELS_JS)
        seen += len(inputs)
        unlabelled += [f"{tab}: {i['html']}" for i in inputs if not i["name"].strip()]
    assert seen > 40
    assert unlabelled == []
    names = page.evaluate(
        "() => Array.from(document.querySelectorAll('button'))"
        ".filter(b => b.getClientRects().length && !(b.innerText.trim() || "
        "b.getAttribute('aria-label') || b.title)).map(b => b.outerHTML)"
    )
    assert names == []


@pytest.fixture(scope="module")
def broken_model_url() -> Any:
    from coach.backends import FakeBackend
    from coach.errors import ModelUnavailable

    failing = FakeBackend(
        *[ModelUnavailable("embedded model server", "not healthy within 60 s") for _ in range(5)]
    )
    demo, url = start_app(backend=failing)
    yield url
    demo.close()


def test_an_unavailable_model_is_a_message_not_a_stack_trace(
    page: Any, broken_model_url: str
) -> None:
    open_app(page, broken_model_url)
    fill_example(page)
    page.get_by_role("tab", name="2 · Drafts").click()
    page.get_by_role("button", name="Write drafts").click()
    status = page.locator("#draft-status")
    expect(status).to_contain_text("The model is unavailable")
    expect(status).to_contain_text("not healthy within 60 s")
    assert "Traceback" not in page.content()
    shot(page, "drafts-model-unavailable", full=False)
