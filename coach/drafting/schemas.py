"""What the model is asked to write: one or two sentences per message, each on rails.

A 135M-parameter model cannot be trusted with a whole message: it misspells names, forgets the
sign-off and rambles until it runs out of tokens. So it writes only the sentences that need
judgement, and each is a JSON-schema string whose `pattern` fixes how the sentence opens and
that it is one sentence (no newline, quote, bracket or second full stop), and whose length is
bounded (llama.cpp turns the pattern into a grammar; with a pattern it ignores maxLength, so the
bound lives in the pattern too). The greeting, thanks, names, timeline and sign-off come from the
deterministic composer, which cannot get them wrong.

Hosted endpoints receive the same schema in strict mode; `max_length` is also checked here when
the reply is parsed.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from coach.models import Kind

_BODY = r'[^"\\\n.!?<>{}\[\]|*#_~`]'
"""Characters a sentence may contain after its fixed opening: one plain sentence, no markup."""


def _sentence(opening: str, low: int, high: int) -> str:
    return rf"^{opening} {_BODY}{{{low},{high}}}\.$"


_OPENING_MAX = 45
"""Characters in the longest opening below ("I remain very enthusiastic about" and the like)."""

# Openings: the words that put the small model on the right track at once.
DETAIL = r"I (?:especially )?(?:enjoyed|appreciated|valued) (?:learning|hearing|talking) about"
INTEREST = (
    r"I (?:am|remain) (?:very |genuinely |especially |truly )?"
    r"(?:interested in|excited about|keen on|enthusiastic about) "
    r"(?:the|this) (?:role|position|opportunity|chance) (?:to|because|at|as|and)"
)
"""About the role itself: with the noun and its link fixed, the model can neither wander to the
reader ("your experience") nor rename the job ("the role of a data engineer")."""
RECALL = r"I (?:have been|keep) thinking about"
HOPE = (
    r"I hope (?:these|they|this|it) (?:will |would )?(?:help|helps|give|gives|show|shows) "
    r"(?:you|your team)"
)
APPRECIATION = (
    r"I (?:especially |really |truly )?(?:enjoyed|appreciated|valued) "
    r"(?:learning|hearing|talking) about"
)


def _field(opening: str, low: int, high: int, about: str) -> Any:
    cap = high + _OPENING_MAX + 2  # the opening, the body, the full stop
    return Field(max_length=cap, pattern=_sentence(opening, low, high), description=about)


class _Parts(BaseModel):
    model_config = ConfigDict(extra="forbid")

    def sentences(self) -> dict[str, str]:
        return {k: v for k, v in self.model_dump().items() if isinstance(v, str)}


class ThankYouParts(_Parts):
    detail_sentence: str = _field(DETAIL, 8, 90, "one sentence about the topic discussed")
    interest_sentence: str = _field(INTEREST, 8, 80, "one sentence on why the role appeals")


class HandwrittenParts(_Parts):
    detail_sentence: str = _field(DETAIL, 8, 70, "one sentence about the topic discussed")
    interest_sentence: str = _field(INTEREST, 8, 60, "one sentence on why the role appeals")


class LinkedInParts(_Parts):
    detail_sentence: str = _field(DETAIL, 8, 60, "one short sentence about the topic")


class CheckInParts(_Parts):
    detail_sentence: str = _field(RECALL, 8, 80, "one sentence recalling the topic")
    interest_sentence: str = _field(INTEREST, 8, 80, "one sentence restating interest")


class FinalParts(_Parts):
    interest_sentence: str = _field(INTEREST, 8, 80, "one sentence restating interest")


class MaterialsParts(_Parts):
    note_sentence: str = _field(HOPE, 8, 80, "one sentence on how the materials help")


class RejectionParts(_Parts):
    appreciation_sentence: str = _field(APPRECIATION, 8, 80, "one sentence of appreciation")


SCHEMAS: dict[Kind, type[_Parts]] = {
    Kind.thank_you: ThankYouParts,
    Kind.handwritten_note: HandwrittenParts,
    Kind.linkedin_note: LinkedInParts,
    Kind.check_in: CheckInParts,
    Kind.final_follow_up: FinalParts,
    Kind.materials: MaterialsParts,
    Kind.rejection_reply: RejectionParts,
}


def reply_tokens(schema: type[BaseModel]) -> int:
    """Enough completion tokens for every field at its longest, plus the JSON around them.

    Roughly 3.5 characters per token for English; a reply that still hits this limit was
    truncated and is treated as a failed attempt.
    """
    chars = 0
    for field in schema.model_fields.values():
        for meta in field.metadata:
            chars += getattr(meta, "max_length", 0) or 0
    return 24 + int(chars / 3.0) + 12 * len(schema.model_fields)
