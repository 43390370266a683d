"""The Drafts tab's state kept in the browser across a reload: the drafts with the user's edits,
the tab's choices (kind, recipient, send time), the tab picked and a drafting run under way.

Only what the page needs to show them again is kept: a download is made from the box's text
when its button is pressed (ui/draft_download.py), so no file is written on restoring.
"""

from __future__ import annotations

from typing import Any

from coach.models import Draft

DRAFTS_KEY = "follow-up-coach-drafts"  # the written drafts and the user's edits to them
VIEW_KEY = "follow-up-coach-view"  # the Drafts tab's kind, recipient and send time
TAB_KEY = "follow-up-coach-tab"  # the selected tab
RUN_KEY = "follow-up-coach-run"  # a drafting run under way: its kind, recipient, send time
VIEW_FIELDS = ("kind", "to", "send")


def drafts_saved(items: Any) -> list[dict[str, Any]]:
    """The drafts as kept in the browser: each draft and the text in its box."""
    kept = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("draft"), dict):
            kept.append({"draft": item["draft"], "text": item.get("text") or ""})
    return kept


def drafts_restored(saved: Any) -> list[dict[str, Any]] | None:
    """The kept drafts to show again; None when nothing (or something malformed) is kept."""
    if not isinstance(saved, list) or not saved:
        return None
    items = []
    for entry in saved:
        try:
            Draft.model_validate(entry["draft"])
        except (TypeError, KeyError, ValueError):
            return None
        text = entry.get("text") if isinstance(entry.get("text"), str) else ""
        items.append({"draft": entry["draft"], "text": text})
    return items


def view_saved(current: Any, **changes: str) -> dict[str, str]:
    """The view kept in the browser, with `changes` applied."""
    view = {k: "" for k in VIEW_FIELDS}
    if isinstance(current, dict):
        view.update({k: v for k, v in current.items() if k in view and isinstance(v, str)})
    view.update({k: v if isinstance(v, str) else "" for k, v in changes.items() if k in view})
    return view


def run_restored(saved: Any) -> bool:
    """A kept run (one the reload interrupted) of the right shape."""
    return isinstance(saved, dict) and all(
        isinstance(saved.get(k), str) for k in ("kind", "to", "send")
    )


def view_restored(saved: Any) -> dict[str, str] | None:
    if not isinstance(saved, dict):
        return None
    view = view_saved(saved)
    return view if any(view.values()) else None
