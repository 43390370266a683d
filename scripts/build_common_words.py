"""Build rules/lexicon/follow-up-words.txt: how common each word is in follow-up prose.

    python scripts/build_common_words.py

Reads the labelled sentences in training/sentences/*.jsonl (about 10,900 sentences of
follow-up emails, written by other writers than any test set) and counts, for each Snowball
stem, the sentences it occurs in. Writes "stem<TAB>count" for each stem in at least two
sentences, sorted by byte value. The detail check (coach.checks.detail_specific) reads a word
whose stem is rare here as specific: "courthouses", "dispensing", "storage" name something of
the employer's, where "position", "exciting" or "team" could be in any note. Deterministic: the
same sentences give the same file, byte for byte (tests/test_detail_specific.py checks it).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from coach.checks.detail_words import stem  # noqa: E402
from coach.text import WORD  # noqa: E402

SENTENCES = ROOT / "training" / "sentences"
OUT = ROOT / "rules" / "lexicon" / "follow-up-words.txt"
#: a stem in one sentence only says nothing the absence of the stem does not say
SMALLEST = 2


def counts(folder: Path = SENTENCES) -> Counter[str]:
    """Sentences each stem occurs in."""
    found: Counter[str] = Counter()
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                text = json.loads(line)["text"]
                found.update({stem(p) for w in WORD.findall(text) for p in w.split("-") if p})
    return found


def render(found: Counter[str]) -> str:
    rows = sorted((s, n) for s, n in found.items() if n >= SMALLEST)
    return "".join(f"{s}\t{n}\n" for s, n in sorted(rows, key=lambda r: r[0].encode()))


def main() -> None:
    OUT.write_text(render(counts()), "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
