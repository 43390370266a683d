"""The words of a detail and of a message as concepts: a Snowball stem (or lemma) mapped to its
synonym group in rules/lexicon/synonyms.yaml, with the lexicon's phrases, stop words and generic
groups, and the word families Snowball leaves apart. coach.checks.detail and its siblings compare
details with messages through these; see coach.checks.detail for how."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from coach.checks.base import per_notes
from coach.rulebook import rules_dir
from coach.text import WORD

if TYPE_CHECKING:
    from coach.models import Notes

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


def base(word: str, method: Normalise = DEFAULT) -> str:
    """The form a word is compared in (its stem, lemma or lower case), for the sibling modules."""
    return _base(word, method)


def stop_words(method: Normalise = DEFAULT) -> frozenset[str]:
    """Bases that never count: the lexicon's stop words."""
    return _lexicon(method).stop


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


def counts_alone(concept: str, common: int = 0) -> bool:
    """A concept that alone refers back to a detail in a brief message: a word of the detail's
    own, or a group of concrete things ("+lab": a suite, a centre), not a synonym group of the
    generic words of work (review, meeting, data). With `common`, nor a word in that many
    sentences of follow-up prose or more: "the opportunity to join the team" does not refer to
    "joins on the orders table"."""
    if concept[:1] in "=~":
        return False
    if not common or concept[:1] == "+":
        return True
    from coach.checks.detail_specific import sentence_counts

    return sentence_counts().get(concept, 0) < common


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


@lru_cache(maxsize=8192)
def _text_bases(text: str, method: Normalise) -> frozenset[str]:
    words = (p for w in WORD.findall(text) for p in w.split("-"))
    lexicon = _lexicon(method)
    return frozenset(b for w in words if (b := _base(w, method)) not in lexicon.stop)


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
    alone: int = 0,
) -> bool:
    """Whether the text shares `need` concepts of the detail; one concept alone (`need` 1) must
    be one that `counts_alone` (with `alone` as its `common`)."""
    shared: set[str] | frozenset[str]
    if shorter is None:
        shared = detail_concepts & text_concepts
    else:
        shared = {c for c in detail_concepts if _found(c, text_concepts, shorter)}
    if need == 1 and len(shared) == 1 and len(detail_concepts) > 1:
        # one concept alone must be a word of the detail's own ("isotope", "Smartsheet"), not a
        # synonym group: those hold the generic words of work (review, meeting, check-in, data)
        return counts_alone(next(iter(shared)), alone)
    return len(shared) >= min(need, len(detail_concepts)) and len(shared) > 0


def named_concepts(notes: Notes, method: Normalise) -> frozenset[str]:
    """Concepts of the role, the company, the candidate and the interviewers, by every name they
    go by: words a bare mention of them supplies, which name no detail ("offering to introduce
    me to the team at Acme"). Worked out once per notes, for every reading that needs them."""
    return per_notes(
        notes,
        f"named-concepts:{method}",
        lambda n: _named_concepts(n, method),
        uses=("role", "company", "candidate", "interviewers"),
    )


def _named_concepts(notes: Notes, method: Normalise) -> frozenset[str]:
    texts = [notes.role, notes.company.name, *notes.company.aliases, notes.candidate.name]
    texts += [p.name for p in notes.interviewers] + [
        a for p in notes.interviewers for a in p.aliases
    ]
    return frozenset(concepts(WORD.findall(" ".join(texts)), method))
