"""Form: subject, greeting and sign-off; length budgets; missing context worth supplying."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Literal

from coach.checks.base import CheckKind, Context, Hit, Params
from coach.checks.names_recipient import greets_another
from coach.checks.names_spelling import bare, key, near_miss
from coach.checks.phrases import anchor
from coach.models import Kind
from coach.plain import Field
from coach.text import SIGNOFFS, WORD, Doc, lazy_compile

#: Japanese (and Hindi) honorific suffixes: "Watanabe-san" greets Mr. Watanabe
_HONORIFIC_SUFFIX = lazy_compile(r"-(?:san|sama|sensei|kun|ji)$", re.I)
#: a name (with its honorific) opening the first line before a comma, a dash or "!"
_INLINE_SALUTATION = lazy_compile(
    r"\s*(?P<who>(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?[ \t]+)?[A-Z][^\W\d_]*(?:['’\-][^\W\d_]+)*"
    r"(?:[ \t]+[A-Z][^\W\d_]*(?:['’\-][^\W\d_]+)*){0,2})[ \t]*(?:,|!+|[—–])"
)
#: a subject that says what the message is, by its kind; "{role}" is the notes' role
_SUBJECT_EXAMPLES = {
    Kind.check_in: "Following up: {role} interview",
    Kind.final_follow_up: "Following up: {role} interview",
    Kind.materials: "The documents you asked for: {role} interview",
    Kind.rejection_reply: "Thank you for letting me know: {role}",
}
_SUBJECT_NOISE = lazy_compile(
    r"^(?:(?:re|fwd?|aw)\s*:\s*)+|\b(?:again|just|quick|once more)\b", re.I
)


def _subject_advice(ctx: Context) -> str:
    """A subject for this kind of message and this role: a check-in is not a thank-you."""
    example = _SUBJECT_EXAMPLES.get(ctx.kind or Kind.thank_you, "Thank you: {role} interview")
    role = ctx.notes.role if ctx.notes is not None else "[role]"
    return f"Use a subject such as '{example.format(role=role)}'"


class FormParams(Params):
    part: Literal["subject", "greeting", "signoff"]
    bare_subjects: list[str] = []


class Form(CheckKind):
    name = "form"
    Params = FormParams

    def run(self, doc: Doc, ctx: Context, rule: Any, params: FormParams) -> Iterator[Hit]:
        if params.part == "subject":
            subject = " ".join(_SUBJECT_NOISE.sub(" ", doc.subject or "").split())
            subject = subject.strip(" .!:-?").lower()
            if not subject:
                yield anchor(doc, "start", {"found": "no subject line"}, _subject_advice(ctx))
            elif subject in {s.lower() for s in params.bare_subjects}:
                bare_one = {"found": f"a bare subject '{doc.subject}'"}
                yield anchor(doc, "subject", bare_one, _subject_advice(ctx))
        elif params.part == "greeting":
            if not self._greets(doc, ctx) and not greets_another(doc, ctx):
                found = "no greeting" if doc.greeting is None else "a greeting, but none"
                fields = {"found": found}
                if ctx.recipient is not None:  # the suggestion's "Dear {expected},"
                    fields["expected"] = ctx.recipient.name.split()[0]
                # with no reader known, the rule's "Dear {expected}," has no name to fill
                generic = None if "expected" in fields else "Open with 'Dear' and the reader's name"
                yield anchor(doc, "greeting" if doc.greeting else "start", fields, generic)
        elif not self._signed(doc, ctx):
            yield anchor(doc, "closing", {"found": "no closing with your name"})

    @staticmethod
    def _greets(doc: Doc, ctx: Context) -> bool:
        greeting = doc.greeting
        reader = ctx.recipient
        if greeting is None:
            # "Dr. Chen, thank you for ...", "Sarah!! Loved ...": the reader's name opens the
            # first line, set off by a comma or an exclamation mark, with the message after it
            opening = _INLINE_SALUTATION.match(doc.masked, doc.body_start)
            if opening is None or reader is None:
                return False
            who = opening["who"]
        else:
            who = greeting["who"]
        words = [_HONORIFIC_SUFFIX.sub("", bare(w)) for w in WORD.findall(who)]
        if reader is None:
            return any(w[:1].isupper() for w in words)
        # a misspelt or lower-case name still greets the reader (name-misspelled says so);
        # "Anne Marie" is two words of one hyphenated name
        words += [a + b for a, b in zip(words, words[1:], strict=False)]
        forms = [*reader.name.split(), *reader.aliases]
        return any(key(w) == key(f) or near_miss(w, f) for w in words for f in forms)

    @staticmethod
    def _signed(doc: Doc, ctx: Context) -> bool:
        closing = doc.closing
        if ctx.notes is None:
            return bool(SIGNOFFS.search(closing)) and bool(re.search(r"\n\s*[A-Z]\w+", closing))
        names = {key(n) for n in ctx.notes.candidate.name.split()}
        return any(key(w) in names for w in WORD.findall(closing))


class LengthParams(Params):
    budgets: dict[Kind, int] = Field(min_length=1)
    characters_for: list[Kind] = Field([], description="kinds measured in characters, not words")


class Length(CheckKind):
    """`too-long`: more words (or characters) than the kind's budget."""

    name = "length"
    Params = LengthParams

    def run(self, doc: Doc, ctx: Context, rule: Any, params: LengthParams) -> Iterator[Hit]:
        if ctx.kind is None or ctx.kind not in params.budgets:
            return
        budget = params.budgets[ctx.kind]
        if ctx.kind in params.characters_for:
            size = len(doc.masked[doc.body_start :].strip())
            unit = "characters"
        else:
            size = doc.word_count
            unit = "words"
        if size > budget:
            tokens = doc.body_tokens
            start = (
                tokens[budget].start
                if unit == "words" and len(tokens) > budget
                else (doc.body_start + budget)
            )
            yield Hit(
                min(start, len(doc.text)),
                len(doc.text.rstrip()),
                {"size": size, "budget": budget, "unit": unit, "kind": ctx.kind.value},
                suggestion=f"Cut it to {budget} {unit} or fewer",
            )


class ContextMissing(CheckKind):
    """`context-missing`: a piece of context the user would want to supply is absent."""

    name = "context_missing"

    def run(self, doc: Doc, ctx: Context, rule: Any, params: Params) -> Iterator[Hit]:
        # worded for the page and the command line alike; how to supply it is the suggestion
        if ctx.notes is None:
            yield anchor(
                doc,
                "start",
                {"missing": "interview notes", "skipped": "names, detail and timing"},
                "Add the interview notes (the Notes tab; --notes or `notes:` for coach check)",
            )
        elif ctx.to is None and len(ctx.notes.interviewers) > 1:
            yield anchor(
                doc,
                "start",
                {"missing": "a recipient", "skipped": "greeting and recipient"},
                "Choose who it is to (the Recipient field; --to or `to:` for coach check)",
            )
        elif ctx.notes is not None and not ctx.notes.details:
            yield anchor(
                doc,
                "start",
                {"missing": "the details discussed", "skipped": "detail"},
                "Add what you discussed (Details discussed; `details:` in a notes file)",
            )
