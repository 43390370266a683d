"""How often the chat's topic retrieval puts a right guide entry first: `python
scripts/eval_routing.py [DIR]`.

DIR (default tests/routing) holds *.jsonl files of {"text", "topic", "also", "persona"}: 1,344
questions written by two writers who saw only the guide's topics and answers, the RULEBOOK and
the articles, never the code, the cues or a chat test set; each labelled with the entry whose
answer it needs (`also`: another one the answer needs too). A question is routed right when
coach.chat.retrieval's first entry is one of them, and out-of-scope questions (topic
`not-covered`) are spotted when coach.chat.scope reads them as not covered. The chat's answers
depend on more than this (stated facts, boosts, the plan), so it is a measure of one part.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    from coach.chat.intent import uncovered
    from coach.chat.retrieval import retrieve

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", nargs="?", type=Path, default=ROOT / "tests" / "routing")
    args = ap.parse_args(argv)
    first = top3 = n = spotted = out = 0
    misses: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for path in sorted(args.root.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            item = json.loads(line)
            also = item.get("also") or []
            right = {item["topic"], *([also] if isinstance(also, str) else also)}
            if item["topic"] == "not-covered":
                out += 1
                spotted += uncovered(item["text"]) is not None
                continue
            n += 1
            totals[item["topic"]] += 1
            hits = retrieve(item["text"], 3)
            first += hits[0].entry.id in right
            top3 += any(h.entry.id in right for h in hits)
            if hits[0].entry.id not in right:
                misses[item["topic"]] += 1
    print(f"routing eval: {args.root} ({n} in scope, {out} out of scope)")
    print(f"  right entry first:   {first / n:.1%} ({first}/{n})")
    print(f"  right entry in top 3: {top3 / n:.1%} ({top3}/{n})")
    print(f"  out of scope spotted: {spotted / out:.1%} ({spotted}/{out})" if out else "")
    for topic, count in sorted(totals.items(), key=lambda x: -misses[x[0]] / x[1])[:8]:
        print(f"  weakest: {topic:24} {1 - misses[topic] / count:.0%} first ({count})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
