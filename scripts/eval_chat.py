"""Score the coach chat on a question set: `python scripts/eval_chat.py DIR`.

DIR/questions.yaml is a list of {id, question, notes (a path relative to DIR, or null), now
(ISO 8601 or null), expect: {in_scope, sections, facts, rules}, why}. Each question is asked
in-process (coach.chat.ask, as `coach ask --format json --backend none` does) and scored:

- section right: of the in-scope questions, those where one cited section matches an expected
  one (same article; one normalized label, lower-cased without punctuation, a prefix of the
  other);
- facts right: of the questions with facts, those whose answer holds every fact
  (case-insensitive substrings);
- out-of-scope honest: of the questions with in_scope false, those answered with
  `in_scope: false` and words saying the articles don't cover it;
- rules named (a report only): expected rule ids found in the answer, `rules` or findings;
- citations of sections that do not exist (must be 0), crashes, and p50/p95 ms per answer.

`--show` prints every answer that missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HONEST = re.compile(r"\b(?:don't|do not|doesn't|does not)\s+cover\b", re.I)


def norm(label: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", label.lower()).split())


def section_matches(cited: dict[str, str], expected: dict[str, str]) -> bool:
    if str(cited["article"]) != str(expected["article"]):
        return False
    # "FAQ 7: How soon ..." is named by "FAQ 7" or by its heading alone, "How soon ..."
    forms = [(norm(x), norm(_PREFIX.sub("", x))) for x in (cited["section"], expected["section"])]
    return any(a.startswith(b) or b.startswith(a) for a in forms[0] for b in forms[1])


_DATE_FACT = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*$",
    re.I,
)


def fact_said(fact: str, answer: str) -> bool:
    """The fact is in the answer as written, as whole words (the verdict 'no' is not said by
    'now' or 'know', nor '5' by '15'), or, for a date ('Fri 6 Nov', '6 November'), in any of the
    forms a date is written ('Friday 6 November')."""
    fact = fact.strip()
    before = r"(?<!\w)" if fact[:1].isalnum() else ""
    after = r"(?!\w)" if fact[-1:].isalnum() else ""
    if re.search(before + re.escape(fact) + after, answer, re.I):
        return True
    m = _DATE_FACT.match(fact)
    if m is None:
        return False
    day, month = m.groups()
    return re.search(rf"\b{int(day)}(?:st|nd|rd|th)?\s+{month}", answer, re.I) is not None


_PREFIX = re.compile(r"^(?:FAQ \d+: |\d+\. |Do's: |Don'ts: )")


def section_exists(article: str, section: str, texts: dict[str, str]) -> bool:
    """As tests/test_rulebook_data.py reads a citation: the heading, without its "FAQ n: ",
    "Do's: " or "Don'ts: " prefix, is in the article's text."""
    heading = _PREFIX.sub("", section)
    return article in texts and fold(heading) in texts[article]


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()


def article_texts() -> dict[str, str]:
    from coach.rulebook import articles

    for seeds in (ROOT.parent / "shared" / "seeds", Path("/work/shared/seeds")):
        if seeds.is_dir():
            return {k: fold((seeds / v["file"]).read_text("utf-8")) for k, v in articles().items()}
    raise SystemExit("the seed articles (../shared/seeds) are not beside the repo")


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def run(folder: Path, show: bool = False) -> dict[str, Any]:
    from coach.chat import ask, warm
    from coach.readers import load_notes

    warm()
    questions = yaml.safe_load((folder / "questions.yaml").read_text("utf-8"))
    texts = article_texts()
    tally = {k: [0, 0] for k in ("sections", "facts", "honest", "rules")}
    bogus, crashes, times = 0, 0, []
    for q in questions:
        expect = q.get("expect") or {}
        try:
            notes = load_notes(folder / q["notes"]) if q.get("notes") else None
            now = q.get("now")  # YAML reads an unquoted timestamp as a datetime already
            if isinstance(now, str):
                now = dt.datetime.fromisoformat(now)
            started = time.perf_counter()
            doc = ask(q["question"], notes, None, now).document()
            times.append((time.perf_counter() - started) * 1000)
        except Exception as exc:  # noqa: BLE001 - counted and shown, never fatal
            crashes += 1
            print(f"CRASH {q['id']}: {type(exc).__name__}: {exc}")
            continue
        misses = []
        for cite in doc["citations"]:
            if not section_exists(cite["article"], cite["section"], texts):
                bogus += 1
                misses.append(f"no such section {cite}")
        in_scope = expect.get("in_scope", True)
        if in_scope and expect.get("sections"):
            tally["sections"][1] += 1
            if any(section_matches(c, e) for c in doc["citations"] for e in expect["sections"]):
                tally["sections"][0] += 1
            else:
                misses.append("section")
        if not in_scope:
            tally["honest"][1] += 1
            if doc.get("in_scope") is False and HONEST.search(doc["answer"]):
                tally["honest"][0] += 1
            else:
                misses.append("not honest")
        facts = expect.get("facts") or []
        if facts:
            tally["facts"][1] += 1
            missing = [f for f in facts if not fact_said(str(f), doc["answer"])]
            if missing:
                misses.append(f"facts {missing}")
            else:
                tally["facts"][0] += 1
        for rule in expect.get("rules") or []:
            tally["rules"][1] += 1
            named = set(doc["rules"]) | {f["rule"] for f in doc["findings"]}
            tally["rules"][0] += rule in named or rule in doc["answer"]
        if show and misses:
            print(f"--- {q['id']} {misses} [{doc['intent']}]\n{q['question']}\n>> {doc['answer']}")
            print(f">> cited: {[(c['article'], c['section']) for c in doc['citations']]}\n")
    return {
        "questions": len(questions),
        "tally": tally,
        "bogus": bogus,
        "crashes": crashes,
        "p50": percentile(times, 0.5),
        "p95": percentile(times, 0.95),
    }


def pct(pair: list[int]) -> str:
    right, total = pair
    return f"{100 * right / total:.0f}% ({right}/{total})" if total else "n/a (0)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--show", action="store_true", help="print the answers that missed")
    args = parser.parse_args(argv)
    r = run(args.folder, args.show)
    t = r["tally"]
    print(f"chat eval: {args.folder} ({r['questions']} questions)")
    print(f"  section right (in scope):     {pct(t['sections'])}")
    print(f"  facts right:                  {pct(t['facts'])}")
    print(f"  out-of-scope honest:          {pct(t['honest'])}")
    print(f"  rules named (report):         {pct(t['rules'])}")
    print(f"  citations of no such section: {r['bogus']}")
    print(f"  crashes:                      {r['crashes']}")
    print(f"  latency per answer:           p50 {r['p50']:.1f} ms, p95 {r['p95']:.1f} ms")
    return 1 if r["bogus"] or r["crashes"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
