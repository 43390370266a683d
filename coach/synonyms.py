"""Synonyms of English words, from the Open English WordNet (coach/data/synonyms.txt,
built by scripts/build_synonyms.py; CC BY 4.0 and the WordNet licence: coach/data/OEWN-LICENSE).

People name an interview topic in their own words ("upkeep" for "maintenance", "the roster" for
"the rota"), and the detail checks need to know such a word is the same thing, which static
word vectors cannot tell from a merely related one. The table holds only frequent senses of
common single words (see the build script), one line a word. A one-file `coach check` asks about
a dozen words, so the file is not parsed: its lines are sorted by byte value and each question
bisects the raw bytes, as coach.wordset does.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


def table_file() -> Path:
    """Where the installed table is: beside this module, in the package's data folder (as
    `coach.rulebook.rules_dir` finds the rules; importlib.resources would cost a one-file
    check the imports of tempfile, zipfile and shutil, which nothing else needs)."""
    return Path(__file__).resolve().parent / "data" / "synonyms.txt"


@lru_cache(maxsize=1)
def table_bytes() -> bytes:
    """The table's bytes; a missing or unreadable file is a broken install (one line, exit 4),
    never an empty table that would quietly change the detail checks' verdicts."""
    from coach.semantic.errors import damaged, missing

    path = table_file()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise missing(str(path)) from None
    except OSError as exc:
        raise damaged(str(path), exc) from None
    if not data.endswith(b"\n") or b"\t" not in data[:200]:
        raise damaged(str(path), "not a synonym table: expected sorted 'word<TAB>synonyms' lines")
    return data


def _line(data: bytes, key: bytes) -> bytes | None:
    """The rest of the line that starts with `key` and a tab, by bisection."""
    lo, hi = 0, len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        start = data.rfind(b"\n", 0, mid) + 1
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        tab = data.find(b"\t", start, end)
        word = data[start : tab if tab >= 0 else end]
        if word == key:
            return data[tab + 1 : end]
        if word < key:
            lo = end + 1
        else:
            hi = start
    return None


def check_installed() -> None:
    """Read the table now, so that a broken install fails once, before any message is read."""
    table_bytes()


@lru_cache(maxsize=16384)
def lookup(lemma: str) -> tuple[str, ...]:
    """The synonyms of one lower-case lemma, or none."""
    rest = _line(table_bytes(), lemma.encode("utf-8"))
    return () if rest is None else tuple(rest.decode("utf-8").split())


def lemmas(word: str) -> tuple[str, ...]:
    """The lower-case word and the lemmas an English inflection of it may have ("audits",
    "audited", "studies" -> "audit", "study"), for a lookup: only forms the table has count."""
    w = word.lower().replace("’", "'").removesuffix("'s")
    out = [w]
    if (w.endswith("ies") or w.endswith("ied")) and len(w) > 4:
        out.append(w[:-3] + "y")
    if w.endswith("es") and len(w) > 4:
        out.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        out.append(w[:-1])
    for suffix in ("ed", "ing"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            root = w[: -len(suffix)]
            out += [root, root + "e"]
            if len(root) > 2 and root[-1] == root[-2]:
                out.append(root[:-1])
    return tuple(dict.fromkeys(out))


def synonyms(word: str) -> tuple[str, ...]:
    """The synonyms of any lemma of the word (see `lemmas`)."""
    return tuple(dict.fromkeys(s for lemma in lemmas(word) for s in lookup(lemma)))
