"""Derive sentence-level tone examples from the released, message-level sets.

The released sets (tests/corpus, the tests/dev* rounds and training/tone/train*) label whole
messages: `fires:` lists the rules a message must fire and `why:` often says where or quotes
how. This script turns them into sentences for the classifier (training/derived/tone.jsonl,
read by `make train`), one JSON object a line:

    {"text": ..., "how": {label: method}, "sources": [ids], "unsure": [labels]}

`how` names the labels the text is a positive for; it is a negative for every other label of
LABELS except those of `unsure` (left out when empty), which some message holding it carries
but gave it no positive for.

- every reading of a message (each body sentence as the checker reads it alone, its point
  without a polite frame, its clauses: scripts/weak_labels.py) is a negative for each label of
  LABELS that the message is not labelled with;
- in a message labelled with one of LABELS, the sentence carrying it is a positive, found in
  this order: a sentence holding a passage that `why:` quotes ("quote"); else, when `why:`
  places the fault ("(start)", "in the middle", "closing ..."), the sentence of that part of
  the body that the reference model scores highest for the label, if at least HINT_FLOOR
  ("place"); else the body's highest-scoring sentence, if at least FLOOR ("model"); else the
  message gives no positive for that label. The positive text is the chosen sentence's reading
  that the reference model scores highest (a clause may carry a fault that its sentence hides
  behind courtesy); a quoted sentence keeps the shortest reading that still holds the quote.
- a text that a message not labelled with the rule also holds is no positive for it: the
  sentence stands in a message whose writer read it as clean.

The reference model is the classifier of REFERENCE (the weights before this derivation), so the
file is a pure function of the repository at that commit: `python scripts/derive_sentences.py`
writes it again byte for byte. `sources` are the message files (relative paths) whose readings
gave the row; scripts/loso_tone.py leaves a row out of a fold when any of its sources is in it.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from weak_labels import DERIVED_LABELS, _eval_module  # noqa: E402

OUT = ROOT / "training" / "derived" / "tone.jsonl"
#: the commit whose classifier picks a labelled message's sentence when `why:` does not quote it
REFERENCE = "068360c5"
LABELS = DERIVED_LABELS
#: the least the reference model must give the body's best sentence for it to be the positive
#: when `why:` neither quotes nor places the fault; and when it places it (fewer candidates)
FLOOR = 0.3
HINT_FLOOR = 0.1
_QUOTE = re.compile(r"'([^']{8,})'|\"([^\"]{8,})\"|“([^”]{8,})”|‘([^’]{8,})’")
_PLACES = {
    "start": re.compile(
        r"\((?:at the )?(?:start|opening|beginning)\)|\bopen(?:s|ing) (?:with|line)|"
        r"\b(?:at|in) the (?:start|opening|beginning)\b|\bfirst sentence\b"
    ),
    "middle": re.compile(r"\((?:in the )?middle\)|\bin the middle\b|\bmid-message\b|\bmidway\b"),
    "end": re.compile(
        r"\((?:at the )?(?:end|close|closing)\)|\bat the (?:end|close)\b|"
        r"\bclos(?:es|ing) (?:with|line|sentence)\b|\bparting\b|\blast sentence\b|"
        r"\bsign-?off\b|\bpost-?script\b|\bP\.?S\.?\b"
    ),
}
_NONWORD = re.compile(r"[^\w]+")


#: the message-level sets released to tuning, named one by one: the gates (tests/heldout*, dev21,
#: dev22, dev40 and later, and the unseen training/tone sets) sit in the same folders and must
#: never be read here; a set joins this list when the README releases it
RELEASED = (
    "tests/corpus",
    *(f"tests/dev{n}" for n in range(5, 21)),
    *(f"tests/dev{n}" for n in range(23, 40)),
    *(f"training/tone/train{c}" for c in "DEFGHIJKLM"),
)


def released_sets() -> list[str]:
    """The released sets of RELEASED that this checkout holds."""
    return [s for s in RELEASED if (ROOT / s).is_dir()]


def norm(text: str) -> str:
    return " " + _NONWORD.sub(" ", text.casefold().replace("’", "'")).strip() + " "


def quotes(why: str) -> list[list[str]]:
    """The passages `why:` quotes, each as its parts (split at an ellipsis), two words or more."""
    out = []
    for m in _QUOTE.finditer(why):
        q = next(g for g in m.groups() if g)
        parts = [norm(p).strip() for p in re.split(r"\.\.\.|…", q)]
        parts = [p for p in parts if len(p.split()) >= 2]
        if parts:
            out.append(parts)
    return out


def places(why: str) -> set[str]:
    return {name for name, pattern in _PLACES.items() if pattern.search(why)}


def in_place(i: int, n: int, where: set[str]) -> bool:
    """Sentence i of n is in the start, middle or end third of the body."""
    third = max(1, round(n / 3))
    part = "start" if i < third else "end" if i >= n - third else "middle"
    return part in where or (n <= 2 and "middle" in where)


def reference_model(path: Path | None):  # type: ignore[no-untyped-def]
    from coach import semantic
    from coach.semantic.classifier import Classifier

    if path is None:
        blob = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{REFERENCE}:rules/semantic/classifier.json"],
            check=True,
            capture_output=True,
        ).stdout
        tmp = Path(tempfile.mkdtemp()) / "classifier.json"
        tmp.write_bytes(blob)
        path = tmp
    return Classifier(path, semantic.embedding())


def sentences_of(text: str) -> list[list[str]]:
    """The body's sentences, each as its readings (the whole sentence first)."""
    from coach import semantic
    from coach.checks.classified import _as_written_alone
    from coach.checks.clauses import clauses
    from coach.checks.frames import unframed
    from coach.text import Doc

    doc = Doc(text)
    out = []
    for s in semantic.sentences(doc):
        whole = _as_written_alone(doc, s.start, s.text)
        readings = [whole]
        point = unframed(whole)
        if point is not None:
            readings.append(point)
        readings.extend(clauses(whole))
        seen: set[str] = set()
        out.append([r for r in readings if r.strip() and not (r in seen or seen.add(r))])  # type: ignore[func-returns-value]
    return [r for r in out if r]


def positive(label: str, body: list[list[str]], why: str, model) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    """The reading carrying `label` in a labelled message, and how it was found."""

    def score(reading: str) -> float:
        return model.score(reading).probs[label]

    def best(readings: list[str]) -> str:
        return max(readings, key=lambda r: (score(r), -len(r), r))

    quoted = []
    for parts in quotes(why):
        for i, readings in enumerate(body):
            if all(p in norm(readings[0]) for p in parts):
                holding = [r for r in readings if all(p in norm(r) for p in parts)]
                quoted.append((i, min(holding, key=lambda r: (len(r), r))))
    if quoted:
        i, text = max(quoted, key=lambda q: (max(score(r) for r in body[q[0]]), -q[0]))
        return text, "quote"
    where = places(why)
    if where:
        chosen = [r for i, r in enumerate(body) if in_place(i, len(body), where)]
        if chosen:
            top = max(chosen, key=lambda rs: (score(best(rs)), rs[0]))
            if score(best(top)) >= HINT_FLOOR:
                return best(top), "place"
            return None
    if not body:
        return None
    top = max(body, key=lambda rs: (score(best(rs)), rs[0]))
    if score(best(top)) >= FLOOR:
        return best(top), "model"
    return None


def derive(sets: list[str], model) -> list[dict]:  # type: ignore[no-untyped-def]
    import yaml

    ev = _eval_module()
    pos: dict[str, dict[str, str]] = {}  # text -> label -> method
    neg: dict[str, set[str]] = {}
    sources: dict[str, set[str]] = {}
    for name in sets:
        cases = ev.load_cases(ROOT / name)
        for case, message in zip(cases, ev.read_cases(cases), strict=True):
            if message is None:
                continue
            sidecar = case.path.with_name(case.path.stem + ".labels.yaml")
            why = str((yaml.safe_load(sidecar.read_text("utf-8")) or {}).get("why") or "")
            source = str(case.path.relative_to(ROOT))
            body = sentences_of(message.text)
            for label in LABELS:
                if label in case.fires:
                    found = positive(label, body, why, model)
                    if found is not None:
                        text, how = found
                        pos.setdefault(text, {}).setdefault(label, how)
                        sources.setdefault(text, set()).add(source)
                else:
                    for readings in body:
                        for r in readings:
                            neg.setdefault(r, set()).add(label)
                            sources.setdefault(r, set()).add(source)
    rows = []
    for text in sorted(sources):
        negs = neg.get(text, set())
        hows = {k: v for k, v in pos.get(text, {}).items() if k not in negs}
        if not hows and not negs:
            continue
        row = {"text": text, "how": dict(sorted(hows.items())), "sources": sorted(sources[text])}
        unsure = sorted(set(LABELS) - set(hows) - negs)
        if unsure:
            row["unsure"] = unsure
        rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--model", type=Path, help=f"classifier JSON (default: that of {REFERENCE})")
    ap.add_argument("--sets", nargs="*", help="default: every released set in this clone")
    args = ap.parse_args(argv)
    sets = args.sets or released_sets()
    rows = derive(sets, reference_model(args.model))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    counts: dict[str, dict[str, int]] = {}
    for row in rows:
        for label, how in row["how"].items():
            counts.setdefault(label, {}).setdefault(how, 0)
            counts[label][how] += 1
    print(f"{len(rows)} texts from {len(sets)} sets -> {args.out}")
    for label in LABELS:
        print(f"  {label:26} positives {counts.get(label, {})}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
