"""Names and titles: near misses in spelling and sound, the wrong recipient, a wrong honorific.

String distance (Damerau-Levenshtein, Jaro-Winkler) and phonetic codes (Metaphone, NYSIIS) come
from jellyfish, a maintained Rust-backed library that imports in a few milliseconds. An ordinary
English word (from SCOWL's list) is never taken for a name unless it is a name's exact letters in
lower case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

import jellyfish

from coach.checks.base import CheckKind, Context, Hit, Params, per_notes
from coach.models import Interviewer, Notes
from coach.rulebook import rules_dir
from coach.text import WORD, Doc, Token, lazy_compile, strip_accents, windows

HONORIFIC = lazy_compile(r"\b(Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?(?=\s+[A-Z])")
HONORIFIC_NORMAL = {
    "professor": "Prof.",
    "doctor": "Dr.",
    "mr": "Mr.",
    "mrs": "Mrs.",
    "ms": "Ms.",
    "miss": "Miss",
    "mx": "Mx.",
    "dr": "Dr.",
    "prof": "Prof.",
}


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    path = rules_dir() / "lexicon" / "english-words.txt"
    lines = path.read_text("utf-8").splitlines()
    return frozenset(w for w in lines if w and w[0] != "#")


@lru_cache(maxsize=65536)
@lru_cache(maxsize=65536)
def key(word: str) -> str:
    """Loose form for comparison: no accents, case, apostrophes or hyphens."""
    return strip_accents(word).lower().replace("'", "").replace("’", "").replace("-", "")


@lru_cache(maxsize=65536)
def bare(word: str) -> str:
    """The word without a possessive ending, with a straight apostrophe."""
    word = word.replace("’", "'")
    for suffix in ("'s", "'S"):
        if word.endswith(suffix) and len(word) > 3:
            return word[: -len(suffix)]
    return word


@dataclass(frozen=True)
class Form:
    """One accepted spelling of a name (a first name, last name, alias or company word)."""

    text: str
    owner: str  # the full name this form belongs to


def _phonetic_equal(a: str, b: str) -> bool:
    return jellyfish.metaphone(a) == jellyfish.metaphone(b) or jellyfish.nysiis(
        a
    ) == jellyfish.nysiis(b)


@lru_cache(maxsize=65536)
def near_miss(word: str, form: str) -> bool:
    """Close in spelling or in sound, but not the same word."""
    a, b = key(word), key(form)
    if a == b or min(len(a), len(b)) < 3 or abs(len(a) - len(b)) > 2:
        return False
    distance = jellyfish.damerau_levenshtein_distance(a, b)
    longest = max(len(a), len(b))
    if distance == 1:
        return longest >= 4 or _phonetic_equal(a, b)
    if distance == 2 and longest >= 6:
        return _phonetic_equal(a, b) or jellyfish.jaro_winkler_similarity(a, b) >= 0.9
    if distance == 3 and longest >= 6 and a[0] == b[0]:
        # spelling variants of one name that sound alike: Rebekah/Rebecca, Katharine/Kathryn
        return jellyfish.nysiis(a) == jellyfish.nysiis(b)
    return False


def _forms_of_people(people: Iterable[Interviewer]) -> list[Form]:
    forms = []
    for person in people:
        # particles written in lower case ("de la", "van", "bin") are not names to near-miss
        parts = [p for p in re.split(r"\s+", person.name) if len(p) > 1 and not p.islower()]
        for text in (*parts, *person.aliases):
            forms.append(Form(text.replace("’", "'"), person.name))
            if "-" in text:  # each part of a hyphenated name is accepted on its own
                forms.extend(Form(p, person.name) for p in text.split("-") if len(p) > 1)
    return forms


def _notes_texts(notes: Notes) -> list[str]:
    """Everything the notes spell out about the people, the company and the interview."""
    texts = [
        notes.candidate.name,
        notes.company.name,
        *notes.company.aliases,
        notes.role,
        *notes.details,
        notes.timeline.said or "",
    ]
    for person in notes.interviewers:
        texts += [person.name, person.title or "", *person.aliases]
    return texts


@lru_cache(maxsize=8192)
def _words_of(text: str) -> frozenset[str]:
    return frozenset(bare(w) for w in WORD.findall(text))


def _known_words(notes: Notes) -> frozenset[str]:
    """Words the notes spell out: exact matches of these are never flagged."""
    return frozenset().union(*(_words_of(text) for text in _notes_texts(notes)))


def _targets(notes: Notes, target: str) -> tuple[list[Form], set[str], set[str], dict[str, Form]]:
    if target == "people":
        forms = _forms_of_people(notes.interviewers)
    else:
        names = [notes.company.name, *notes.company.aliases]
        forms = [Form(w, notes.company.name) for n in names for w in n.split() if len(w) > 2]
    own = {bare(w) for w in notes.candidate.name.split()}
    loose = {key(f.text): f for f in forms}
    for joined, form in _joined_forms(notes, target).items():
        loose.setdefault(joined, form)
    return (forms, own, {f.text for f in forms}, loose)


def _joined_forms(notes: Notes, target: str) -> dict[str, Form]:
    """Names of two or more words written as one ('Vanderberg' for 'van der Berg', 'Blueharbour'
    for 'Blue Harbour'), keyed by their letters; the form is the words as the notes write them."""
    if target == "people":
        names = [(p.name, p.name) for p in notes.interviewers]
    else:
        names = [(n, notes.company.name) for n in (notes.company.name, *notes.company.aliases)]
    out: dict[str, Form] = {}
    for name, owner in names:
        words = name.replace("’", "'").split()
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 3) + 1):
                span = words[i:j]
                if all(len(w) > 1 for w in span):
                    out.setdefault(key("".join(span)), Form(" ".join(span), owner))
    return out


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
        known = per_notes(notes, "known-words", _known_words)
        closing_start = doc.signature_start - len(doc.closing) - 1
        splits = list(self._split_names(doc, forms, per_notes(notes, "notes-pairs", _notes_pairs)))
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
        for token, word in zip(doc.tokens, words, strict=True):
            if word in exact or word in known and word not in own:
                continue
            near = memo.get(word)
            if near is None:
                if len(memo) > 50_000:
                    memo.clear()
                near = memo[word] = _may_name(word, own, loose, forms)
            if near is False:
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
            # the word list loads only when a near miss needs it: most messages never pay for it;
            # an ordinary word (Burg, Long) is still a misspelt name where a name stands: after
            # an honorific or after the name's own first name or particles ("van der Burg")
            if form is not None and (
                lower not in english_words()
                or (params.target == "people" and _in_name_position(doc, token, form, notes))
                or (params.target == "company" and _beside(doc, token, exact))
            ):
                yield _hit(token, word, form)

    @staticmethod
    def _split_names(doc: Doc, forms: list[Form], in_notes: frozenset[str]) -> Iterator[Hit]:
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
            if found.casefold() in in_notes or (doc.addresses and doc.in_address(start, end)):
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


def _bare_words(doc: Doc) -> list[str]:
    return [bare(t.text) for t in doc.tokens]


def _may_name(word: str, own: set[str], loose: dict[str, Form], forms: list[Form]) -> Form | bool:
    """What `Names.run` needs to know of a word whatever its place: False when it can never be
    a misspelt name, the form it nearly spells, or True when its place decides."""
    if word in own:
        return True
    match = loose.get(key(word))
    if match is not None and match.text != word:
        return True
    if not word[:1].isupper():
        return False
    return next((f for f in forms if near_miss(word, f.text)), False)


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
                    yield Hit(
                        start + m.start(),
                        start + m.start() + len(word),
                        {"found": word, "other": other.owner, "expected": reader.name},
                        suggestion=f"Address {reader.name}, the reader of this message",
                    )
                    break


_STACKED = lazy_compile(r"\b(Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+$")
#: lower-case words inside a surname: "van der Berg", "de la Cruz", "bin Ahmad"
_PARTICLES = r"(?i:van|von|de|der|den|del|della|di|da|du|la|le|bin|binti|al|el|ten|ter|dos|das)"
#: an honorific and the name after it: "Mr. O'Brien", "Dr van der Berg", "Ms. Sarah Chen"
_HONORIFIC_NAME = lazy_compile(
    r"\b(?P<h>Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Doctor)\b\.?[ \t]+"
    rf"(?P<who>(?:{_PARTICLES}[ \t]+){{0,3}}[^\W\d_][\w'\-]*(?:[ \t]+[A-Z][\w'\-]*)?)"
)
_NOUNS = (
    "Manager|Director|Head|Lead|Engineer|Recruiter|Partner|Officer|President|VP|Vice President|"
    "Analyst|Scientist|Designer|Architect|Coordinator|Specialist|Supervisor|Consultant|"
    "Administrator|Executive|Owner|Founder|Co-founder|Chair|Editor|Producer|Strategist|"
    "Advisor|Adviser|Researcher|Developer|Technician|Planner|Leader|Accountant|Controller|"
    "Counsel|Lecturer|Librarian|Teacher|CEO|CTO|CFO|COO|CIO|CDO|CMO"
)
_RANK = (
    r"(?:(?:Senior|Junior|Lead|Principal|Chief|Associate|Assistant|Deputy|Staff|Group|Global|"
    r"Regional|Interim|Acting|Executive) )?"
)


def _loose(text: str) -> str:
    return key(text).replace(" ", "")


class Title(CheckKind):
    """`title-mismatch`: an honorific that contradicts the notes, or a different job title."""

    name = "title"

    def run(self, doc: Doc, ctx: Context, rule: Any, params: Params) -> Iterator[Hit]:
        notes = ctx.notes
        if notes is None:
            return
        yield from self._honorifics(doc, notes.interviewers)
        titled = [p for p in notes.interviewers if p.title]
        if not titled:
            return
        nouns = _title_nouns(notes)
        text = doc.masked.replace("’", "'")
        titles = _title_word_spans(text, nouns)
        if not titles:
            return  # no word that ends a job title: nothing to compare
        for person in titled:
            yield from self._job_title(
                doc, person, person == ctx.recipient, notes, nouns, text, titles
            )

    @staticmethod
    def _honorifics(doc: Doc, people: list[Interviewer]) -> Iterator[Hit]:
        """An honorific before a name of the panel ("Ms. Okafor", "Mr. van der Berg", "Ms.
        Anjali", "Mrs. Ashworth" for Ashworth-Clarke, "Mr. Chenn") that is not the person's."""
        text = doc.masked.replace("’", "'")
        for m in _HONORIFIC_NAME.finditer(text):
            found = _honorific_owner(m.group("who"), people)
            if not found:
                continue
            used = HONORIFIC_NORMAL[m.group("h").lower()]
            if any(p.honorific is None or _same_title(p.honorific, used) for p in found):
                continue
            expected = found[0].honorific
            assert expected is not None
            # stacked honorifics, as German has them: "Prof. Dr. Vogt" includes "Prof."
            stacked = _STACKED.search(doc.masked[max(0, m.start() - 30) : m.start()])
            if stacked and _same_title(HONORIFIC_NORMAL[stacked.group(1).lower()], expected):
                continue
            end = m.end("h") + (1 if text[m.end("h") : m.end("h") + 1] == "." else 0)
            yield Hit(
                m.start("h"),
                end,
                {"found": used, "expected": expected, "owner": found[0].name},
                replacement=expected,
            )

    @staticmethod
    def _job_title(
        doc: Doc,
        person: Interviewer,
        reader: bool,
        notes: Notes,
        nouns: str,
        text: str,
        titles: list[tuple[int, int]],
    ) -> Iterator[Hit]:
        """A title written beside the person's name ("Sarah Chen, Analytics Director", "Sarah
        Chen (Director of Analytics)", "your Head of Data Science, Michael"), or to the reader
        ("your role as analytics director", "As Analytics Director, you ..."), that is not
        theirs. "Sarah, the hiring manager" names a part in the hiring, not a job title."""
        assert person.title is not None
        company_names = (notes.company.name, *notes.company.aliases)
        person_names = (person.name, person.first, person.last, *person.aliases)
        # every pattern names the person or speaks to the reader ("as"): they are sought only
        # near those words, which keeps a long message from being scanned seven times over
        anchors = [m.start() for n in person_names if n for m in _occurrences(n, text)]
        named = bool(anchors)
        if reader:
            anchors += [m.start() for m in _AS_WORD.finditer(text)]
        # a title pattern's match holds a title word: a stretch without one cannot match
        spans = [
            (lo, hi)
            for lo, hi in windows(anchors, len(text), _REACH, _REACH)
            if any(lo <= a and b <= hi for a, b in titles)
        ]
        if not spans:
            return
        patterns = _title_patterns(person_names, company_names, nouns, reader)
        expected = key(person.title)
        seen: set[int] = set()
        for i, pattern in enumerate(patterns):
            if i < 4 and not named:
                continue
            for m in (m for lo, hi in spans for m in pattern.finditer(text, lo, hi)):
                found = m.group("t").strip()
                if m.start("t") in seen or found.lower().startswith("hiring"):
                    continue
                if i == 3 and " " not in found:
                    continue  # "Professor Vogt", "Director Chen": a form of address
                if key(found) == key(notes.role):
                    continue  # the candidate's own role ("as a Data Analyst, you ...")
                if key(found) != expected and not _title_contains(found, person.title):
                    seen.add(m.start("t"))
                    yield Hit(
                        m.start("t"),
                        m.start("t") + len(found),
                        {"found": found, "expected": person.title, "owner": person.name},
                        replacement=person.title,
                    )


@lru_cache(maxsize=1024)
def _title_nouns_rx(nouns: str) -> re.Pattern[str]:
    """Any word that ends a job title, in lower case (the text is searched lower-cased: an
    alternation that ignores case is several times slower)."""
    return re.compile(rf"\b(?:{nouns.lower()})\b")


def _title_word_spans(text: str, nouns: str) -> list[tuple[int, int]]:
    """Where a word that ends a job title stands, in any case (the patterns to the reader
    ignore case)."""
    lower = text.lower()
    if len(lower) != len(text):  # a letter whose lower case is longer ("İ"): keep the offsets
        return [m.span() for m in re.finditer(rf"\b(?:{nouns})\b", text, re.I)]
    return [m.span() for m in _title_nouns_rx(nouns).finditer(lower)]


@lru_cache(maxsize=16384)
def _title_patterns(
    person_names: tuple[str, ...], company_names: tuple[str, ...], nouns: str, reader: bool
) -> tuple[re.Pattern[str], ...]:
    """The patterns `Title._job_title` looks for, compiled once per person and company."""
    # a salutation or thanks before a title is not part of it: "Dear Chef Wanjiru" addresses
    # her by a job word alone (a form of address, like "Dr."), not by a different title
    words = rf"(?:(?!{_SALUTATION}\b)[A-Z][\w&\-]+ ){{0,3}}?"
    of = r"(?: of(?: the)? [A-Z][\w&]*(?: (?:[A-Z&][\w&]*|and [A-Z][\w&]*)){0,3})?"
    title_rx = rf"(?P<t>{_RANK}{words}(?:{nouns}){of})"
    # to the reader, titles are often written in lower case
    title_ci = rf"(?P<t>(?i:{_RANK}(?:[a-z][\w&\-]+ ){{0,3}}?(?:{nouns}))(?i:{of}))"
    honor = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)?"
    names = "|".join(re.escape(n.replace("’", "'")) for n in dict.fromkeys(person_names))
    name = rf"{honor}(?:{names})\b"
    company = "|".join(re.escape(c) for c in company_names if c.strip())
    det = rf"(?:the |our |your |(?:{company})'s )?"
    patterns = [
        rf"\b{name},[ \t]+{det}{title_rx}\b",
        rf"\b{name}[ \t]+\({det}{title_rx}\)",
        rf"\b{name}[ \t]+[–—-][ \t]+{title_rx}\b",
        rf"\b(?:(?:the|our|your|(?:{company})'s) )?{title_rx},?[ \t]+{name}",
    ]
    if reader:
        patterns += [
            rf"\byour (?:role|work|position|job|capacity|post|title) as "
            rf"(?:the |an? |(?:{company})'s )?{title_ci}\b",
            rf"(?:^|(?<=\n)[ \t]*|[.!?][ \t]+)As (?:the |(?:{company})'s )?{title_rx},? you\b",
            rf"\byou,? as (?:the |(?:{company})'s )?{title_rx}\b",
        ]
    return tuple(re.compile(p) for p in patterns)


#: capitalised words that open a greeting or a thanks, never the first word of a job title
_SALUTATION = (
    r"(?:Dear|Dearest|Hi|Hello|Hey|Hiya|Respected|Greetings|Good|Morning|Afternoon|Evening|"
    r"Thanks|Thank|Cheers|Congratulations|Welcome|Yes|Sorry|Please)"
)
_AS_WORD = lazy_compile(r"\b[Aa]s\b")
#: how far a title pattern reaches either side of the name or "as" it is built around
_REACH = 160


def _occurrences(name: str, text: str) -> Iterator[re.Match[str]]:
    return re.finditer(re.escape(name.replace("’", "'")), text)


def _same_title(a: str, b: str) -> bool:
    return a.rstrip(".") == b.rstrip(".")


def _honorific_owner(who: str, people: list[Interviewer]) -> list[Interviewer]:
    """Whom "Mr. <who>" names: people with that surname, last name, part of a hyphenated name,
    or first name ("Ms. Anjali"); failing those, the one person whose name it nearly spells."""
    words = who.split()
    tries = [_loose(who)] + ([_loose(words[0])] if len(words) > 1 else [])
    for attempt in tries:
        exact = [p for p in people if attempt in _name_keys(p)]
        if exact:
            return exact
    near = [
        p
        for p in people
        if any(near_miss(words[0], part) for part in (p.first, p.last, *p.last.split("-")))
    ]
    return near if len(near) == 1 else []


def _name_keys(person: Interviewer) -> set[str]:
    parts = person.name.replace("’", "'").split()
    surname = " ".join(parts[1:]) or parts[0]
    forms = {surname, person.last, person.first, person.name, *person.aliases}
    forms.update(person.last.split("-"))
    return {_loose(f) for f in forms if len(f) > 1}


def _title_nouns(notes: Notes) -> str:
    """Words that end a job title: the usual ones, and the notes' own ("Curator", "Nurse")."""
    extra = set()
    for person in notes.interviewers:
        head = (person.title or "").split(" of ")[0].split()
        if head:
            extra.add(head[-1])  # "Curator", and "Head" of "Head of Research"
    known = set(_NOUNS.split("|"))
    extra = {w for w in extra if w[:1].isupper() and w not in known and len(w) > 2}
    return "|".join([*sorted((re.escape(w) for w in extra), key=len, reverse=True), _NOUNS])


def _title_contains(found: str, title: str) -> bool:
    return key(found) in key(title)
