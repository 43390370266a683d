"""The tab kept across a reload: which tab was open is stored in the browser, and after a
reload the page opens it again, unless the person has meanwhile picked another; then theirs is
the one kept."""

from __future__ import annotations

from typing import Any

TABS = ("notes", "drafts", "critique", "chat", "next")

# Run in the browser when the kept tab arrives after a reload: a tab the person picked while
# the page was restoring (any but the Notes tab the page opens on) is theirs, and stays. Its
# id is returned, to be kept (`picked`): a tab picked before the page was ready was not.
# Then the page is marked (data-fc-tab-restored on <body>): nothing after this moves the tab.
TAB_JS = """(tab) => {
  const on = document.querySelector("#fc-tabs [role=tab][aria-selected=true]");
  const mine = on && on.dataset.tabId !== "notes" ? on.dataset.tabId : "";
  if (tab && !mine) {
    document.querySelector(`#fc-tabs [role=tab][data-tab-id="${tab}"]`)?.click();
  }
  document.body.dataset.fcTabRestored = tab || "none";
  return [mine];
}"""


def picked(tab: Any) -> Any:
    """The tab the person picked while the page was restoring, to keep; else nothing."""
    import gradio as gr

    return tab if tab in TABS and tab != "notes" else gr.skip()
