"""Issue 12, "no lost work": what a new user does in the first ten minutes, in headless Chromium.

Open the app's own saved notes, download an edited draft, reload mid-way, press the buttons
that overwrite the form.
"""

from __future__ import annotations

import email
import re
from email import policy
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from test_app import field, fill_example, open_app, pick, write_drafts
from ui_harness import ROOT, WRITTEN, decline_next, saved, shot, stored

from ui.drafts_kept import DRAFTS_KEY

pytestmark = pytest.mark.browser


def test_open_the_apps_own_saved_yaml_and_json_and_a_broken_file(
    page: Any, app_url: str, tmp_path: Path
) -> None:
    open_app(page, app_url)
    fill_example(page)
    saved = {}
    for fmt in ("YAML", "JSON"):
        with page.expect_download() as download:
            page.get_by_role("button", name=f"Save as {fmt}").click()
        path = tmp_path / download.value.suggested_filename
        download.value.save_as(path)
        saved[fmt] = path
    for fmt, path in saved.items():
        page.once("dialog", lambda d: d.accept())
        page.get_by_role("button", name="Clear the form").click()
        expect(field(page, "Company")).to_have_value("")
        # the page has read the now empty form: opening a file asks nothing
        expect(page.locator("#notes-status")).to_contain_text("Fill in your interview below")
        with page.expect_file_chooser() as chooser:
            page.get_by_role("button", name="Open notes file…").click()
        chooser.value.set_files(str(path))
        expect(page.locator("#notes-status")).to_contain_text("Notes complete")
        expect(field(page, "Company")).to_have_value("Acme Analytics")
        expect(field(page, "Interviewer 2: name")).to_have_value("Michael O'Brien")
        assert fmt and path.suffix in (".yaml", ".json")
    broken = tmp_path / "broken.yaml"
    broken.write_text("candidate: {name: Priya\nrole: [unclosed\n", "utf-8")
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Open notes file…").click()
    chooser.value.set_files(str(broken))
    alert = page.locator("#notes-status .fc-alert")
    expect(alert).to_contain_text("Could not open those notes")
    expect(alert).to_contain_text("broken.yaml")
    expect(field(page, "Company")).to_have_value("Acme Analytics")  # the form is untouched
    assert "Traceback" not in page.content()


def test_download_eml_holds_the_edited_text(page: Any, app_url: str) -> None:
    open_app(page, app_url)
    fill_example(page)
    box = write_drafts(page)
    expect(box).to_have_value(re.compile("Dear Sarah,"))
    box.press("End")
    box.type("\nP.S. I will send the Looker samples on Monday.")
    page.wait_for_timeout(800)  # the edit reaches the server, which writes the file again
    card = page.locator(".fc-draft:not(.fc-draft .fc-draft)").first
    with page.expect_download() as download:
        card.get_by_role("button", name="Download .eml").click()
    assert download.value.suggested_filename == "thank-you-sarah-chen.eml"
    msg = email.message_from_bytes(Path(download.value.path()).read_bytes(), policy=policy.default)
    body = msg.get_body(("plain",)).get_content()
    assert "P.S. I will send the Looker samples on Monday." in body
    assert msg["To"] == "Sarah Chen <sarah.chen@acme.example>"
    assert msg["Subject"] and "Subject:" not in body


def test_a_reload_keeps_drafts_edits_tab_and_choices(page: Any, app_url: str) -> None:
    open_app(page, app_url)
    fill_example(page)
    page.get_by_role("tab", name="2 · Drafts").click()
    pick(page, "Recipient", "Sarah Chen")
    box = write_drafts(page)
    box.press("End")
    before = stored(page, DRAFTS_KEY)
    box.type("\nP.S. Edited by me.")
    saved(page, DRAFTS_KEY, before)  # the edit reaches the browser's storage
    page.reload()
    expect(page.locator("#notes-status")).to_contain_text("Notes complete")
    box = page.get_by_label("Draft to Sarah Chen")
    expect(box).to_be_visible(timeout=20_000)  # the Drafts tab is the one shown again
    expect(box).to_have_value(re.compile(r"P\.S\. Edited by me\.\n?$"))
    expect(field(page, "Message kind")).to_have_value("Thank-you note")
    expect(field(page, "Recipient")).to_have_value("Sarah Chen")
    shot(page, "drafts-after-reload", full=False)


def typed_by_hand(page: Any, app_url: str) -> list[str]:
    """A form with a field the person typed (Company: Globex), and the page's next dialog set
    to be answered No; the list gets the dialog's question."""
    open_app(page, app_url)
    fill_example(page)
    field(page, "Company").fill("Globex")
    expect(page.locator("#banner")).to_contain_text("Globex")
    asked: list[str] = []
    decline_next(page, asked)
    return asked


def test_fill_in_an_example_asks_first_on_a_filled_form(page: Any, app_url: str) -> None:
    asked = typed_by_hand(page, app_url)
    page.get_by_role("button", name="Fill in an example").click()
    page.wait_for_timeout(800)
    assert asked and asked[0].startswith("Replace your notes with the example?")
    expect(field(page, "Company")).to_have_value("Globex")  # nothing was overwritten
    decline_next(page, asked)
    page.get_by_role("button", name="Clear the form").click()
    page.wait_for_timeout(800)
    assert asked[1].startswith("Clear every field")
    expect(field(page, "Company")).to_have_value("Globex")
    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Fill in an example").click()
    expect(field(page, "Company")).to_have_value("Acme Analytics")


def test_a_reload_mid_draft_starts_the_run_again(page: Any, app_url: str) -> None:
    open_app(page, app_url)
    fill_example(page)
    page.get_by_role("tab", name="2 · Drafts").click()
    pick(page, "Message kind", "Thank-you note")
    page.get_by_role("button", name="Write drafts").click()
    expect(page.locator("#draft-status .fc-progress")).to_be_visible()
    page.wait_for_timeout(300)  # the run is kept in the browser as it starts
    page.reload()
    expect(page.locator("#notes-status")).to_contain_text("Notes complete", timeout=20_000)
    page.get_by_role("tab", name="2 · Drafts").click()
    expect(page.locator("#draft-status")).to_contain_text(WRITTEN, timeout=30_000)
    expect(page.get_by_label("Draft to Sarah Chen")).to_have_value(re.compile("Dear Sarah,"))
    page.wait_for_timeout(800)
    page.reload()  # finished: a second reload starts nothing, and keeps the drafts
    expect(page.get_by_label("Draft to Sarah Chen")).to_have_value(
        re.compile("Dear Sarah,"), timeout=20_000
    )
    page.wait_for_timeout(1500)
    expect(page.locator("#draft-status .fc-progress")).to_have_count(0)


def test_opening_a_notes_file_asks_first_on_a_filled_form(
    page: Any, app_url: str, tmp_path: Path
) -> None:
    """A form typed by hand is not replaced by an opened file (or pasted notes) unless the
    user says yes, as with Fill in an example and Clear."""
    other = tmp_path / "initech.yaml"
    other.write_text(
        (ROOT / "examples" / "acme.yaml").read_text("utf-8").replace("Acme Analytics", "Initech"),
        "utf-8",
    )
    asked = typed_by_hand(page, app_url)
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Open notes file…").click()
    chooser.value.set_files(str(other))
    page.wait_for_timeout(1500)
    assert asked and asked[0].startswith("Replace your notes with initech.yaml?")
    expect(field(page, "Company")).to_have_value("Globex")  # nothing was overwritten
    shot(page, "open-file-declined", full=False)

    page.get_by_text("Notes as YAML, or paste your own").click()
    field(page, "Paste notes (YAML or JSON)").fill(other.read_text("utf-8"))
    decline_next(page, asked)
    page.get_by_role("button", name="Use the pasted notes").click()
    page.wait_for_timeout(1500)
    assert len(asked) == 2 and asked[1].startswith("Replace your notes with the pasted notes?")
    expect(field(page, "Company")).to_have_value("Globex")

    page.once("dialog", lambda d: d.accept())
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Open notes file…").click()
    chooser.value.set_files(str(other))
    expect(field(page, "Company")).to_have_value("Initech")
    expect(page.locator("#banner")).to_contain_text("Initech")


def test_write_drafts_asks_before_replacing_an_edited_draft(page: Any, app_url: str) -> None:
    """A person who edited a draft and presses Write drafts again (for another kind, or to see
    another wording) is asked first: the new drafts used to replace the edit without a word."""
    open_app(page, app_url)
    fill_example(page)
    box = write_drafts(page)
    box.press("End")
    box.type("\nP.S. Mine.")
    card = page.locator(".fc-draft:not(.fc-draft .fc-draft)").first
    expect(card).to_contain_text("Edited by you")
    asked: list[str] = []
    decline_next(page, asked)
    page.get_by_role("button", name="Write drafts").click()
    page.wait_for_timeout(1500)
    assert asked and asked[0].startswith("Write new drafts? Your edits to the draft to Sarah Chen")
    expect(page.locator("#draft-status .fc-progress")).to_have_count(0)  # nothing was started
    expect(box).to_have_value(re.compile(r"P\.S\. Mine\.\n?$"))
    shot(page, "rewrite-declined", full=False)
    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Write drafts").click()
    expect(page.get_by_label("Draft to Sarah Chen")).not_to_have_value(
        re.compile("P.S. Mine"), timeout=30_000
    )


def test_draft_the_next_message_asks_before_replacing_an_edited_draft(
    page: Any, app_url: str
) -> None:
    """The Next steps tab's "Draft the next message" writes drafts too: after editing one, a
    person pressing it is asked first, as Write drafts asks, and a No keeps the edit."""
    open_app(page, app_url)
    fill_example(page)
    box = write_drafts(page)
    box.press("End")
    box.type("\nP.S. Mine.")
    expect(page.locator(".fc-draft-head[data-fc-edited]")).to_have_count(1)
    page.get_by_role("tab", name="5 · Next steps").click()
    expect(page.locator("#plan")).to_contain_text("Next:")
    asked: list[str] = []
    decline_next(page, asked)
    page.get_by_role("button", name="Draft the next message").click()
    page.wait_for_timeout(2500)
    assert asked and asked[0].startswith("Write new drafts? Your edits to the draft to Sarah Chen")
    expect(page.locator("#draft-status .fc-progress")).to_have_count(0)  # nothing was started
    expect(page.get_by_label("Draft to Sarah Chen")).to_have_value(re.compile(r"P\.S\. Mine\.\n?$"))


def test_opening_an_email_in_critique_asks_before_replacing_a_typed_draft(
    page: Any, app_url: str, tmp_path: Path
) -> None:
    """A draft typed into Critique is not replaced by an opened .eml unless the user says yes;
    a No keeps every word and says the file was not opened."""
    eml = tmp_path / "saved.eml"
    eml.write_text(
        "To: Sarah Chen <sarah.chen@acme.example>\nSubject: Thanks\n"
        "Date: Fri, 20 Nov 2026 19:30:00 -0500\n\nHi Sara,\n\nThanks!\n",
        "utf-8",
    )
    open_app(page, app_url)
    fill_example(page)
    page.get_by_role("tab", name="3 · Critique").click()
    mine = "Dear Sarah,\n\nMy own words, typed with care.\n\nPriya"
    field(page, "Your draft").fill(mine)
    asked: list[str] = []
    decline_next(page, asked)
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Open .eml / .md / .txt…").click()
    chooser.value.set_files(str(eml))
    expect(page.locator("#critique-note")).to_contain_text("the file was not opened")
    assert asked == ["Replace your draft with saved.eml? The text in the draft box now is lost."]
    expect(field(page, "Your draft")).to_have_value(mine)

    page.once("dialog", lambda d: d.accept())
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Open .eml / .md / .txt…").click()
    chooser.value.set_files(str(eml))
    expect(field(page, "Your draft")).to_have_value(re.compile(r"^Subject: Thanks\n\nHi Sara"))
    expect(page.locator("#critique-note")).to_contain_text("Opened saved.eml")


def test_check_it_in_critique_asks_before_replacing_a_typed_draft(page: Any, app_url: str) -> None:
    """Check it in Critique over a draft the user typed there asks first; over a copy of
    another written draft (still in its Drafts box) it does not, since nothing is lost."""
    open_app(page, app_url)
    fill_example(page)
    write_drafts(page)
    page.get_by_role("tab", name="3 · Critique").click()
    mine = "Dear Sarah,\n\nMy own words, typed with care.\n\nPriya"
    field(page, "Your draft").fill(mine)
    page.get_by_role("tab", name="2 · Drafts").click()
    cards = page.locator(".fc-draft:not(.fc-draft .fc-draft)")
    asked: list[str] = []
    decline_next(page, asked)
    cards.first.get_by_role("button", name="Check it in Critique").click()
    page.wait_for_timeout(1500)
    assert asked == [
        "Replace the draft in Critique with this one? The text in the draft box now is lost."
    ]
    page.get_by_role("tab", name="3 · Critique").click()
    expect(field(page, "Your draft")).to_have_value(mine)

    page.get_by_role("tab", name="2 · Drafts").click()
    page.once("dialog", lambda d: d.accept())
    cards.first.get_by_role("button", name="Check it in Critique").click()
    expect(field(page, "Your draft")).to_have_value(re.compile(r"^Subject: .*\n\nDear Sarah,"))
    page.get_by_role("tab", name="2 · Drafts").click()
    decline_next(page, asked)  # a second question would be answered No, and fail below
    cards.nth(1).get_by_role("button", name="Check it in Critique").click()
    expect(field(page, "Your draft")).to_have_value(re.compile(r"\n\nDear (Michael|Mr\. O'Brien),"))
    assert len(asked) == 1
