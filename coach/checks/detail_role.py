"""A word of the role (or of a person's title) that is also a word of a detail, used of the
detail, for detail coverage.

Detail coverage never counts the words of the role: "the Wildland Fire Crew Lead role" names no
detail. But a detail may hold one ("daily engine checks" for a Crew Lead (Engine Module), "the
circuit courts" for a Court Interpreter), and a message that says "the morning checks on your
engines" refers to it. Such a word counts where it is not part of a mention of the role: next
to none of the role's other words and none of the nouns that name a job ("role", "position").
It counts as one concept of two, never alone: with another concept of the same detail.

The job's duties told back are a mention of the role too, however many of a detail's words
they use: "explaining what a Camp Cook Supervisor does: running the kitchen, leading the
cooks" names the job everyone in it does, not the crew of three cooks discussed (`duty_spans`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from coach.checks.base import per_notes
from coach.checks.detail import _detail_concepts
from coach.checks.detail_words import Normalise, _base, _found, _text_bases, concept
from coach.models import Notes
from coach.text import Doc, Token, lazy_compile

#: nouns that make a word of the role beside them a mention of the role ("the engine role")
_JOB = frozenset({"role", "position", "job", "post", "vacancy", "opening", "appointment"})


def _role_bases(notes: Notes, method: Normalise) -> frozenset[str]:
    """Bases of the role's words and of the people's titles ("IV Room Supervisor")."""
    texts = [notes.role, *(p.title or "" for p in notes.interviewers)]
    return frozenset().union(*(_text_bases(t, method) for t in texts))


def _role_in_details(notes: Notes, method: Normalise) -> frozenset[str]:
    """Bases of the role's words, and the titles', that a detail also has."""
    role = _role_bases(notes, method)
    details = frozenset().union(*(_text_bases(d, method) for d in notes.details))
    return role & details


def role_in_details(notes: Notes, method: Normalise) -> frozenset[str]:
    """`_role_in_details`, kept per notes."""
    return per_notes(notes, f"role-in-details:{method}", lambda n: _role_in_details(n, method))


@lru_cache(maxsize=64)
def _job_bases(method: Normalise) -> frozenset[str]:
    return frozenset(_base(w, method) for w in _JOB)


def mention_spans(
    tokens: Sequence[Token], notes: Notes, method: Normalise
) -> list[tuple[int, int]]:
    """Spans of the words of the role and the titles that stand beside another such word or
    a noun for a job: a mention of the role or of a title ("the IV room team")."""
    role = per_notes(notes, f"role-bases:{method}", lambda n: _role_bases(n, method))
    if not role:
        return []
    near = role | _job_bases(method)
    # "and" and "of" join the words of a title ("Theatre and Recovery Lead")
    kept = [t for t in tokens if t.text.lower() not in ("and", "of")]
    bases = [_base(t.text, method) for t in kept]
    return [
        (t.start, t.end)
        for i, t in enumerate(kept)
        if bases[i] in role
        and any(b in near for b in bases[max(0, i - 1) : i] + bases[i + 1 : i + 2])
    ]


def role_words_used(
    tokens: Sequence[Token], notes: Notes, skip: frozenset[str], method: Normalise
) -> frozenset[str]:
    """Concepts of the role's words that a detail has, where the message uses them outside a
    mention of the role."""
    shared = per_notes(notes, f"role-in-details:{method}", lambda n: _role_in_details(n, method))
    if not shared:
        return frozenset()
    role = _role_bases(notes, method) | _job_bases(method)
    bases = [_base(t.text, method) for t in tokens]
    found = set()
    for i, base in enumerate(bases):
        if base not in shared:
            continue
        beside = bases[max(0, i - 1) : i] + bases[i + 1 : i + 2]
        if any(b in role for b in beside):
            continue  # "the Crew Lead role", "an engine position"
        c = concept(tokens[i].text, method)
        if c is not None:
            found.add(c)
    return frozenset(found)


def covered_with_role(
    notes: Notes,
    skip: frozenset[str],
    method: Normalise,
    text: set[str],
    shorter: set[str],
    used: frozenset[str],
    formed: Mapping[str, tuple[frozenset[str], frozenset[str]]] | None = None,
) -> bool:
    """Whether some detail, read with its words of the role, shares a concept the message uses
    of it (`used`, from `role_words_used`) and one more of its own concepts. `formed` gives,
    per detail, the numbers and days it names and those of them the message names too
    (coach.checks.detail_forms): a month counts here as beside any other concept ("the lens
    goes on show in September")."""
    role = per_notes(notes, f"role-in-details:{method}", lambda n: _role_in_details(n, method))
    own = skip - role
    for detail in notes.details:
        forms, said = (formed or {}).get(detail, (frozenset(), frozenset()))
        wanted = _detail_concepts(detail, own, method) | forms
        shared = {c for c in wanted if _found(c, text | used | said, shorter)}
        if len(shared) >= 2 and shared & used and shared - used:
            return True
    return False


#: the job's duties told: "what a Camp Cook Supervisor does: running the kitchen ...", "the
#: duties of the role", "is the heart of this job". What follows, to the sentence's end, is the
#: job everyone in it does, not a detail of this interview.
_DUTIES = (
    r"\bwhat (?:a|an|the|your|this) (?:{role}|job|role|position|post) (?:does|do|involves|"
    r"entails|means|looks like)\b"
    r"|\bthe (?:duties|responsibilities|day-to-day) of (?:a|an|the|this) (?:{role}|job|role|"
    r"position|post)\b"
)
#: where a match of `_DUTIES` can start, whatever the role: most messages have none, and then
#: the role's own pattern (a compile per notes, as each message may bring its own) is not built
_DUTIES_START = lazy_compile(
    r"\bwhat (?:a|an|the|your|this) |\bthe (?:duties|responsibilities|day-to-day) of "
    r"(?:a|an|the|this) ",
    re.I,
)
_DUTY_WHOLE = lazy_compile(
    r"\b(?:is|are) (?:the (?:heart|core|essence|centre|center) of|what) "
    r"(?:this|the|that|a|your) (?:job|role|position|post|work)(?: is about)?\b",
    re.I,
)
_SENTENCE_END = lazy_compile(r"[.!?\n]")
_SENTENCE_START = lazy_compile(r"[.!?\n][^.!?\n]*$")


def _duties_pattern(notes: Notes) -> re.Pattern[str]:
    role = r"[\s-]+".join(re.escape(w) for w in notes.role.split()) or "job"
    return re.compile(_DUTIES.format(role=role), re.I)


def duty_spans(doc: Doc, notes: Notes) -> list[tuple[int, int]]:
    """Spans of the body that tell the job's duties: from "what a <role> does" to the
    sentence's end, and a whole sentence that calls something "the heart of this job"."""
    text = doc.plain
    spans = []
    if _DUTIES_START.search(text, doc.body_start):
        pattern = per_notes(notes, "duties-pattern", _duties_pattern, uses=("role",))
        for m in pattern.finditer(text, doc.body_start):
            end = _SENTENCE_END.search(text, m.end())
            spans.append((m.start(), end.start() if end else len(text)))
    for m in _DUTY_WHOLE.finditer(text, doc.body_start):
        start = _SENTENCE_START.search(text, doc.body_start, m.start())
        end = _SENTENCE_END.search(text, m.end())
        spans.append(
            (start.start() + 1 if start else doc.body_start, end.start() if end else len(text))
        )
    return spans
