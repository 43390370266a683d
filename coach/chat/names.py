"""Interviewers named in a chat message: by name without its accents ("Siobhan"), by first or
last name, or by job title ("the head of operations")."""

from __future__ import annotations

import re
import unicodedata

from coach.models import Interviewer


def fold(text: str) -> str:
    """Lower case without accents: "Siobhán" and "Siobhan" are one name to find."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


_TITLE_STOP = {"of", "the", "and", "for", "senior", "junior", "lead", "head", "chief"}


def by_title(text: str, titles: dict[str, str]) -> str | None:
    """The interviewer a question names by job title ("the head of operations", "the brand
    manager guy", "the research head"): two words of one title said in the question, one of
    them telling (not "head", "senior"...), and no other title as well matched."""
    said = set(re.findall(r"\w+", fold(text)))
    scores = []
    for name, title in titles.items():
        words = [w for w in re.findall(r"\w+", fold(title)) if len(w) > 2]
        telling = [w for w in words if w not in _TITLE_STOP]
        hits = sum(w in said for w in words)
        if any(w in said for w in telling) and hits >= 2:
            scores.append((hits, name))
    scores.sort(reverse=True)
    if scores and (len(scores) == 1 or scores[0][0] > scores[1][0]):
        return scores[0][1]
    return None


def aliases_named(text: str, interviewers: list[Interviewer]) -> str:
    """The text with each interviewer's listed alias ("Joe" for Giuseppe, "MJ" for Min-jun)
    written as the full name, so the facts read from it ("Joe's thank-you went at 12:30") are
    about that person. An alias that is a word of the name itself, or that two people share,
    stays as it is."""
    owners: dict[str, list[str]] = {}
    for person in interviewers:
        parts = {fold(p) for p in person.name.split()}
        for alias in person.aliases:
            key = fold(alias).strip()
            if key and key not in parts and key != fold(person.name):
                owners.setdefault(key, []).append(person.name)
    for key, names in owners.items():
        if len(set(names)) != 1:
            continue
        pattern = re.compile(rf"(?<![\w'’-]){re.escape(key)}(?![\w-])", re.I)
        folded = fold(text)
        spans = [m.span() for m in pattern.finditer(folded)]
        if not spans or len(folded) != len(text):  # offsets hold only when folding kept them
            continue
        for start, end in reversed(spans):
            text = text[:start] + names[0] + text[end:]
    return text


def known(word: str, names: list[str]) -> str | None:
    key = fold(word)
    return next((n for n in names if key in (fold(p) for p in [n, *n.split()])), None)


def known_in(name: str, clause: str) -> bool:
    folded = fold(clause)
    return any(
        re.search(rf"(?<!\w){re.escape(fold(p))}(?!\w)", folded)
        for p in [name, *name.split()]
        if len(p) > 2
    )


def alias_greeted(greeting: str, interviewers: list[Interviewer]) -> str:
    """A greeting by a name the notes list as an interviewer's alias ("Dear Dai," for Dafydd
    ap Iorwerth) is no misspelling; say so, since users worry about nicknames. "" otherwise."""
    words = set(re.findall(r"[\w'’-]+", greeting))
    for person in interviewers:
        for alias in person.aliases:
            if alias in words and alias != person.first:
                return (
                    f"Greeting {person.first} as '{alias}' is fine: your notes list it as a "
                    "name they use."
                )
    return ""
