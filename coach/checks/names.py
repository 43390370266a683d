"""`names`: a word that nearly spells a name of the panel or the company, in spelling or in
sound, a one-word name written as two, or a name's particles changed (`names_particles`).
The accepted forms and the near-miss test are in
`names_spelling`; the wrong reader is `names_recipient`, a wrong honorific or job title
`names_title`."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache, partial
from typing import Any, Literal

from coach.checks.base import CheckKind, Context, Hit, Params, per_notes
from coach.checks.names_company import derived_name, in_another_name, split_is_company
from coach.checks.names_particles import particle_slips
from coach.checks.names_spelling import (
    HONORIFIC_NORMAL,
    Form,
    _notes_texts,
    _targets,
    bare,
    english_words,
    key,
    known_parts,
    near_in_name,
    near_miss,
    sounds_alike,
)
from coach.models import Notes
from coach.text import WORD, Doc, Token, lazy_compile


class NamesParams(Params):
    target: Literal["people", "company"]


class Names(CheckKind):
    """`name-misspelled` and `company-misspelled`: a word that nearly spells a known name."""

    name = "names"
    Params = NamesParams

    def run(self, doc: Doc, ctx: Context, rule: Any, params: NamesParams) -> Iterator[Hit]:
        notes = ctx.notes
        if notes is None:
            return
        forms, own, exact, loose = per_notes(
            notes,
            f"names:{params.target}",
            lambda n: _targets(n, params.target),
            uses=("interviewers", "company", "candidate"),
        )
        known, known_in_role = known_parts(notes)
        closing_start = doc.closing_start
        # the notes' word pairs are read only for two capitalised words that join to a name,
        # which few messages hold: not built for every message's own notes
        pairs = partial(per_notes, notes, "notes-pairs", _notes_pairs)
        splits = list(self._split_names(doc, forms, pairs))
        if splits and params.target == "company":
            splits = [h for h in splits if split_is_company(doc, h.start, h.end, exact)]
        splits += particle_slips(doc, notes, params.target)
        yield from splits
        # "grace.adeyemi-clarke@..." or a LinkedIn URL is an address, not a spelling
        addresses = ("@" in doc.text or "/" in doc.text) and doc.addresses
        # which words can matter is settled once per word, not once per token: most words are
        # ordinary lower-case English and are passed over without a look at their position
        words = doc.derived("names:bare-words", _bare_words)
        memo = per_notes(
            notes,
            f"names:words:{params.target}",
            lambda n: {},
            uses=("interviewers", "company", "candidate"),
        )
        for i, (token, word) in enumerate(zip(doc.tokens, words, strict=True)):
            if word in exact or (word in known or word in known_in_role) and word not in own:
                continue
            near = memo.get(word)
            if near is None:
                if len(memo) > 50_000:
                    memo.clear()
                near = memo[word] = _may_name(word, own, loose, forms, params.target == "company")
            if near is False:
                if params.target == "people" and word[:1].isupper() and word not in own:
                    placed = _sounds_in_place(doc, i, word, notes)
                    if placed is not None:
                        yield _hit(token, word, placed)
                continue
            if addresses and doc.in_address(token.start, token.end):
                continue
            if splits and any(h.start <= token.start < h.end for h in splits):
                continue  # already reported as part of a name split in two
            if word in own and (token.start >= closing_start or not _near_any(word, forms)):
                continue
            lower = word.lower()
            match = loose.get(key(word))
            if match is not None and match.text != word:
                # same letters, wrong case or accents: lower-case ordinary words are exempt
                if (
                    word.islower()
                    and (params.target == "company" or lower in english_words())
                    and not (
                        params.target == "people" and _lower_case_name(doc, token, match, notes)
                    )
                ):
                    continue  # "mark" the verb, but "hi mark," is Mark's name in lower case
                yield _hit(token, word, match)
                continue
            if not word[:1].isupper():
                continue
            form = (
                near
                if isinstance(near, Form)
                else next((f for f in forms if near_miss(word, f.text)), None)
            )
            if form is None and params.target == "company" and _beside(doc, token, exact):
                # beside the rest of the name a wider slip is still the name: "Northumberland
                # Heritage" for "Northumbrian Heritage"
                form = next((f for f in forms if near_in_name(word, f.text)), None)
            # the word list loads only when a near miss needs it: most messages never pay for it;
            # an ordinary word (Burg, Long) is still a misspelt name where a name stands: after
            # an honorific or after the name's own first name or particles ("van der Burg")
            if (
                form is not None
                and params.target == "company"
                and _plural_of(lower, exact)
                and not _beside(doc, token, exact)
            ):
                continue  # "the Selkirks" is the range the company is named after, not a slip
            if (
                form is not None
                and params.target == "company"
                and not _beside(doc, token, exact)
                and (derived_name(word, form.text) or in_another_name(doc, token, exact))
            ):
                continue  # "Cretan" beside Crete Olive Mill, "Pokhara Valley" beside Pokhra
            if form is not None and (
                lower not in english_words()
                or (params.target == "people" and _in_name_position(doc, token, form, notes))
                or (params.target == "company" and _beside(doc, token, exact))
            ):
                yield _hit(token, word, form)

    @staticmethod
    def _split_names(
        doc: Doc, forms: list[Form], in_notes: Callable[[], frozenset[str]]
    ) -> Iterator[Hit]:
        """A one-word name written as two words: 'Smith Jones' for 'Smith-Jones', and 'Blue
        Bonnet' for 'Bluebonnet', 'Mc Kenzie' for 'McKenzie', 'La Toya' for 'LaToya'. Two words
        the notes themselves write apart are not a split."""
        for form in forms:
            if "-" not in form.text:
                continue
            for m in _spaced(form.text).finditer(doc.masked):
                yield Hit(
                    m.start(),
                    m.end(),
                    {"found": m.group(), "expected": form.text, "owner": form.owner},
                    replacement=form.text,
                )
        joined = {key(f.text): f for f in forms if "-" not in f.text and len(f.text) >= 5}
        if not joined:
            return
        for a, b, start, end in doc.derived("names:capital-pairs", _capital_pairs):
            whole = joined.get(key(a + b))
            if whole is None:
                continue
            found = f"{a} {b}"
            if found.casefold() in in_notes() or (doc.addresses and doc.in_address(start, end)):
                continue
            yield Hit(
                start,
                start + len(found),
                {"found": found, "expected": whole.text, "owner": whole.owner},
                replacement=whole.text,
            )


@lru_cache(maxsize=16384)
def _spaced(name: str) -> re.Pattern[str]:
    """A hyphenated name written with spaces for hyphens ("Smith Jones" for "Smith-Jones")."""
    spaced = re.escape(name).replace(r"\-", r"\s+")
    return re.compile(rf"\b{spaced}\b", re.I)


#: two capitalised words side by side, found at each word start (the pairs overlap)
_CAPITAL = r"[A-Z\u00C0-\u00DE\u0100-\u024F][^\W\d_]*"
_CAPITAL_PAIR = lazy_compile(
    rf"(?<![\w'’\-])(?=({_CAPITAL}) ({_CAPITAL})(?![\w\-]|['’][^\W\d_]{{2}}))"
)


def _capital_pairs(doc: Doc) -> list[tuple[str, str, int, int]]:
    """Two capitalised words side by side, each of two letters or more."""
    out = []
    for m in _CAPITAL_PAIR.finditer(doc.masked):
        a, b = m.group(1), m.group(2)
        if len(a) >= 2 and len(b) >= 2 and (a[:1] + b[:1]).isupper():
            out.append((a, b, m.start(1), m.end(2)))
    return out


def _notes_pairs(notes: Notes) -> frozenset[str]:
    """Pairs of adjacent words the notes write, folded: 'Blue Bonnet' is no split where the
    notes name a 'Blue Bonnet Ward'."""
    texts = [*_notes_texts(notes), *(m.what for m in notes.materials)]
    return frozenset().union(*(_pairs_of(text) for text in texts))


@lru_cache(maxsize=8192)
def _pairs_of(text: str) -> frozenset[str]:
    words = WORD.findall(text)
    return frozenset(f"{a} {bare(b)}".casefold() for a, b in zip(words, words[1:], strict=False))


_BEFORE_NAME = lazy_compile(
    r"(?:\b(?P<h>Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?|\b(?P<w>[^\W\d_]+))\s+$"
)


def _in_name_position(doc: Doc, token: Token, form: Form, notes: Notes) -> bool:
    """The word stands where this person's name would: in the greeting, after the person's own
    honorific ("Dr. Burg" to Dr. Berg), or after the word that comes before this part in the
    full name ("Pieter Burg", "van der Burg")."""
    person = next((p for p in notes.interviewers if p.name == form.owner), None)
    if person is None:
        return False
    greeting = doc.greeting
    if greeting is not None and greeting.start("who") <= token.start < greeting.end("who"):
        return True
    m = _BEFORE_NAME.search(doc.masked[max(0, token.start - 20) : token.start])
    if m is None:
        return False
    if m.group("h") is not None:
        h = m.group("h").lower()
        used = HONORIFIC_NORMAL[h]
        return person.honorific is None or used == person.honorific
    parts = person.name.replace("’", "'").split()
    before = {parts[i - 1].casefold() for i in range(1, len(parts)) if parts[i] == form.text}
    return m.group("w").casefold() in before


def _sounds_in_place(doc: Doc, i: int, word: str, notes: Notes) -> Form | None:
    """A word that sounds like a name of the panel but is too far from it in letters for a near
    miss, where that name stands: before the person's own next name ("Margaret Vanstone" for
    Marguerite Vanstone) or after their honorific ("Dr. Yun" for Dr. Yoon, a romanisation)."""
    first = word[:1].lower()
    if first not in per_notes(notes, "names:initials", _initials, uses=("interviewers",)):
        return None  # most capitalised words begin with no letter a name of the panel does
    tokens = doc.tokens
    token = tokens[i]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and doc.masked[token.end : after.start] != " ":
        after = None
    before = _BEFORE_NAME.search(doc.masked[max(0, token.start - 20) : token.start])
    honorific = before.group("h") if before is not None else None
    if after is None and honorific is None:
        return None
    for person in notes.interviewers:
        parts = [p for p in person.name.replace("’", "'").split() if len(p) > 1 and not p.islower()]
        by_title = honorific is not None and (
            person.honorific is None or HONORIFIC_NORMAL[honorific.lower()] == person.honorific
        )
        for j, part in enumerate(parts):
            if part[:1].lower() != first or key(part) == key(word):
                continue
            ahead = after is not None and j + 1 < len(parts) and bare(after.text) == parts[j + 1]
            if (by_title or ahead) and sounds_alike(word, part):
                return Form(part, person.name)
    return None


def _initials(notes: Notes) -> frozenset[str]:
    return frozenset(w[:1].lower() for p in notes.interviewers for w in p.name.split())


def _lower_case_name(doc: Doc, token: Token, form: Form, notes: Notes) -> bool:
    """An ordinary word that is a name's letters in lower case stands as the name: the greeting
    ends with it ("hi mark,", "dear grace lee"), or the person's honorific comes before it. Not
    "Hello, hope you are well" to Hope Martin."""
    greeting = doc.greeting
    if greeting is not None and greeting.start("who") <= token.start < greeting.end("who"):
        person = next((p for p in notes.interviewers if p.name == form.owner), None)
        names = {key(w) for w in person.name.split()} if person else set()
        rest = WORD.findall(doc.masked[token.end : greeting.end("who")])
        return all(key(w) in names for w in rest)
    return _in_name_position(doc, token, form, notes)


def _beside(doc: Doc, token: Token, exact: set[str]) -> bool:
    """The word stands next to another word of the name, as written in the notes: 'Analytic' in
    'Acme Analytic' is the company's name, not the adjective."""
    i = doc.tokens.index(token)
    for j in (i - 1, i + 1):
        if 0 <= j < len(doc.tokens):
            other = doc.tokens[j]
            gap = doc.masked[min(other.end, token.end) : max(other.start, token.start)]
            if gap == " " and bare(other.text) in exact:
                return True
    return False


def _plural_of(lower: str, exact: set[str]) -> bool:
    """A word of the company's name with a plural's "s" ("Selkirks" for Selkirk): the name of
    the place or the people the company is named after, or a possessive without its apostrophe
    (the grammar's to report), never a misspelt company."""
    return lower.endswith("s") and any(w.lower() == lower[:-1] for w in exact if len(w) >= 4)


def _bare_words(doc: Doc) -> list[str]:
    return [bare(t.text) for t in doc.tokens]


def _may_name(
    word: str, own: set[str], loose: dict[str, Form], forms: list[Form], company: bool
) -> Form | bool:
    """What `Names.run` needs to know of a word whatever its place: False when it can never be
    a misspelt name, the form it nearly spells, or True when its place decides."""
    if word in own:
        return True
    match = loose.get(key(word))
    if match is not None and match.text != word:
        return True
    if not word[:1].isupper() or _contraction(word):
        return False
    near = next((f for f in forms if near_miss(word, f.text)), None)
    if near is not None:
        return near
    return company and any(near_in_name(word, f.text) for f in forms)


#: what follows the apostrophe of a contraction ("I've", "We'll", "Don't"); a name's apostrophe
#: is followed by the rest of the name (O'Brien, D'Souza)
_CONTRACTION_TAILS = frozenset(["ve", "re", "ll", "d", "m", "t"])


def _contraction(word: str) -> bool:
    """A contraction is two ordinary words, never a slip of a name: "I've" is not "Dive"."""
    head, apostrophe, tail = word.replace("’", "'").rpartition("'")
    return bool(apostrophe) and bool(head) and tail.lower() in _CONTRACTION_TAILS


def _near_any(word: str, forms: list[Form]) -> bool:
    return any(near_miss(word, f.text) for f in forms)


def _hit(token: Token, word: str, form: Form) -> Hit:
    end = token.start + len(word)
    return Hit(
        token.start,
        end,
        {"found": word, "expected": form.text, "owner": form.owner},
        replacement=form.text,
    )
