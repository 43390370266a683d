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


def title_line(question: str, notes: Notes | None) -> tuple[str, list[str]]:
    """The notes' title to use, when the question sets another against it."""
    found = title_contrast(question, notes)
    if found is None:
        return "", []
    name, right, other = found
    first, second = other.split()
    typed = re.search(rf"\b{re.escape(first)}\W+{re.escape(second)}\b", question, re.I)
    other = typed.group(0) if typed else other  # as the user wrote it: "HR Manager"
    return (
        f"Use the title your notes give: {name} is {right}. Calling them '{other}' is a "
        "title mismatch (a warning, title-mismatch), not a disaster; get it right from now on.",
        ["title-mismatch"],
    )
