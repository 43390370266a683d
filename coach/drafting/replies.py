"""Turn a model reply into usable sentences, or into the reason it is not usable.

A small model's reply can be malformed JSON, empty, a refusal, cut off at the token limit, or
valid JSON whose sentences trail off ("...which I had the most."). None of these is an error
for the user: the drafting loop counts the call, notes the reason, and moves on (a revision, the
safe fixes, or the composer). Nothing here raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import BaseModel, ValidationError

from coach.backends.base import ChatResult
from coach.drafting.safety import is_refusal, looks_like_instruction

# A clause the model tacks on after its point; cutting there leaves one clean sentence.
_CLAUSE_CUT = re.compile(
    r",\s+(?:and|but|which|who|so|as|because|while|where|since|making|allowing|especially|"
    r"including|I|it|this|that|these|my|we|you)\b|\s+and\s+I\b|\s+and\s+it\b|;",
    re.I,
)
_TRAILING = frozenset(
    """a an the of to and or but my your our their with in on at for from by is was are be i
    i'm which that this as so very most more its it's how what who about into can will would
    could has have had been than such like also both each every some it them they we you us
    found made""".split()  # noqa: SIM905 - a word list reads better as text
)
_JOINT = re.compile(r",|\s(?:and|but|or|while|because|as|so|to)\s")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_WORDS = 6


@dataclass(frozen=True)
class Reading:
    """Sentences ready for the composer, or `problem` saying why there are none."""

    sentences: dict[str, str] | None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.sentences is not None


def _parse(result: ChatResult, schema: type[BaseModel]) -> BaseModel | None:
    if result.parsed is not None:
        return result.parsed
    # An endpoint without constrained output may wrap the JSON in prose or a code fence.
    text = result.text
    start, end = text.find("{"), text.rfind("}")
    if 0 <= start < end:
        try:
            return schema.model_validate_json(text[start : end + 1])
        except ValidationError:
            return None
    return None


def clean_sentence(text: str) -> str | None:
    """One tidy sentence from what the model wrote, or None when it cannot be salvaged."""
    text = " ".join(text.split()).strip().strip('"').rstrip(" .,;:-")
    cut = _CLAUSE_CUT.search(text, 20)
    if cut:
        text = text[: cut.start()].rstrip(" .,;:-")
    words = _WORD.findall(text)
    # Cut off mid-thought by the length limit: back off to the last comma or conjunction,
    # if what is left still makes a sentence.
    while words and (words[-1].lower() in _TRAILING or len(words[-1]) < 2):
        joints = [m.start() for m in _JOINT.finditer(text)]
        if not joints or joints[-1] < 20:
            return None
        text = text[: joints[-1]].rstrip(" .,;:-")
        words = _WORD.findall(text)
    if len(words) < MIN_WORDS:
        return None
    return text[0].upper() + text[1:] + "."


def _base(word: str) -> str:
    """Compare-form: lower case, no possessive or plural s ("Analysts" is "analyst")."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


@dataclass(frozen=True)
class Vocabulary:
    """The capitalised words a model sentence may use: those of the data it was given, and
    near misses of the people's and company's names (the guardrail's safe fixes correct
    those, so they are left for it)."""

    words: frozenset[str]
    names: tuple[str, ...] = ()

    def invented(self, sentence: str) -> list[str]:
        """Capitalised words from nowhere: a small model invents acronyms and names ("the
        role at RISDF"), and no rule knows the company has no such initials."""
        from coach.checks.names_spelling import near_miss

        out = []
        for word in _WORD.findall(sentence)[1:]:  # the first word is capitalised anyway
            if not word[:1].isupper() or word == "I" or _base(word) in self.words:
                continue
            if not any(near_miss(word, name) for name in self.names):
                out.append(word)
        return out


def vocabulary(texts: list[str], names: list[str]) -> Vocabulary:
    words = {_base(w) for text in [*texts, *names] for w in _WORD.findall(text)}
    return Vocabulary(frozenset(words), tuple(w for n in names for w in _WORD.findall(n)))


# Sentences a recipient would notice, whatever the rules say of them. The interest sentence of a
# candidate who does not work there yet: "... and the team I joined" reads as already employed,
# and "the role and the position of the Senior Data Engineer" names the job twice.
_ALREADY_EMPLOYED = re.compile(
    r"\b(?:I(?:'ve| have)? joined|since (?:I )?join(?:ed|ing)|my (?:team|colleagues|manager|"
    r"current role (?:at|with) (?:your|the) (?:company|team))|the team I\b|as (?:a|an) "
    r"(?:member|employee) of (?:your|the) team|"
    r"I work (?:at|for|with) (?:your|the) (?:company|team))",
    re.I,
)
_JOB_TWICE = re.compile(
    r"\b(?:role|position|job|opportunity) and the (?:role|position|job|opportunity)\b", re.I
)
# A reply to a rejection thanks for the conversation; it never ties the decision to a detail
# ("learning about the company's decision to move the ETL to Dagster" is invented).
_DECISION = re.compile(
    r"\b(?:decision|decided|decide|chose|chosen|choice|reject\w*|unsuccessful|other candidates?|"
    r"not (?:to )?(?:move|proceed|go) forward)\b",
    re.I,
)


def misreads(name: str, sentence: str) -> str | None:
    """Why a well-formed sentence still would not do, or None."""
    if name == "interest_sentence" and _ALREADY_EMPLOYED.search(sentence):
        return f"{name} reads as if the candidate already works there"
    if _JOB_TWICE.search(sentence):
        return f"{name} names the job twice"
    if name == "appreciation_sentence" and _DECISION.search(sentence):
        return f"{name} ties the rejection to a detail the notes do not link to it"
    return None


def read_reply(
    result: ChatResult, schema: type[BaseModel], allowed: Vocabulary | None = None
) -> Reading:
    text = result.text or ""
    if result.truncated:
        return Reading(None, "the reply was cut off at the token limit")
    if not text.strip():
        return Reading(None, "the reply was empty")
    if is_refusal(text):
        return Reading(None, "the reply was a refusal, not the sentences asked for")
    parsed = _parse(result, schema)
    if parsed is None:
        return Reading(None, "the reply was not JSON with the fields asked for")
    sentences: dict[str, str] = {}
    for name, value in parsed.model_dump().items():
        if not isinstance(value, str):
            continue
        if looks_like_instruction(value) or is_refusal(value):
            return Reading(None, f"{name} holds text addressed to a model, not to the reader")
        sentence = clean_sentence(value)
        if sentence is None:
            return Reading(None, f"{name} trails off or is too short to use")
        wrong = misreads(name, sentence)
        if wrong:
            return Reading(None, wrong)
        invented = allowed.invented(sentence) if allowed is not None else []
        if invented:
            return Reading(None, f"{name} names what the notes do not: {', '.join(invented)}")
        sentences[name] = sentence
    return Reading(sentences)
