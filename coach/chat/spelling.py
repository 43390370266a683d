"""How an interviewer's name and title are written, for a question about them: the notes'
spelling (accents, marks and hyphens kept), the title the notes give, a newer form the user
quotes, or, with no notes, the form the user typed. A yes/no question ("is 'Tane' fine?", "is
she Ms?") gets its yes or no first."""

from __future__ import annotations

import re

from coach.chat.addressing import address_line
from coach.chat.context import Situation
from coach.chat.job_titles import title_contrast, title_line
from coach.chat.name_forms import MATTERS, form_verdict, spelled
from coach.chat.names import fold
from coach.models import Interviewer, Notes

TITLES = r"Ms|Mr|Mrs|Miss|Mx|Dr|Prof"
#: what to call a person, not a phone call: "call her 'Dani'", "call him Tom in the email",
#: "call them by their first name", "what do I call her?"
ADDRESSED_AS = re.compile(
    r"\b(?i:call)\s+(?i:her|him|them)\s+(?:[\"'‘“]\s*[A-Z]|[A-Z][a-z]|(?i:by\s+(?:her|his|their)\s+"
    r"(?:first\s+|last\s+|sur|nick|given\s+)?name))"
    r"|\b(?i:what\s+(?:should|do|can)\s+I\s+call\s+(?:her|him|them))\b",
)
#: the question is about how a name or title is written
NAME_ASKED = re.compile(
    r"(?i:\bspel(?:l|t|led|ling)\b|\b(?:full|exact|whole|last|first|sur|proper)\s*name\b|\bnames?\b"
    r"[^.?!]{0,25}\b(?:right|exactly|correct)|\baccents?\b|\bumlaut|\bdiacritic|\bhyphen"
    r"|\bmacron|\bokina|ʻokina|\btilde|\bcedilla|\bline (?:over|above)\b|\bthe dots\b)"
    rf"|\b(?i:is it) (?:(?:{TITLES})\.? )?[A-Z][\w'’-]+ or (?:just )?[A-Z]\w+"
    rf"|\b(?:{TITLES})\.? (?:[A-Z][\w'’-]+ )?or (?:an? |just )?(?:{TITLES}|[A-Z]\w+)\b"
    # "is she Ms?", "do I put Ms Haddad?", "should I write Dr?"
    rf"|\b(?i:is|put|write|call|use|say|address|go with)\b[^.?!]{{0,20}}\b(?:{TITLES})\b\.?"
    r"(?:\s+[A-Z][\w'’-]+)?\s*\?"
    r"|(?i:\btwo dots\b|\bdots? (?:on|over)\b|\bin the greeting\b|\bgoes by\b|\bnickname\b)"
    r"|[\"'‘“](?i:hi|dear|hello) [A-Z]"  # "'Hi Bea' or 'Dear Ms. Ortiz'?": how to greet them
    # "is 'Tane' fine?": a quoted form of a name, judged
    r"|[\"'‘“][A-Z][^\s\"'’”]{1,25}[\"'’”]\s+(?i:ok|okay|fine|alright|right|correct|acceptable)"
    rf"|{ADDRESSED_AS.pattern}",
)
_ACCENTED = re.compile(r"\b[A-Z][\w'’-]*[^\x00-\x7f][\w'’-]*")
#: a title the question names: "is she Ms?", "Dr Nair"
_TITLE_SAID = re.compile(rf"\b({TITLES})\b\.?")
_QUOTED = re.compile(r"(?:^|(?<=[\s:(]))[\"'‘“]([^\"'’”\n]{2,60})[\"'’”](?!\w)")


#: asked whether the marks may go: "can I leave the dots off", "ok without the accents?"
DROP_MARKS = re.compile(
    r"\b(?:leave|leaving|drop|dropping|skip|skipping|lose|losing|take|taking)\s+(?:the\s+)?"
    r"(?:dots|accents?|umlauts?|marks?|diacritics?|tildes?|cedillas?)\s+(?:off|out)\b"
    r"|\b(?:leave|leaving|drop|dropping|skip|skipping)\s+(?:off|out)\s+(?:the\s+)?"
    r"(?:dots|accents?|umlauts?|marks?|diacritics?|tildes?|cedillas?)\b"
    r"|\bwithout\s+(?:the\s+)?(?:dots|accents?|umlauts?|diacritics?|tildes?|cedillas?)\b",
    re.I,
)


def spelling_line(question: str, situation: Situation, person: str | None) -> tuple[str, list[str]]:
    """The line on how the name asked about is written, and the rule ids it rests on; asked
    whether the marks may go, its no comes first, whatever else the question asks."""
    line, rules = _spelling_line(question, situation, person)
    notes = situation.notes
    if notes is None or situation.synthetic or line.startswith("No"):
        return line, rules
    asked = DROP_MARKS.search(question)
    marked = [p for p in notes.interviewers if not p.name.isascii()]
    found = (notes.interviewer(person) if person else None) or _named(question, notes)
    whose = found if found is not None and not found.name.isascii() else None
    if asked is None or (whose is None and len(marked) != 1):
        return line, rules
    whose = whose or marked[0]
    lead = "Yes, it matters" if MATTERS.search(question) else "No"
    keep = f"{lead}: keep the marks and write {whose.name}; a name without them is misspelt."
    return " ".join(x for x in (keep, line) if x), list(dict.fromkeys(["name-misspelled", *rules]))


#: the name's own form asked about as well: "Dr Freitas or her full name?", "how is it spelt?"
_FORM_ASKED = re.compile(
    r"\b(?:dr|mr|ms|mrs|mx|prof)\b\.?\s+[\w'’-]+\s+or\b|\bfull name\b|\bspel(?:l|t|led)\b", re.I
)


def _spelling_line(
    question: str, situation: Situation, person: str | None
) -> tuple[str, list[str]]:
    notes = situation.notes
    if notes is not None and not situation.synthetic:  # "is it fine to just type Gorg"
        judged = form_verdict(question, notes)
        if judged[0]:  # "Nancupil for Ñancupil? and Dr. or just Francisca?": both answered
            title = address_line(question, notes)
            return (f"{judged[0]} {title}" if title else judged[0]), judged[1] + (
                ["title-mismatch"] if title else []
            )
        titled = title_line(question, notes)  # "called her HR Manager, she's HR Officer"
        # a title asked beside the name's form ("Dr Freitas or her full name? and her title?"):
        # the name's line below answers both
        if titled[0] and (title_contrast(question, notes) or not _FORM_ASKED.search(question)):
            return titled
        if not NAME_ASKED.search(question) and (title := address_line(question, notes)):
            return title, ["title-mismatch"]  # "I wrote Dear Ms Joyce, bad?"
    if not NAME_ASKED.search(question):
        return "", []
    if notes is None or situation.synthetic:
        return _typed(question)
    variant = _variant(question, notes)
    if variant is not None:  # "is 'Tane' fine?": a form the notes spell otherwise
        said, right, whose = variant
        return (
            f"No: write {right}, not {said}. A name without its accent or mark is a misspelt "
            f"name; copy it from your notes or their email ({_called(whose)}).",
            ["name-misspelled"],
        )
    found = (notes.interviewer(person) if person else None) or _named(question, notes)
    if found is None:
        return _typed(question)
    newer = _renamed(question, found.name)
    if newer is not None:  # "her signature now says 'Siobhán Ní Bhriain-Walsh'"
        return (
            f"Use {newer}, the name as they now sign it: the name a person uses today is the "
            f"right one. Your notes still say {found.name}; update them.",
            ["name-misspelled"],
        )
    aliases = [a for a in found.aliases if re.search(rf"(?<!\w){re.escape(a)}(?!\w)", question)]
    alias = max(aliases, key=len, default=None)  # "Puan Aisyah" over the "Aisyah" inside it
    quoted_titles = [t for q in _QUOTED.findall(question) for t in _TITLE_SAID.finditer(q)]
    if alias is not None and not any(
        found.honorific and fold(t.group(1)) != fold(found.honorific[:-1]) for t in quoted_titles
    ):  # "everyone calls him Gord": the notes list the short form (unless a quoted form's title
        # is the one in doubt: "signs off as Des, is 'Dear Mr. Ebanks' wrong?")
        allowed = re.search(
            r"\b(?:can|could|may|should|is it ok(?:ay)? to)\s+I\b"
            r"|\b(?:ok|okay|fine|alright|all right|acceptable)\b",  # "is 'Dear Gord' ok?"
            question,
            re.I,
        )
        from coach.chat.yes_no import asked as yes_no_asked

        frame = yes_no_asked(question)
        head = "Your"
        if frame is not None and frame.frame == "fault":  # "was 'Hi Maggie' rude?"
            head = "No, it is fine: your"
        elif allowed or frame is not None or "?" in question:  # "or just 'Hi Nivi'?"
            head = "Yes, that is fine: your"
        return (
            f"{head} notes list {alias} as a name "
            f"{found.name.split()[0]} goes by, so "
            f"'Hi {alias}' is fine; the full form is {_called(found)}.",
            ["name-misspelled"],
        )
    titles = list(_TITLE_SAID.finditer(question))
    # "he's Dr Ebanks, if I write 'Dear Mr. Ebanks' is that wrong?": the title that differs
    asked = next(
        (t for t in titles if found.honorific and fold(t.group(1)) != fold(found.honorific[:-1])),
        titles[0] if titles else None,
    )
    if asked is not None and found.honorific is not None:
        said, right = asked.group(1) + ".", found.honorific
        typed, part = _surname_typed(question[asked.end() :], found.name)
        short = f"'{right} {part if typed else found.last}' or simply '{found.first}'"
        if typed and fold(said) == fold(right):  # "is 'Dear Dr. Szoke' ok?": the marks dropped
            return (
                f"No: write {right} {part}, not {said} {typed}. A name without its accents or "
                f"marks is a misspelt name; copy it from your notes ({_called(found)}).",
                ["name-misspelled"],
            )
        if fold(said) != fold(right):  # "is she Ms?" when the notes say Dr.
            fault = MATTERS.search(question) is not None  # "was that a problem?": yes
            lead = f"Yes: {said} is wrong" if fault else f"No, not {said}"
            return (
                f"{lead}: your notes give {_called(found)}. Write {short}, the name copied "
                "exactly, marks included.",
                ["title-mismatch", "name-misspelled"],
            )
        return (
            f"Yes, {right} is right: your notes give {_called(found)}. Write {short}.",
            ["title-mismatch", "name-misspelled"],
        )
    matters = ""  # "I typed it with no accent, does that matter?": yes, it is a misspelling
    from coach.chat.yes_no import asked as yes_no

    marks = re.search(
        r"accent|hyphen|apostrophe|spel|typo|\bmarks?\b|\bdots\b|diacritic|umlaut|macron|cedilla"
        r"|tilde|special (?:letters|characters)",
        question,
        re.I,
    )
    need = yes_no(question)
    if marks and need is not None and need.frame == "need":  # "do I really need the accents?"
        matters = "Yes, they are needed: a dropped accent or hyphen is a misspelt name. "
    elif marks and re.search(r"\b(?:matter|big deal|important|noticed?|care)\b", question, re.I):
        matters = "Yes, it matters: a dropped accent or hyphen is a misspelt name. "
    return (
        f"{matters}Your notes spell it {_called(found)}: copy that exactly, accents and hyphens "
        "included.",
        ["name-misspelled"],
    )


def _surname_typed(after: str, name: str) -> tuple[str, str]:
    """The word typed after a title ("Dr. Szoke") and the part of the notes' name it stands for
    ("Szőke"): the part that is spelt the same but for its marks or case. ("", part) when it is
    typed right; ("", "") when the word is no part of the name."""
    word = re.match(r"\s*([^\W\d_][\w'’-]*)", after)
    if word is None:
        return "", ""
    typed = word.group(1).rstrip("'’-")
    for part in name.split():
        if part == typed:
            return "", part
    for part in name.split():
        if len(part) > 2 and spelled(part) == spelled(typed) and fold(part) == fold(typed):
            return (typed, part) if part.lower() != typed.lower() else ("", part)
    return "", ""


def _called(person: Interviewer) -> str:
    called = f"{person.honorific} {person.name}" if person.honorific else person.name
    return f"{called}, {person.title}" if person.title else called


def _typed(question: str) -> tuple[str, list[str]]:
    """With no notes: the accented form, or the title, the user typed."""
    accented = list(dict.fromkeys(m.group(0) for m in _ACCENTED.finditer(question)))
    plain = [
        (a, w)
        for a in accented
        for w in re.findall(r"[^\W\d_][\w'’-]*", question)
        if w.isascii() and spelled(w) == spelled(a)
    ]
    if plain:  # "she's Dr. Bär, can I write Bar?": the plain form put beside the marked one
        right, typed = plain[0]
        lead = "Yes, it matters" if MATTERS.search(question) else "No"
        return (
            f"{lead}: write {right}, not {typed}. A name without its accent or mark is a "
            "misspelt name (name-misspelled); copy it from their email or signature.",
            ["name-misspelled"],
        )
    if accented:
        return (
            f"Write {' and '.join(accented)} exactly so, with the accent: a name without its "
            "accent or hyphen is a misspelt name.",
            ["name-misspelled"],
        )
    titled = re.search(rf"\b({TITLES})\.?\s+(?:[A-Z][\w'’-]+\s+)*([A-Z][\w'’-]+)\b", question)
    if titled is not None:  # "she signs 'Dr. Priya Nair'": the title they give themselves
        title, surname = titled.group(1) + ".", titled.group(2)
        return (
            f"Either is polite: the first name they offered, or {title} {surname}. If you use a "
            f"title, use the one they give themselves ({title}), never a guessed Ms. or Mr.",
            ["title-mismatch", "name-misspelled"],
        )
    return "", ["name-misspelled"]


def _named(question: str, notes: Notes) -> Interviewer | None:
    """The one interviewer the question names by any form the notes know, aliases included."""
    folded = fold(question)
    named = [
        p
        for p in notes.interviewers
        for form in [p.name, p.first, p.last, *p.aliases]
        if len(form) > 2 and re.search(rf"(?<!\w){re.escape(fold(form))}(?!\w)", folded)
    ]
    named = list({p.name: p for p in named}.values())
    return named[0] if len(named) == 1 else None


def _variant(question: str, notes: Notes) -> tuple[str, str, Interviewer] | None:
    """(what the user quotes, the notes' spelling, whose) for a quoted name that is the
    notes' name without its accents or marks ("'Tane'" for Tāne)."""
    for quoted in _QUOTED.findall(question):
        said = quoted.strip()
        for p in notes.interviewers:
            for form in [p.name, p.first, p.last]:
                if said != form and _bare(said) == _bare(form):
                    return said, form, p
    return None


def _bare(text: str) -> str:
    """A name without accents, marks, hyphens or case: what a keyboard without them types."""
    return re.sub(r"[^a-z0-9 ]", "", fold(text).replace("-", " "))


def _renamed(question: str, name: str) -> str | None:
    """A newer form of the interviewer's name the user quotes: same first name, other words."""
    first = fold(name.split()[0])
    for quoted in _QUOTED.findall(question):
        words = fold(quoted).split()
        if words and words[0] == first and len(words) > 1 and fold(quoted) != fold(name):
            return quoted.strip()
    return None
