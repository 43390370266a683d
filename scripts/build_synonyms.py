"""Build coach/data/synonyms.txt, the synonym table detail matching reads, from the Open English
WordNet (OEWN) source.

    python scripts/build_synonyms.py /work/.mirror/globalwordnet+english-wordnet/repo

Run by a developer when the table should change, never by an install or CI; the output is
committed. The argument is a git repository of https://github.com/globalwordnet/english-wordnet
(bare or not): its YAML source (src/yaml: entries-*.yaml for each lemma's senses in order of
frequency, with the synset of each) is read with `git show`, at HEAD or at --rev.

WordNet's synonyms include rare senses ("work" and "piece", "draft" and "gulp"), which would
let a message name a detail it never mentions. So two words are synonyms here only through a
synset that is among the first SENSES senses of each (OEWN lists a lemma's senses most frequent
first), both single lower-case words of the English word list (rules/lexicon/english-words.txt:
no very rare words, no names), nouns, verbs and adjectives only, and one of the two words
must have that synset as its first sense ("grade" and "class" share the students taught
together, first for "grade" only). Hypernyms were tried for a detail named by its kind ("mite"
for "varroa") and left out: on dev rounds 5-20 they fixed nothing and hid an invented topic.
Output: one line per word with any, "word<TAB>synonyms", space-separated, sorted by byte
value, so the reader can bisect the lines without parsing them (coach.synonyms).
Deterministic: the same OEWN revision gives the same file, byte for byte. The data is CC BY
4.0 (OEWN) and under the WordNet licence (Princeton): coach/data/OEWN-LICENSE.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "coach" / "data" / "synonyms.txt"
WORDS = ROOT / "rules" / "lexicon" / "english-words.txt"
#: a synset joins two words only when it is among the first this many senses of each
SENSES = {"n": 2, "v": 2, "a": 2, "s": 2}


def _show(repo: Path, rev: str, path: str) -> str:
    out = subprocess.run(
        ["git", "-C", str(repo), "show", f"{rev}:{path}"], check=True, capture_output=True
    )
    return out.stdout.decode("utf-8")


def _files(repo: Path, rev: str) -> list[str]:
    out = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "--name-only", rev, "src/yaml/"],
        check=True,
        capture_output=True,
    )
    return out.stdout.decode("utf-8").split()


def read(repo: Path, rev: str) -> dict[str, dict[str, list[str]]]:
    """lemma -> part of speech -> its synsets, most frequent first (entries-*.yaml)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    senses: dict[str, dict[str, list[str]]] = {}
    for path in _files(repo, rev):
        if path.rsplit("/", 1)[-1].startswith("entries-"):
            for lemma, parts in yaml.load(_show(repo, rev, path), Loader=loader).items():
                for pos, entry in parts.items():
                    ids = [s["synset"] for s in entry.get("sense") or ()]
                    senses.setdefault(str(lemma), {})[pos] = ids
    return senses


def _plain(word: str, english: frozenset[str]) -> bool:
    return word.isalpha() and word.islower() and len(word) >= 3 and word in english


def table(senses: dict[str, dict[str, list[str]]], english: frozenset[str]) -> dict[str, set[str]]:
    """word -> its synonyms."""
    ranks: dict[str, dict[str, int]] = defaultdict(dict)  # synset -> word -> its sense's rank
    for lemma, parts in senses.items():
        if not _plain(lemma, english):
            continue
        for pos, ids in parts.items():
            for rank, sid in enumerate(ids[: SENSES.get(pos, 0)]):
                ranks[sid].setdefault(lemma, rank)
    out: dict[str, set[str]] = defaultdict(set)
    for words in ranks.values():
        for w, rank in words.items():
            # one of the two words must have the synset as its first sense
            out[w].update(v for v, r in words.items() if v != w and min(rank, r) == 0)
    return {w: v for w, v in out.items() if v}


def render(rows: dict[str, set[str]]) -> str:
    lines = (f"{word}\t{' '.join(sorted(same))}" for word, same in rows.items())
    return "".join(f"{line}\n" for line in sorted(lines, key=str.encode))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("repo", type=Path, help="a git repository of globalwordnet/english-wordnet")
    ap.add_argument("--rev", default="HEAD", help="the revision to read (default HEAD)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    english = frozenset(
        w for w in WORDS.read_text("utf-8").split("\n") if w and not w.startswith("#")
    )
    text = render(table(read(args.repo, args.rev), english))
    args.out.write_text(text, "utf-8")
    print(f"{args.out}: {text.count(chr(10))} words, {len(text.encode())} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
