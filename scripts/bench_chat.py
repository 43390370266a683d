"""How long the coach chat takes per answer without a model: `python scripts/bench_chat.py`.

Asks every question of tests/chat_dev (with its notes and clock) a few times in-process, as
`coach ask --backend none` and the `/chat` endpoint do, and prints p50/p95 milliseconds per
answer (target: p95 <= 300 ms), after the first answer (which loads the guide, its vectors and
the checker; printed separately).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folder", type=Path, default=ROOT / "tests" / "chat_dev")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    from coach.chat import ask
    from coach.readers import load_notes

    questions = yaml.safe_load((args.folder / "questions.yaml").read_text("utf-8"))
    cases = [
        (
            q["question"],
            load_notes(args.folder / q["notes"]) if q.get("notes") else None,
            dt.datetime.fromisoformat(q["now"]) if q.get("now") else None,
        )
        for q in questions
    ]
    ask(*cases[0][:2], now=cases[0][2])
    first = (time.perf_counter() - started) * 1000
    times = []
    for _ in range(args.rounds):
        for question, notes, now in cases:
            t = time.perf_counter()
            ask(question, notes, None, now)
            times.append((time.perf_counter() - t) * 1000)
    p95 = percentile(times, 0.95)
    print(f"chat answers without a model: {len(times)} ({len(cases)} questions x {args.rounds})")
    print(f"  first answer (imports, guide, vectors, checker): {first:.0f} ms")
    p50, worst = percentile(times, 0.5), max(times)
    print(f"  per answer: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {worst:.1f} ms")
    print(f"  target p95 <= 300 ms: {'met' if p95 <= 300 else 'MISSED'}")
    return 0 if p95 <= 300 else 1


if __name__ == "__main__":
    raise SystemExit(main())
