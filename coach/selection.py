"""`--select` and `--ignore` accept rule ids, a family name (tone) or an id prefix (timing)."""

from __future__ import annotations

from coach.rulebook import Rule


def expand(spec: str | None, rules: dict[str, Rule]) -> set[str] | None:
    """Comma-separated selectors to rule ids; raises ValueError naming an unknown one."""
    if not spec:
        return None
    chosen: set[str] = set()
    for token in (t.strip() for t in spec.split(",")):
        if not token:
            continue
        matched = {
            r.id
            for r in rules.values()
            if r.id == token or r.family == token or r.id.startswith(token + "-")
        }
        if not matched:
            raise ValueError(f"unknown rule id or family {token!r} (see `coach rules`)")
        chosen |= matched
    return chosen
