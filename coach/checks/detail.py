"""A specific interview detail: coverage that accepts paraphrase, invented topics, and the same
text sent to two interviewers.

A detail is a set of concepts. Each content word is normalised (by default a Snowball stem, via
PyStemmer) and mapped to its synonym group (rules/lexicon/synonyms.yaml); a hyphenated word
counts as its parts, so "screen-reader testing" meets "screen readers", and a phrase of the
lexicon ("roll out", "behind schedule") is one concept whose words do not count alone. Stems of
one word family that Snowball leaves apart ("registered"/"registration") meet, and an acronym
stands for the words it abbreviates ("ED" for "emergency department"), as one concept. Generic
words about the job or the interview never count, so "the position" or "the company's culture"
is not a detail; nor do the words of the role, the company and the people, in any form, though a
synonym of one does ("rota" for a Shift Supervisor), and a word of the role that a detail also
has counts with another of that detail's words where it is no mention of the role
(coach.checks.detail_role: "the morning checks on your engines" for "daily engine checks").
Generic groups (past, current, career, project, problem, growth, plan) count like synonym
groups, so "your past experiences and current projects" covers "his own earlier career" and "the
projects he is leading right now", but never alone, never just after "my" (the candidate's own
"my previous role"), and never as a claimed topic for detail-unsupported. `scripts/eval.py
--methods` measures what each normalisation buys; tests/test_detail_paraphrase.py holds
paraphrases and generic sentences across trades.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, NamedTuple

from pydantic import Field

from coach.checks.base import CheckKind, Context, Hit, Params, per_notes
from coach.checks.detail_forms import compound_heads, message_numbers, numbers, proper_names
from coach.checks.phrases import anchor
from coach.models import Kind, Notes
from coach.rulebook import rules_dir
from coach.text import WORD, Doc, lazy_compile

#: exact: lower-cased words; stem: Snowball stems; lemma: simplemma lemmas (optional package);
#: "+synonyms" (and "synonyms", which is stem+synonyms) also maps each form to its synonym group.
#: The rules use "synonyms": `scripts/eval.py --methods` shows lemmas add nothing over stems.
Normalise = Literal["exact", "stem", "synonyms", "lemma", "lemma+synonyms"]
DEFAULT: Normalise = "synonyms"


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return str(_stemmer().stemWord(word))


@lru_cache(maxsize=65536)
def _lemma(word: str) -> str:
    import simplemma

    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return str(simplemma.lemmatize(word, lang="en")).lower()


def _base(word: str, method: Normalise) -> str:
    if method == "exact":
        word = word.lower().replace("’", "'")
        return word[:-2] if word.endswith("'s") else word
    return _lemma(word) if method.startswith("lemma") else stem(word)


class Lexicon(NamedTuple):
    """rules/lexicon/synonyms.yaml, normalised by one method."""

    stop: frozenset[str]  # bases that never count
    groups: dict[str, str]  # base -> group id: "=head" (synonyms) or "~head" (generic)
    phrases: dict[tuple[str, ...], str]  # bases of a phrase -> group id ("" for a stop phrase)
    starts: frozenset[str]  # first bases of the phrases
    longest: int


@lru_cache(maxsize=8)
def _lexicon(method: Normalise = DEFAULT) -> Lexicon:
    """Stop words and phrases, and each form's synonym group."""
    from coach.cache import cached

    source = rules_dir() / "lexicon" / "synonyms.yaml"
    return cached(f"lexicon-{method}", [source, Path(__file__)], lambda: _build_lexicon(method))


def _split(entry: str) -> list[str]:
    return [p for p in re.split(r"[\s\-]+", entry.strip()) if p]


def _build_lexicon(method: Normalise) -> Lexicon:
    import yaml  # only when the lexicon cache is cold

    data = yaml.load(
        (rules_dir() / "lexicon" / "synonyms.yaml").read_text("utf-8"),
        Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader),
    )
    stop = frozenset(_base(w, method) for w in " ".join(data["stopwords"]).split())
    groups: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}
    for entry in data.get("stop_phrases") or ():
        phrases[tuple(_base(p, method) for p in _split(entry))] = ""
    if method in ("synonyms", "lemma+synonyms"):
        for section, mark in (("synonyms", "="), ("specific", "+"), ("generic", "~")):
            for group in data.get(section) or ():
                words = [w.strip() for w in (group.split(",") if isinstance(group, str) else group)]
                head = mark + words[0]
                for word in words:
                    parts = [_base(p, method) for p in _split(word)]
                    if len(parts) == 1:
                        groups.setdefault(parts[0], head)
                    elif parts:
                        phrases.setdefault(tuple(parts), head)
    return Lexicon(
        stop,
        groups,
        phrases,
        frozenset(k[0] for k in phrases),
        max((len(k) for k in phrases), default=1),
    )


def is_group(concept: str) -> bool:
    """A synonym group ("=report", "+lab") or a generic group ("~career"), not a word of its
    own."""
    return concept[:1] in "=+~"


def counts_alone(concept: str) -> bool:
    """A concept that alone refers back to a detail in a brief message: a word of the detail's
    own, or a group of concrete things ("+lab": a suite, a centre), not a synonym group of the
    generic words of work (review, meeting, data)."""
    return concept[:1] not in "=~"


@lru_cache(maxsize=131072)
def concept(word: str, method: Normalise = DEFAULT) -> str | None:
    """The concept a word stands for, or None for a stop word."""
    if len(word) < 3 and not word.isupper():
        return None
    lexicon = _lexicon(method)
    s = _base(word, method)
    if s in lexicon.stop:
        return None
    return lexicon.groups.get(s, s)


#: each word part's (base, concept) per method, as `units` reads them: one lookup a word
_WORD_INFO: dict[str, dict[str, tuple[str, str | None]]] = defaultdict(dict)

#: a generic concept this many words after "my" is the candidate's own ("my previous role",
#: "my current job"), not the interviewer's topic
_MINE = 3


def units(
    words: Iterable[str],
    method: Normalise = DEFAULT,
    skip: frozenset[str] = frozenset(),
    mine: bool = False,
) -> Iterator[tuple[int, int, str]]:
    """(first word, past the last word, concept) of each unit of the words: a phrase of the
    lexicon ("roll out", "month-end close") is one unit, its words do not count alone; a stop
    phrase ("earlier today") is none. A hyphenated word is read as its parts; a word whose base
    is in `skip` (the role's, the company's) does not count, nor a phrase made only of such
    words. With `mine`, generic concepts just after "my" are left out."""
    lexicon = _lexicon(method)
    starts, phrases, stop, longest = lexicon.starts, lexicon.phrases, lexicon.stop, lexicon.longest
    known = _WORD_INFO[method]
    if len(known) > 200_000:
        known.clear()
    index: list[int] = []  # the word each part belongs to
    texts: list[str] = []
    bases: list[str] = []
    found_concepts: list[str | None] = []
    for i, w in enumerate(words):
        for p in w.split("-") if "-" in w else (w,):
            if not p:
                continue
            got = known.get(p)
            if got is None:
                got = known[p] = (_base(p, method), concept(p, method))
            index.append(i)
            texts.append(p)
            bases.append(got[0])
            found_concepts.append(got[1])
    n, at, after_my = len(bases), 0, 0
    while at < n:
        found, size = None, 1
        base = bases[at]
        if base in starts:
            for k in range(min(longest, n - at), 1, -1):
                found = phrases.get(tuple(bases[at : at + k]))
                if found is not None:
                    size = k
                    break
        if found is not None:
            own = [b for b in bases[at : at + size] if b not in stop]
            c = found if found and not (own and all(b in skip for b in own)) else None
        else:
            c = None if base in skip else found_concepts[at]
        if c is not None and not (after_my and c[0] == "~"):
            yield index[at], index[at + size - 1] + 1, c
        if mine:
            after_my = _MINE if texts[at].lower() == "my" else max(0, after_my - size)
        at += size


def concepts(
    words: Iterable[str],
    method: Normalise = DEFAULT,
    skip: frozenset[str] = frozenset(),
    mine: bool = False,
) -> set[str]:
    """Concepts of the words (see `units`)."""
    return {c for _, _, c in units(words, method, skip, mine)}


def _context_bases(notes: Notes, method: Normalise) -> frozenset[str]:
    """Words a bare mention of the role, company or people supplies: they never count, in the
    message or in a detail (a synonym of one does: "rota" for a Shift Supervisor)."""
    texts = [notes.role, notes.company.name, *notes.company.aliases, notes.candidate.name]
    texts += [p.name for p in notes.interviewers]
    return frozenset().union(*(_text_bases(t, method) for t in texts))


@lru_cache(maxsize=8192)
def _text_bases(text: str, method: Normalise) -> frozenset[str]:
    words = (p for w in WORD.findall(text) for p in w.split("-"))
    lexicon = _lexicon(method)
    return frozenset(b for w in words if (b := _base(w, method)) not in lexicon.stop)


@lru_cache(maxsize=4096)
def _detail_concepts(detail: str, skip: frozenset[str], method: Normalise) -> frozenset[str]:
    return frozenset(concepts(WORD.findall(detail), method, skip))


@lru_cache(maxsize=4096)
def _named(detail: str, skip: frozenset[str], method: Normalise) -> frozenset[str]:
    """Concepts of the detail's own names ("Limuru", "iManage"): one covers the detail."""
    from coach.checks.names_spelling import english_words

    found = set()
    for name in proper_names(detail, english_words(), frozenset()):
        c = concept(name, method)
        if c is not None and not is_group(c) and _base(name, method) not in skip:
            found.add(c)
    return frozenset(found)


@lru_cache(maxsize=4096)
def _heads(detail: str, skip: frozenset[str], method: Normalise) -> tuple[tuple[str, str], ...]:
    """(the compound's concept, its head's concept) for each closed compound of the detail."""
    from coach.checks.names_spelling import english_words

    out = []
    for word, head in compound_heads(detail, english_words()):
        whole, part = concept(word, method), concept(head, method)
        if whole is None or part is None or is_group(whole) or _base(word, method) in skip:
            continue
        out.append((whole, part))
    return tuple(out)


#: Snowball leaves some words of one family apart ("registration" -> registr, "registered" ->
#: regist; "verification" -> verif, "verify" -> verifi; "supervisor"/"supervise"): a stem that
#: starts with another, at most this many letters longer, stands for it, when the shorter has at
#: least _FAMILY_MIN letters. Over the corpus every such pair is a true relative.
_FAMILY_EXTRA = 2
_FAMILY_MIN = 5
#: the one who does it ("roofer" of "roof", "packer" of "pack"): Snowball keeps the -er, and
#: the stems are too short for the rule above
_AGENT_MIN = 4


def shorter_relatives(text_concepts: set[str]) -> set[str]:
    """The stems of the text cut by one or two letters (not below _FAMILY_MIN): a detail's stem
    found here is the start of a longer stem of the text ("regist" of "registr")."""
    return {
        t[:-k]
        for t in text_concepts
        if not is_group(t)
        for k in range(1, _FAMILY_EXTRA + 1)
        if len(t) - k >= _FAMILY_MIN
    }


def _found(concept: str, text: AbstractSet[str], shorter: AbstractSet[str]) -> bool:
    if concept in text:
        return True
    if is_group(concept):
        return False  # a synonym group is matched by its members, not by spelling
    if concept in shorter:  # the detail's stem starts a longer stem of the text
        return True
    if len(concept) >= _AGENT_MIN and concept + "er" in text:  # "roofer" for "roof"
        return True
    if concept.endswith("er") and len(concept) - 2 >= _AGENT_MIN and concept[:-2] in text:
        return True  # "roof" for "roofer"
    return any(  # a stem of the text starts the detail's longer stem
        concept[:-k] in text for k in range(1, _FAMILY_EXTRA + 1) if len(concept) - k >= _FAMILY_MIN
    )


def covered(
    detail_concepts: frozenset[str],
    text_concepts: set[str],
    need: int,
    shorter: set[str] | None = None,
) -> bool:
    shared: set[str] | frozenset[str]
    if shorter is None:
        shared = detail_concepts & text_concepts
    else:
        shared = {c for c in detail_concepts if _found(c, text_concepts, shorter)}
    if need == 1 and len(shared) == 1 and len(detail_concepts) > 1:
        # one concept alone must be a word of the detail's own ("isotope", "Smartsheet"), not a
        # synonym group: those hold the generic words of work (review, meeting, check-in, data)
        return counts_alone(next(iter(shared)))
    return len(shared) >= min(need, len(detail_concepts)) and len(shared) > 0


#: words an acronym skips or that break a run of words into separate names
_FUNCTION = frozenset(
    {"a", "an", "and", "the", "of", "to", "for", "in", "on", "at", "by", "with", "from", "or", "as"}
    | {"into", "via", "per"}
)
_SENTENCE_BREAK = lazy_compile(r"[.!?;:,()\n]+")


@lru_cache(maxsize=4096)
def _runs(text: str) -> dict[str, tuple[str, ...]]:
    """Initials of each run of 2-4 words within a sentence, without a function word, upper-cased,
    with the words: 'emergency department registration' gives ED, EDR and DR."""
    out: dict[str, tuple[str, ...]] = {}
    for sentence in _SENTENCE_BREAK.split(text):
        words = WORD.findall(sentence)
        for i in range(len(words)):
            for n in (2, 3, 4):
                run = words[i : i + n]
                if len(run) < n or any(w.lower() in _FUNCTION for w in run):
                    break
                out.setdefault("".join(w[0] for w in run).upper(), tuple(run))
    return out


def acronym_concepts(
    detail: str, text: str, caps: frozenset[str], skip: frozenset[str], method: Normalise
) -> set[str]:
    """Concepts of a detail that the text names by acronym ("ED" for "emergency department"),
    or that the text spells out where the detail has the acronym ("emergency department
    registration" for "EDR"). A spelt-out acronym counts from three letters: any two words in a
    row give some two initials by chance."""
    found: set[str] = set()
    if caps:
        runs = _runs(detail)
        for acronym in caps & runs.keys():
            if concept(acronym, method) is None:
                continue  # IT, US, AM: words before they are acronyms
            # an acronym names one thing: it counts as one concept, its run's first specific word
            first = next(
                (
                    c
                    for w in runs[acronym]
                    if (c := concept(w, method)) is not None
                    and _base(w, method) not in skip
                    and not is_group(c)
                ),
                None,
            )
            if first is not None:
                found.add(first)
    own = {w for w in WORD.findall(detail) if 3 <= len(w) <= 5 and w.isupper()}
    if own:
        spelt = _runs(text)
        for acronym in own & spelt.keys():
            if len(acronym) >= 3:
                found |= concepts((acronym,), method, skip)
    return found


class CoverageParams(Params):
    need: int = Field(2, ge=1, description="concepts of one detail the message must share")
    need_by_kind: dict[Kind, int] = Field(
        {},
        description="`need` for some kinds: a check-in or a LinkedIn note is brief, and one "
        "word of a detail ('still keen on the isotope work') refers back to it; a single "
        "concept counts only when it is the detail's own word, not a synonym group",
    )
    specific: int = Field(
        2,
        ge=0,
        description="when no detail's concepts are found, the specific concepts (words rare in "
        "follow-up prose: coach.checks.detail_specific) one sentence must name for the message "
        "to refer to a detail in other words; 0 turns this second test off",
    )
    common: int = Field(
        4, ge=2, description="sentences of follow-up prose a word is in that make it common"
    )
    normalise: Normalise = Field(DEFAULT, description="how words are compared")


class Coverage(CheckKind):
    """`detail-missing`: the message refers to none of the details discussed."""

    name = "detail_coverage"
    Params = CoverageParams

    def run(self, doc: Doc, ctx: Context, rule: Any, params: CoverageParams) -> Iterator[Hit]:
        notes = ctx.notes
        if notes is None or not notes.details:
            return
        method = params.normalise
        skip = per_notes(notes, f"context-bases:{method}", lambda n: _context_bases(n, method))
        text = concepts((t.text for t in doc.body_tokens), method, skip, mine=True)
        shorter = shorter_relatives(text)
        need = params.need_by_kind.get(ctx.kind, params.need) if ctx.kind else params.need
        caps = frozenset(
            t.text for t in doc.body_tokens if 2 <= len(t.text) <= 5 and t.text.isupper()
        )
        for detail in notes.details:
            wanted = _detail_concepts(detail, skip, method)
            if covered(wanted, text, need, shorter):
                return
            extra = acronym_concepts(detail, doc.body, caps, skip, method)
            if extra and covered(wanted, text | extra, need, shorter):
                return
        # the forms concepts miss (coach.checks.detail_forms), read only when they found none
        said: frozenset[str] | None = None
        for detail in notes.details:
            if any(c in text for c in _named(detail, skip, method)):
                return
            own, heads = numbers(detail), _heads(detail, skip, method)
            if own and said is None:
                said = message_numbers(doc.body)
            extra = {whole for whole, head in heads if head in text}
            if own and said:
                extra |= own & said
            if extra:
                extra |= acronym_concepts(detail, doc.body, caps, skip, method)
                wanted = _detail_concepts(detail, skip, method) | own
                if covered(wanted, text | extra, need, shorter):
                    return
        from coach.checks.detail_role import covered_with_role, role_words_used

        used = role_words_used(doc.body_tokens, notes, skip, method)
        if used and covered_with_role(notes, skip, method, text, shorter, used):
            return  # a word of the role used of a detail ("the morning checks on your engines")
        if params.specific:  # a paraphrase in words no synonym group joins
            from coach.checks.detail_specific import refers_to_specifics

            details = frozenset().union(*(_detail_concepts(d, skip, method) for d in notes.details))
            if refers_to_specifics(
                doc, notes, skip, params.specific, params.common, method, details
            ):
                return
        example = notes.details[0]
        yield anchor(
            doc,
            "start",
            {"details": "; ".join(notes.details)},
            f"Add a sentence about something you discussed, e.g. "
            f"'I enjoyed our conversation about {example}.'",
        )
