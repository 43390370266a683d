"""Build the spelling word lists in rules/lexicon/ from SCOWL (Debian's word lists).

    apt-get install wamerican-large wbritish-large && python scripts/build_lexicon.py

Writes, all lower case, one word a line, sorted by byte value (coach.checks.language looks
words up by binary search in the memory-mapped file, so nothing is loaded at start-up):

- spelling-words.txt: every word of either list, and rules/lexicon/extra-words.txt (words of
  today's workplace the 2020 lists lack: onboarding, upskilling);
- american-only.txt and british-only.txt: "word<TAB>other dialect's form" for each spelling
  that is one dialect's variant of the other's (color/colour, organize/organise,
  traveled/travelled, center/centre, analyze/analyse, defense/defence, catalog/catalogue).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "lexicon"
AMERICAN = Path("/usr/share/dict/american-english-large")
BRITISH = Path("/usr/share/dict/british-english-large")

#: American -> British respellings; a pair counts only when both forms are in their lists
_PAIRS = [
    (r"iz(e|es|ed|ing|er|ers|ation|ations|able)$", r"is\1"),
    (r"yz(e|es|ed|ing|er|ers)$", r"ys\1"),
    (r"or(s|ed|ing|ful|fully|less|able|ite|ites|ist|ists|ed)?$", r"our\1"),
    (r"er(s)?$", r"re\1"),
    (r"og(s)?$", r"ogue\1"),
    (r"ense(s)?$", r"ence\1"),
    (r"([aeiou])l(ed|ing|er|ers)$", r"\1ll\2"),
]


def words(path: Path) -> set[str]:
    return {w.strip().lower() for w in path.read_text("utf-8").splitlines() if w.strip()}


def write(path: Path, lines: list[str]) -> None:
    data = "\n".join(sorted(lines, key=lambda s: s.encode("utf-8"))) + "\n"
    path.write_text(data, encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(lines):,} lines, {len(data.encode()):,} bytes")


def main() -> int:
    if not AMERICAN.exists() or not BRITISH.exists():
        print("needs Debian's wamerican-large and wbritish-large", file=sys.stderr)
        return 2
    us, gb = words(AMERICAN), words(BRITISH)
    us_only, gb_only = us - gb, gb - us
    pairs: dict[str, str] = {}
    for word in sorted(us_only):
        for pattern, repl in _PAIRS:
            other = re.sub(pattern, repl, word)
            if other != word and other in gb_only:
                pairs[word] = other
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
    reverse = {b: a for a, b in pairs.items()}
    extra = words(OUT / "extra-words.txt") - {""}
    write(OUT / "spelling-words.txt", [w for w in us | gb | extra if "\t" not in w and w[0] != "#"])
    write(OUT / "american-only.txt", [f"{a}\t{b}" for a, b in pairs.items()])
    write(OUT / "british-only.txt", [f"{b}\t{a}" for b, a in reverse.items()])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
