"""The Notes tab: a labelled form for the interview notes, with rows of interviewers, promised
materials and messages already sent that the user adds and removes.

Rows are a fixed number of slots shown or hidden (not components created on the fly), so every
input exists, and is labelled, from the first paint, and a reload restores them exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gradio as gr

from coach.models import Channel, Kind, Notes
from ui import form as F
from ui.notes_files import from_notes, parse_notes_text
from ui.timefields import zone_choices

KIND_CHOICES = [(label, kind.value) for kind, label in F.KIND_LABELS.items()]
STAGE_CHOICES = [(label, stage.value) for stage, label in F.STAGE_LABELS.items()]
CHANNEL_CHOICES = [c.value for c in Channel]
ROW_TITLES = {"interviewers": "Interviewer", "materials": "Material", "history": "Sent message"}


@dataclass
class NotesTab:
    fields: dict[str, Any] = field(default_factory=dict)
    counts: dict[str, Any] = field(default_factory=dict)
    rows: dict[str, list[Any]] = field(default_factory=dict)
    adds: dict[str, Any] = field(default_factory=dict)
    removes: dict[str, list[Any]] = field(default_factory=dict)
    status: Any = None
    yaml_view: Any = None
    save_payload: Any = None
    upload: Any = None
    example: Any = None
    clear: Any = None
    save_yaml: Any = None
    save_json: Any = None
    paste: Any = None
    use_paste: Any = None
    sync: Any = None

    @property
    def inputs(self) -> list[Any]:
        """Every field then the row counts: the order `values_of` reads."""
        return [self.fields[k] for k in F.FIELD_KEYS] + [self.counts[g] for g in F.GROUPS]

    @property
    def row_outputs(self) -> list[Any]:
        return [row for g in F.GROUPS for row in self.rows[g]]


def values_of(args: tuple[Any, ...] | list[Any]) -> F.FormValues:
    keys = [*F.FIELD_KEYS, *(F.COUNT_KEYS[g] for g in F.GROUPS)]
    values = dict(zip(keys, args, strict=True))
    for g in F.GROUPS:
        values[F.COUNT_KEYS[g]] = int(values[F.COUNT_KEYS[g]] or 0)
    return values


def fill(values: F.FormValues, *, only_changes: bool = False) -> list[Any]:
    """Outputs for `inputs + row_outputs` that put `values` on the page. With `only_changes`
    (restoring into a fresh page), fields still at their first value are left alone, so they
    fire no change event."""
    blank = F.empty_form()
    base = dict(blank)
    base.update({k: v for k, v in (values or {}).items() if k in base})
    out: list[Any] = [
        gr.skip() if only_changes and _cell(k, base[k]) == _cell(k, blank[k]) else _cell(k, base[k])
        for k in F.FIELD_KEYS
    ]
    out += [int(base[F.COUNT_KEYS[g]] or 0) for g in F.GROUPS]
    out += visibility(base)
    return out


def _cell(key: str, value: Any) -> Any:
    """Blank dropdowns without a blank choice take None; the rest take text."""
    if key.startswith("hist") and key.endswith(("_kind", "_to")):
        return value or None
    if key.startswith("hist") and key.endswith("_channel"):
        return value or "email"
    return "" if value is None else value


def visibility(values: F.FormValues) -> list[Any]:
    out = []
    for group, (_, _, limit) in F.GROUPS.items():
        shown = int(values.get(F.COUNT_KEYS[group]) or 0)
        out += [gr.update(visible=i < shown) for i in range(limit)]
    return out


def _row(tab: NotesTab, group: str, index: int, names: list[str]) -> None:
    title = ROW_TITLES[group]
    n = index + 1
    keys = F.row_keys(group, index)
    with gr.Row(visible=False, elem_classes=["fc-row"]) as row:
        if group == "interviewers":
            tab.fields[keys[0]] = gr.Textbox(
                label=f"{title} {n}: name", scale=3, placeholder="e.g. Sarah Chen"
            )
            tab.fields[keys[1]] = gr.Dropdown(
                F.HONORIFICS, value="", label=f"{title} {n}: honorific", scale=2, min_width=150
            )
            tab.fields[keys[2]] = gr.Textbox(
                label=f"{title} {n}: job title", scale=3, placeholder="e.g. Analytics Manager"
            )
            tab.fields[keys[3]] = gr.Textbox(
                label=f"{title} {n}: email", scale=3, placeholder="e.g. sarah.chen@acme.example"
            )
            tab.fields[keys[4]] = gr.Textbox(
                label=f"{title} {n}: also called", scale=2, placeholder="e.g. Sam (optional)"
            )
        elif group == "materials":
            tab.fields[keys[0]] = gr.Textbox(
                label=f"{title} {n}: what you promised",
                scale=4,
                placeholder="e.g. three references",
            )
            tab.fields[keys[1]] = gr.Textbox(
                label=f"{title} {n}: promised by", scale=3, placeholder="YYYY-MM-DD HH:MM"
            )
        else:
            tab.fields[keys[0]] = gr.Dropdown(
                KIND_CHOICES, value=None, label=f"{title} {n}: kind", scale=3
            )
            tab.fields[keys[1]] = gr.Dropdown(
                CHANNEL_CHOICES, value="email", label=f"{title} {n}: channel", scale=2
            )
            tab.fields[keys[2]] = gr.Dropdown(
                names, value=None, allow_custom_value=True, label=f"{title} {n}: to", scale=3
            )
            tab.fields[keys[3]] = gr.Textbox(
                label=f"{title} {n}: sent at", scale=3, placeholder="YYYY-MM-DD HH:MM"
            )
        remove = gr.Button(
            "Remove",
            size="sm",
            variant="secondary",
            scale=0,
            min_width=90,
            elem_classes=["fc-remove"],
        )
    tab.rows[group].append(row)
    tab.removes[group].append(remove)


def _group(tab: NotesTab, group: str, add_label: str) -> None:
    tab.rows[group], tab.removes[group] = [], []
    for i in range(F.GROUPS[group][2]):
        _row(tab, group, i, [])
    tab.adds[group] = gr.Button(add_label, size="sm", elem_classes=["fc-add-row"])


def build() -> NotesTab:
    """Lay out the Notes tab (inside the caller's gr.Tab)."""
    tab = NotesTab()
    tab.counts = {g: gr.State(F.empty_form()[F.COUNT_KEYS[g]]) for g in F.GROUPS}
    with gr.Row(elem_classes=["fc-toolbar"]):
        tab.upload = gr.UploadButton(
            "Open notes file…",
            file_types=[".yaml", ".yml", ".json", ".md"],
            size="sm",
            elem_id="notes-open",
        )
        tab.save_yaml = gr.Button("Save as YAML", size="sm")
        tab.save_json = gr.Button("Save as JSON", size="sm")
        tab.example = gr.Button("Fill in an example", size="sm")
        tab.clear = gr.Button("Clear the form", size="sm", variant="stop")
    tab.status = gr.HTML(elem_id="notes-status")
    tab.save_payload = gr.Textbox(visible=False, label="Notes to save")
    tab.sync = gr.Button("Read the notes", visible="hidden", elem_id="fc-sync")
    f = tab.fields
    with gr.Group(elem_classes=["fc-section"]):
        gr.Markdown("### The interview")
        with gr.Row():
            f["candidate"] = gr.Textbox(label="Your name", placeholder="e.g. Priya Raman")
            f["company"] = gr.Textbox(label="Company", placeholder="e.g. Acme Analytics")
            f["company_aliases"] = gr.Textbox(
                label="Company also called", placeholder="optional, e.g. Acme"
            )
        with gr.Row():
            f["role"] = gr.Textbox(label="Role", placeholder="e.g. Data Analyst", scale=2)
            f["stage"] = gr.Dropdown(STAGE_CHOICES, value="interviewed", label="Stage", scale=1)
        with gr.Row():
            f["date"] = gr.Textbox(
                label="Interview date", placeholder="YYYY-MM-DD", info="the day you interviewed"
            )
            f["start"] = gr.Textbox(
                label="Start time", placeholder="e.g. 14:00", info="24-hour or 2 pm"
            )
            f["end"] = gr.Textbox(
                label="End time", placeholder="e.g. 15:00", info="optional: one hour by default"
            )
            f["zone"] = gr.Dropdown(
                zone_choices(),
                value="",
                allow_custom_value=True,
                label="Time zone",
                info="UTC offset or city, where you interviewed",
            )
    with gr.Group(elem_classes=["fc-section"]):
        gr.Markdown("### Interviewers\nOne row each; names are checked letter by letter.")
        _group(tab, "interviewers", "+ Add interviewer")
    with gr.Group(elem_classes=["fc-section"]):
        gr.Markdown("### What you discussed")
        f["details"] = gr.Textbox(
            label="Details discussed",
            lines=3,
            info="One per line: each note should mention one of them",
            placeholder="e.g. migrating dashboards from Tableau to Looker",
        )
    with gr.Group(elem_classes=["fc-section"]):
        gr.Markdown("### Their timeline")
        f["said"] = gr.Textbox(
            label="What they said about timing",
            placeholder="e.g. We hope to decide by Friday, November 27.",
        )
        with gr.Row():
            f["decision_by"] = gr.Textbox(label="Decision expected by", placeholder="YYYY-MM-DD")
            f["no_contact_before"] = gr.Textbox(
                label="Asked not to be contacted before", placeholder="YYYY-MM-DD (optional)"
            )
            f["contact_on"] = gr.Textbox(
                label="Invited contact on", placeholder="YYYY-MM-DD (optional)"
            )
    with gr.Accordion("Messages already sent", open=False, elem_classes=["fc-section"]):
        gr.Markdown("Times are in the interview's time zone unless you add an offset.")
        _group(tab, "history", "+ Add a sent message")
    with gr.Accordion(
        "More: channel, country, promised materials", open=False, elem_classes=["fc-section"]
    ):
        with gr.Row():
            f["preferred_channel"] = gr.Dropdown(
                ["", *CHANNEL_CHOICES], value="", label="Preferred channel"
            )
            f["country"] = gr.Textbox(
                label="Country",
                placeholder="e.g. US",
                info="Two letters; skips its public holidays",
            )
        _group(tab, "materials", "+ Add promised material")
    with gr.Accordion("Notes as YAML, or paste your own", open=False, elem_classes=["fc-section"]):
        tab.yaml_view = gr.Code(
            language="yaml",
            label="The notes as they will be saved",
            interactive=False,
            elem_id="notes-yaml",
        )
        tab.paste = gr.Textbox(label="Paste notes (YAML or JSON)", lines=6)
        tab.use_paste = gr.Button("Use the pasted notes", size="sm")
    return tab


def add_row(group: str) -> Any:
    limit = F.GROUPS[group][2]

    def handler(count: int) -> list[Any]:
        count = min(int(count or 0) + 1, limit)
        return [count] + [gr.update(visible=i < count) for i in range(limit)]

    return handler


def remove_row(group: str, index: int) -> Any:
    width = len(F.GROUPS[group][1])
    limit = F.GROUPS[group][2]

    def handler(count: int, *cells: Any) -> list[Any]:
        rows = [list(cells[i * width : (i + 1) * width]) for i in range(limit)]
        blank = [
            "email" if name == "channel" else None if name in ("kind", "to") else ""
            for name in F.GROUPS[group][1]
        ]
        del rows[index]
        rows.append(blank)
        floor = 1 if group == "interviewers" else 0
        count = max(int(count or 0) - 1, floor)
        flat = [cell for row in rows for cell in row]
        return [count, *flat] + [gr.update(visible=i < count) for i in range(limit)]

    return handler


def wire_rows(tab: NotesTab) -> list[Any]:
    """Add and Remove buttons; returns their events, for the caller to chain a re-read."""
    events = []
    quiet: dict[str, Any] = {"api_visibility": "private", "show_progress": "hidden"}
    for group in F.GROUPS:
        cells = [tab.fields[k] for k in F.group_keys(group)]
        events.append(
            tab.adds[group].click(
                add_row(group), [tab.counts[group]], [tab.counts[group], *tab.rows[group]], **quiet
            )
        )
        for i, button in enumerate(tab.removes[group]):
            events.append(
                button.click(
                    remove_row(group, i),
                    [tab.counts[group], *cells],
                    [tab.counts[group], *cells, *tab.rows[group]],
                    **quiet,
                )
            )
    return events


def example_notes() -> Notes:
    """The README's example (examples/acme.yaml) in a checkout, else the rulebook's own."""
    path = Path(__file__).resolve().parent.parent / "examples" / "acme.yaml"
    if path.is_file():
        return parse_notes_text(path.read_text("utf-8"), str(path))
    from coach.rulebook import example_context

    return Notes.model_validate(example_context())


def example_values() -> F.FormValues:
    return from_notes(example_notes())


def names_update(names: list[str], current: list[str]) -> list[Any]:
    """New choices for the history rows' recipient dropdowns, only when the names changed."""
    if names == current:
        return [gr.skip() for _ in range(F.MAX_HISTORY)]
    return [gr.update(choices=names) for _ in range(F.MAX_HISTORY)]


KINDS = [k.value for k in Kind]
