"""A file over the page's 1 MB limit, opened on the Notes or the Critique tab, is said in the
status beside the button, naming the file and the limit, and nothing typed changes. (Gradio only
showed a toast that faded, "File(s) exceed the maximum allowed size of 1.0 Mb", away from the
button, and the Notes status went on listing the form's missing fields.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from test_app import field, open_app
from ui_harness import ROOT, shot

pytestmark = pytest.mark.browser


def big_file(folder: Path, name: str, head: str) -> Path:
    path = folder / name
    path.write_text(head + "# a long export, padded out\n" * 50_000, "utf-8")  # 1.3 MB
    assert path.stat().st_size > 1024 * 1024
    return path


def choose(page: Any, button: str, path: Path) -> None:
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name=button).click()
    chooser.value.set_files(str(path))


def test_a_notes_file_over_1_mb_is_named_beside_the_button(
    page: Any, app_url: str, tmp_path: Path
) -> None:
    open_app(page, app_url)
    field(page, "Your name").fill("Tomasz Wielgus")
    field(page, "Role").fill("Field Technician")
    too_big = big_file(tmp_path, "kestrel-export.yaml", "candidate: {name: Tomasz Wielgus}\n")
    choose(page, "Open notes file…", too_big)
    status = page.locator("#notes-status .fc-alert")
    expect(status).to_contain_text("kestrel-export.yaml is 1.3 MB")
    expect(status).to_contain_text("at most 1 MB")
    expect(page.locator(".toast-body")).to_have_count(0)
    expect(field(page, "Your name")).to_have_value("Tomasz Wielgus")
    expect(field(page, "Role")).to_have_value("Field Technician")
    shot(page, "notes-file-too-big", full=False)

    # a file within the limit still opens after it (the page asks before replacing the form)
    page.once("dialog", lambda dialog: dialog.accept())
    choose(page, "Open notes file…", ROOT / "examples" / "acme.yaml")
    expect(field(page, "Your name")).to_have_value("Priya Raman")
    expect(page.locator("#notes-status")).not_to_contain_text("kestrel-export.yaml")


def test_a_draft_file_over_1_mb_is_named_and_the_draft_kept(
    page: Any, app_url: str, tmp_path: Path
) -> None:
    open_app(page, app_url)
    page.get_by_role("tab", name="3 · Critique").click()
    draft = page.locator("#critique-draft textarea")
    draft.fill("Dear Ines,\n\nThank you for the tour of the depot.\n\nTomasz")
    choose(page, "Open .eml / .md / .txt…", big_file(tmp_path, "long-thread.txt", "Hi Ines,\n"))
    note = page.locator("#critique-note .fc-alert")
    expect(note).to_contain_text("long-thread.txt is 1.3 MB")
    expect(note).to_contain_text("at most 1 MB")
    expect(page.locator(".toast-body")).to_have_count(0)
    expect(draft).to_have_value("Dear Ines,\n\nThank you for the tour of the depot.\n\nTomasz")
