"""The embedded model's server, run as its own process: `python -m coach.embedded_server`.

xllamacpp serves a GGUF with llama.cpp's OpenAI-compatible HTTP server inside the calling
process, and destroying that server object has hung (once in six tries). So it lives here, in a
child that the parent can always end, and it never runs the destructor: the kernel closes the
socket when the process exits.

Protocol with the parent (coach.backends.embedded):
- one JSON line on the original stdout, `{"url": ...}` once listening or `{"error": ...}`;
  everything else that anything prints goes to stderr, so the line cannot be corrupted;
- stdin is a lifeline: when it reaches end of file (the parent closed it, or died) we exit;
- the API key comes in COACH_EMBEDDED_KEY (never argv, which `ps` shows): the server only
  listens on loopback, but without a key any web page open in the user's browser could call it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

DEFAULT_CTX = 2048
DEFAULT_THREADS = 2
KEY_ENV = "COACH_EMBEDDED_KEY"
#: seconds a failed start waits before exiting, for llama.cpp's log thread to write its reason
FAILURE_LOG_GRACE = 0.25


def build_server(
    model: Path, *, host: str, port: int, n_ctx: int, n_threads: int, alias: str, key: str = ""
) -> Any:
    """Start llama.cpp's HTTP server on host:port (0 = any free port) and return it."""
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = str(model)
    params.hostnames = [host]
    params.port = port
    params.n_ctx = n_ctx
    params.n_parallel = 1
    params.cpuparams.n_threads = n_threads
    params.cpuparams_batch.n_threads = n_threads
    params.model_alias = {alias}
    params.ui = False
    params.endpoint_slots = False
    if key:
        params.api_keys = [key]
    params.offline = True
    return xllamacpp.Server(params)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m coach.embedded_server", description=__doc__)
    parser.add_argument("--model", type=Path, required=True, help="path to a GGUF file")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--ctx", type=int, default=DEFAULT_CTX, help="context window in tokens")
    parser.add_argument("--threads", type=int, default=DEFAULT_THREADS)
    parser.add_argument("--alias", default="SmolLM2-135M-Instruct", help="model name to serve")
    args = parser.parse_args(argv)

    report = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)  # llama.cpp and Python alike now print to stderr only
    try:
        server = build_server(
            args.model,
            host=args.host,
            port=args.port,
            n_ctx=args.ctx,
            n_threads=args.threads,
            alias=args.alias,
            key=os.environ.pop(KEY_ENV, ""),
        )
        report.write(json.dumps({"url": server.listening_address, "pid": os.getpid()}) + "\n")
    except Exception as exc:  # any failure to start is reported, not raised into the void
        report.write(json.dumps({"error": f"{type(exc).__name__}: {exc}"}) + "\n")
        report.close()
        # llama.cpp logs from a worker thread of its own, which os._exit stops where it stands:
        # on a busy machine the line that gives the reason ("invalid magic") could be lost, and
        # the parent reads the reason from that log. A moment lets the worker write it.
        time.sleep(FAILURE_LOG_GRACE)
        os._exit(1)
    report.close()
    with contextlib.suppress(KeyboardInterrupt):
        sys.stdin.buffer.read()
    os._exit(0)


if __name__ == "__main__":
    main()
