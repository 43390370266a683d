"""Open notes file with a Markdown file: the examples folder's .md files are messages, and a
person opens them here expecting notes. One whose notes are inline (as Download .md saves a
draft) fills the form; one whose notes are elsewhere says where, in the notes' status, and
leaves the form as it was. (The page refused any .md with a passing toast naming only the
file types, and the status went on saying the notes were complete.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import expect
from test_app import field, open_app
from ui_harness import ROOT, shot

pytestmark = pytest.mark.browser


def open_notes(page: Any, path: Path) -> None:
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Open notes file…").click()
    assert ".md" in (chooser.value.element.get_attribute("accept") or "")  # not greyed out
    chooser.value.set_files(str(path))


def test_a_markdown_message_opened_as_notes(page: Any, app_url: str, tmp_path: Path) -> None:
    open_app(page, app_url)
    open_notes(page, ROOT / "examples" / "thank-you-sarah.md")
    alert = page.locator("#notes-status .fc-alert")
    expect(alert).to_contain_text("Could not open those notes")
    expect(alert).to_contain_text("thank-you-sarah.md")
    expect(alert).to_contain_text("acme.yaml")
    expect(alert).to_contain_text("Critique")
    expect(field(page, "Company")).to_have_value("")
    shot(page, "notes-markdown-message", full=False)

    notes = yaml.safe_load((ROOT / "examples" / "acme.yaml").read_text("utf-8"))
    front = yaml.safe_dump({"kind": "thank_you", "to": "Sarah Chen", "notes": notes})
    carried = tmp_path / "thank-you-sarah-chen.md"
    carried.write_text(f"---\n{front}---\nSubject: Thanks\n\nDear Sarah,\n", "utf-8")
    open_notes(page, carried)
    expect(page.locator("#notes-status")).to_contain_text("Notes complete")
    expect(field(page, "Company")).to_have_value("Acme Analytics")
    expect(field(page, "Interviewer 2: name")).to_have_value("Michael O'Brien")
