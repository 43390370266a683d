"""The word-level half of the spelling check: the word lists, the other dialect's forms, and
what makes an unknown word a slip of a common one (a near miss, two words run together, a
contraction without its apostrophe). `coach.checks.language` applies them to a message."""

from __future__ import annotations

import mmap
from collections.abc import Iterator
from functools import cache, lru_cache

from coach.checks.base import per_notes
from coach.checks.regional import regional_words
from coach.models import Notes
from coach.rulebook import rules_dir
from coach.text import WORD, fold

#: countries whose writers spell the British way (RULEBOOK §7); CA accepts both forms
BRITISH = frozenset({"GB", "UK", "IE", "NZ", "AU", "IN"})


def _words(text: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(text.split())


#: a hyphenated word's first part that is a prefix, not a word: pre-interview, co-founded
PREFIXES = _words("pre re co non multi post sub anti semi mid self cross e inter intra")
#: prefixes written solid onto a known word: cofounder, reimagined, nonclinical, microservice
JOIN_PREFIXES = (
    "re",
    "co",
    "pre",
    "non",
    "multi",
    "sub",
    "inter",
    "intra",
    "over",
    "under",
    "cyber",
    "micro",
    "macro",
    "mega",
    "meta",
    "mini",
    "auto",
    "bio",
    "eco",
    "geo",
    "neuro",
    "tele",
    "anti",
    "post",
    "semi",
    "out",
    "hyper",
    "e",
)
#: endings that make a known word into another: refresh-able, game-ified, onboard-ing
SUFFIXES = ("able", "ible", "ified", "ify", "ing", "ed", "er", "ers", "s", "es", "ly", "ness")
#: shorthand the tone rules own (tone-unprofessional), not misspellings
TEXT_SPEAK = _words(
    "thx thanx tnx pls plz lol btw omg imo tbh asap fyi gonna wanna gotta ur u ok okay hmm "
    "haha hehe yeah yep nope cya ttyl idk brb probs obvs defo deffo totes convo"
)
#: contractions written without the apostrophe; none of these is an English word
CONTRACTIONS = {
    "im": "I'm",
    "ive": "I've",
    "dont": "don't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "arent": "aren't",
    "werent": "weren't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "hadnt": "hadn't",
    "couldnt": "couldn't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "youre": "you're",
    "theyre": "they're",
    "thats": "that's",
    "whats": "what's",
    "youve": "you've",
    "weve": "we've",
    "theyve": "they've",
    "youll": "you'll",
    "theyll": "they'll",
    "itll": "it'll",
    "wouldve": "would've",
    "couldve": "could've",
    "shouldve": "should've",
    "cant": "can't",
    "wont": "won't",
}
#: words that run into their neighbour when typed in a hurry: lookforward, nextweek, alot
RUN_ON_FIRST = _words(
    "a an the at in on of as to for with each every any no next last this look thank so too thanks"
)
RUN_ON_SECOND = _words("you the well least course fact other case lot far much to of away now")
#: after "a", only a word of quantity runs on: alot, abit, alittle (not "async")
RUN_ON_AFTER_A = _words("lot bit little few couple")
#: contractions without the apostrophe that are also (rare) words: wrong after a subject
_WORD_OR_CONTRACTION = _words("cant wont")
_SUBJECTS = _words("i we you they he she it who that")
#: words of the lexicon that are, in a follow-up, always two words run together
RUN_TOGETHER_KNOWN = {"incase": "in case"}
#: the words of a sign-off, whose slips ("Sincerly", "Best reguards") are spelling's
SIGNOFF_WORDS = (
    "sincerely",
    "regards",
    "wishes",
    "kindest",
    "warmest",
    "thanks",
    "respectfully",
    "faithfully",
    "cheers",
    "gratitude",
    "appreciation",
    "cordially",
    "truly",
    "yours",
    "warmly",
    "gratefully",
)


class SortedWords:
    """A sorted file of words, one a line, looked up by bisection over its bytes."""

    def __init__(self, name: str):
        path = rules_dir() / "lexicon" / name
        with path.open("rb") as handle:
            self._data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        self._memo: dict[str, str | None] = {}

    def _line_at(self, pos: int) -> tuple[int, bytes]:
        start = self._data.rfind(b"\n", 0, pos) + 1
        end = self._data.find(b"\n", pos)
        return start, self._data[start : end if end >= 0 else len(self._data)]

    def get(self, word: str) -> str | None:
        """The line's value after a tab ("" when it has none), or None when absent."""
        if word in self._memo:
            return self._memo[word]
        key = word.encode("utf-8")
        lo, hi = 0, len(self._data)
        found: str | None = None
        while lo < hi:
            mid = (lo + hi) // 2
            start, line = self._line_at(mid)
            head, _, value = line.partition(b"\t")
            if head == key:
                found = value.decode("utf-8")
                break
            if head < key:
                lo = start + len(line) + 1
            else:
                hi = start
        if len(self._memo) > 200_000:
            self._memo.clear()
        self._memo[word] = found
        return found

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def starting(self, prefix: str) -> Iterator[tuple[str, str]]:
        """Every (word, value) whose word starts with `prefix`, in order."""
        key = prefix.encode("utf-8")
        lo, hi = 0, len(self._data)
        while lo < hi:  # the first line not below the prefix
            mid = (lo + hi) // 2
            start, line = self._line_at(mid)
            if line < key:
                lo = start + len(line) + 1
            else:
                hi = start
        pos = lo
        while pos < len(self._data):
            end = self._data.find(b"\n", pos)
            end = end if end >= 0 else len(self._data)
            line = self._data[pos:end]
            if not line.startswith(key):
                return
            head, _, value = line.partition(b"\t")
            yield head.decode("utf-8"), value.decode("utf-8")
            pos = end + 1


@cache
def lexicon() -> SortedWords:
    return SortedWords("spelling-words.txt")


@cache
def variants(dialect: str) -> SortedWords:
    """The other dialect's forms a writer of `dialect` would not use, with their own form."""
    return SortedWords("american-only.txt" if dialect == "british" else "british-only.txt")


def dialect_of(notes: Notes | None) -> str | None:
    """British, American, or None where either is right (Canada, and countries the rulebook
    does not name, whose writers learnt either)."""
    country = (notes.country or "").upper() if notes is not None else ""
    if country in BRITISH:
        return "british"
    return "american" if country in ("", "US") else None


def _notes_vocabulary(notes: Notes) -> tuple[frozenset[str], tuple[str, ...]]:
    """Words the notes spell (known), and the name words whose near misses the names rules own."""
    names = [notes.candidate.name, notes.company.name, *notes.company.aliases]
    for person in notes.interviewers:
        names += [person.name, *person.aliases]
    texts = [*names, notes.role, *notes.details, *(p.title or "" for p in notes.interviewers)]
    texts += [m.what for m in notes.materials]
    if notes.timeline and notes.timeline.said:
        texts.append(notes.timeline.said)
    known = frozenset().union(*(_lower_words(t) for t in texts)) | regional_words(notes.country)
    name_words = tuple(sorted(frozenset().union(*(_lower_words(t) for t in names))))
    return known, name_words


@lru_cache(maxsize=8192)
def _lower_words(text: str) -> frozenset[str]:
    """The text's words in lower case, and the parts of its hyphenated ones: a message checks
    "heli-ski" part by part, so the notes' "heli-ops" must make "heli" known."""
    found = {w.lower() for w in WORD.findall(fold(text))}
    return frozenset(found.union(*(w.split("-") for w in found if "-" in w)))


def notes_stems(notes: Notes) -> frozenset[str]:
    """The stems of the words the notes spell, so that another form of one is known too: the
    notes' "coliforms" makes a message's "coliform" theirs (built only when a slip is found)."""
    known, _ = _notes_vocabulary(notes)
    return frozenset(word_stem(w) for w in known if len(w) >= 4)


@lru_cache(maxsize=16384)
def word_stem(word: str) -> str:
    """The word's Snowball stem (coliforms, coliform: coliform)."""
    return str(_stemmer().stemWord(word.lower()))


@cache
def _stemmer():  # type: ignore[no-untyped-def]
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def _naming_words(notes: Notes) -> frozenset[str]:
    """The words of the role, the company and the people: they may come back in a message.
    Those of the company and the people are kept by their content (see `_known_words` in
    coach.checks.names_spelling), the role's joined to them."""
    rest = per_notes(
        notes, "naming-words-but-role", _naming_but_role, ("company", "candidate", "interviewers")
    )
    return rest | _lower_words(notes.role)


def _naming_but_role(notes: Notes) -> frozenset[str]:
    texts = [notes.company.name, *notes.company.aliases, notes.candidate.name]
    texts += [p.name for p in notes.interviewers]
    return frozenset().union(*(_lower_words(t) for t in texts))


def _near_name(word: str, names: tuple[str, ...]) -> bool:
    from rapidfuzz.distance import JaroWinkler

    return any(JaroWinkler.similarity(word, n) >= 0.85 for n in names if len(n) >= 3)


# --- finding the common word a slip was meant to be --------------------------------------------
