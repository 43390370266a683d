"""The guardrail loop: the model drafts, the checker judges, and nothing failing is passed off.

Per draft, at most two model calls:

1. the model writes its sentences (see `schemas`); the composer frames them; the checker runs;
2. if the checker found errors or warnings the text could fix, the model revises once, shown
   the findings (a reply that was unusable is retried once instead);
3. if the best model draft still has errors, the safe fixes are applied (`apply_fixes`);
4. the composer's own draft is checked too, and wins when the model's best still has errors,
   or has more warnings than it: the user gets the best draft we can make, never a worse one;
5. finally the whole batch is checked again, independently (`Checker.check_batch`, so
   `duplicate-across-interviewers` runs), and that result alone sets `passed` and `findings`.

Model errors that mean "no model" (ModelUnavailable) propagate; a bad reply never does.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from coach.backends.base import Backend, ChatResult
from coach.drafting.composer import Composed, Slot, compose, detail_phrase
from coach.drafting.prompts import (
    DEFAULT_CONTEXT,
    PromptTooLong,
    first_messages,
    prompt_data,
    revision_messages,
)
from coach.drafting.replies import read_reply, vocabulary
from coach.drafting.schemas import SCHEMAS, reply_tokens
from coach.engine import Checker, apply_fixes
from coach.models import Draft, Finding, Kind, Notes, Result, Tokens
from coach.readers import Message

Origin = Literal["model", "model+fixes", "composer"]
Progress = Callable[[str], None]
_ORIGIN_RANK = {"model": 0, "model+fixes": 1, "composer": 2}
# Findings that depend on the context alone: no rewording can clear them.
_CONTEXT_RULES = ("timing-", "channel-", "context-", "rejection-follow-up")
TEMPERATURE = 0.2
REVISION_TEMPERATURE = 0.4


def text_finding(finding: Finding) -> bool:
    """A finding about the words, which a rewrite could fix (not about the send date)."""
    return not finding.rule.startswith(_CONTEXT_RULES) and finding.severity != "info"


def score(result: Result) -> tuple[int, int]:
    """(errors, warnings): lower is better."""
    errors = sum(f.severity == "error" for f in result.findings)
    warnings = sum(f.severity == "warning" for f in result.findings)
    return errors, warnings


@dataclass
class Candidate:
    origin: Origin
    composed: Composed
    result: Result

    @property
    def key(self) -> tuple[int, int, int]:
        return (*score(self.result), _ORIGIN_RANK[self.origin])


@dataclass
class Trace:
    """How one draft came about, for the benchmark and for debugging; not part of the API."""

    to: str
    kind: str
    first_pass: bool = False
    first_clean: bool = False
    steps: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    sentences: list[dict[str, str]] = field(default_factory=list)
    findings: list[list[str]] = field(default_factory=list)


@dataclass
class Work:
    """One draft in progress: its slot, its chosen candidate, and what it cost."""

    slot: Slot
    trace: Trace
    chosen: Candidate | None = None
    composer: Candidate | None = None
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0


def seed_for(slot: Slot) -> int:
    return zlib.crc32(f"{slot.kind.value}|{slot.person.name}".encode()) & 0x7FFFFFFF


class Loop:
    """Runs the guardrail loop for the slots of one batch with one backend and checker."""

    def __init__(
        self, notes: Notes, backend: Backend, checker: Checker, progress: Progress | None = None
    ):
        self.notes = notes
        self.backend = backend
        self.checker = checker
        self.progress = progress or (lambda _message: None)
        self.context = int(getattr(backend, "n_ctx", 0) or DEFAULT_CONTEXT)

    # --- one draft ---------------------------------------------------------------------------

    def check(self, slot: Slot, text: str, path: str = "draft") -> Result:
        message = Message(
            path=path,
            text=text,
            kind=slot.kind,
            channel=slot.channel,
            to=slot.person.name,
            send_at=slot.send_at,
            notes=self.notes,
        )
        return self.checker.check(message)

    def candidate(
        self, slot: Slot, origin: Origin, composed: Composed, trace: Trace | None = None
    ) -> Candidate:
        result = self.check(slot, composed.text)
        if trace is not None:
            trace.sentences.append(dict(composed.parts))
            trace.findings.append(
                [
                    f"{f.severity} {f.rule}: {f.message}"
                    for f in result.findings
                    if f.severity != "info"
                ]
            )
        return Candidate(origin, composed, result)

    def _call(self, work: Work, messages: list, temperature: float, seed: int) -> ChatResult:
        schema = SCHEMAS[work.slot.kind]
        result = self.backend.chat(
            messages,
            schema=schema,
            max_tokens=reply_tokens(schema),
            temperature=temperature,
            seed=seed,
        )
        work.calls += 1
        work.prompt_tokens += result.prompt_tokens
        work.completion_tokens += result.completion_tokens
        return result

    def model_attempts(self, work: Work) -> list[Candidate]:
        """The model's draft and at most one more call: a revision shown the findings, or a
        retry when the first reply was unusable. Returns the usable candidates."""
        slot, trace = work.slot, work.trace
        schema = SCHEMAS[slot.kind]
        reply = reply_tokens(schema)
        try:
            messages = first_messages(slot, self.context, reply)
        except PromptTooLong as exc:
            trace.problems.append(str(exc))
            return []
        seed = seed_for(slot)
        notes = slot.notes
        allowed = vocabulary(
            [str(v) for v in prompt_data(slot).values()] + _facts(notes),
            [notes.company.name, *notes.company.aliases, notes.candidate.name]
            + [p.name for p in notes.interviewers]
            + [a for p in notes.interviewers for a in p.aliases],
        )
        reading = read_reply(self._call(work, messages, TEMPERATURE, seed), schema, allowed)
        models: list[Candidate] = []
        retry: list | None = messages
        if reading.sentences is not None:
            models.append(self.candidate(slot, "model", compose(slot, reading.sentences), trace))
            result = models[0].result
            trace.first_pass = result.passed
            trace.first_clean = not any(text_finding(f) for f in result.findings)
            trace.steps.append("model:" + ("pass" if result.passed else "fail"))
            fixable = [_problem(f, slot) for f in result.findings if text_finding(f)]
            retry = None
            if fixable:
                try:
                    retry = revision_messages(messages, fixable, self.context, reply)
                except PromptTooLong as exc:
                    trace.problems.append(str(exc))
        else:
            trace.steps.append("model:unusable")
            trace.problems.append(reading.problem or "")
        if retry is None:
            return models
        again = read_reply(self._call(work, retry, REVISION_TEMPERATURE, seed + 1), schema, allowed)
        if again.sentences is None:
            trace.steps.append("revision:unusable")
            trace.problems.append(again.problem or "")
            return models
        models.append(self.candidate(slot, "model", compose(slot, again.sentences), trace))
        trace.steps.append("revision:" + ("pass" if models[-1].result.passed else "fail"))
        return models

    def draft(self, work: Work) -> None:
        started = time.perf_counter()
        slot, trace = work.slot, work.trace
        models = self.model_attempts(work)
        options = list(models)
        if models:
            best = min(models, key=lambda c: c.key)
            if not best.result.passed:
                fixed, applied = apply_fixes(best.composed.text, best.result.findings)
                if applied:
                    composed = _retext(best.composed, fixed)
                    options.append(self.candidate(slot, "model+fixes", composed))
                    trace.steps.append("fixes:" + ("pass" if options[-1].result.passed else "fail"))
        work.composer = self.candidate(slot, "composer", compose(slot))
        options.append(work.composer)
        work.chosen = min(options, key=lambda c: c.key)
        trace.steps.append(f"chosen:{work.chosen.origin}")
        work.seconds += time.perf_counter() - started

    # --- the batch ---------------------------------------------------------------------------

    def run(self, slots: list[Slot]) -> tuple[list[Draft], list[Trace]]:
        works = [Work(s, Trace(s.person.name, s.kind.value)) for s in slots]
        for i, work in enumerate(works, 1):
            self.progress(
                f"[{i}/{len(works)}] drafting {KIND_WORDS[work.slot.kind]} to "
                f"{work.slot.person.name}"
            )
            self.draft(work)
        results = self.final_check(works)
        # A model draft too close to another in the batch gives way to its composer version,
        # which differs from every other by construction.
        repaired = False
        for work, result in zip(works, results, strict=True):
            if (
                any(f.rule == "duplicate-across-interviewers" for f in result.findings)
                and work.chosen is not work.composer
                and work.composer is not None
                and work.composer.result.passed
            ):
                work.chosen = work.composer
                work.trace.steps.append("chosen:composer (duplicate)")
                repaired = True
        if repaired:
            results = self.final_check(works)
        return [self.to_draft(w, r) for w, r in zip(works, results, strict=True)], [
            w.trace for w in works
        ]

    def final_check(self, works: list[Work]) -> list[Result]:
        """The independent check that decides `passed`: all drafts as one batch."""
        messages = []
        for i, work in enumerate(works):
            assert work.chosen is not None
            slot = work.slot
            messages.append(
                Message(
                    path=f"drafts/{i:03d}",
                    text=work.chosen.composed.text,
                    kind=slot.kind,
                    channel=slot.channel,
                    to=slot.person.name,
                    send_at=slot.send_at,
                    notes=self.notes,
                )
            )
        return self.checker.check_batch(messages)

    def to_draft(self, work: Work, result: Result) -> Draft:
        assert work.chosen is not None
        composed, slot = work.chosen.composed, work.slot
        return Draft(
            to=slot.person.name,
            kind=slot.kind,
            channel=slot.channel,
            subject=composed.subject,
            body=composed.body,
            send_at=slot.send_at,
            passed=result.passed,
            text_passed=result.text_passed,
            findings=result.findings,
            origin=work.chosen.origin,
            backend=self.backend.name,
            model=self.backend.model,
            model_calls=work.calls,
            tokens=Tokens(prompt=work.prompt_tokens, completion=work.completion_tokens),
            seconds=round(work.seconds, 3),
        )


#: a kind as the progress line says it: "drafting the thank-you to Sarah Chen"
KIND_WORDS = {
    Kind.thank_you: "the thank-you",
    Kind.check_in: "the check-in",
    Kind.final_follow_up: "the final follow-up",
    Kind.materials: "the promised materials",
    Kind.rejection_reply: "the reply to the rejection",
    Kind.linkedin_note: "the LinkedIn note",
    Kind.handwritten_note: "the handwritten card",
}

_DETAIL_OPENINGS = {
    Kind.check_in: ("detail_sentence", "I have been thinking about"),
    Kind.rejection_reply: ("appreciation_sentence", "I appreciated learning about"),
}


def _facts(notes: Notes) -> list[str]:
    """Everything the notes say, in words a model sentence may name."""
    return [
        notes.role,
        *notes.details,
        *(p.title or "" for p in notes.interviewers),
        *(m.what for m in notes.materials),
        notes.timeline.said or "",
    ]


def _problem(finding: Finding, slot: Slot) -> str:
    """A finding as the model should read it: about its own field, with a concrete opening.

    A 135M model does not act on "mention a detail", but it continues a given opening well;
    the checker's own suggestion for `detail-missing` is such an opening. Pointing at the one
    detail this draft is about also keeps the notes to different interviewers different.
    """
    if finding.rule in ("detail-missing", "detail-unsupported") and slot.detail:
        name, opening = _DETAIL_OPENINGS.get(
            slot.kind, ("detail_sentence", "I enjoyed learning about")
        )
        return f"{name} must begin: {opening} {detail_phrase(slot.detail)}"
    if finding.rule == "interest-missing":
        return "interest_sentence must begin: I am very interested in the opportunity to"
    text = finding.message
    if finding.suggestion:
        text += f" ({finding.suggestion})"
    return text


def _retext(composed: Composed, text: str) -> Composed:
    """A composed message whose text was changed in place by the safe fixes."""
    if composed.subject is not None and text.startswith("Subject: "):
        subject, _, body = text[len("Subject: ") :].partition("\n\n")
        return Composed(subject=subject, body=body, parts=composed.parts)
    return Composed(subject=None, body=text, parts=composed.parts)
