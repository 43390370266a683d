"""Our language checks beside Harper (harper-py), on the labelled dev set and the corpus.

    .venv/bin/python scripts/compare_language.py [--verbose] [--no-harper] [--no-corpus]

1. The dev set, tests/language_dev/cases.yaml: each case runs through coach.engine.Checker with
   the three language rules selected, against the rule examples' notes (rules/context.yaml)
   with the case's `country`, `role` and `names` (as interviewers) laid over them, and through
   Harper, `harper.Linter(dialect).lint(text, language="plaintext")` with the case's names
   added by `import_words`. Prints precision, recall and F1 per rule (a rule counts once per
   message, as scripts/eval.py counts) and milliseconds per message for each.
2. The corpus, tests/corpus: every message labelled `fires: []` is read as `coach check` reads
   it and checked for language findings; prints the share of clean messages with any.

Harper's lint kinds are mapped onto our rules: Spelling, Typo and BoundaryError ("alot", two
words run together, as "nextgame" is in the rulebook) are `spelling` (a Spelling lint over two
words or more, "to loose", is a confused word, so `grammar`); the kinds that name a grammatical
slip (Grammar, Agreement, WordChoice, Eggcorn, Malapropism, Usage, Miscellaneous, Nonstandard)
and Repetition (Harper's doubled word) are `grammar`; Punctuation only when it is about an
apostrophe in a word (its/it's). Spacing, style, capitalisation, readability and formatting
lints have no rule of ours and are dropped. Harper has no phrase-repetition lint, so it scores
nothing on `repetition`. Harper's ms/msg is its lint time alone: building its Linter (once per
dialect; the first is the costly one) is printed apart, and so is adding the names.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import importlib.util
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))
if str(ROOT / "scripts") not in sys.path:  # loaded by path, as tests/test_corpus.py does
    sys.path.insert(0, str(ROOT / "scripts"))

from scoring import Score  # noqa: E402

from coach.engine import Checker  # noqa: E402
from coach.models import Kind, Notes  # noqa: E402
from coach.readers import Message  # noqa: E402
from coach.rulebook import example_context  # noqa: E402

DEV = ROOT / "tests" / "language_dev" / "cases.yaml"
RULES = ("spelling", "grammar", "repetition")
SEND_AT = dt.datetime(2026, 11, 20, 19, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
HARPER_SPELLING = {"Spelling", "Typo", "BoundaryError"}
HARPER_GRAMMAR = {
    "Grammar",
    "Agreement",
    "WordChoice",
    "Eggcorn",
    "Malapropism",
    "Usage",
    "Miscellaneous",
    "Nonstandard",
    "Repetition",
}


@dataclass
class Case:
    text: str
    country: str | None
    expect: frozenset[str]
    names: list[str] = field(default_factory=list)
    role: str | None = None


def load_cases(path: Path = DEV) -> list[Case]:
    cases = []
    for item in yaml.safe_load(path.read_text("utf-8")):
        country = item.get("country")
        cases.append(
            Case(
                text=item["text"],
                country=None if country in (None, "none") else str(country),
                expect=frozenset(item.get("expect") or ()),
                names=list(item.get("names") or ()),
                role=item.get("role"),
            )
        )
    return cases


def notes_for(case: Case) -> Notes:
    """The rule examples' notes with the case's country, role and names laid over them."""
    data: dict[str, Any] = copy.deepcopy(example_context())
    data["country"] = case.country
    if case.role:
        data["role"] = case.role
    data["interviewers"] = [*data["interviewers"], *({"name": n} for n in case.names)]
    return Notes.model_validate(data)


def message_for(case: Case, i: int) -> Message:
    return Message(
        path=f"dev/{i:03d}.md",
        text=case.text,
        to=case.names[0] if case.names else "Sarah Chen",
        kind=Kind.thank_you,
        send_at=SEND_AT,
        notes=notes_for(case),
    )


def ours(cases: list[Case]) -> tuple[list[dict[str, str]], float]:
    """Our findings per case ({rule: first excerpt}), and ms per message."""
    checker = Checker(select=list(RULES))
    messages = [message_for(c, i) for i, c in enumerate(cases)]
    checker.check_batch(messages[:5])  # the lexicon and caches, as a long batch has them
    found: list[dict[str, str]] = []
    started = time.perf_counter()
    for message in messages:
        result = checker.check(message)
        hits: dict[str, str] = {}
        for f in result.findings:
            if f.severity in ("error", "warning"):
                hits.setdefault(f.rule, f.excerpt)
        found.append(hits)
    return found, (time.perf_counter() - started) * 1000 / len(messages)


def harper_dialect(country: str | None) -> Any:
    import harper

    return {
        "GB": harper.Dialect.BRITISH,
        "UK": harper.Dialect.BRITISH,
        "IE": harper.Dialect.BRITISH,
        "NZ": harper.Dialect.BRITISH,
        "AU": harper.Dialect.AUSTRALIAN,
        "IN": harper.Dialect.INDIAN,
        "CA": harper.Dialect.CANADIAN,
    }.get((country or "").upper(), harper.Dialect.AMERICAN)


def harper_rule(lint: Any) -> str | None:
    kind, problem = lint.lint_kind, lint.problem_text
    if problem != problem.strip():
        return None  # spacing ("am  "): formatting, no rule of ours
    if kind in HARPER_SPELLING:
        return "grammar" if len(problem.split()) > 1 else "spelling"
    if kind in HARPER_GRAMMAR:
        return "grammar"
    if kind == "Punctuation" and any(c.isalpha() for c in problem):
        return "grammar"
    return None


class Harper:
    """One Linter per dialect, built once (Harper's start-up is timed on its own)."""

    def __init__(self) -> None:
        import harper

        self.harper = harper
        self.linters: dict[Any, Any] = {}
        self.startup: list[float] = []

    def linter(self, country: str | None) -> Any:
        dialect = harper_dialect(country)
        if dialect not in self.linters:
            started = time.perf_counter()
            self.linters[dialect] = self.harper.Linter(dialect)
            self.startup.append(time.perf_counter() - started)
        return self.linters[dialect]

    def run(self, text: str, country: str | None, names: list[str]) -> tuple[dict[str, str], float]:
        linter = self.linter(country)
        words = sorted({w.strip(".,'’") for n in names for w in n.split() if w})
        if words:
            linter.import_words(words)
        started = time.perf_counter()
        lints = linter.lint(text, language="plaintext")
        spent = time.perf_counter() - started
        if words:
            linter.clear_words()
        hits: dict[str, str] = {}
        for lint in lints:
            rule = harper_rule(lint)
            if rule is not None:
                hits.setdefault(rule, f"{lint.problem_text} [{lint.lint_kind}]")
        return hits, spent


def harper_on(cases: list[Case], engine: Harper) -> tuple[list[dict[str, str]], float]:
    found, spent = [], 0.0
    for case in cases:
        hits, seconds = engine.run(case.text, case.country, case.names)
        found.append(hits)
        spent += seconds
    return found, spent * 1000 / len(cases)


def score(cases: list[Case], found: list[dict[str, str]]) -> dict[str, Score]:
    scores = {r: Score() for r in (*RULES, "all")}
    for case, hits in zip(cases, found, strict=True):
        for rule in RULES:
            fired, wanted = rule in hits, rule in case.expect
            for key in (rule, "all"):
                s = scores[key]
                if fired and wanted:
                    s.tp += 1
                elif fired:
                    s.fp += 1
                elif wanted:
                    s.fn += 1
    return scores


def clean_rate(cases: list[Case], found: list[dict[str, str]]) -> tuple[int, int]:
    clean = [hits for case, hits in zip(cases, found, strict=True) if not case.expect]
    return sum(1 for hits in clean if hits), len(clean)


def print_table(rows: list[tuple[str, dict[str, Score], float, tuple[int, int]]]) -> None:
    head = f"{'checker':<10} {'rule':<11} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"
    print(head + f"  {'ms/msg':>7}  clean flagged")
    for name, scores, ms, (flagged, clean) in rows:
        for rule in (*RULES, "all"):
            s = scores[rule]
            tail = (
                f"  {ms:7.3f}  {flagged}/{clean} ({flagged / clean:.1%})"
                if rule == "all" and clean
                else ""
            )
            print(
                f"{name:<10} {rule:<11} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                f"{s.tp:4d} {s.fp:4d} {s.fn:4d}{tail}"
            )


def print_misses(name: str, cases: list[Case], found: list[dict[str, str]]) -> None:
    for case, hits in zip(cases, found, strict=True):
        for rule in RULES:
            fired, wanted = rule in hits, rule in case.expect
            if fired != wanted:
                what = "FP" if fired else "FN"
                excerpt = f" {hits[rule]!r}" if fired else ""
                text = case.text.replace("\n", " / ")[:100]
                print(f"  {name} {what} {rule:<10}{excerpt} [{case.country}] {text}")


def corpus(verbose: bool, engine: Harper | None) -> None:
    """The share of clean corpus messages (labelled fires: []) with any language finding."""
    spec = importlib.util.spec_from_file_location("coach_eval", ROOT / "scripts" / "eval.py")
    assert spec is not None and spec.loader is not None
    evaluation = importlib.util.module_from_spec(spec)
    sys.modules["coach_eval"] = evaluation
    spec.loader.exec_module(evaluation)
    cases = evaluation.load_cases()
    messages = evaluation.read_cases(cases)
    clean = [(c, m) for c, m in zip(cases, messages, strict=True) if m is not None and not c.fires]
    checker = Checker(select=list(RULES))
    results = checker.check_batch([m for _, m in clean], now=evaluation.NOW)
    flagged = 0
    for (case, _), result in zip(clean, results, strict=True):
        hits = [(f.rule, f.excerpt) for f in result.findings if f.severity != "info"]
        if hits:
            flagged += 1
            if verbose:
                print(f"  ours FP {case.path.relative_to(ROOT)}: {hits}")
    print(
        f"corpus: ours flags {flagged} of {len(clean)} clean messages "
        f"({flagged / len(clean):.1%}) with a language finding"
    )
    if engine is None:
        return
    flagged = 0
    for case, message in clean:
        notes = message.notes
        names = []
        if notes is not None:
            names = [notes.candidate.name, notes.company.name, *notes.company.aliases]
            names += [p.name for p in notes.interviewers]
        lints, _ = engine.run(message.text, notes.country if notes else None, names)
        if lints:
            flagged += 1
            if verbose:
                print(f"  harper FP {case.path.relative_to(ROOT)}: {lints}")
    print(
        f"corpus: Harper flags {flagged} of {len(clean)} clean messages "
        f"({flagged / len(clean):.1%}) with a lint mapped to a language rule"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    parser.add_argument("--no-harper", action="store_true", help="our checks only")
    parser.add_argument("--no-corpus", action="store_true", help="skip the corpus pass")
    parser.add_argument("--cases", type=Path, default=DEV)
    args = parser.parse_args(argv)

    cases = load_cases(args.cases)
    print(f"dev set: {len(cases)} cases, {sum(1 for c in cases if not c.expect)} clean")
    found, ms = ours(cases)
    rows = [("ours", score(cases, found), ms, clean_rate(cases, found))]
    engine = None
    if not args.no_harper:
        engine = Harper()
        h_found, h_ms = harper_on(cases, engine)
        rows.append(("harper", score(cases, h_found), h_ms, clean_rate(cases, h_found)))
    print_table(rows)
    if engine is not None:
        first, *rest = engine.startup
        print(
            f"Harper start-up: first Linter {first:.2f} s, then "
            f"{statistics.median(rest) if rest else 0.0:.3f} s for each other dialect; "
            f"ms/msg is lint time only"
        )
    if args.verbose:
        print_misses("ours", cases, found)
        if engine is not None:
            print_misses("harper", cases, h_found)
    if not args.no_corpus:
        corpus(args.verbose, engine)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
