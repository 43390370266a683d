"""The guardrail: run every applicable rule over a message and report findings.

`Checker.check` takes one message; `Checker.check_batch` takes several so that checks comparing
messages (duplicate-across-interviewers) see each other. Whoever wrote the text, the same rules run.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Sequence
from typing import Any

from coach.checks import CHECKS, matcher
from coach.checks.base import CheckKind, Context, Hit, Peer
from coach.models import (
    SEVERITY_RANK,
    Channel,
    Finding,
    Fix,
    HistoryEntry,
    Kind,
    Result,
    Severity,
    Stage,
)
from coach.pattern_cache import compile_pattern
from coach.readers import Message
from coach.rulebook import Rule, load_rules
from coach.text import Doc

# Kind inference: ordered (kind, pattern); the first kind whose pattern matches wins.
_INFER: list[tuple[Kind, re.Pattern[str]]] = [
    (
        Kind.rejection_reply,
        compile_pattern(
            r"\b(?:thank you for letting me know|sorry to hear|disappointed|"
            r"not (?:be )?moving forward|"
            r"decided to (?:go|move) (?:with|forward with) (?:another|other)|other candidate|"
            r"your decision|the decision|not selected|wasn'?t selected|turned down|unsuccessful|"
            r"reconsider)\b",
            re.I,
        ),
    ),
    (
        Kind.final_follow_up,
        compile_pattern(
            r"\b(?:one (?:last|final) time|final (?:follow|check)|"
            r"last (?:follow|check))",
            re.I,
        ),
    ),
    (
        Kind.materials,
        compile_pattern(
            r"\b(?:attached|enclosed|as requested|as promised|here (?:is|are) "
            r"the (?:references|samples|portfolio))\b",
            re.I,
        ),
    ),
    (
        Kind.check_in,
        compile_pattern(
            r"\b(?:check(?:ing)? in|follow(?:ing)? up on|status of|update on|"
            r"any update|where things stand|hiring timeline|haven'?t heard)\b",
            re.I,
        ),
    ),
]


def infer_kind(doc: Doc, channel: Channel) -> Kind:
    if channel == Channel.linkedin:
        return Kind.linkedin_note
    if channel == Channel.letter:
        return Kind.handwritten_note
    for kind, rx in _INFER:
        if rx.search(doc.plain, doc.body_start):
            return kind
    return Kind.thank_you


class _Fields(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# A message's kind as a sentence says it: "a check-in", not the id "check_in"
KIND_WORDS = {
    Kind.thank_you.value: "thank-you",
    Kind.check_in.value: "check-in",
    Kind.final_follow_up.value: "final follow-up",
    Kind.materials.value: "message with the promised materials",
    Kind.rejection_reply.value: "reply to a rejection",
    Kind.linkedin_note.value: "LinkedIn note",
    Kind.handwritten_note.value: "handwritten note",
}


def render(template: str, fields: dict[str, Any]) -> str:
    """Fill a rule's message template; a field the check did not supply stays as {name}."""
    kind = fields.get("kind")
    if isinstance(kind, str) and kind in KIND_WORDS:
        fields = {**fields, "kind": KIND_WORDS[kind]}
    return template.format_map(_Fields(fields))


class Checker:
    """Holds the loaded rules and the selection; cheap to reuse across many messages."""

    def __init__(
        self,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
        rules: dict[str, Rule] | None = None,
    ):
        catalogue = rules if rules is not None else load_rules()
        chosen = set(select) if select else set(catalogue)
        unknown = (chosen | set(ignore or ())) - set(catalogue)
        if unknown:
            raise ValueError(f"unknown rule id(s): {', '.join(sorted(unknown))}")
        self.rules = [
            r for r in catalogue.values() if r.id in chosen and r.id not in set(ignore or ())
        ]
        #: rules given by the caller travel with a pickled checker; the installed ones do not
        self._own_rules = rules
        self._by_context: dict[tuple[Any, ...], list[tuple[Rule, CheckKind]]] = {}
        self._send_time = frozenset(r.id for r in self.rules if r.about_send_time)
        self._yields = {r.id: frozenset(r.yields_to) for r in self.rules if r.yields_to}
        if any(getattr(r.params, "classifier", None) for r in self.rules):
            # a broken install (missing or damaged weights or classifier) fails here, once, as
            # one line, before any message is read: never per file, never a silent fallback
            from coach import semantic

            semantic.classifier()
        if any(r.check["type"] in ("detail_coverage", "detail_unsupported") for r in self.rules):
            # the same for the synonym table the detail checks read (coach.synonyms)
            from coach.synonyms import check_installed

            check_installed()

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its selection (rule ids), rebuilt in the receiving process: a checker
        sent to every task of a cluster costs a few bytes, not the compiled rules."""
        return (_rebuild, (type(self), [r.id for r in self.rules], self._own_rules))

    def _applicable(
        self, kind: Kind, channel: Channel, stage: Stage | None, has_notes: bool
    ) -> list[tuple[Rule, CheckKind]]:
        """The rules that apply to this kind of message, worked out once per combination."""
        key = (kind, channel, stage, has_notes)
        found = self._by_context.get(key)
        if found is None:
            found = [
                (r, CHECKS[r.check["type"]])
                for r in self.rules
                if (has_notes or not r.applies_to.needs_notes)
                and r.applies_to.matches(kind, channel, stage)
            ]
            self._by_context[key] = found
        return found

    def check(
        self,
        message: Message,
        history: Sequence[HistoryEntry] | None = None,
        now: dt.datetime | None = None,
    ) -> Result:
        return self.check_batch([message], history=history, now=now)[0]

    def check_batch(
        self,
        messages: Sequence[Message],
        history: Sequence[HistoryEntry] | None = None,
        now: dt.datetime | None = None,
    ) -> list[Result]:
        now = now or dt.datetime.now(dt.UTC)
        docs = [Doc(m.text) for m in messages]
        matcher.note_messages(len(docs))
        # A batch, for comparing messages, is those of one folder written from the same notes.
        groups: dict[tuple[int, str, str], list[int]] = {}
        for i, m in enumerate(messages):
            if m.notes is not None and m.to is not None:
                key = (id(m.notes), str(m.kind), os.path.dirname(m.path))
                groups.setdefault(key, []).append(i)
        results = []
        for i, (message, doc) in enumerate(zip(messages, docs, strict=True)):
            key = (id(message.notes), str(message.kind), os.path.dirname(message.path))
            peers = [
                Peer(messages[j].path, messages[j].to, docs[j])
                for j in groups.get(key, ())
                if j != i
            ]
            results.append(self._check_one(message, doc, peers, history, now))
        return results

    def _check_one(
        self,
        message: Message,
        doc: Doc,
        peers: list[Peer],
        history: Sequence[HistoryEntry] | None,
        now: dt.datetime,
    ) -> Result:
        kind = message.kind or infer_kind(doc, message.channel)
        notes = message.notes
        past = list(notes.history) if notes and notes.history else list(history or ())
        ctx = Context(
            notes=notes,
            kind=kind,
            channel=message.channel,
            to=message.to,
            send_at=message.send_at or now,
            history=past,
            peers=peers,
        )
        findings: list[Finding] = []
        for rule, check in self._applicable(kind, message.channel, ctx.stage, notes is not None):
            for hit in check.run(doc, ctx, rule, rule.params):
                findings.append(self._finding(rule, hit, doc, kind))
        if self._yields and findings:
            findings = _without_yielded(findings, self._yields)
        findings.sort(key=lambda f: (f.start, -SEVERITY_RANK[f.severity], f.rule))
        # model_construct: every field is computed here, so no validator is built or run
        return Result.model_construct(
            path=message.path,
            kind=kind,
            kind_inferred=message.kind is None,
            to=message.to,
            passed=not any(f.severity == "error" for f in findings),
            text_passed=not any(
                f.severity == "error" and f.rule not in self._send_time for f in findings
            ),
            findings=findings,
        )

    @staticmethod
    def _finding(rule: Rule, hit: Hit, doc: Doc, kind: Kind | None) -> Finding:
        line, column = doc.position(hit.start)
        severity: Severity = hit.severity or rule.severity_for(kind)
        fields = {"excerpt": doc.text[hit.start : hit.end], **hit.fields}
        # a span over a wrapped line is quoted in the message on one line
        fields["excerpt"] = " ".join(str(fields["excerpt"]).split())
        fix = (
            Fix.model_construct(start=hit.start, end=hit.end, replacement=hit.replacement)
            if hit.replacement is not None and rule.fix
            else None
        )
        suggestion = hit.suggestion or (
            render(rule.suggestion, fields) if rule.suggestion else None
        )
        return Finding.model_construct(
            rule=rule.id,
            severity=severity,
            message=render(rule.message, fields),
            line=line,
            column=column,
            start=hit.start,
            end=hit.end,
            excerpt=doc.text[hit.start : hit.end],
            suggestion=suggestion,
            fix=fix,
            sources=rule.source_ids,
        )


def apply_fixes(text: str, findings: Iterable[Finding]) -> tuple[str, int]:
    """Apply the safe fixes, right to left, skipping any that overlap one already applied."""
    fixes = sorted(
        (f.fix for f in findings if f.fix is not None), key=lambda x: x.start, reverse=True
    )
    applied, limit = 0, len(text) + 1
    for fix in fixes:
        if fix.end > limit:
            continue
        text = text[: fix.start] + fix.replacement + text[fix.end :]
        limit = fix.start
        applied += 1
    return text, applied


def _without_yielded(findings: list[Finding], yields: dict[str, frozenset[str]]) -> list[Finding]:
    """Findings less those whose words a more exact rule already reports: an argument with a
    rejection is `rejection-argues`, not also a reproach of tone."""
    return [
        f
        for f in findings
        if f.rule not in yields
        or not any(
            g.rule in yields[f.rule] and g.start <= f.start and f.end <= g.end for g in findings
        )
    ]


def _rebuild(cls: type[Checker], ids: list[str], rules: dict[str, Rule] | None) -> Checker:
    checker = cls(select=ids or None, rules=rules)
    if not ids:
        checker.rules = []  # every rule was left out
    return checker
