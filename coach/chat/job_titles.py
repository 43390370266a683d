"""A job title written two ways in one question ("I called her HR Manager but she's HR Officer",
"put Sales Director, his card says Regional Sales Director"): the title the notes give set
against another the user used is a question about title-mismatch, whatever else the question
mentions, so it goes to the advice on names and titles with the notes' title as the answer."""

from __future__ import annotations

import re

from coach.chat.names import fold
from coach.models import Notes

#: nouns that follow a title's word without making another title ("the HR team")
_NOT_TITLES = {"department", "team", "office", "email", "role", "job", "position", "interview"}


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text).lower())


def title_contrast(question: str, notes: Notes | None) -> tuple[str, str, str] | None:
    """(interviewer, the notes' title, the other title said) when the question holds the notes'
    title and, beside it, the same title with a word changed, added or dropped."""
    if notes is None:
        return None
    said = _words(question)
    for person in notes.interviewers:
        if not person.title:
            continue
        title = _words(person.title)
        n = len(title)
        at = next((i for i in range(len(said) - n + 1) if said[i : i + n] == title), None)
        if at is None or n == 0:
            continue
        rest = said[:at] + ["|"] + said[at + n :]  # the other title is elsewhere
        for i, word in enumerate(rest):
            if word == "|":
                continue
            # "HR Manager" for "HR Officer": the title's first word with a different one after
            if n > 1 and word == title[0] and i + 1 < len(rest) and rest[i + 1] not in title:
                other = rest[i + 1]
                if other != "|" and len(other) > 2 and other not in _NOT_TITLES:
                    return person.name, person.title, f"{title[0]} {other}"
            # "Operations Manager" for "Finance Manager": a different word before its last word
            if n > 1 and word == title[-1] and i > 0 and rest[i - 1] not in title:
                other = rest[i - 1]
                if other != "|" and len(other) > 2:
                    return person.name, person.title, f"{other} {title[-1]}"
    return None


#: a job title's last word: "Export Manager", "Operations Director", "Head Chef"
_ROLE = (
    r"manager|director|coordinator|co-ordinator|officer|supervisor|executive|specialist"
    r"|administrator|president|partner|advis[eo]r|consultant|analyst|lead|chef|engineer"
)
#: a title the user writes or asks about: one to three words before the role word
_TITLE_SAID = re.compile(rf"\b((?:[A-Za-z&]+\s+){{1,3}}?(?:{_ROLE}))\b", re.I)
#: the short forms a title is typed with
_SHORT = {"ops": "operations", "mgr": "manager", "dir": "director", "hr": "hr"}
#: words before a role word that are not part of a title: "his manager", "the director"
_NOT_PART = {
    "a", "an", "the", "his", "her", "their", "my", "is", "was", "as", "him", "call", "called",
    "wrote", "put", "say", "said", "says", "and", "or", "but", "right", "under", "name", "she",
    "he", "s", "dear", "card", "about", "spell", "title", "job",
}  # fmt: skip


#: the question gives someone a title: "his title is", "called him", "I wrote", "is she X right?"
_ASCRIBED = re.compile(
    r"\btitle\b|\bcall(?:ed)?\s+(?:him|her|them)\b|\b(?:wrote|put|typed)\b"
    r"|\bunder (?:his|her|their) name\b|\b(?:is|'s)\b[^.?!]{0,40}\bright\b",
    re.I,
)


def _title_words(text: str) -> list[str]:
    return [_SHORT.get(w, w) for w in _words(text)]


def other_title(question: str, notes: Notes | None) -> tuple[str, str, str] | None:
    """(interviewer, the notes' title, the title the user wrote) when the question gives a job
    title that the notes do not ("I wrote 'Export Manager' under his name", "şule is operations
    manager right?") and it shares its role word or another word with one interviewer's title
    only; the notes' own title, typed short ("terminal ops manager"), is not another."""
    if notes is None:
        return None
    titled = [p for p in notes.interviewers if p.title]
    role = _title_words(notes.role)
    for m in _TITLE_SAID.finditer(question):
        sentence = re.split(r"(?<=[.?!])\s", question[m.start() :], maxsplit=1)[0]
        start = max(question.rfind(c, 0, m.start()) for c in ".?!\n") + 1
        sentence = question[start : m.start()] + sentence
        quoted = re.search(
            r"['‘\"“]\s*$", question[: m.start() + len(m.group(1)) - len(m.group(1).lstrip())]
        ) or re.match(r"\s*['’\"”]", question[m.end() :])
        pointed = re.search(r"(?i)\b(?:the|a|an|my|our)\s", m.group(1))
        if not (quoted or _ASCRIBED.search(sentence)) or pointed:
            continue  # "the brand manager's name": a person pointed at, not a title given
        words = _title_words(m.group(1))
        while words and words[0] in _NOT_PART:
            words = words[1:]
        if len(words) < 2 or words == role[-len(words) :]:
            continue  # the role applied for is no one's title
        if any(words == _title_words(p.title or "")[-len(words) :] for p in titled):
            continue  # the notes' title, or its end ("ops manager" for Terminal Operations ...)
        sharing = [p for p in titled if set(words) & set(_title_words(p.title or ""))]
        if len(sharing) > 1:
            sharing = [p for p in sharing if _named(p.name, question)] or sharing
        if len(sharing) == 1:
            said = " ".join(m.group(1).split()[-len(words) :])
            return sharing[0].name, sharing[0].title or "", said
    return None


def _named(name: str, question: str) -> bool:
    from coach.chat.names import known_in

    return known_in(name, question)


def title_line(question: str, notes: Notes | None) -> tuple[str, list[str]]:
    """The notes' title to use, when the question sets another against it."""
    found = title_contrast(question, notes)
    if found is not None:
        name, right, other = found
        first, second = other.split()
        typed = re.search(rf"\b{re.escape(first)}\W+{re.escape(second)}\b", question, re.I)
        other = typed.group(0) if typed else other  # as the user wrote it: "HR Manager"
    elif (found := other_title(question, notes)) is not None:
        name, right, other = found
    else:
        return "", []
    from coach.chat.yes_no import asked

    # "does that matter?": it does, a little; "can I call him that?", "is that right?": no;
    # "do I need to send a correction?": no
    frame = asked(question)
    head = {"fault": "Yes, it matters a little. ", "ok": "No. ", "need": "No, not required. "}
    return (
        f"{head[frame.frame] if frame else ''}"
        f"Use the title your notes give: {name} is {right}. Calling them '{other}' is a "
        "title mismatch (a warning, title-mismatch), not a disaster; get it right from now on.",
        ["title-mismatch"],
    )
