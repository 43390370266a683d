"""Run hand-written cases for one family of rules and score them (tests/test_*_more.py).

A case is a realistic message with the notes it was written from (the rulebook's example context,
rules/context.yaml, with keys overridden) and the set of rule ids of the family that the
rulebook says must fire at warning or error. `score` prints precision and recall per rule, so a
change can be measured before and after: `.venv/bin/python tests/test_timing_more.py`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from coach.engine import Checker
from coach.examples import example_messages, merge_notes
from coach.models import Channel, Kind, Notes
from coach.readers import Message
from coach.rulebook import Example, example_context, load_rules

CHECKER = Checker()
RULES = load_rules()


@dataclass
class Case:
    id: str
    text: str
    fires: set[str]
    kind: str = "thank_you"
    send_at: str = "2026-11-20T19:30:00-05:00"
    to: str = "Sarah Chen"
    channel: str = "email"
    notes: dict[str, Any] = field(default_factory=dict)
    history: list[dict[str, Any]] = field(default_factory=list)


def fired(case: Case, family: str) -> set[str]:
    data = merge_notes(example_context(), case.notes)
    if case.history:
        data["history"] = case.history
    message = Message(
        path=f"{case.id}.md",
        text=case.text,
        kind=Kind(case.kind),
        channel=Channel(case.channel),
        to=case.to,
        send_at=dt.datetime.fromisoformat(case.send_at),
        notes=Notes.model_validate(data),
    )
    result = CHECKER.check(message)
    return {
        f.rule
        for f in result.findings
        if RULES[f.rule].family == family and f.severity in ("error", "warning")
    }


def detail_in_thanks(sentence: str, notes: dict[str, Any]) -> set[str]:
    """The detail rules that fire on `sentence` inside a plain, well-formed thank-you to Sarah,
    written from `notes` (the tests of what names a detail and what does not)."""
    text = (
        f"Subject: Thank you\n\nDear Sarah,\n\nThank you for meeting me today. {sentence}\n\nPriya"
    )
    return fired(Case("m", text, set(), notes=notes), "detail")


def score(cases: list[Case], family: str) -> None:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    wrong = []
    for case in cases:
        got = fired(case, family)
        for rule in got & case.fires:
            tp[rule] += 1
        for rule in got - case.fires:
            fp[rule] += 1
        for rule in case.fires - got:
            fn[rule] += 1
        if got != case.fires:
            wrong.append(
                f"  {case.id}: missed {sorted(case.fires - got)} extra {sorted(got - case.fires)}"
            )
    rules = sorted(set(tp) | set(fp) | set(fn))
    for rule in rules:
        t, p, n = tp[rule], fp[rule], fn[rule]
        print(
            f"{rule:30} precision {t / (t + p) if t + p else 1:.2f} "
            f"recall {t / (t + n) if t + n else 1:.2f}  tp={t} fp={p} fn={n}"
        )
    t, p, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print(
        f"{family + ' (micro)':30} precision {t / (t + p) if t + p else 1:.2f} "
        f"recall {t / (t + n) if t + n else 1:.2f}  tp={t} fp={p} fn={n}"
    )
    right = len(cases) - len(wrong)
    print(f"cases right: {right}/{len(cases)}")
    print("\n".join(wrong))


def fires_in_thanks(
    checker: Checker, rule: str, sentence: str, notes: dict[str, Any], kind: Kind = Kind.thank_you
) -> bool:
    """Whether `rule` fires on `sentence` set in a short thank-you, checked with `notes`."""
    text = f"Dear Sarah,\n\nThank you for meeting me today. {sentence}\n\nBest regards,\nPriya"
    example = Example(text=text, notes=notes, kind=kind)
    result = checker.check_batch(example_messages(RULES[rule], example))[0]
    return any(f.rule == rule for f in result.findings)
