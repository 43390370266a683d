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
"my previous role"), and never as a claimed topic for detail-unsupported. Nor does a sentence
wholly about the candidate's own record ("I spent three seasons in a cellar crushing 2,000
tonnes": coach.checks.detail_specific.own_spans). In a thank-you one word that only one detail
has, rare in follow-up prose and said after the reader ("your point about one shared
dictionary"), refers to that detail (coach.checks.detail_sole). A detail's words inside a
topic detail-unsupported calls invented refer to nothing discussed (coach.checks.detail_agree).
`scripts/eval.py --methods` measures what each normalisation buys;
tests/test_detail_paraphrase.py holds paraphrases and generic sentences across trades.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from coach.checks.base import CheckKind, Context, Hit, Params, per_notes
from coach.checks.detail_forms import (
    calendar,
    compound_heads,
    message_numbers,
    numbers,
    proper_names,
)
from coach.checks.detail_quantities import met_quantities
from coach.checks.detail_words import (
    DEFAULT,
    Normalise,
    _base,
    _text_bases,
    concept,
    concepts,
    covered,
    is_group,
    shorter_relatives,
)
from coach.checks.phrases import anchor
from coach.models import Kind, Notes
from coach.plain import Field
from coach.text import WORD, Doc, lazy_compile


def _context_bases(notes: Notes, method: Normalise) -> frozenset[str]:
    """Words a bare mention of the role, company or people supplies: they never count, in the
    message or in a detail (a synonym of one does: "rota" for a Shift Supervisor)."""
    texts = [notes.role, notes.company.name, *notes.company.aliases, notes.candidate.name]
    texts += [p.name for p in notes.interviewers]
    texts += [a for p in notes.interviewers for a in p.aliases]  # "Joe - FoodSafe cert": whose
    return frozenset().union(*(_text_bases(t, method) for t in texts))


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


@lru_cache(maxsize=4096)
def _group_words(detail: str, skip: frozenset[str], method: Normalise) -> frozenset[str]:
    """Bases of the detail's words that stand for a synonym group ("forecasting": =model)."""
    return frozenset(
        b
        for w in WORD.findall(detail)
        if (c := concept(w, method)) is not None
        and c[:1] == "="
        and (b := _base(w, method)) not in skip
    )


def _same_group_word(
    details: list[str], tokens: list[Any], skip: frozenset[str], method: Normalise, common: int
) -> bool:
    """Whether the message uses a word of a detail's own that a synonym group holds, rare in
    follow-up prose: one alone refers back as any word of the detail's does, though a synonym
    of it ("planning" for "forecasting") does not."""
    wanted = frozenset().union(*(_group_words(d, skip, method) for d in details))
    if not wanted:
        return False
    from coach.checks.detail_specific import sentence_counts

    counts = sentence_counts()
    return any((b := _base(t.text, method)) in wanted and counts.get(b, 0) < common for t in tokens)


#: words an acronym skips or that break a run of words into separate names
_FUNCTION = frozenset(
    {"a", "an", "and", "the", "of", "to", "for", "in", "on", "at", "by", "with", "from", "or", "as"}
    | {"into", "via", "per"}
)
_SENTENCE_BREAK = lazy_compile(r"[.!?;:,()\n]+")


@lru_cache(maxsize=4096)
def _runs(text: str, compounds: bool = False) -> dict[str, tuple[str, ...]]:
    """Initials of each run of 2-4 words within a sentence, without a function word, upper-cased,
    with the words: 'emergency department registration' gives ED, EDR and DR. With `compounds`,
    a closed compound gives its head's initial too ("American foulbrood" is AFB as well as AF)."""
    heads: dict[str, str] = {}
    if compounds:
        from coach.checks.names_spelling import english_words

        heads = {word: head for word, head in compound_heads(text, english_words())}
    out: dict[str, tuple[str, ...]] = {}
    for sentence in _SENTENCE_BREAK.split(text):
        words = WORD.findall(sentence)
        for i in range(len(words)):
            for n in (2, 3, 4):
                run = words[i : i + n]
                if len(run) < n or any(w.lower() in _FUNCTION for w in run):
                    break
                out.setdefault("".join(w[0] for w in run).upper(), tuple(run))
                if any(w in heads for w in run):
                    joined = "".join(w[0] + heads.get(w, "")[:1] for w in run)
                    out.setdefault(joined.upper(), tuple(run))
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
        runs = _runs(detail, compounds=True)
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
            # a run through the role's or company's words spells a detail's acronym by chance:
            # "Quality Assurance Technician position" is no "ATP"
            if len(acronym) >= 3 and not any(_base(w, method) in skip for w in spelt[acronym]):
                found |= concepts((acronym,), method, skip)
    return found


def _by_synonym(
    details: list[str],
    tokens: list[Any],
    text: set[str],
    shorter: set[str],
    skip: frozenset[str],
    method: Normalise,
    need: int,
    alone: int,
    rare: int,
) -> bool:
    """Whether the message covers a detail once a message word that is a synonym of a word of
    the detail counts as it (coach.checks.detail_synonyms), when the synonym is in fewer than
    `rare` sentences of follow-up prose: "testing" and "reach" are too often about something
    else to stand for "trial" and "scope"."""
    from coach.checks.detail_specific import sentence_counts
    from coach.checks.detail_synonyms import synonym_concepts

    counts = sentence_counts()
    parts = (p for t in tokens for p in t.text.split("-") if p)
    bases = frozenset(b for p in parts if counts.get(b := _base(p, method), 0) < rare)
    for detail in details:
        extra = synonym_concepts(detail, bases, skip, method)
        if extra and covered(
            _detail_concepts(detail, skip, method), text | extra, need, shorter, alone
        ):
            return True
    return False


def _sole(
    doc: Doc,
    notes: Notes,
    tokens: list[Any],
    skip: frozenset[str],
    method: Normalise,
    params: CoverageParams,
    mine: list[tuple[int, int]],
) -> bool:
    """Whether a word of one detail alone refers to it (coach.checks.detail_sole), outside
    every topic the message claims that the notes do not hold: "the customs inspections that
    slow the ramp" names no detail by "ramp"."""
    from coach.checks.detail_sole import sole_numbers, sole_references

    wanted = [_detail_concepts(d, skip, method) for d in notes.details]
    starts = sole_references(
        doc.masked, doc.body_start, tokens, wanted, skip, method, params.sole_common
    )
    # ... or a figure only one detail gives ("thirty-six people" for "36 volunteers")
    starts += sole_numbers(doc.masked, doc.body_start, [numbers(d) for d in notes.details], mine)
    if not starts:
        return False
    from coach.checks.detail_unsupported import invented_topics

    invented = list(invented_topics(doc, notes, method, common=params.invented_common))
    return any(not any(s <= start < e for s, e, _ in invented) for start in starts)


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
    invented_common: int = Field(
        10,
        ge=0,
        description="read claimed topics as detail-unsupported's `common` does: an invented "
        "topic (or a near miss) holds no detail, however specific its words",
    )
    alone_common: int = Field(
        0,
        ge=0,
        description="where one concept suffices (`need_by_kind` 1), a word in this many "
        "sentences of follow-up prose or more does not suffice alone ('the opportunity to join "
        "the team' for 'joins on the orders table'); 0 lets any word of a detail's own",
    )
    synonym_common: int = Field(
        0,
        ge=0,
        description="a message word that WordNet gives as a synonym of a detail's word counts "
        "as it when in fewer than this many sentences of follow-up prose ('upkeep' for "
        "'maintenance', not 'testing' for 'trial'): coach.checks.detail_synonyms; 0 turns "
        "synonyms off",
    )
    sole_common: int = Field(
        0,
        ge=0,
        description="where two concepts are needed, one word that only one detail has, said "
        "as the reader's or the conversation's, counts when in fewer than this many sentences "
        "of follow-up prose ('your point about one shared dictionary'), unless it is inside an "
        "invented topic: coach.checks.detail_sole; 0 turns this off",
    )
    unsupported: bool = Field(
        False,
        description="a topic detail-unsupported calls invented (or an unrecorded offer, or a "
        "detail told as denied) is no detail discussed: a message that refers to a detail only "
        "there refers to none (coach.checks.detail_agree)",
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
        refers = self._refers(doc, ctx, params)
        if refers and params.unsupported:
            from coach.checks.detail_agree import without_invented

            bare = without_invented(doc, ctx)  # a detail only inside invented topics is none
            refers = bare is None or self._refers(bare, ctx, params)
        if refers:
            return
        example = notes.details[0]
        yield anchor(
            doc,
            "start",
            {"details": "; ".join(notes.details)},
            f"Add a sentence about something you discussed, e.g. "
            f"'I enjoyed our conversation about {example}.'",
        )

    def _refers(self, doc: Doc, ctx: Context, params: CoverageParams) -> bool:
        """Whether the message refers to a detail of the notes."""
        notes = ctx.notes
        assert notes is not None
        method = params.normalise
        skip = per_notes(notes, f"context-bases:{method}", lambda n: _context_bases(n, method))
        from coach.checks.detail_role import duty_spans, mention_spans
        from coach.checks.detail_specific import own_spans, standing_spans, workings_spans
        from coach.checks.detail_trade import trade_spans

        # the candidate's own background names no detail of theirs, but for a detail's own name
        # ("I have used Sharevault for years and would enjoy the move"); nor does a mention of
        # the role or a title ("how you lead the IV room team" to an IV Room Supervisor), nor
        # praise of the employer's standing, even by a detail's place ("a fine name in Broome")
        standing = standing_spans(doc) + trade_spans(doc)  # "Good bread is a matter of patience"
        mine = own_spans(doc) + mention_spans(doc.body_tokens, notes, method) + standing
        mine += workings_spans(doc)  # "how the tours work"
        from coach.checks.detail_survey import survey_spans

        mine += survey_spans(doc)  # "the ships, the guests and how the season works"
        mine += duty_spans(doc, notes)  # "what a Camp Cook Supervisor does: running the kitchen"
        tokens = [t for t in doc.body_tokens if not any(s <= t.start < e for s, e in mine)]
        text = concepts((t.text for t in tokens), method, skip, mine=True)
        unpraised = [t for t in doc.body_tokens if not any(s <= t.start < e for s, e in standing)]
        named = concepts((t.text for t in unpraised), method, skip) if mine else text
        shorter = shorter_relatives(text)
        need = params.need_by_kind.get(ctx.kind, params.need) if ctx.kind else params.need
        alone = params.alone_common
        caps = frozenset(
            t.text for t in doc.body_tokens if 2 <= len(t.text) <= 5 and t.text.isupper()
        )
        for detail in notes.details:
            wanted = _detail_concepts(detail, skip, method)
            if covered(wanted, text, need, shorter, alone):
                return True
            extra = acronym_concepts(detail, doc.body, caps, skip, method)
            if extra and covered(wanted, text | extra, need, shorter, alone):
                return True
        if need == 1 and alone and _same_group_word(notes.details, tokens, skip, method, alone):
            return True  # the detail's own word, though a synonym group's ("the forecasting work")
        if (
            need > 1
            and params.sole_common
            and _sole(doc, notes, tokens, skip, method, params, mine)
        ):
            return True  # one word of one detail, said of the reader's side ("your crunch rule")
        if params.synonym_common and _by_synonym(
            notes.details, tokens, text, shorter, skip, method, need, alone, params.synonym_common
        ):
            return True  # a detail in other words of the same sense ("the upkeep of the pumps")
        # the forms concepts miss (coach.checks.detail_forms), read only when they found none
        said: frozenset[str] | None = None
        from coach.checks.detail_abbrev import by_letter, shorthand, spelt_out
        from coach.checks.names_spelling import english_words

        english = english_words()
        letters: dict[str, list[str]] | None = None
        # what the forms found of each detail, for the role's words below ("the lens goes on
        # show in September" for "open day when the restored lens goes on display in September")
        formed: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        for detail in notes.details:
            if any(c in named for c in _named(detail, skip, method)):
                return True
            own, heads = numbers(detail) | calendar(detail), _heads(detail, skip, method)
            if own and said is None:
                said = message_numbers(doc.body) | calendar.__wrapped__(doc.body)
            extra = {whole for whole, head in heads if head in text}
            spelt: dict[str, str] = {}
            if shorthand(detail, english):
                if letters is None:
                    letters = by_letter((t.text for t in tokens), english)
                spelt = spelt_out(detail, letters, english, method)
            if own and said:
                extra |= own & said
                formed[detail] = (own, own & said)
            met = met_quantities(detail, doc.body)  # "a day and a half" for "36 hr"
            if met:
                own |= met
                extra |= met
                formed[detail] = (own, formed.get(detail, (own, frozenset()))[1] | met)
            if extra or spelt:
                extra |= acronym_concepts(detail, doc.body, caps, skip, method)
                wanted = _detail_concepts(detail, skip, method) | own
                wanted = (wanted - spelt.keys()) | frozenset(spelt.values())
                if covered(wanted, text | extra, need, shorter, alone):
                    return True
        from coach.checks.detail_role import covered_with_role, role_words_used

        used = role_words_used(doc.body_tokens, notes, skip, method)
        if used and covered_with_role(notes, skip, method, text, shorter, used, formed):
            return True  # a word of the role used of a detail ("the morning checks on the engines")
        if params.specific:  # a paraphrase in words no synonym group joins
            from coach.checks.detail_specific import refers_to_specifics

            details = frozenset().union(*(_detail_concepts(d, skip, method) for d in notes.details))
            if refers_to_specifics(
                doc,
                notes,
                skip,
                params.specific,
                params.common,
                method,
                details,
                params.invented_common,
            ):
                return True
        return False
