"""A person's or the company's name written another way, asked about in a question ("is it
fine to just type Gorg", "i've been typing Sigridur", "can I put 'Hvita Brugghus' in the
subject", "BMRN instead of the full name every time"): the form is compared with the notes'
forms as the checker compares a draft's words, so the answer starts with its yes or no and gives
the form to use. People write these forms unquoted and in lower case, so the words after a
verb of writing count as well as quoted ones."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from coach.chat.names import fold
from coach.models import Notes

#: letters a keyboard without them spells with others: "Þórður" typed as "Thordur"
_SPELLED_OUT = str.maketrans(
    {"þ": "th", "ð": "d", "æ": "ae", "ø": "o", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ħ": "h"}
)
#: the question asks whether a form will do: "is it fine", "does it matter", "can I put"
ASKS_FORM = re.compile(
    r"\b(?:ok|okay|fine|alright|all right|acceptable|matter|wrong|problem|allowed)\b"
    r"|\b(?:can|could|may|should) I\b|\b(?:care|notice)\b|\binstead of\b|\bis it\b"
    r"|\bwhich\b|\bgo with\b",
    re.I,
)
#: the question asks whether a form is a fault, so a misspelling is its yes
MATTERS = re.compile(r"\b(?:matter|wrong|problem|mistake|big deal|issue|care|notice)\b", re.I)
#: the words a user says they write: "type Gorg", "typing Sigridur and Thordur", "write BMRN"
_WRITTEN = re.compile(
    r"\b(?:typ(?:e|ed|ing)|writ(?:e|ing)|wrote|put(?:ting)?|us(?:e|ed|ing)|spell(?:ed|ing|t)?)"
    r"\s+(?:it\s+as\s+|just\s+|only\s+|simply\s+)*(?P<w>[^\s.,;:!?'\"‘’“”()]+(?:\s+(?:and\s+)?"
    r"[^\s.,;:!?'\"‘’“”()]+){0,2})",
    re.I,
)
_QUOTED = re.compile(r"[\"'‘“]([^\"'’”\n]{2,40})[\"'’”]")
_GREET = re.compile(r"^(?:hi|hello|dear|hey)\s+(?=\w)", re.I)
#: a form in an unquoted greeting: "open with Dear Ndapi?", "is hi jurgen ok"
_GREETED = re.compile(
    r"\b(?:hi|hello|dear|hey)\s+(?:(?:mr|ms|mrs|mx|dr|prof)\.?\s+)?(?P<w>[^\s.,;:!?'\"‘’“”()]+)",
    re.I,
)
#: a form asked about as such: "is Hoenigsberger ok instead of the ö?", "is Jurgen fine?"
_IS_OK = re.compile(
    r"\b(?:is|would|will)\s+(?P<w>[^\s.,;:!?'\"‘’“”()]+)\s+(?:be\s+)?(?:ok|okay|fine|alright"
    r"|acceptable|allowed)\b",
    re.I,
)
_STOP = {"and", "the", "a", "an", "in", "it", "to", "my", "his", "her", "their", "as", "of"}


@dataclass(frozen=True)
class Known:
    """One form the notes accept, whose it is, and the full name it stands for."""

    text: str
    full: str
    company: bool


def spelled(text: str) -> str:
    """A name folded to what a plain keyboard types: no accents, case, marks or hyphens."""
    plain = fold(text.lower().translate(_SPELLED_OUT))
    return re.sub(r"[^a-z0-9 ]", "", plain.replace("-", " ")).strip()


def _known(notes: Notes) -> list[Known]:
    forms = [
        Known(f, notes.company.name, True) for f in [notes.company.name, *notes.company.aliases]
    ]
    for p in notes.interviewers:
        forms += [Known(f, p.name, False) for f in [p.name, p.first, p.last, *p.aliases] if f]
    return forms


def _said(question: str) -> list[str]:
    """The forms the question puts forward: quoted, or the words after a verb of writing.
    A form is compared as a name, so the greeting's comma ("'Hi Kumar,'") and a title before it
    ("'Dr Kobby'", judged by spelling.py) are not part of it."""
    out = [_GREET.sub("", q).strip() for q in _QUOTED.findall(question) if len(q.split()) <= 5]
    for m in _WRITTEN.finditer(question):
        if re.match(r"(?:to|back|a|an|the|my|one|that|this|it|them)\b", m.group("w"), re.I):
            continue  # "write to Sigga", "put that in her note": not how a name is written
        words = [w for w in re.split(r"\s+and\s+|\s+", m.group("w")) if w.lower() not in _STOP]
        out += words
    out += [m.group("w") for m in _GREETED.finditer(question)]
    out += [m.group("w") for m in _IS_OK.finditer(question) if m.group("w").lower() not in _STOP]
    forms = [_TITLED.sub("", _EDGES.sub("", o)) for o in out]
    return [o for o in dict.fromkeys(forms) if o and not re.fullmatch(_TITLES, o, re.I)]


_TITLES = r"(?:Ms|Mr|Mrs|Miss|Mx|Dr|Prof)\.?"
_TITLED = re.compile(rf"^(?:dear\s+|hi\s+)?{_TITLES}\s+", re.I)
#: punctuation around a form: the greeting's comma, a full stop, brackets
_EDGES = re.compile(r"^[^\w]+|(?<=\w)[^\w]+$")
#: the question says what the person goes by: "everyone calls him Kumar", "she introduced
#: herself as Ms Charles", "he signs off as Des", "that's how she signed hers"
_GOES_BY = re.compile(
    r"\bcalls?\s+(?:him|her|them)\s+(?P<a>that|[\"'‘“]?[\w'’-]+)"
    r"|\b(?:goes|go)\s+by\s+(?P<b>[\"'‘“]?[\w'’-]+)"
    r"|\bintroduced\s+(?:him|her|them)sel(?:f|ves)\s+as\s+(?P<c>[\"'‘“]?[\w'’.-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"|\bsign(?:s|ed)?\s+(?:off\s+|emails\s+|(?:his|her|their)\s+\w+\s+)?(?:as|with)\s+"
    r"(?P<d>[\"'‘“]?[\w'’-]+)"
    r"|\b(?:that'?s|thats|that is)\s+how\s+(?:s?he|they)\s+sign(?:s|ed)?\b",
    re.I,
)


def goes_by(question: str) -> list[str]:
    """The forms the question says the person uses themselves ("that" and "that's how she
    signed" point back at the form quoted or written in the question): the person's own usage
    is the right form, as a listed alias is."""
    out: list[str] = []
    for m in _GOES_BY.finditer(question):
        said = next((g for g in m.groups() if g), None)
        if said is None or said.lower() == "that":
            out += _said(question)
        else:
            out.append(_TITLED.sub("", _EDGES.sub("", said)))
    return [o for o in out if o]


def _part_of(said: str, form: str) -> bool:
    """ "Charles" is a word of "Giselle Charles" (or of "Ferreira-Charles")."""
    return spelled(said) in spelled(form).split() and len(spelled(said)) > 2


def _possessive(said: str, known: list[Known]) -> bool:
    """ "kaylees", "Kaylee's", "James'": a known form with its possessive ending, not a
    misspelling of it."""
    stem = re.sub(r"(?:['’]s|s['’]?|['’])$", "", said, flags=re.I)
    return stem != said and any(stem.casefold() == k.text.casefold() for k in known)


def _contrasted(
    question: str, known: list[Known], near_miss: Callable[[str, str], bool]
) -> list[str]:
    """Words set against a name's right form in the same question ("my notes say Quraishi but
    his signature says Qureshi"): a name written two ways is the question, whatever the verbs."""
    from coach.checks.names_spelling import english_words

    # a possessive is its name: "Sarah's emails" holds "Sarah"
    words = [
        re.sub(r"['’]s$", "", w) for w in re.findall(r"[^\W\d_](?:[\w-]|['’](?=\w))+", question)
    ]
    present = {k.text.casefold() for k in known for w in words if w.casefold() == k.text.casefold()}
    return [
        w
        for w in words
        if w.casefold() not in present
        and w.lower() not in english_words()  # "here" is no slip for "Mere"
        and any(k.text.casefold() in present and _misspells(w, k.text, near_miss) for k in known)
    ]


#: the question is about how a name is typed: "the accents keep disappearing", "no dots"
_ABOUT_MARKS = re.compile(
    r"\baccents?\b|\bdots\b|\bumlauts?\b|\bdiacritics?\b|\bspel(?:l|t|led|ling)\b"
    r"|\bkeyboard\b|\btyp(?:e|ed|ing)\b|\bmarks\b",
    re.I,
)


def _unmarked(question: str, known: list[Known]) -> list[str]:
    """A form with marks the question types plain, unquoted and with no verb before it ("is
    Sebastian Nunez ok"): the words that spell as the notes' form does, the longest run only."""
    from coach.checks.names_spelling import english_words

    if not _ABOUT_MARKS.search(question):
        return []  # "when can I email etienne?": a name typed plain is no question about it
    words = re.findall(r"[^\W\d_][\w'’-]*", question)
    found: list[str] = []
    for k in sorted(known, key=lambda k: -len(k.text.split())):
        if k.text.isascii() or len(spelled(k.text)) < 4:
            continue
        n = len(k.text.split())
        for i in range(len(words) - n + 1):
            said = " ".join(words[i : i + n])
            if n == 1 and said.lower() in english_words():
                continue  # "bar" is no plain form of "Bär"
            plain = said.isascii() and spelled(said) == spelled(k.text)
            if plain and not any(said in longer for longer in found):
                found.append(said)
    return found


def form_verdict(question: str, notes: Notes | None) -> tuple[str, list[str]]:
    """Yes or no on a form of a name the question asks about, with the rule it rests on; ""
    when the question puts forward no form of a name the notes know."""
    from coach.checks.names_spelling import near_miss

    if notes is None or not ASKS_FORM.search(question):
        return "", []
    known = _known(notes)
    wrong: list[tuple[str, Known]] = []
    fine: list[Known] = []
    used = {u.casefold() for u in goes_by(question)}
    put = [*_said(question), *_contrasted(question, known, near_miss), *_unmarked(question, known)]
    for said in dict.fromkeys(put):
        exact = next((k for k in known if said.casefold() == k.text.casefold()), None)
        if exact is not None:  # "BMRN", "CK": a short form the notes list is fine
            if _listed_alias(notes, exact) and len(exact.text) > 1:
                fine.append(exact)
            continue
        if said.casefold() in used:  # the form they use themselves: theirs to choose
            own = next((k for k in known if not k.company and _part_of(said, k.text)), None)
            if own is not None:
                fine.append(Known(said, own.full, False))
            continue
        if _possessive(said, known):
            continue  # "kaylees thank-you": her name with its possessive, no misspelling
        off = next((k for k in known if _misspells(said, k.text, near_miss)), None)
        if off is not None:
            wrong.append((said, off))
    matters = MATTERS.search(question) is not None  # "does that matter?" is answered the other way
    if matters and _ok_first(question):
        matters = False  # "is 'Hi Des' ok, or will it look wrong?": the first ask sets the word
    if not wrong and fine:
        exact = fine[0]
        whose = "the company" if exact.company else exact.full.split()[0]
        form = "it" if exact.company else "'Hi " + exact.text + "'"
        lead = "No, it is fine" if matters else "Yes, that is fine"
        if not (_listed_alias(notes, exact) or exact.company):
            return (
                f"{lead}: {exact.text} is the form you say {whose} uses, so it is right (with "
                f"their title, if you use one); the full form is {_formal(notes, exact)}.",
                ["name-misspelled"],
            )
        return (
            f"{lead}: your notes list {exact.text} as a name {whose} goes by, so {form} is "
            f"fine; the full form is {_formal(notes, exact)}.",
            ["company-misspelled" if exact.company else "name-misspelled"],
        )
    if not wrong:
        return "", []
    company = any(k.company for _, k in wrong)
    right = " and ".join(dict.fromkeys(k.text for _, k in wrong))
    typed = " and ".join(dict.fromkeys(s for s, _ in wrong))
    shorts = [
        a
        for _, k in wrong
        for a in _aliases(notes, k)
        if a.isascii() and len(a) > 2 and a not in right
    ]  # short forms with no marks: the way round a keyboard without them
    rule = "company-misspelled" if company else "name-misspelled"
    whose = "the company's name" if company else "a name"
    lead = "Yes, it matters: " if matters else "No: "
    if not matters and _misspelling_asked(question, wrong[0][0]):
        lead = f"Yes, {typed} is a misspelling: "  # "does Miso count as wrong?": it does
    lead += f"write {right}, not {typed}. {whose[0].upper()}{whose[1:]} without its accents or "
    lead += f"letters, or a letter off, is a misspelling ({rule}); copy it from your notes or "
    lead += "their email"
    lead += (
        f", or use {' or '.join(dict.fromkeys(shorts))}, which your notes list." if shorts else "."
    )
    formal = [_formal(notes, k) for _, k in wrong if not k.company]
    if formal and formal[0] != right:  # "Dear Mr. Elias Garoëb": the form a greeting takes
        lead += f" In full: {formal[0]}."
    kept = [k for k in fine if k.text.casefold() not in {s.casefold() for s, _ in wrong}]
    if kept:  # "can I drop the accent? and is Belén alone fine?": each form its own answer
        lead += (
            f" Yes, {kept[0].text} on its own is fine: it is the name "
            f"{kept[0].full.split()[0]} goes by."
        )
    return lead, [rule]


#: the question asks whether a form is a misspelling: "is that a typo?", "count as wrong?"
_MISSPELT = re.compile(r"\bmisspel\w*|\btypos?\b|\bwrong\b|\bflagged\b|\bcounts? as\b", re.I)


def _misspelling_asked(question: str, typed: str) -> bool:
    """The ask that holds the typed form, or the one after it, is whether it is misspelt
    ("wrote 'Dimitri'. is that a misspelling?"), not whether to write it ("can I write Belen?")."""
    from coach.chat.yes_no import clauses

    parts = [c for c, _, _ in clauses(question)]
    at = next((i for i, c in enumerate(parts) if typed.casefold() in c.casefold()), None)
    if at is None:
        return False
    own = re.search(r"\b(?:can|could|may|should)\s+i\b", parts[at], re.I)
    return any(_MISSPELT.search(c) for c in parts[at : at + (1 if own else 2)])


def _formal(notes: Notes, known: Known) -> str:
    """The interviewer's full name with the honorific the notes give ("Mr. José Nóbrega");
    the name alone for a company or someone the notes give no honorific."""
    person = None if known.company else notes.interviewer(known.full)
    if person is None or not person.honorific:
        return known.full
    return f"{person.honorific} {person.name}"


def _misspells(said: str, form: str, near_miss: Callable[[str, str], bool]) -> bool:
    """The same name typed without its marks, or a letter or two off, word by word."""
    a, b = spelled(said).split(), spelled(form).split()
    if len(a) != len(b) or len(spelled(form)) < 3 or said.casefold() == form.casefold():
        return False
    pairs = (
        list(zip(said.split(), form.split(), strict=False)) if len(said.split()) == len(b) else []
    )
    return bool(pairs) and all(
        x.casefold() == y.casefold() or spelled(x) == spelled(y) or near_miss(x, y)
        for x, y in pairs
    )


def _listed_alias(notes: Notes, known: Known) -> bool:
    return known.text in _aliases(notes, known)


def _aliases(notes: Notes, known: Known) -> list[str]:
    if known.company:
        return notes.company.aliases
    person = notes.interviewer(known.full)
    return person.aliases if person is not None else []


def _ok_first(question: str) -> bool:
    """The question's first yes-or-no asks whether it is all right ("is it ok to...", "is
    writing X fine"), so its "yes" means fine, whatever fault a later alternative names."""
    from coach.chat.yes_no import asked

    found = asked(question)
    return (
        found is not None
        and found.frame == "ok"
        and not MATTERS.search(found.clause)
        and re.search(r"\b(?:ok|okay|fine|alright|all right|acceptable)\b", found.clause, re.I)
        is not None
    )
