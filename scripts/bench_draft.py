"""`make bench-draft`: how well and how fast the embedded model drafts, printed as figures.

Over every notes file in examples/notes/ (at least 20, varied), it drafts the message each
application needs next (a rejection reply after a rejection, the last follow-up after one
check-in, a check-in after the thank-you, the promised materials, else thank-you notes on the
preferred channel), with the clock set just after the interview, and prints:

- first-pass rate: the model's first draft passed the guardrail before any revision, fix or
  composer (and, stricter, with no warning the text could fix);
- final pass rate and where the final text came from (model, model+fixes, composer);
- model calls, prompt and completion tokens per draft; p50 and p95 seconds per draft;
- peak RSS of this process and of the model server child, and the load average (other work on
  the machine slows the model; read the figures with it).

Nothing here is asserted: the figures are for people (targets: first pass >= 50 %, final
100 %, p50 <= 6 s, <= 2.5 calls per draft).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach.backends import get_backend  # noqa: E402
from coach.drafting import draft_with_trace  # noqa: E402
from coach.models import Channel, Kind, Notes, Stage  # noqa: E402
from coach.readers import load_notes  # noqa: E402


def next_kind(notes: Notes) -> Kind:
    """What this application needs next, read from its stage and history."""
    sent = {h.kind for h in notes.history}
    if notes.stage == Stage.rejected:
        return Kind.rejection_reply
    if Kind.check_in in sent:
        return Kind.final_follow_up
    if Kind.thank_you in sent:
        return Kind.check_in
    if notes.materials:
        return Kind.materials
    if notes.preferred_channel == Channel.linkedin:
        return Kind.linkedin_note
    if notes.preferred_channel == Channel.letter:
        return Kind.handwritten_note
    return Kind.thank_you


def clock(notes: Notes) -> dt.datetime:
    """An hour after the interview, or after the last message sent: when a person drafts."""
    times = [notes.interview.finished, *(h.sent_at for h in notes.history)]
    return max(times) + dt.timedelta(hours=1)


def peak_rss_mb(pid: int | None = None) -> float:
    """Peak resident set size (VmHWM) in MB; this process when pid is None."""
    if pid is None:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--notes-dir", type=Path, default=ROOT / "examples" / "notes")
    parser.add_argument("--backend", default="embedded")
    parser.add_argument("--model", default=None)
    parser.add_argument("--json", type=Path, help="also write every draft and trace here")
    parser.add_argument("--verbose", "-v", action="store_true", help="print each draft")
    args = parser.parse_args(argv)

    files = sorted(args.notes_dir.glob("*.yaml"))
    load_before = os.getloadavg()
    backend = get_backend(args.backend, args.model)
    started = time.perf_counter()
    startup = None
    if hasattr(backend, "start"):
        backend.start()
        startup = time.perf_counter() - started
    rows, dump = [], []
    child_rss = float("nan")
    try:
        for path in files:
            notes = load_notes(path)
            kind = next_kind(notes)
            report, traces, flags = draft_with_trace(notes, kind, backend=backend, now=clock(notes))
            for draft, trace in zip(report.drafts, traces, strict=True):
                rows.append((draft, trace))
                status = "pass" if draft.passed else "FAIL"
                print(
                    f"{path.stem:22} {kind.value:17} {draft.to:20} {status} "
                    f"{draft.origin:11} calls={draft.model_calls} {draft.seconds:5.2f}s "
                    f"{' '.join(trace.steps)}",
                    flush=True,
                )
                if args.verbose:
                    print("    " + draft.body.replace("\n", "\n    "))
                    for finding in draft.findings:
                        print(f"    - {finding.severity} {finding.rule}: {finding.message}")
                dump.append(
                    {
                        "file": path.name,
                        "draft": draft.model_dump(mode="json"),
                        "trace": trace.__dict__,
                        "flags": [str(f) for f in flags],
                    }
                )
        server = getattr(backend, "server", None)
        if server is not None and server.pid:
            child_rss = peak_rss_mb(server.pid)
    finally:
        backend.close()
    load_after = os.getloadavg()

    n = len(rows)
    drafts = [d for d, _ in rows]
    seconds = [d.seconds for d in drafts]
    origins = {o: sum(d.origin == o for d in drafts) for o in ("model", "model+fixes", "composer")}
    own = peak_rss_mb()
    print()
    print(
        f"notes files              {len(files)}  drafts {n}  backend {backend.name} "
        f"({backend.model})"
    )
    if startup is not None:
        print(f"server start             {startup:.2f} s (not counted per draft)")
    print(
        f"first-pass rate          {sum(t.first_pass for _, t in rows) / n:.0%} passed; "
        f"{sum(t.first_clean for _, t in rows) / n:.0%} with no text warning"
    )
    print(f"final pass rate          {sum(d.passed for d in drafts) / n:.0%}")
    print("origin                   " + ", ".join(f"{k} {v}" for k, v in origins.items()))
    print(f"model calls per draft    {statistics.mean(d.model_calls for d in drafts):.2f}")
    print(
        f"seconds per draft        p50 {percentile(seconds, 0.5):.2f}  "
        f"p95 {percentile(seconds, 0.95):.2f}  max {max(seconds):.2f}"
    )
    print(
        f"tokens per draft         prompt {statistics.mean(d.tokens.prompt for d in drafts):.0f}"
        f"  completion {statistics.mean(d.tokens.completion for d in drafts):.0f}"
    )
    print(
        f"peak RSS                 this process {own:.0f} MB + model server {child_rss:.0f} MB"
        f" = {own + child_rss:.0f} MB"
    )
    print(
        f"load average (1/5/15)    before {' '.join(f'{x:.2f}' for x in load_before)}; "
        f"after {' '.join(f'{x:.2f}' for x in load_after)}  ({os.cpu_count()} CPUs)"
    )
    if args.json:
        args.json.write_text(json.dumps(dump, indent=1, ensure_ascii=False), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
