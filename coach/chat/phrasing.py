"""Letting a capable model (an openai-compatible backend) phrase an answer, and checking it.

The model sees only the retrieved guide entries and the deterministic answer. Its text is kept
only when it passes three checks, else the deterministic answer stands:

- every citation it makes ("[004 Continue Follow Ups]") is one of the retrieved entries';
- every date it names is a date the deterministic answer (so the plan) names;
- any message text in it (a greeting line and what follows) passes the checker.
"""

from __future__ import annotations

import json
import re
from string import Template
from typing import Any

from coach.chat.answer import word_count
from coach.chat.context import Situation
from coach.chat.dates import DATE, resolve
from coach.chat.intent import GREETING
from coach.guide import Entry, section_label

CITE = re.compile(r"\[(\d{3}) ([^\]]+)\]")
WORDS = 120


def prompt(question: str, answer: str, entries: list[Entry]) -> str:
    from coach.drafting.prompts import prompts_dir

    labels = [section_label(s) for e in entries for s in e.sources]
    advice = [
        {
            "topic": e.topic,
            "advice": " ".join(e.answer.split()),
            "sources": [section_label(s) for s in e.sources],
        }
        for e in entries
    ]
    template = Template((prompts_dir() / "chat" / "answer.txt").read_text("utf-8"))
    return template.substitute(
        words=WORDS,
        example=labels[0],
        advice=json.dumps(advice, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e"),
        answer=answer.replace("<", "‹").replace(">", "›"),
        question=json.dumps(question[:500], ensure_ascii=False),
    )


def _dates(text: str, situation: Situation) -> set[Any]:
    return {
        d
        for m in DATE.finditer(text)
        if (m.group("d1") or m.group("d2") or m.group("iso"))
        and (d := resolve(m, situation.today)) is not None
    }


def verified(text: str, answer: str, entries: list[Entry], situation: Situation) -> str | None:
    """The model's text if it passes the checks, else None."""
    text = text.strip()
    if not text or word_count(text) > WORDS + 20:
        return None
    allowed = {section_label(s) for e in entries for s in e.sources}
    cited = [f"{a} {s.strip()}" for a, s in CITE.findall(text)]
    if not cited or any(c not in allowed for c in cited):
        return None
    if not _dates(text, situation) <= _dates(answer, situation):
        return None
    greeting = GREETING.search(text)
    if greeting is not None:
        from coach.chat.pasted import check as _check

        if not _check(text[greeting.start("g") :], situation).passed:
            return None
    return text


def rephrase(
    question: str, answer: str, entries: list[Entry], situation: Situation, backend: Any
) -> str | None:
    """The model's phrasing of `answer`, verified; None when there is none to trust."""
    from coach.drafting.prompts import prompts_dir
    from coach.errors import CoachError

    system = (prompts_dir() / "chat" / "system.txt").read_text("utf-8").strip()
    messages = [
        {"role": "system", "content": system},
        {"role": "user", "content": prompt(question, answer, entries)},
    ]
    try:
        reply = backend.chat(messages, max_tokens=400, temperature=0.0, seed=0)
    except CoachError:
        return None
    return verified(reply.text, answer, entries, situation)
