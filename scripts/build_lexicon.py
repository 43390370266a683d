"""Build the spelling word lists in rules/lexicon/ from SCOWL (Debian's word lists).

    apt-get install wamerican-large wbritish-large scowl && python scripts/build_lexicon.py

Writes, all lower case, one word a line, sorted by byte value (coach.checks.language looks
words up by binary search in the memory-mapped file, so nothing is loaded at start-up):

- spelling-words.txt: every word of either list, and rules/lexicon/extra-words.txt (words of
  today's workplace the 2020 lists lack: onboarding, upskilling); a common word carries its
  SCOWL size after a tab ("which\t10", "witch\t20", "froward" none), so that of two
  corrections one edit from a slip the commoner is offered ("wich": which);
- american-only.txt and british-only.txt: "word<TAB>other dialect's form" for each spelling
  that is one dialect's variant of the other's (color/colour, organize/organise,
  traveled/travelled, center/centre, analyze/analyse, defense/defence, catalog/catalogue,
  fulfill/fulfil). A doubled-l or single-l British form that the American list also carries
  as a rarer variant (travelled, fulfil), and "programme", are still flagged for an American
  writer; "program" is never flagged (British software).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "lexicon"
AMERICAN = Path("/usr/share/dict/american-english-large")
BRITISH = Path("/usr/share/dict/british-english-large")
#: SCOWL's lists by size (Debian's scowl package): 10 the commonest words, 50 the medium list
SCOWL = Path("/usr/share/dict/scowl")
SIZES = (10, 20, 35, 40, 50)

#: American -> British respellings; a pair counts only when both forms are in their lists
_PAIRS = [
    (r"iz(e|es|ed|ing|er|ers|ation|ations|able)$", r"is\1"),
    (r"yz(e|es|ed|ing|er|ers)$", r"ys\1"),
    (r"or(s|ed|ing|ful|fully|less|able|ite|ites|ist|ists|ed)?$", r"our\1"),
    (r"er(s)?$", r"re\1"),
    (r"og(s)?$", r"ogue\1"),
    (r"ense(s)?$", r"ence\1"),
    (r"([aeiou])l(ed|ing|er|ers)$", r"\1ll\2"),
    (r"ill(s|ment|ments)?$", r"il\1"),
]
#: respellings whose British form reads British even though the American list carries it as a
#: variant (travelled, fulfil); the others' British forms in the American list are American
#: words too (apprise, acre, analyses, catalogue)
_VARIANTS_READ_BRITISH = {r"\1ll\2", r"il\1"}


def words(path: Path) -> set[str]:
    return {w.strip().lower() for w in path.read_text("utf-8").splitlines() if w.strip()}


def tiers() -> dict[str, int]:
    """Each common word's SCOWL size, the smallest list it is in (any of the five dialects)."""
    found: dict[str, int] = {}
    for size in reversed(SIZES):
        for dialect in ("english", "american", "british", "canadian", "australian"):
            path = SCOWL / f"{dialect}-words.{size}"
            if path.exists():
                for word in path.read_text("utf-8").split():
                    found[word.lower()] = size
    return found


def write(path: Path, lines: list[str]) -> None:
    data = "\n".join(sorted(lines, key=lambda s: s.encode("utf-8"))) + "\n"
    path.write_text(data, encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(lines):,} lines, {len(data.encode()):,} bytes")


def main() -> int:
    if not AMERICAN.exists() or not BRITISH.exists() or not SCOWL.is_dir():
        print("needs Debian's wamerican-large, wbritish-large and scowl", file=sys.stderr)
        return 2
    us, gb = words(AMERICAN), words(BRITISH)
    us_only, gb_only = us - gb, gb - us
    pairs: dict[str, str] = {}
    #: British forms the American list also carries as rarer variants (travelled, fulfil): the
    #: American form is still wrong for a British writer, and the British form reads British
    #: to an American one
    variant_pairs: dict[str, str] = {}
    for word in sorted(us_only):
        for pattern, repl in _PAIRS:
            other = re.sub(pattern, repl, word)
            if other == word:
                continue
            if other in gb_only:
                pairs[word] = other
                break
            if other in gb and repl in _VARIANTS_READ_BRITISH:
                variant_pairs[word] = other
                break
    # one-word pairs no suffix rule reaches
    for a, b in (
        ("gray", "grey"),
        ("program", "programme"),
        ("programs", "programmes"),
        ("check", "cheque"),
        ("aluminum", "aluminium"),
        ("mom", "mum"),
        ("plow", "plough"),
        ("tire", "tyre"),
        ("tires", "tyres"),
    ):
        if a in us_only and b in gb_only:
            pairs[a] = b
    # British writers write "program" for software, so only "programme" is one-way: British
    # to an American reader, and "program" never wrong for a British one
    one_way = {b: a for a, b in (("program", "programme"), ("programs", "programmes")) if b in gb}
    american = {**pairs, **variant_pairs}
    british = {b: a for a, b in american.items()} | one_way
    extra = words(OUT / "extra-words.txt") - {""}
    size = tiers()
    write(
        OUT / "spelling-words.txt",
        [
            f"{w}\t{size[w]}" if w in size else w
            for w in us | gb | extra
            if "\t" not in w and w[0] != "#"
        ],
    )
    write(OUT / "american-only.txt", [f"{a}\t{b}" for a, b in american.items()])
    write(OUT / "british-only.txt", [f"{b}\t{a}" for b, a in british.items()])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
