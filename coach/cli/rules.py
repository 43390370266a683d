"""`coach rules`: the rule catalogue, as text or JSON."""

from __future__ import annotations

import json

import click


@click.command("rules")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.argument("ids", nargs=-1)
def rules(fmt: str, ids: tuple[str, ...]) -> None:
    """List the rules: id, severity, message and sources. Name ids to see one in full."""
    from coach.rulebook import articles, load_rules

    catalogue = load_rules()
    unknown = [i for i in ids if i not in catalogue]
    if unknown:
        raise click.UsageError(f"unknown rule id {unknown[0]!r} (run `coach rules` for the list)")
    chosen = [catalogue[i] for i in ids] if ids else list(catalogue.values())
    library = articles()
    if fmt == "json":
        doc = [
            {
                "id": r.id,
                "family": r.family,
                "severity": r.severity,
                "severity_by_kind": {k.value: v for k, v in r.severity_by_kind.items()},
                "message": r.message,
                "summary": r.short_description,
                "rationale": " ".join(r.rationale.split()),
                "applies_to": r.applies_to.model_dump(mode="json"),
                "fix": r.fix,
                "sources": [
                    {
                        "article": s.article,
                        "file": library[s.article]["file"],
                        "title": library[s.article]["title"],
                        "section": s.section,
                    }
                    for s in r.sources
                ],
            }
            for r in chosen
        ]
        click.echo(json.dumps({"version": 1, "rules": doc}, ensure_ascii=False, indent=1))
        return
    if not ids:
        width = max(len(r.id) for r in chosen)
        for r in chosen:
            fixable = " [fix]" if r.fix else ""
            click.echo(
                f"{r.id:<{width}}  {r.severity:<7}  {r.family:<9}  "
                f"{', '.join(r.source_ids)}{fixable}"
            )
        click.echo(f"{len(chosen)} rules. `coach rules ID` shows one in full.")
        return
    from coach.examples import example_finding, example_setting

    for r in chosen:
        shown = example_finding(r)
        bad, good = shown[0] if shown else r.examples.bad[0], r.examples.good[0]
        click.echo(f"{r.id} ({r.severity}, {r.family})")
        click.echo(f"  What it finds: {r.short_description}")
        click.echo(f"  Why: {' '.join(r.rationale.split())}")
        if r.fix:
            click.echo(f"  Safe fix: {r.fix}")
        for s in r.sources:
            click.echo(
                f"  Source: {library[s.article]['file']} "
                f'"{library[s.article]["title"]}", {s.section}'
            )
        click.echo(f"  Example: {bad.text!r}{example_setting(bad)}")
        if shown:
            click.echo(f"  Reported as: {shown[1]}")
        click.echo(f"  Use instead: {good.text!r}{example_setting(good)}")
