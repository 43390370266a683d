"""When a near miss of the company's name is another proper noun, not a slip.

A company is often named after a place or a people, and a message about the work names that
place's neighbours and derivatives too: "the Cretan harvest" beside Crete Olive Mill, "Nepali
staff" beside Nepal Trek Lodges, "the Pokhara Valley road" beside Pokhra Lodges. Two signs tell
such a word from a slip, and both hold only away from the rest of the company's name (beside it,
"Acme Analytic" is the name misspelt):

- it is a company word with an ending that makes a place's adjective or its people (Crete,
  Cretan; Nepal, Nepali; Zambia, Zambian; Andes, Andean), or the company word is that form;
- it stands in a name of its own: a capitalised word that is not the company's stands beside it
  ("Pokhara Valley", "Lake Tartu"), which a slip inside the company's name would not have.
"""

from __future__ import annotations

from coach.checks.names_spelling import bare, key
from coach.text import Doc, Token

#: endings that make a place's adjective or the name of its people
DEMONYM_ENDINGS = ("n", "an", "ian", "ean", "ese", "i", "ish", "ic", "ite", "ites")
#: words that belong to any company's name, so that beside one a near miss is still the name
COMPANY_WORDS = frozenset(
    [
        "ltd",
        "inc",
        "co",
        "company",
        "group",
        "llc",
        "plc",
        "gmbh",
        "corp",
        "corporation",
        "limited",
        "holdings",
        "partners",
        "services",
        "pty",
        "pvt",
        "sa",
        "srl",
        "ag",
        "bv",
    ]
)


def derived_name(word: str, name_word: str) -> bool:
    """One word is the other with a demonym's ending (Cretan/Crete, Nepali/Nepal)."""
    a, b = key(word), key(name_word)
    return _derives(a, b) or _derives(b, a)


def _derives(longer: str, stem: str) -> bool:
    for ending in DEMONYM_ENDINGS:
        if longer == stem + ending:
            return True
        if stem[-1:] in "aeiouy" and longer == stem[:-1] + ending and len(stem) > 3:
            return True
    return False


def in_another_name(doc: Doc, token: Token, exact: set[str]) -> bool:
    """A capitalised word that is not one of the company's stands right beside the token
    (one space apart, not opening the sentence): the token is part of another name."""
    i = doc.tokens.index(token)
    for j in (i - 1, i + 1):
        if not 0 <= j < len(doc.tokens):
            continue
        other = doc.tokens[j]
        gap = doc.masked[min(other.end, token.end) : max(other.start, token.start)]
        word = bare(other.text)
        if gap != " " or not word[:1].isupper() or len(word) < 2:
            continue
        if word in exact or word.lower() in COMPANY_WORDS:
            return False  # beside the company's own words it is the company
        if j == i - 1 and doc.sentence_start(other.start):
            continue  # "The Pokhra ...": a sentence's first word says nothing
        return True
    return False


def split_is_company(doc: Doc, start: int, end: int, exact: set[str]) -> bool:
    """A name of the company written as two words ("Blue Bonnet Health" for Bluebonnet
    Health) is the company where the rest of its name stands beside it, or where the company's
    name has no other word; alone, "Da Lat" is the city that Dalat Coffee Roasters is named
    after, written as its people write it."""
    if len({w for w in exact if w.lower() not in COMPANY_WORDS}) <= 1:
        return True
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if token.start == start and i > 0:
            before = tokens[i - 1]
            if doc.masked[before.end : start] == " " and _company_word(before.text, exact):
                return True
        if token.end == end and i + 1 < len(tokens):
            after = tokens[i + 1]
            if doc.masked[end : after.start] == " " and _company_word(after.text, exact):
                return True
    return False


def _company_word(text: str, exact: set[str]) -> bool:
    word = bare(text)
    return word in exact or word.lower() in COMPANY_WORDS
