"""Turn a rule's examples into messages, so every example runs as a test (and `coach rules`
can show them)."""

from __future__ import annotations

import copy
from typing import Any

from coach.models import Channel, Kind, Notes
from coach.readers import Message, parse_time
from coach.rulebook import Example, Rule, example_context

DEFAULT_TO = "Sarah Chen"
DEFAULT_SEND_AT = "2026-11-20T19:30:00-05:00"
PEER_TO = "Michael O'Brien"


def merge_notes(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """`base` notes data with `over`'s keys laid on top (one level deep for mappings)."""
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = {**out[key], **value}
        else:
            out[key] = value
    return out


def example_messages(rule: Rule, example: Example) -> list[Message]:
    """The example as a batch: the message itself first, then its peer if it has one."""
    data = merge_notes(example_context(), example.notes)
    if example.history:
        data["history"] = example.history
    notes = Notes.model_validate(data)
    if example.kind:
        kind = example.kind
    elif rule.examples.kind:
        kind = rule.examples.kind
    elif rule.applies_to.kinds != "all":
        kind = rule.applies_to.kinds[0]
    else:
        kind = Kind.thank_you
    to = example.to if example.to is not None else DEFAULT_TO
    send_at = parse_time(example.send_at or DEFAULT_SEND_AT, rule.id)
    channel = example.channel or Channel.email
    batch = [
        Message(
            path=f"{rule.id}.example",
            text=example.text,
            to=to or None,
            kind=kind,
            channel=channel,
            send_at=send_at,
            notes=notes,
        )
    ]
    if example.peer:
        batch.append(
            Message(
                path=f"{rule.id}.peer",
                text=example.peer,
                to=PEER_TO,
                kind=kind,
                channel=channel,
                send_at=send_at,
                notes=notes,
            )
        )
    return batch


def example_finding(rule: Rule) -> tuple[Example, str] | None:
    """The rule's first bad example that fires it, and the message it is reported with: the
    rule's message template with its fields filled, as a reader of `coach rules ID` meets it."""
    from coach.engine import Checker  # the engine sits above the rulebook

    checker = Checker()
    for example in rule.examples.bad:
        result = checker.check_batch(example_messages(rule, example))[0]
        fired = next((f for f in result.findings if f.rule == rule.id), None)
        if fired is not None:
            return example, fired.message
    return None


def example_setting(example: Example) -> str:
    """What besides its text makes an example bad or good: the send time and the messages sent
    before it, which two examples with the same words can differ in."""
    parts = []
    if example.send_at:
        parts.append(f"sent {example.send_at}")
    for sent in example.history:
        kind = str(sent.get("kind", "message")).replace("_", "-")
        parts.append(f"after a {kind} to {sent.get('to', '?')} on {sent.get('sent_at', '?')}")
    return f" ({'; '.join(parts)})" if parts else ""
