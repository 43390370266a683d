"""`recipient`: a greeting or a thanks addressed by name to someone other than the reader."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from coach.checks.base import CheckKind, Context, Hit, Params, per_notes
from coach.checks.names_spelling import _forms_of_people, bare, key, near_miss
from coach.text import WORD, Doc, lazy_compile

_NAME = r"[A-Z][^\W\d_]+(?:['’\-][A-Z]?[^\W\d_]+)*"
#: an honorific before the name a sentence addresses: "Thank you, Dr. Rao, for ..."
_TITLED = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+)?"
#: thanks addressed to someone by name: "Thank you again, Anne-Marie, for ..."
VOCATIVE = lazy_compile(
    r"\b(?i:thank you|thanks|many thanks)(?i: (?:so|very) much| again| once again| both)?,?\s+"
    rf"{_TITLED}(?P<who>{_NAME}(?:\s{_NAME})?)(?=\s*(?:,|!|\.|for\b))"
)


#: the reader named at the head of a sentence: "Michael, thank you again for ..."
LEADING_VOCATIVE = lazy_compile(
    rf"(?:^|(?<=[.!?])[ \t]+){_TITLED}(?P<who>{_NAME}(?:[ \t]{_NAME})?),[ \t]+"
    r"(?i:thank|thanks|many thanks|it was|it's been|it has been|"
    r"i (?:really |truly |also )?(?:appreciate|appreciated|enjoyed|wanted|loved))\b",
    re.M,
)
#: the reader named at the end of a sentence of thanks: "Thanks for your time today, Michael!"
TRAILING_VOCATIVE = lazy_compile(
    r"\b(?i:thank you|thanks|many thanks|it was (?:a |such a )?(?:pleasure|great|lovely|"
    r"wonderful|nice|good|joy)|it's been (?:a )?(?:pleasure|great)|"
    r"i (?:really |truly )?(?:appreciated|enjoyed))"
    rf"[^.!?\n]{{0,100}}?(?P<before>\w+),[ \t]+{_TITLED}(?P<who>{_NAME}(?:[ \t]{_NAME})?)"
    r"[ \t]*[.!]"
)
#: a word before the comma that makes the name an apposition, not the reader: "your colleague,
#: Michael"
_APPOSITION = frozenset(
    {
        "colleague",
        "colleagues",
        "manager",
        "boss",
        "lead",
        "director",
        "head",
        "partner",
        "recruiter",
        "coordinator",
        "friend",
        "team",
        "teammate",
        "teammates",
        "engineer",
        "analyst",
        "and",
        "to",
        "with",
        "including",
        "especially",
        "particularly",
        "namely",
        "also",
    }
)


def greets_another(doc: Doc, ctx: Context) -> bool:
    """The greeting names another interviewer and not the reader: `name-wrong-recipient` reports
    it (with the reader's name as the rewrite), so `greeting-missing` need not report it again."""
    reader = ctx.recipient
    if ctx.notes is None or reader is None or doc.greeting is None:
        return False
    others = [p for p in ctx.notes.interviewers if p.name != reader.name]
    if not others:
        return False
    words = [bare(m.group()) for m in WORD.finditer(doc.greeting.group("who"))]
    mine, theirs = _forms_of_people([reader]), _forms_of_people(others)
    if any(key(w) == key(f.text) or near_miss(w, f.text) for w in words for f in mine):
        return False
    return any(key(w) == key(f.text) or near_miss(w, f.text) for w in words for f in theirs)


class Recipient(CheckKind):
    """`name-wrong-recipient`: greeting or thanks addressed to someone other than the reader."""

    name = "recipient"

    def run(self, doc: Doc, ctx: Context, rule: Any, params: Params) -> Iterator[Hit]:
        reader = ctx.recipient
        if ctx.notes is None or reader is None:
            return
        others = [p for p in ctx.notes.interviewers if p.name != reader.name]
        if not others:
            return
        spans = []
        if doc.greeting is not None:
            spans.append((doc.greeting.start("who"), doc.greeting.group("who")))
        spans += [(m.start("who"), m.group("who")) for m in VOCATIVE.finditer(doc.masked)]
        spans += [(m.start("who"), m.group("who")) for m in LEADING_VOCATIVE.finditer(doc.masked)]
        spans += [
            (m.start("who"), m.group("who"))
            for m in TRAILING_VOCATIVE.finditer(doc.masked)
            if m.group("before").lower() not in _APPOSITION
        ]
        mine, theirs = per_notes(
            ctx.notes,
            f"recipient:{reader.name}",
            lambda n: (_forms_of_people([reader]), _forms_of_people(others)),
            uses=("interviewers",),
        )
        unique: dict[int, str] = {}
        for start, who in spans:  # the same name may open and close a sentence of thanks
            unique.setdefault(start, who)
        spans = list(unique.items())
        co_readers: set[str] = set()  # "Dear Sarah and Michael": both read this message
        reported: set[int] = set()  # "Hello Breesha, thank you": greeting and vocative, one name
        for i, (start, who) in enumerate(spans):
            found = list(WORD.finditer(who))
            # "Thank you, Michael and Sarah" includes the reader: no one is wrongly addressed
            if any(
                key(bare(m.group())) == key(f.text) or near_miss(bare(m.group()), f.text)
                for m in found
                for f in mine
            ):
                if i == 0 and doc.greeting is not None:
                    co_readers = {
                        f.owner
                        for m in found
                        for f in theirs
                        if key(bare(m.group())) == key(f.text)
                    }
                continue
            for m in found:
                word = bare(m.group())
                other = next((f for f in theirs if key(word) == key(f.text)), None)
                if other is None:
                    other = next((f for f in theirs if near_miss(word, f.text)), None)
                if other is not None and other.owner in co_readers:
                    break
                if other is not None:
                    if start + m.start() not in reported:
                        reported.add(start + m.start())
                        yield Hit(
                            start + m.start(),
                            start + m.start() + len(word),
                            {"found": word, "other": other.owner, "expected": reader.name},
                            suggestion=f"Address {reader.name}, the reader of this message",
                        )
                    break
