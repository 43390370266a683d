"""Score the guardrail against the labelled corpus in tests/corpus (`make eval`).

Each message `NAME.md` (or `.txt`/`.eml`) has a sidecar `NAME.labels.yaml` whose `fires:` lists
every rule id that should fire at error or warning severity (info is ignored). The checker runs
in-process, in one batch, the way `coach check` runs a folder: messages of one folder written
from one notes file share a Notes object, so batch rules (duplicate-across-interviewers) see
each other.

Prints precision, recall and F1 per rule and per family with micro totals, the false positives
and negatives with --verbose, and what each normalisation method buys detail-missing
(--methods). Exits 1 when any of the five families that matter is below F1 0.95.

The corpus: one folder per scenario (a candidate, a company, a zone, a country), holding its
notes files (notes.yaml, notes-rejected.yaml, ...: stage, history and timeline variants) and the
messages written from them, each a valid `coach check` input (front matter: kind, channel, to,
send_at, notes). To add a case, write NAME.md beside the notes it uses and NAME.labels.yaml with
`fires: [...]`, the rule ids the rulebook says must fire (and `why:` when that is not obvious).
Label from the rulebook, never from what the checker says; then run `make eval`. When a case
fails, fix the class of phrasing, not the sentence: other people's emails will be checked too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))
if str(ROOT / "scripts") not in sys.path:  # loaded by path, as tests/test_corpus.py does
    sys.path.insert(0, str(ROOT / "scripts"))

from scoring import Score  # noqa: E402

from coach.engine import Checker  # noqa: E402
from coach.models import Notes, Result  # noqa: E402
from coach.readers import (  # noqa: E402
    MESSAGE_SUFFIXES,
    Message,
    load_notes,
    parse_front_matter,
    read_bytes,
    read_message,
)
from coach.rulebook import Rule, load_rules  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
FAMILIES = ("names", "detail", "tone", "rejection", "timing", "form", "language")
#: rules a labelled corpus may name before this checkout has them (an older checkout scored on
#: a newer corpus): they count as misses in their family instead of stopping the run
LATER_RULES = {"spelling": "language", "grammar": "language", "repetition": "language"}
GATED = ("names", "detail", "tone", "rejection", "timing")
THRESHOLD = 0.95
METHODS = ("exact", "stem", "synonyms", "lemma", "lemma+synonyms")
#: a fixed "now" so messages without send_at score the same on every run
NOW = dt.datetime(2027, 6, 1, 12, 0, tzinfo=dt.UTC)


@dataclass
class Case:
    path: Path
    fires: frozenset[str]


@dataclass
class Miss:
    path: str
    rule: str
    kind: str  # "FP" or "FN"
    excerpt: str


@dataclass
class Evaluation:
    rules: dict[str, Score] = field(default_factory=dict)
    families: dict[str, Score] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)
    messages: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def micro(self, families: tuple[str, ...]) -> Score:
        total = Score()
        for name in families:
            total.add(self.families.get(name, Score()))
        return total


def load_cases(root: Path = CORPUS) -> list[Case]:
    """Every message file under root with its labels; a message without labels is an error. A
    README (README.md, round5b.README.md) describes a set and is not one of its messages."""
    cases = []
    for path in sorted(p for p in root.rglob("*") if p.suffix in MESSAGE_SUFFIXES and p.is_file()):
        if path.stem.upper().endswith("README"):
            continue
        label = path.with_name(path.stem + ".labels.yaml")
        if not label.exists():
            raise SystemExit(f"{path}: no sidecar {label.name}")
        data = yaml.safe_load(label.read_text("utf-8")) or {}
        cases.append(Case(path, frozenset(data.get("fires") or ())))
    return cases


def read_cases(cases: list[Case]) -> list[Message | None]:
    """Read the messages as `coach check` does: one Notes object per notes file. A message the
    checker refuses to read is None: it found nothing, so each of its labels is a miss."""
    from coach.errors import CoachError

    seen: dict[Path, Notes] = {}
    messages: list[Message | None] = []
    for case in cases:
        notes = None
        try:
            if case.path.suffix != ".eml":
                meta, _ = parse_front_matter(read_bytes(case.path), str(case.path))
                ref = meta.get("notes")
                if isinstance(ref, str):
                    where = (case.path.parent / ref).resolve()
                    if where not in seen:
                        seen[where] = load_notes(where)
                    notes = seen[where]
            messages.append(read_message(case.path, notes=notes))
        except CoachError as exc:
            print(f"unread: {exc}", file=sys.stderr)
            messages.append(None)
    return messages


def score(
    cases: list[Case],
    results: list[Result],
    catalogue: dict[str, Rule],
    only: set[str] | None = None,
) -> Evaluation:
    ev = Evaluation(
        rules={r: Score() for r in catalogue if only is None or r in only}, messages=len(cases)
    )
    for case, result in zip(cases, results, strict=True):
        ev.kinds[str(result.kind)] += 1
        found: dict[str, str] = {}
        for f in result.findings:
            if f.severity in ("error", "warning"):
                found.setdefault(f.rule, f.excerpt)
        expected = set(case.fires) if only is None else set(case.fires) & only
        unknown = expected - set(catalogue) - set(LATER_RULES)
        if unknown:
            raise SystemExit(f"{case.path}: unknown rule id(s) in labels: {sorted(unknown)}")
        rel = (
            str(case.path.relative_to(CORPUS))
            if case.path.is_relative_to(CORPUS)
            else str(case.path)
        )
        for rule in set(found) | expected:
            if only is not None and rule not in only:
                continue
            s = ev.rules.setdefault(rule, Score())
            if rule in found and rule in expected:
                s.tp += 1
            elif rule in found:
                s.fp += 1
                ev.misses.append(Miss(rel, rule, "FP", found[rule]))
            else:
                s.fn += 1
                first = next((ln for ln in result_text(case).splitlines() if ln.strip()), "")
                ev.misses.append(Miss(rel, rule, "FN", first[:70]))
    for rule_id, s in ev.rules.items():
        ev.families.setdefault(family_of(rule_id, catalogue), Score()).add(s)
    return ev


def family_of(rule_id: str, catalogue: dict[str, Rule]) -> str:
    rule = catalogue.get(rule_id)
    return rule.family if rule is not None else LATER_RULES[rule_id]


def result_text(case: Case) -> str:
    if case.path.suffix == ".eml":  # decoded by its declared charset, as `coach check` reads it
        text = read_message(case.path).text
    else:
        _, text = parse_front_matter(read_bytes(case.path), str(case.path))
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lower().startswith("subject:")]
    return "\n".join(lines[1:] or lines)


def evaluate(
    root: Path = CORPUS,
    catalogue: dict[str, Rule] | None = None,
    only: set[str] | None = None,
    timed: bool = False,
) -> Evaluation:
    """Run the checker over the corpus and score it; the test suite calls this too.

    With `timed`, the batch runs a second time, warm (word lists loaded, patterns compiled), and
    `seconds` is that run's time."""
    catalogue = catalogue if catalogue is not None else load_rules()
    cases = load_cases(root)
    messages = read_cases(cases)
    checker = Checker(rules=catalogue, select=only)
    read = [m for m in messages if m is not None]
    started = time.perf_counter()
    checked = iter(checker.check_batch(read, now=NOW))
    seconds = time.perf_counter() - started
    if timed:
        started = time.perf_counter()
        checker.check_batch(read, now=NOW)
        seconds = time.perf_counter() - started
    results = [
        next(checked)
        if m is not None
        else Result.model_construct(path=str(c.path), findings=[], passed=True, kind=None)
        for c, m in zip(cases, messages, strict=True)
    ]
    ev = score(cases, results, catalogue, only)
    ev.seconds = seconds
    return ev


def with_method(catalogue: dict[str, Rule], method: str) -> dict[str, Rule]:
    """A copy of the catalogue whose detail rules normalise words with `method`."""
    out = dict(catalogue)
    for rule_id in ("detail-missing", "detail-unsupported"):
        rule = catalogue[rule_id].model_copy()
        rule.params = catalogue[rule_id].params.model_copy(update={"normalise": method})
        out[rule_id] = rule
    return out


def without_classifier(catalogue: dict[str, Rule]) -> dict[str, Rule]:
    """A copy of the catalogue whose rules use their phrase lists alone, no classifier."""
    out = dict(catalogue)
    for rule_id, rule in catalogue.items():
        if getattr(rule.params, "classifier", None):
            copy = rule.model_copy()
            empty = [] if isinstance(rule.params.classifier, list) else None
            copy.params = rule.params.model_copy(update={"classifier": empty})
            out[rule_id] = copy
    return out


ABLATION = (
    ("exact words and phrases", "exact", False),
    ("+ stems", "stem", False),
    ("+ synonyms", "synonyms", False),
    ("+ classifier (shipped)", "synonyms", True),
)
ABLATION_FAMILIES = ("detail", "tone", "rejection")


def ablation(root: Path = CORPUS) -> list[tuple[str, dict[str, Score]]]:
    """F1 per family as each method is added: what each one buys, on `root`."""
    catalogue = load_rules()
    rows = []
    for name, method, classify in ABLATION:
        rules = with_method(catalogue, method)
        if not classify:
            rules = without_classifier(rules)
        rows.append((name, evaluate(root, rules).families))
    return rows


def compare_methods(root: Path = CORPUS) -> dict[str, dict[str, Score]]:
    """F1 of the detail rules under each word-normalisation method."""
    import importlib.util

    catalogue = load_rules()
    table = {}
    for method in METHODS:
        if method.startswith("lemma") and importlib.util.find_spec("simplemma") is None:
            continue  # simplemma is optional: measured when installed, never used by the rules
        ev = evaluate(
            root, with_method(catalogue, method), only={"detail-missing", "detail-unsupported"}
        )
        table[method] = ev.rules
    return table


def _row(name: str, s: Score) -> str:
    return (
        f"  {name:32} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"
        f"   tp={s.tp:<3} fp={s.fp:<3} fn={s.fn:<3}"
    )


def report(ev: Evaluation, catalogue: dict[str, Rule], verbose: bool) -> str:
    out = [
        f"{ev.messages} messages ({', '.join(f'{k} {n}' for k, n in sorted(ev.kinds.items()))})",
        f"checked in {ev.seconds * 1000:.0f} ms ({ev.messages / max(ev.seconds, 1e-9):,.0f} "
        "messages/s: one warm batch, one process)",
        "",
        f"  {'rule':32} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for fam in FAMILIES:
        out.append(f"{fam}:")
        for rule_id, s in sorted(ev.rules.items()):
            if family_of(rule_id, catalogue) == fam and (s.tp or s.fp or s.fn):
                out.append(_row(rule_id, s))
    out += ["", "families:"]
    for fam in FAMILIES:
        s = ev.families.get(fam, Score())
        flag = "" if fam not in GATED or s.f1 >= THRESHOLD else "   <-- below 0.95"
        out.append(_row(fam, s) + flag)
    out.append(_row("micro (five families)", ev.micro(GATED)))
    out.append(_row("micro (all families)", ev.micro(FAMILIES)))
    if verbose and ev.misses:
        out += ["", "misses:"]
        for m in sorted(ev.misses, key=lambda m: (m.rule, m.kind, m.path)):
            out.append(f"  {m.kind} {m.rule:28} {m.path:42} {m.excerpt!r}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("root", nargs="?", type=Path, default=CORPUS)
    ap.add_argument(
        "-v", "--verbose", action="store_true", help="list each false positive and false negative"
    )
    ap.add_argument(
        "--methods",
        action="store_true",
        help="compare word normalisation methods for the detail rules",
    )
    ap.add_argument(
        "--ablation",
        action="store_true",
        help="F1 per family as each method is added (phrases, stems, synonyms, classifier)",
    )
    args = ap.parse_args(argv)
    catalogue = load_rules()
    ev = evaluate(args.root, catalogue, timed=True)
    print(report(ev, catalogue, args.verbose))
    if args.methods:
        print("\ndetail normalisation (F1 of detail-missing / detail-unsupported):")
        for method, rules in compare_methods(args.root).items():
            dm, du = rules.get("detail-missing", Score()), rules.get("detail-unsupported", Score())
            print(
                f"  {method:16} detail-missing F1 {dm.f1:.3f} (P {dm.precision:.3f} "
                f"R {dm.recall:.3f})   detail-unsupported F1 {du.f1:.3f}"
            )
    if args.ablation:
        print(f"\nablation on {args.root} (F1; the families the semantic layer serves):")
        print(f"  {'method':28}" + "".join(f"{f:>11}" for f in ABLATION_FAMILIES))
        for name, fams in ablation(args.root):
            cells = "".join(f"{fams.get(f, Score()).f1:11.3f}" for f in ABLATION_FAMILIES)
            print(f"  {name:28}{cells}")
        print(
            "  (sentence embeddings alone are not a row: on tests/corpus neither a centred "
            "sentence cosine nor word-level similarity separates messages with a detail from "
            "those without, so detail coverage does not use them)"
        )
    failing = [f for f in GATED if ev.families.get(f, Score()).f1 < THRESHOLD]
    if failing:
        print(f"\nFAIL: F1 below {THRESHOLD} for {', '.join(failing)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
