"""`title`: an honorific or a job title for someone of the panel that the notes contradict."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from coach.checks.base import CheckKind, Context, Hit, Params
from coach.checks.matcher import warming_up
from coach.checks.names_spelling import HONORIFIC_NORMAL, key, near_miss
from coach.models import Interviewer, Notes
from coach.pattern_cache import compile_pattern
from coach.text import Doc, lazy_compile, windows

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


#: a job the usual title words miss, known by its rank and an agent noun: "Chief Oenologist",
#: "Lead Surveyor", "Head Winemaker" (a rank keeps "mentor" or "Walker" alone out)
_AGENT = (
    r"(?:Senior|Junior|Lead|Principal|Chief|Head|Associate|Assistant|Deputy|Staff) "
    r"[A-Z][a-z]+(?:or|er|ist|ian|eer)"
)
_AGENT_RX = lazy_compile(rf"\b{_AGENT}\b")
#: ranks below the post they qualify: without one, "Fire Management Officer" claims a post
#: above the notes' "Assistant Fire Management Officer", not a short form of it
_LOWER_RANKS = frozenset({"assistant", "deputy", "associate", "vice", "junior", "sub", "under"})


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
        titles = _title_word_spans(text, nouns) + [m.span() for m in _AGENT_RX.finditer(text)]
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
        name_starts = list(anchors)
        if reader:
            anchors += [m.start() for m in _READER_WORD.finditer(text)]
        # a title pattern's match holds a title word: a stretch without one cannot match
        spans = [
            (lo, hi)
            for lo, hi in windows(anchors, len(text), _REACH, _REACH)
            if any(lo <= a and b <= hi for a, b in titles)
        ]
        if not spans:
            return
        sources = _title_patterns(person_names, company_names, nouns, reader)
        expected = key(person.title)
        seen: set[int] = set()
        for i, source in enumerate(sources):
            if i < _NAMED and not named:
                continue
            if not _may_match(i, text, person_names, titles, name_starts):
                continue  # compiling a pattern costs more than checking a message
            pattern = _compiled(source)
            for m in (m for lo, hi in spans for m in pattern.finditer(text, lo, hi)):
                found = m.group("t").strip()
                if m.start("t") in seen or found.lower().startswith("hiring"):
                    continue
                if i == 3 and " " not in found:
                    continue  # "Professor Vogt", "Director Chen": a form of address
                if key(found) == key(notes.role):
                    continue  # the candidate's own role ("as a Data Analyst, you ...")
                if (
                    i >= _DESCRIBED
                    and not _reranked(found, person.title)
                    and _someone_else(found, notes)
                ):
                    continue  # the role applied for, another member's title, a title in the notes
                if i >= _DESCRIBED and _outside(text, m.start("t"), m.start("t") + len(found)):
                    continue  # "I worked with a Chief Engineer from the insurer": not the reader
                if (
                    key(found) != expected
                    and not _title_contains(found, person.title)
                    and not _abbreviates(found, person.title)
                ):
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
    return compile_pattern(rf"\b(?:{nouns.lower()})\b")


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
) -> tuple[str, ...]:
    """The patterns `Title._job_title` looks for, per person and company, as sources: each is
    compiled (`_compiled`) only when the text holds what it needs (`_may_match`). Compiling all
    seven cost 3.5 ms a message in a batch whose every message has notes of its own."""
    # a salutation or thanks before a title is not part of it: "Dear Chef Wanjiru" addresses
    # her by a job word alone (a form of address, like "Dr."), not by a different title
    words = rf"(?:(?!{_SALUTATION}\b)[A-Z][\w&\-]+ ){{0,3}}?"
    of = r"(?: of(?: the)? [A-Z][\w&]*(?: (?:[A-Z&][\w&]*|and [A-Z][\w&]*)){0,3})?"
    title_rx = rf"(?P<t>(?:{_RANK}{words}(?:{nouns})|{_AGENT}){of})"
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
        # an address block: the name on a line of its own, the title alone on the next
        rf"(?m:^)[ \t]*{name}[ \t]*,?[ \t]*\n[ \t]*{title_rx}[ \t]*,?[ \t]*(?=\n)",
        # the person's post named by "as": "Michael's work as Head of Data", "Michael, in his
        # role as Head of Data,", "Michael, who as Head of Data ..."
        rf"\b{name}(?:'s (?:role|work|position|job|capacity|post|title|{_YOUR_TIME})[ \t]+"
        rf"|,?[ \t]+(?:who(?: is)?,?[ \t]+)?(?:in (?:his|her|their) (?:role|capacity|position|"
        rf"post)[ \t]+)?)as (?:the |(?:{company})'s )?{title_rx}(?!\w)",
    ]
    if reader:
        patterns += [
            rf"\b[Yy]our (?:role|work|position|job|capacity|post|title|{_YOUR_TIME}) as "
            rf"(?:the |an? |(?:{company})'s )?{title_ci}\b",
            rf"(?:^|(?<=\n)[ \t]*|[.!?][ \t]+)As (?:the |(?:{company})'s )?{title_rx},? your?\b",
            rf"\byou,? as (?:the |(?:{company})'s )?{title_rx}\b",
        ]
        # the reader described, not named: "I know that as Plant Manager you carry ...", "for
        # making time as the yard's General Manager", "to talk shop with a Fire Officer", "to
        # hear from the stadium's Head of Security", "rare for a Production Director to ..."
        owner = r"(?:the |(?:the )?[\w&\-]+'s )"
        patterns += [
            # "As Lead Surveyor for the yard, you ...": where the post is held may follow
            rf"\b[Aa]s {owner}?{title_rx}(?: (?:for|at|in|on) (?:the |our |your )?[\w&\-]+)?"
            r",? your?\b",
            rf"\bas {owner}{title_rx}(?!\w)",
            rf"\b(?:with|from|meet|met|meeting) (?:an? |{owner}){title_rx}(?!\w)",
            rf"\bfor an? {title_rx} to\b",
            # in lower case only where the reader is met: "good to meet a general manager who"
            rf"\b(?:meet|met|meeting) an? {title_ci}(?!\w)",
            # what the reader said or did in their post: "what you told me as Chief Oenologist"
            rf"\byou (?:told|showed|said|explained|described|mentioned|lead|led|run|ran|manage|"
            rf"managed|oversee|oversaw|head|headed|built|shared|gave|bring|brought|handle|"
            rf"handled|took|take|walked)\b[^.!?\n]{{0,30}}? as (?:the )?{title_rx}(?!\w)",
            # the reader's act with the post set off by commas: "for taking the time, as
            # Director of Analytics, to walk me through ..."
            rf"\b(?:you|your|yourself)\b[^.!?\n]{{0,40}}?, as (?:the |(?:{company})'s )?"
            rf"{title_rx},",
        ]
    return tuple(patterns)


@lru_cache(maxsize=4096)
def _compiled(source: str) -> re.Pattern[str]:
    """A one-file check takes the pattern's code from the pattern cache (`re` compiles these
    long alternations in Python: a fifth of a one-file check's instructions); a batch, whose
    every message may have notes of its own, compiles afresh rather than fill the cache."""
    return compile_pattern(source) if warming_up() else re.compile(source)


#: what the text must hold for a pattern of `_title_patterns` (by its place) to match anywhere:
#: the name and a comma, a bracket, a dash, "your role as", "As", "you as"
#: the reader's time or words in their post: "your time today as Plant Director", "your
#: candour as Head of Safety"
_YOUR_TIME = (
    r"(?:time|hours?|afternoon|morning|visit|tour|welcome|candou?r|insights?|advice|words|views?|"
    r"perspectives?|experience|openness|thoughts|expertise|guidance|comments?|remarks)(?: (?:today|"
    r"yesterday|this (?:morning|afternoon)|"
    r"on (?:\w+day|the call)))?"
)
_YOUR_ROLE_AS = lazy_compile(
    rf"\b[Yy]our (?:role|work|position|job|capacity|post|title|{_YOUR_TIME}) as "
)
_YOU_AS = lazy_compile(r"\byou,? as ")
#: what stands between a title's last word and the name after it in pattern 3: the title's "of"
#: part, a comma, spaces and an honorific ("Head of Research, Dr. Chen")
_TITLE_TO_NAME = lazy_compile(
    r"(?: of(?: the)? [A-Z][\w&]*(?: (?:[A-Z&][\w&]*|and [A-Z][\w&]*)){0,3})?,?[ \t]+"
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)?"
)


def _may_match(
    index: int,
    text: str,
    person_names: tuple[str, ...],
    titles: list[tuple[int, int]],
    name_starts: list[int],
) -> bool:
    """False only when pattern `index` cannot match `text`: a cheap test of what it needs
    (`titles`: where a title word stands, in any case; `name_starts`: where a name does)."""
    if index == 3:
        return any(
            _TITLE_TO_NAME.fullmatch(text, end, start)
            for _, end in titles
            for start in name_starts
            if end < start
        )
    if index == 0:
        return any(n and n.replace("’", "'") + "," in text for n in person_names)
    if index == 1:
        return "(" in text
    if index == 2:
        return any(dash in text for dash in "–—-")
    if index == 4:
        return "\n" in text
    if index == 5:
        return " as " in text
    if index == 6:
        return _YOUR_ROLE_AS.search(text) is not None
    if index == 7:
        return "As " in text and "you" in text
    if index == 8:
        return _YOU_AS.search(text) is not None
    if index == 9:
        return "you" in text
    if index == 12:
        return "for a" in text
    return True


#: capitalised words that open a greeting or a thanks, never the first word of a job title
_SALUTATION = (
    r"(?:Dear|Dearest|Hi|Hello|Hey|Hiya|Respected|Greetings|Good|Morning|Afternoon|Evening|"
    r"Thanks|Thank|Cheers|Congratulations|Welcome|Yes|Sorry|Please)"
)
#: the words a pattern to the reader is built around: "as", "with", "from", "meet", "for"
_READER_WORD = lazy_compile(r"\b(?:[Aa]s|with|from|meet|met|meeting|for)\b")
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
    """Every form "Mr. <form>" may take: the surname, and each word after the first name,
    since a name of two surnames is addressed by the first ("Sra. Ruiz" for Ana Ruiz Ortega)."""
    parts = person.name.replace("’", "'").split()
    surname = " ".join(parts[1:]) or parts[0]
    forms = {surname, person.last, person.first, person.name, *person.aliases}
    forms.update(person.last.split("-"))
    if len(parts) > 2:
        forms.update(p for p in parts[1:] if p[:1].isupper())
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
    """The found title is the notes' title or a short form of it ("the head winemaker" for Head
    Winemaker), but not one that drops a lower rank ("Fire Management Officer" for Assistant
    Fire Management Officer)."""
    said, whole = key(found), key(title)
    at = whole.find(said)
    if not said or at < 0:
        return False
    before = whole[:at].split()
    return not (before and before[-1] in _LOWER_RANKS)


#: ranks a title may add in front of the person's own to claim a post above it
_HIGHER_RANKS = frozenset(
    {"senior", "lead", "principal", "chief", "head", "staff", "group", "global", "regional",
     "executive", "general", "managing"}
)  # fmt: skip


def _reranked(found: str, title: str) -> bool:
    """The found title is the person's own post at another rank: without its lower rank ("Fire
    Management Officer" for Assistant Fire Management Officer) or with a higher one added
    ("Senior Analytics Manager" for Analytics Manager). Said to the reader it moves them to
    another post, even when another member of the panel holds that one."""
    said, whole = key(found), key(title)
    if not said or said == whole:
        return False
    if whole.endswith(" " + said):
        before = whole[: -len(said)].split()
        return before[-1] in _LOWER_RANKS
    if said.endswith(" " + whole):
        return all(w in _HIGHER_RANKS for w in said[: -len(whole)].split())
    return False


def _abbreviates(found: str, title: str) -> bool:
    """The found title writes a run of the notes' title words by their initials ("QA Lead" for
    Quality Assurance Lead, "VP of Sales" for Vice President of Sales), or the notes do."""
    said, whole = key(found), key(title)

    def shortened(words: list[str]) -> set[str]:
        forms = set()
        for i in range(len(words)):
            for j in range(i + 2, len(words) + 1):
                run = words[i:j]
                if any(w in ("of", "and", "the", "for") for w in run):
                    continue
                initials = "".join(w[0] for w in run)
                forms.add(" ".join([*words[:i], initials, *words[j:]]))
        return forms

    return said in shortened(whole.split()) or whole in shortened(said.split())


#: the place in `_title_patterns` of the first pattern that describes the reader without a name
_DESCRIBED = 9
#: the patterns before it that need the person's name: the first six
_NAMED = 6


#: a title said of someone outside the panel: from elsewhere, or in the writer's past
_FROM_ELSEWHERE = lazy_compile(r"[ \t]+(?:from (?:the|a|an|another|my)|at (?:my|a|an|another))\b")
_MY_PAST = lazy_compile(
    r"\b(?:my (?:last|previous|former|old|first)|I used to|years ago|last year)\b", re.I
)


def _outside(text: str, start: int, end: int) -> bool:
    """The title described names a third person, not the reader: "a Chief Engineer from the
    insurer", "at my last job I worked with a Lead Surveyor"."""
    if _FROM_ELSEWHERE.match(text, end):
        return True
    opening = max(text.rfind(c, 0, start) for c in ".!?\n")
    return _MY_PAST.search(text, opening + 1, start) is not None


def _someone_else(found: str, notes: Notes) -> bool:
    """A title written of the reader without their name may be someone else's: the role applied
    for, another interviewer's title, or a title the notes mention ("the plant manager's shift
    plan"). Only a title that is none of these contradicts the notes."""
    said = key(found)
    if said in key(notes.role) or key(notes.role) in said:
        return True
    if any(
        p.title and (_title_contains(found, p.title) or key(p.title) in said)
        for p in notes.interviewers
    ):
        return True
    return any(said in key(detail) for detail in notes.details)
