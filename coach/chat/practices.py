"""What the articles and the rulebook imply for a yes/no question about one practice ("can I
reuse the note I sent her?", "a card instead of the email?", "try a third time?"), as data in
rules/practices/practices.yaml. A guide entry's advice answers "should I?" for its topic as a
whole; a practice answers for the one thing asked, which may be the very thing the entry
warns against, so its verdict comes first."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from coach.chat.context import Situation
from coach.rulebook import Source, load_yaml, rules_dir

#: below this likeness to a practice's example questions, and with no cue, it is not asked
MIN_LIKENESS = 0.92


class Practice(BaseModel):
    """One practice a question may ask about, and the verdict the sources give it."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z]+(?:-[a-z]+)*$")
    cues: list[str] = Field(min_length=1)
    questions: list[str] = Field(min_length=1)
    say: Literal["yes", "no"]
    because: str = Field(min_length=20)
    rules: list[str] = []
    when: Literal["over", "same_day", "next_day", "undiscussed"] | None = None
    sources: list[Source] = Field(min_length=1)

    @field_validator("cues")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        for pattern in value:
            re.compile(pattern)
        return value


def practices_file() -> Path:
    return rules_dir() / "practices" / "practices.yaml"


@lru_cache(maxsize=1)
def load_practices() -> tuple[Practice, ...]:
    return tuple(Practice.model_validate(p) for p in load_yaml(practices_file()))


@lru_cache(maxsize=1)
def _vectors() -> dict[str, list[tuple[float, ...]]]:
    from coach.semantic import embedding

    model = embedding()
    return {
        p.id: [v for v in (model.vector(q) for q in p.questions) if v is not None]
        for p in load_practices()
    }


@dataclass(frozen=True)
class Judged:
    practice: Practice
    cued: bool


def asked_practice(
    question: str, situation: Situation, follow_up: bool, sentence: str | None = None
) -> Judged | None:
    """The practice the question asks about, if its situation holds: a cue names it, or the
    question is close in meaning to one of its examples. `follow_up`: the question is about a
    check-in or a call, where "both" and "as well" mean a second message that day."""
    from coach.semantic import cosine, embedding

    sentence = sentence or question  # the practice is named where the yes or no is asked
    vector = embedding().vector(sentence)
    best: Judged | None = None
    best_score = 0.0
    for practice in load_practices():
        cued = any(re.search(c, sentence, re.I) for c in practice.cues)
        like = (
            0.0
            if vector is None
            else max((cosine(vector, v) for v in _vectors()[practice.id]), default=0.0)
        )
        # by meaning alone only where no situation must hold: the situation's words ("a third",
        # "both") are what a cue reads, and a near question without them asks something else
        if not cued and (vector is None or like < MIN_LIKENESS or practice.when is not None):
            continue
        if not _holds(practice, question, sentence, situation, follow_up):
            continue
        score = like + (1.0 if cued else 0.0)
        if score > best_score:
            best, best_score = Judged(practice, cued), score
    return best


def _holds(
    practice: Practice, question: str, sentence: str, situation: Situation, follow_up: bool
) -> bool:
    """Whether the practice's situation holds: the follow-ups are spent, a second message
    would go the same day, or the day asked about is the day after the interview."""
    if practice.when == "over":
        from coach.chat.context import stopped

        said = re.search(
            r"\ba (?:3rd|third|4th|fourth)\b|\b(?:3rd|third|4th|fourth) (?:one|time"
            r"|follow|email|message|call|check|nudge|try|attempt)",
            question,
            re.I,
        )
        from coach.plan import limits

        count = stopped(situation)[1] if situation.notes is not None else 0
        over = count >= limits().max_follow_ups  # by count: a no or an offer is not this
        # "if the one on the 13th gets ignored as well, once more?": one beyond the next
        beyond = re.search(r"\bif\b[^?]*\b(?:ignored|no (?:reply|answer|joy|response)|nothing"
                           r"|doesn'?t (?:reply|answer|respond))", question, re.I)  # fmt: skip
        spent = over or (beyond is not None and count + 1 >= limits().max_follow_ups)
        told = any(re.search(r"\b(?:two|2|three|3) follow", s) for s in situation.facts.said)
        return bool(said or spent or told or re.search(r"\btwice\b", question, re.I))
    if practice.when == "same_day":
        from coach.chat.channels import channels_at_once

        both = re.search(rf"\b(?:{_REACH}) and (?:{_REACH})\b", sentence, re.I)
        return follow_up and bool(
            channels_at_once(sentence) or both or _two_people(sentence, situation)
        )
    if practice.when == "next_day":
        return _next_day(question, situation)
    if practice.when == "undiscussed":
        # "can I say we talked about X? we didn't really": the negation leaves its verb out
        elliptic = DISCUSSED.search(question) and ELLIPTIC.search(question)
        return UNDISCUSSED.search(question) is not None or bool(elliptic)
    return True


#: the user says a topic never came up: "we didn't really talk about that", "it never came up"
UNDISCUSSED = re.compile(
    r"\b(?:didn'?t|did not|never|haven'?t|hadn'?t|wasn'?t|was not|not)\b[^.?!]{0,25}?\b(?:talk"
    r"|discuss|mention|cover|come up|came up|bring (?:it|that|this) up|brought (?:it|that|this) up"
    r"|get (?:in)?to|got (?:in)?to)",
    re.I,
)
DISCUSSED = re.compile(
    r"\b(?:talk(?:ed)?|discuss(?:ed)?|mention(?:ed)?|cover(?:ed)?|spoke)\b", re.I
)
ELLIPTIC = re.compile(
    r"\b(?:we|i|they|he|she)\s+(?:didn'?t|did not|never|hadn'?t)(?:\s+really)?\s*(?:$|[,.;!?]"
    r"|but\b|though\b|tho\b)",
    re.I,
)


_REACH = r"ring|call|phone|email|e-mail|text|message|whatsapp"


def _two_people(question: str, situation: Situation) -> bool:
    """Two or more people at the company asked about for one day: "both", "all 3 of them", or
    one named with "too"/"as well" while another is the planned one."""
    if re.search(r"\bboth\b|\ball (?:\d|two|three|four) of them\b", question, re.I):
        return True
    if situation.notes is None or situation.synthetic:
        return False
    from coach.chat.names import fold, known_in

    if re.search(r"\binstead\b|\brather than\b|\bor\b", question, re.I):
        return False  # "to Liam instead of Mere", "Nell or Bjorn?": one of them, not both
    people = situation.notes.interviewers
    named = [p for p in people if known_in(p.name, question)]
    if len(named) >= 2:
        return True
    # "send the final one to Simone too": one more person besides the one planned
    forms = "|".join(
        re.escape(fold(f)) for p in named for f in (p.name, *p.name.split()) if len(f) > 2
    )
    too = rf"\b(?:{forms})\s+(?:too|as well)\b" if forms else None
    return too is not None and re.search(too, fold(question)) is not None


#: the question says the interview is today: "interview this morning", "met her today"
TODAYS_INTERVIEW = re.compile(
    r"\b(?:interview(?:ed)?|met (?:her|him|them)|spoke to (?:her|him|them))\b[^.?!,]{0,25}?"
    r"\b(?:today|this (?:morning|afternoon))\b"
    r"|\b(?:today|this (?:morning|afternoon))['’]?s interview\b",
    re.I,
)


def _next_day(question: str, situation: Situation) -> bool:
    if re.search(r"\bthe day after (?:the |my )?interview\b", question, re.I):
        return True
    tomorrow = re.search(r"\b(?:tomorrow|tmr|tmrw)\b", question, re.I) is not None
    if tomorrow and TODAYS_INTERVIEW.search(question):  # "interview this morning, ring tomorrow?"
        return True
    notes = situation.notes
    if notes is None or situation.synthetic:
        return False
    interview = notes.interview.start.astimezone(notes.interview.zone).date()
    today = situation.now.date()
    return (
        today == interview and re.search(r"\b(?:tomorrow|tmr|tmrw)\b", question, re.I) is not None
    )


def practice_lead(judged: Judged) -> tuple[str, str, list[str], list[Source]]:
    """(the verdict, "yes" or "no"; the reason in a sentence; its rules; its sources)."""
    p = judged.practice
    because = p.because[:1].upper() + p.because[1:]
    return p.say, because, list(p.rules), list(p.sources)
