"""How to address an interviewer whose title the question brings up ("do I write Dr. Ñancupil or
just Francisca?", "I wrote Dear Ms Joyce, bad?"): the form with the title the notes give and the
surname, beside the first name, so the answer names the person in full rather than "her"."""

from __future__ import annotations

import re

from coach.chat.job_titles import other_title, title_contrast
from coach.chat.name_forms import form_verdict
from coach.chat.names import fold
from coach.chat.yes_no import asked
from coach.models import Interviewer, Notes

_TITLE = r"(?:Ms|Mr|Mrs|Miss|Mx|Dr|Prof|Doctor|Professor)"
#: a title before a word: "Dr. Ñancupil", "dear ms joyce", "Prof Okafor"
_TITLED = re.compile(rf"\b({_TITLE})\b\.?\s+([\w'’-]+)", re.I)
#: a title asked about without a name after it: "she has a doctorate", "a phd", "is she Ms?"
_TITLE_WORDS = re.compile(
    rf"\b(?:doctorate|ph\.?\s?d|professor|title|honorific)\b|\b{_TITLE}\b\.?\s*(?:\?|or\b)", re.I
)
_SAME = {"doctor": "dr", "professor": "prof"}


def titled_said(question: str, notes: Notes | None) -> tuple[Interviewer, str] | None:
    """(the interviewer, the title the user wrote or means) when the question puts a title
    before one of their names, or asks about a title while naming one of them."""
    if notes is None:
        return None
    for m in _TITLED.finditer(question):
        word = fold(m.group(2))
        for p in notes.interviewers:
            if word in {fold(p.last), fold(p.first)} or _bare(word) == _bare(p.last):
                return p, m.group(1)
    if _TITLE_WORDS.search(question):
        folded = fold(question)
        named = [
            p
            for p in notes.interviewers
            if any(
                len(f) > 2 and re.search(rf"(?<!\w){re.escape(fold(f))}(?!\w)", folded)
                for f in [p.first, p.last, *p.aliases]
            )
        ]
        if len(named) == 1 and named[0].honorific:
            return named[0], named[0].honorific
    dropped = _TITLE_DROPPED.search(question)
    if dropped is not None:  # "can I leave off the Dr and just write Dear Ji-woo?"
        folded = fold(question)
        named = [
            p
            for p in notes.interviewers
            if p.honorific
            and any(
                len(f) > 1 and re.search(rf"(?<!\w){re.escape(fold(f))}(?!\w)", folded)
                for f in [p.first, p.last, *p.aliases]
            )
        ]
        if len(named) == 1:
            return named[0], named[0].honorific or ""
    return None


def about_names(question: str, notes: Notes | None) -> bool:
    """The question puts a name's form or a title to the test: "is it fine to just type Gorg",
    "called her HR Manager, she's HR Officer", "I wrote Dear Ms Joyce, she's a Dr."."""
    return bool(
        form_verdict(question, notes)[0]
        or title_contrast(question, notes)
        or other_title(question, notes)
        or title_in_doubt(question, notes)
        or form_in_doubt(question, notes)
    )


#: a title to keep or drop: "leave off the Dr", "without the Ms", "drop the Prof."
_TITLE_DROPPED = re.compile(
    rf"\b(?:leave|leaving|drop|dropping|skip|skipping|lose|without)\s+(?:off\s+|out\s+)?"
    rf"(?:the\s+)?{_TITLE}\b",
    re.I,
)
_QUOTED_WORDS = re.compile(r"[\"'‘“]([^\"“”\n]{2,40}?)[\"'’”](?!\w)")


def form_in_doubt(question: str, notes: Notes | None) -> bool:
    """The question weighs how to write a name the notes hold (an interviewer's, an alias,
    the company's): one form set against another ("Gebla or Ġebla?", "Gosia or Małgorzata",
    "Dr. Lakjuni or just Jógvan"), a form quoted with a slip in it ("'O'Rouke'", "'Tamont'"),
    or a title to keep or drop beside the name ("leave off the Dr, just Dear Ji-woo")."""
    from coach.checks.names_spelling import key, near_miss

    if notes is None:
        return False
    owners = [[*notes.company.name.split(), *notes.company.aliases]]
    owners += [[p.first, *p.last.split(), *p.aliases] for p in notes.interviewers]
    forms = [f for names in owners for f in names]
    keys = {key(f) for f in forms if len(f) >= 3}
    if not keys:
        return False

    def whose(word: str) -> set[int]:
        """The owners (the company, each interviewer) one of whose names the word writes."""
        return {
            i
            for i, names in enumerate(owners)
            for f in names
            if len(f) >= 3 and (key(word) == key(f) or len(word) >= 4 and near_miss(word, f))
        }

    quoted = " ".join(_QUOTED_WORDS.findall(question))
    for word in re.findall(r"[^\W\d_][\w'’-]*[^\W\d_]", quoted):
        if key(word) not in keys and whose(word):
            return True  # "my reply says 'Jacinta O'Rouke'"
    name = rf"(?:{_TITLE}\.?\s+)?[^\W\d_][\w'’-]*"
    for m in re.finditer(
        rf"(?:dear\s+)?({name})\s*\??\s+(?:or|instead of|rather than)\s+(?:just\s+)?(?:dear\s+)?"
        rf"({name})",
        question,
        re.I,
    ):
        first, second = (set().union(*(whose(w) for w in g.split())) for g in m.groups())
        if first & second:
            return True  # one name two ways: "Gosia or Małgorzata", "Dr. Lakjuni or Jógvan"
    words = re.findall(r"[^\W\d_][\w'’-]*[^\W\d_]", question)
    # "leave off the Dr and just write Dear Ji-woo"
    return bool(_TITLE_DROPPED.search(question)) and any(key(w) in keys for w in words)


def title_in_doubt(question: str, notes: Notes | None) -> bool:
    """The question brings up a title the notes contradict ("Dear Ms Joyce" for Dr. Joyce), or
    asks about one outright ("she has a doctorate, Dr. or first name?")."""
    found = titled_said(question, notes)
    if found is None or found[0].honorific is None:
        return False
    return _differs(found[1], found[0].honorific) or bool(_TITLE_WORDS.search(question))


def _differs(said: str, right: str) -> bool:
    return fold(_SAME.get(fold(said), said)).rstrip(".") != fold(right).rstrip(".")


def address_line(question: str, notes: Notes | None) -> str:
    """The forms to write, when the question is about a titled interviewer's title; "" when
    it is not, or the notes give no title. A title that differs from the notes' is named."""
    found = titled_said(question, notes)
    if found is None or not (title_in_doubt(question, notes) or form_in_doubt(question, notes)):
        return ""  # (a titled form set against the first name is in doubt too: "Dr X or Y?")
    person, said = found
    right = person.honorific or ""
    formal, first = f"{right} {person.last}", person.first
    called = f"{right} {person.name}" + (f", {person.title}" if person.title else "")
    if _differs(said, right):
        fault = asked(question)
        lead = "Yes, that is wrong" if fault and fault.frame == "fault" else "No"
        return (
            f"{lead}: not {said.rstrip('.').capitalize()}.; your notes give {called}, so write "
            f"'Dear {formal}' or, on first-name terms, 'Dear {first}' (title-mismatch)."
        )
    ask = asked(question)
    lead = "Either"
    if ask is not None and ask.frame == "ok" and not re.search(r"\bor\b", ask.clause, re.I):
        lead = "Yes: either"  # "can I leave off the Dr and just write Ji-woo?": one form asked
    return (
        f"{lead} 'Dear {formal}' or 'Dear {first}' is right: your notes give {called}; "
        "leaving the title out is fine, a different one is not (title-mismatch)."
    )


def _bare(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))
