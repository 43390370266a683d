"""`make bench`: speed of the guardrail, printed as figures (never asserted by a timed test).

Three workloads, each 10,000 messages in one `coach check` call (a subprocess, as a user runs it):

- real: messages of tests/corpus at their real length, each file carrying its own notes inline
  in its front matter (as an export or a CI folder looks), so no two share a notes object;
- shared: the same messages, twenty to a folder that holds their notes file;
- short: the rules' example texts, all sharing one folder's notes file (the old yardstick).

For each:
- per-message latency p50 and p99, in-process;
- cold start of `coach check` on one file (median of repeated runs);
- proselint on the same message texts, side by side, as ratios.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach.rulebook import load_rules  # noqa: E402

SENDS = [
    "2026-11-20T19:30:00-05:00",
    "2026-11-21T10:00:00-05:00",
    "2026-11-23T10:00:00-05:00",
    "2026-11-30T09:00:00-05:00",
    "2026-12-08T09:00:00-05:00",
]


def corpus_texts() -> list[tuple[str, str]]:
    """(kind, text) pairs: every rule example, good and bad, as varied realistic input."""
    out = []
    for rule in load_rules().values():
        for example in (*rule.examples.bad, *rule.examples.good):
            kind = (
                example.kind
                or rule.examples.kind
                or (rule.applies_to.kinds[0] if rule.applies_to.kinds != "all" else "thank_you")
            )
            out.append((str(kind.value if hasattr(kind, "value") else kind), example.text))
    return out


def make_messages(folder: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    shutil.copy(ROOT / "examples" / "acme.yaml", folder / "acme.yaml")
    texts = corpus_texts()
    paths = []
    for i in range(count):
        kind, text = rng.choice(texts)
        sub = folder / f"batch{i // 20:04d}"
        sub.mkdir(exist_ok=True)
        to = rng.choice(["Sarah Chen", "Michael O'Brien"])
        body = (
            f"Subject: Follow-up {i}\n\n{text}\n\nI remain interested in the Data Analyst role."
            f"\n\nBest regards,\nPriya Raman\n"
        )
        path = sub / f"m{i:05d}.md"
        path.write_text(
            f"---\nkind: {kind}\nto: {to}\nsend_at: {rng.choice(SENDS)}\n"
            f"notes: ../acme.yaml\n---\n{body}",
            "utf-8",
        )
        paths.append(path)
    return paths


def make_real_messages(folder: Path, count: int, seed: int = 11) -> list[Path]:
    """Corpus messages at real length, each with its notes inline (no shared notes file)."""
    import yaml

    from coach.readers import parse_front_matter

    rng = random.Random(seed)
    sources = []
    for path in sorted((ROOT / "tests" / "corpus").rglob("*.md")):
        meta, text = parse_front_matter(path.read_text("utf-8"), str(path))
        ref = meta.get("notes")
        if not isinstance(ref, str):
            continue
        notes = yaml.safe_load((path.parent / ref).read_text("utf-8"))
        meta = {k: v for k, v in meta.items() if k != "notes"}
        sources.append((meta, notes, text))
    paths = []
    for i in range(count):
        meta, notes, text = rng.choice(sources)
        sub = folder / f"real{i // 20:04d}"
        sub.mkdir(exist_ok=True)
        own = dict(notes, role=f"{notes['role']} ({i})")  # a notes object of its own
        front = yaml.safe_dump({**meta, "notes": own}, sort_keys=False, allow_unicode=True)
        path = sub / f"r{i:05d}.md"
        path.write_text(f"---\n{front}---\n{text}", "utf-8")
        paths.append(path)
    return paths


def make_shared_messages(folder: Path, count: int, seed: int = 13) -> list[Path]:
    """Corpus messages at real length, twenty to a folder that holds their notes file (one
    interview's folder, as a career office or a candidate keeps them)."""
    import yaml

    from coach.readers import parse_front_matter

    rng = random.Random(seed)
    by_notes: dict[Path, list[tuple[dict, str]]] = {}
    for path in sorted((ROOT / "tests" / "corpus").rglob("*.md")):
        meta, text = parse_front_matter(path.read_text("utf-8"), str(path))
        ref = meta.get("notes")
        if isinstance(ref, str):
            meta = {k: v for k, v in meta.items() if k != "notes"}
            by_notes.setdefault((path.parent / ref).resolve(), []).append((meta, text))
    choices = sorted(by_notes)
    paths: list[Path] = []
    while len(paths) < count:
        sub = folder / f"shared{len(paths) // 20:04d}"
        sub.mkdir()
        notes = rng.choice(choices)
        shutil.copy(notes, sub / "notes.yaml")
        for _ in range(min(20, count - len(paths))):
            meta, text = rng.choice(by_notes[notes])
            front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
            path = sub / f"s{len(paths):05d}.md"
            path.write_text(f"---\n{front}notes: notes.yaml\n---\n{text}", "utf-8")
            paths.append(path)
    return paths


def coach_bin() -> str:
    return str(Path(sys.executable).with_name("coach"))


def throughput(folder: Path, count: int) -> tuple[float, float, float]:
    """Messages a second, the wall time, and the peak RSS (MiB) of this one `coach check` run:
    its own process tree's, from wait4, not the largest of every child the bench has run."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [coach_bin(), "check", str(folder), "--format", "json"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert proc.stderr is not None
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"coach check failed: {stderr.decode()[:500]}")
    return count / wall, wall, usage.ru_maxrss / 1024


def latencies(paths: list[Path]) -> tuple[list[float], list[str]]:
    from coach.engine import Checker
    from coach.readers import read_message

    checker = Checker()
    messages = [read_message(p) for p in paths]
    for m in messages[:200]:
        checker.check(m)  # warm caches, as a long batch would
    times = []
    for m in messages:
        t = time.perf_counter()
        checker.check(m)
        times.append(time.perf_counter() - t)
    return times, [m.text for m in messages]


def proselint_latencies(texts: list[str]) -> list[float] | None:
    try:
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return None
    CheckRegistry().register_many(__register__)
    times = []
    for i, text in enumerate(texts):
        t = time.perf_counter()
        LintFile(f"m{i}.md", text).lint()
        times.append(time.perf_counter() - t)
    return times


def cold_start(path: Path, runs: int) -> dict[str, list[float]]:
    """Wall times of `coach check` on one file, interleaved with two yardsticks that say how
    fast the machine is right now (on a shared VM it drifts by half within an hour): the bare
    interpreter, and the interpreter importing pydantic (which a warm check no longer imports)."""
    commands = {
        "coach check": [coach_bin(), "check", str(path)],
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import pydantic'": [sys.executable, "-c", "from pydantic import BaseModel"],
    }
    out: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            t = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            out[name].append(time.perf_counter() - t)
    return out


def compile_bytecode() -> None:
    """Write the package's bytecode, as `pip install` does for a user's install: an editable
    install's is written only by `make install`, and with PYTHONDONTWRITEBYTECODE set nothing
    refreshes it after the sources change, so each cold start compiled every changed module
    (28% of a one-file `coach check`'s instructions, and of each batch's start)."""
    import compileall

    for package in ("coach", "ui"):
        compileall.compile_dir(ROOT / package, quiet=1)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--cold-runs", type=int, default=15)
    parser.add_argument("--no-proselint", action="store_true")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    compile_bytecode()
    makers = {
        "real (real-length messages, each with its own inline notes)": make_real_messages,
        "shared (real-length messages, twenty to a folder's notes file)": make_shared_messages,
        "short (the rules' example texts, one notes file: the old yardstick)": make_messages,
    }
    for i, (workload, make) in enumerate(makers.items()):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            paths = make(folder, args.messages)
            print(f"\n{workload}:")
            report(folder, paths, args, cold=i == 0)


def report(folder: Path, paths: list[Path], args: argparse.Namespace, cold: bool) -> None:
    rate, wall, rss = throughput(folder, len(paths))
    print(
        f"throughput: {len(paths):,} messages in one `coach check` call: {wall:.2f} s, "
        f"{rate:,.0f} messages/s, peak RSS {rss:.0f} MiB"
    )
    times, texts = latencies(paths)
    p50, p99 = pct(times, 0.5) * 1000, pct(times, 0.99) * 1000
    print(
        f"per message (in-process): p50 {p50:.3f} ms, p99 {p99:.3f} ms, "
        f"{len(times) / sum(times):,.0f} messages/s of checking alone"
    )
    if cold:
        subprocess.run([coach_bin(), "check", str(paths[0])], capture_output=True)  # fill cache
        runs = cold_start(paths[0], args.cold_runs)
        cold_times = runs.pop("coach check")
        print(
            f"cold start, `coach check` on one file: median {statistics.median(cold_times):.3f} s, "
            f"min {min(cold_times):.3f} s over {len(cold_times)} runs"
        )
        print(
            "  for scale, interleaved: "
            + ", ".join(f"{name} median {statistics.median(v):.3f} s" for name, v in runs.items())
        )
    if not args.no_proselint:
        pl = proselint_latencies(texts)
        if pl is None:
            print("proselint: not installed")
            return
        pl50, pl99 = pct(pl, 0.5) * 1000, pct(pl, 0.99) * 1000
        pl_rate = len(pl) / sum(pl)
        print(
            f"proselint (in-process, same texts): {pl_rate:,.0f} messages/s, "
            f"p50 {pl50:.3f} ms, p99 {pl99:.3f} ms"
        )
        print(
            f"ratio coach/proselint: throughput x{rate / pl_rate:.1f} "
            f"(checking alone x{len(times) / sum(times) / pl_rate:.1f}), "
            f"p50 x{pl50 / p50:.1f} faster, p99 x{pl99 / p99:.1f} faster"
        )


if __name__ == "__main__":
    main()
