"""`make bench-ui`: concurrent gradio_client sessions against the web app's /critique endpoint.

Starts `coach ui` on a free loopback port in a child process (so the clients and the server do
not share a GIL), runs N sessions for a fixed time, each a loop that stops itself at the
deadline, and prints the errors and the round-trip percentiles seen by the clients. The server
is always stopped. Exit status 1 when there were errors or p95 is over the target.

    python scripts/bench_ui.py [--sessions 20] [--seconds 60] [--interval 0] [--processes 4]
                               [--target-p95-ms 200] [--url http://127.0.0.1:7860/]

By default each session sends its next request as soon as the last one returns (a closed loop:
the worst case, which measures the server's capacity); `--interval 0.5` paces each session at
two re-checks a second, like a person typing with the page's re-check as they edit. Every
request's draft text is new, so nothing is answered from a cache.

Two round trips are printed per request:
- **round trip**: from the call until the server's `process_completed` message reaches the
  client process (read off gradio_client's message buffer as its stream thread fills it). This
  is the server round trip the target is about.
- **predict() returned**: when `client.predict` hands the result back. gradio_client 2.x's
  waiting thread looks at that buffer every 50 ms (`time.sleep(0.05)` in
  `stream_sse_v1plus`), so this figure is the round trip rounded up to the client's next look.

It also prints the CPU the server and the client processes spent per request, which varies far
less from run to run than latency does on a shared 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter, deque
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTES = (ROOT / "examples" / "acme.yaml").read_text("utf-8")
DRAFTS = [
    (ROOT / "examples" / "thank-you-bad.md").read_text("utf-8").split("---\n", 2)[2],
    (ROOT / "examples" / "thank-you-sarah.md").read_text("utf-8").split("---\n", 2)[2],
]
SEND_AT = "2026-11-20T19:30:00-05:00"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(port: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, GRADIO_ANALYTICS_ENABLED="False", PYTHONPATH=str(ROOT))
    command = [
        sys.executable,
        "-c",
        "from coach.cli import main; main()",
        "ui",
        "--port",
        str(port),
    ]
    proc = subprocess.Popen(
        command,
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"bench-ui: the app exited: {proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/config", timeout=2):
                return proc
        except OSError:
            time.sleep(0.25)
    stop_server(proc)
    raise SystemExit("bench-ui: the app did not start within 90 s")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


class _Arrivals(deque):  # type: ignore[type-arg]
    """A gradio_client per-event message buffer that notes when the result arrived."""

    arrived: dict[str, float]

    def append(self, msg: object) -> None:
        if isinstance(msg, dict) and msg.get("msg") == "process_completed":
            self.arrived[str(msg.get("event_id"))] = time.perf_counter()
        super().append(msg)


class _Buffers(dict):  # type: ignore[type-arg]
    """Stands in for `Client.pending_messages_per_event`, making each buffer an _Arrivals."""

    def __init__(self, arrived: dict[str, float]):
        super().__init__()
        self.arrived = arrived

    def __setitem__(self, key: str, value: object) -> None:
        buffer = _Arrivals(value)  # type: ignore[call-overload]
        buffer.arrived = self.arrived
        super().__setitem__(key, buffer)

    def setdefault(self, key: str, default: object = None) -> object:
        if key not in self:
            self[key] = default if default is not None else deque()
        return self[key]


def session(
    url: str,
    index: int,
    deadline: float,
    interval: float,
    times: list[float],
    returned: list[float],
    errors: Counter[str],
    lock: threading.Lock,
) -> None:
    """One client: check a draft, wait `interval`, again, until the deadline."""
    from gradio_client import Client

    try:
        # ssl_verify=False: the URL is plain http on loopback, so no TLS is involved; with the
        # default, gradio_client builds a verifying SSL context (loading the CA bundle) for
        # every request: ~70 ms of the client's CPU per call, which would be measured as latency.
        client = Client(url, verbose=False, download_files=False, ssl_verify=False)
    except Exception as exc:  # noqa: BLE001 - counted and reported
        with lock:
            errors[f"connect: {type(exc).__name__}: {exc}"[:160]] += 1
        return
    arrived: dict[str, float] = {}
    client.pending_messages_per_event = _Buffers(arrived)
    n = 0
    next_at = time.monotonic()
    while time.monotonic() < deadline:
        # every request's text is new (trailing blanks), so nothing can answer it from a cache
        draft = DRAFTS[(index + n) % len(DRAFTS)] + " " * (index * 50 + n % 50)
        started = time.perf_counter()
        try:
            job = client.submit(
                draft, NOTES, "thank_you", "Sarah Chen", SEND_AT, api_name="/critique"
            )
            text = job.result()
            done = time.perf_counter()
            if "findings" not in json.loads(text):
                raise ValueError("no findings in the result")
            event_id = job.communicator.event_id if job.communicator else None
            arrival = arrived.pop(str(event_id), None)
            if arrival is None:
                raise ValueError("the result's arrival was not seen (gradio_client changed?)")
        except Exception as exc:  # noqa: BLE001 - counted and reported
            with lock:
                errors[f"{type(exc).__name__}: {exc}"[:160]] += 1
        else:
            with lock:
                times.append(arrival - started)
                returned.append(done - started)
        n += 1
        next_at += interval
        time.sleep(max(0.0, min(next_at, deadline) - time.monotonic()))
    client.close()


def worker(url: str, first: int, count: int, seconds: float, interval: float) -> None:
    """A child process running `count` sessions; prints its timings and errors as JSON."""
    times: list[float] = []
    returned: list[float] = []
    errors: Counter[str] = Counter()
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(
            target=session,
            daemon=True,
            args=(url, first + i, deadline, interval, times, returned, errors, lock),
        )
        for i in range(count)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 60)
    print(json.dumps({"times": times, "returned": returned, "errors": dict(errors)}))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


class Outcome:
    """What the client processes saw, and the CPU they spent."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.returned: list[float] = []
        self.errors: Counter[str] = Counter()
        self.elapsed = 0.0
        self.client_cpu = 0.0


def run_workers(url: str, args: argparse.Namespace) -> Outcome:
    """Spread the sessions over worker processes, so the clients' own CPU (gradio_client
    polls and keeps a stream per session) is not one process's GIL."""
    procs = max(1, min(args.processes, args.sessions))
    share = [args.sessions // procs + (i < args.sessions % procs) for i in range(procs)]
    env = dict(os.environ, GRADIO_ANALYTICS_ENABLED="False")
    children, first = [], 0
    outcome = Outcome()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    for count in share:
        command = [
            sys.executable,
            __file__,
            "--worker",
            url,
            str(first),
            str(count),
            str(args.seconds),
            str(args.interval),
        ]
        children.append(subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True))
        first += count
    for child in children:
        try:
            out, _ = child.communicate(timeout=args.seconds + 120)
            report = json.loads(out.strip().splitlines()[-1])
            outcome.times += report["times"]
            outcome.returned += report["returned"]
            outcome.errors.update(report["errors"])
        except (subprocess.TimeoutExpired, ValueError, IndexError) as exc:
            child.kill()
            child.wait()
            outcome.errors[f"worker: {type(exc).__name__}"] += 1
    outcome.elapsed = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    outcome.client_cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return outcome


def process_cpu(pid: int) -> float | None:
    """CPU seconds (user + system, all threads) a live process has used, from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:
        url, first, count, seconds, interval = argv[1:6]
        worker(url, int(first), int(count), float(seconds), float(interval))
        return 0
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument(
        "--interval",
        type=float,
        default=0.0,
        help="seconds from one request's start to the next in a session (0: back to back)",
    )
    parser.add_argument("--processes", type=int, default=4, help="client processes")
    parser.add_argument("--target-p95-ms", type=float, default=200.0)
    parser.add_argument("--url", help="an app already running (default: start one)")
    args = parser.parse_args(argv)
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

    proc = None
    url = args.url
    if url is None:
        port = free_port()
        proc = start_server(port)
        url = f"http://127.0.0.1:{port}/"
    server_before = process_cpu(proc.pid) if proc else None
    try:
        outcome = run_workers(url, args)
        server_after = process_cpu(proc.pid) if proc else None
    finally:
        if proc is not None:
            stop_server(proc)

    times, errors = outcome.times, outcome.errors
    total = len(times) + sum(errors.values())
    pace = f"every {args.interval:g} s" if args.interval else "back to back"
    print(
        f"bench-ui: {args.sessions} sessions ({pace}, {args.processes} client processes) for "
        f"{args.seconds:g} s against {url}critique"
    )
    print(f"requests: {total} ({total / outcome.elapsed:.1f}/s), errors: {sum(errors.values())}")
    for message, times_seen in errors.most_common(10):
        print(f"  {times_seen} x {message}")
    if not times:
        print("no successful requests")
        return 1

    def line(label: str, values: list[float]) -> tuple[float, str]:
        p50, p95, p99 = (percentile(values, q) * 1000 for q in (0.5, 0.95, 0.99))
        return p95, (
            f"{label}: p50 {p50:.0f} ms, p95 {p95:.0f} ms, p99 {p99:.0f} ms, "
            f"mean {statistics.fmean(values) * 1000:.0f} ms, max {max(values) * 1000:.0f} ms"
        )

    p95, text = line("round trip (result reaches the client)", times)
    print(text)
    print(line("predict() returned (+ gradio_client's 50 ms polling)", outcome.returned)[1])
    if server_before is not None and server_after is not None:
        print(f"server CPU per request: {(server_after - server_before) / total * 1000:.1f} ms")
    print(f"client CPU per request: {outcome.client_cpu / total * 1000:.1f} ms")
    ok = not errors and p95 <= args.target_p95_ms
    print(
        f"target: zero errors and round-trip p95 <= {args.target_p95_ms:g} ms: "
        f"{'met' if ok else 'NOT met'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
