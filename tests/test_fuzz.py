"""Fuzzing `coach check`: thousands of damaged messages in one batch, through the worker path.

Every message file under tests/corpus and tests/fixtures (copied with their notes) is damaged
in seeded, repeatable ways: bytes flipped, cut short, lines shuffled, headers duplicated, broken
or cut, charsets and transfer encodings that are wrong or unknown, NUL bytes, huge lines,
broken front matter. All of them go to ONE `coach check --format json` run in a subprocess, large
enough to be checked by worker processes. Whatever a file does, the run must not print a
traceback, its JSON must parse, and every file must come back once: as a result or as its
one-line error.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import os
import quopri
import random
import shutil
import subprocess
import sys
from collections.abc import Callable
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

import pytest

from coach import batch

TESTS = Path(__file__).resolve().parent
#: a deeper run: COACH_FUZZ_MUTANTS=20000 COACH_FUZZ_SEED=7 pytest tests/test_fuzz.py
SEED = int(os.environ.get("COACH_FUZZ_SEED", "20261120"))
MUTANTS = int(os.environ.get("COACH_FUZZ_MUTANTS", "2500"))
#: `coach check` with at least two CPUs reported, so that the batch is checked by worker
#: processes even on a one-CPU machine; a spy on the pool shows the worker path was taken
RUN = """
import os, sys
cpus = os.cpu_count() or 1
os.cpu_count = lambda: max(2, cpus)
import coach.batch
pool_map = coach.batch._pool_map
def spy(*args, **kwargs):
    sys.stderr.write("fuzz: worker pool\\n")
    return pool_map(*args, **kwargs)
coach.batch._pool_map = spy
from coach.cli import main
main(sys.argv[1:])
"""

CHARSETS = [
    "utf-8",
    "iso-8859-1",
    "latin1",
    "windows-1252",
    "cp1252",
    "iso-8859-15",
    "koi8-r",
    "utf-16",
    "utf-7",
    "us-ascii",
    "x-unknown",
    "utf-9",
    "base64",
    "rot13",
    "idna",
    "unicode_escape",
    "",
    '"',
    "=?",
    "a" * 300,
]
ENCODINGS = ["8bit", "7bit", "binary", "base64", "quoted-printable", "x-uuencode", "bogus", ""]
HEADER_JUNK = [
    b'To: "Macrae, Douglas" <dmacrae@',
    b'To: "',
    b"To: <>",
    b"To: @",
    b"To: undisclosed-recipients:;",
    b"To: =?utf-8?b?!!!?= <x@y>",
    b"To: =?x-unknown?q?Sch=E4fer?= <m@x.example>",
    b"To: Sch\xe4fer <m@x.example>",
    b"Subject: =?iso-8859-1?q?=96_caf=E9?=",
    b"Subject: =?utf-8?q?=ff=fe?=",
    b"Subject: \xff\xfe\x00\x01",
    b"Date: Fri, 31 Feb 2026 25:61:00 +9999",
    b"Date: yesterday",
    b"Date: Fri, 20 Nov 99999 20:15:00 -0500",
    b"Date:",
    b"Content-Type: multipart/mixed; boundary=",
    b'Content-Type: multipart/alternative; boundary="zz"',
    b"Content-Type: text/html; charset*=x-unknown''%E4",
    b"Content-Type: message/rfc822",
    b"Content-Type: ;;;",
    b"Content-Disposition: attachment; filename*=utf-8''%FF%FE",
    b"Content-Transfer-Encoding: base64",
    b"X-Coach-Kind: nonsense",
    b"X-Coach-Kind: =?utf-8?q?thank=5Fyou?=",
    b"X-Coach-Notes: ../../../../etc/passwd",
    b"X-Coach-Notes: " + b"n" * 5000 + b".yaml",
    b"X-Coach-Notes: notes\x01.yaml",
    b"\tcontinuation without a header",
    b"no colon at all",
    b": empty name",
]
FRONT_JUNK = [
    b"---\n",
    b"---\nkind: [thank_you\n---\n",
    b"---\nkind: thank_you\n",
    b"---\n1: 2\nto: x\n---\n",
    b"---\n- a\n- b\n---\n",
    b"---\nto: &a [*a]\n---\n",
    b"---\nsend_at: 2026-13-45T25:00:00-05:00\n---\n",
    b"---\nsend_at: 2026-11-20\n---\n",
    b"---\nnotes: {candidate: {name: X}}\n---\n",
    b"---\nnotes: 5\n---\n",
    b'---\nnotes: "a\\0b"\n---\n',
    b"---\nchannel: pigeon\n---\n",
    b"---\nto: " + b"[" * 2000 + b"\n---\n",
    b"---\n\tto: tab\n---\n",
    b"---\n" + b"x: y\n" * 500 + b"---\n",
    b"...\n",
]


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def shuffle_lines(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    rng.shuffle(lines)
    return b"\n".join(lines)


def _head_and_body(data: bytes) -> tuple[list[bytes], bytes]:
    head, sep, body = data.partition(b"\n\n")
    return _lines(head), (sep + body)


def duplicate_header(rng: random.Random, data: bytes) -> bytes:
    head, body = _head_and_body(data)
    line = rng.choice(head)
    head.insert(rng.randrange(len(head) + 1), line)
    return b"\n".join(head) + body


def cut_header(rng: random.Random, data: bytes) -> bytes:
    """A header line cut off mid-value (the `To: "Macrae, Douglas" <dmacrae@` fault)."""
    head, body = _head_and_body(data)
    i = rng.randrange(len(head))
    head[i] = head[i][: rng.randrange(len(head[i]) + 1)]
    return b"\n".join(head) + body


def junk_header(rng: random.Random, data: bytes) -> bytes:
    head, body = _head_and_body(data)
    head.insert(rng.randrange(len(head) + 1), rng.choice(HEADER_JUNK))
    return b"\n".join(head) + body


def drop_header_break(rng: random.Random, data: bytes) -> bytes:
    return data.replace(b"\n\n", b"\n", 1)


def charset(rng: random.Random, data: bytes) -> bytes:
    """Re-label the charset, and maybe re-encode the body in another one."""
    head, body = _head_and_body(data)
    label = rng.choice(CHARSETS).encode()
    head = [h for h in head if not h.lower().startswith(b"content-type")]
    head.append(b"Content-Type: text/" + rng.choice([b"plain", b"html"]) + b"; charset=" + label)
    text = body.decode("utf-8", "replace")
    target = rng.choice(["utf-8", "latin-1", "cp1252", "utf-16", "koi8-r"])
    return b"\n".join(head) + text.encode(target, "replace")


def transfer_encoding(rng: random.Random, data: bytes) -> bytes:
    head, body = _head_and_body(data)
    head = [h for h in head if not h.lower().startswith(b"content-transfer-encoding")]
    head.append(b"Content-Transfer-Encoding: " + rng.choice(ENCODINGS).encode())
    if rng.random() < 0.5:
        body = b"\n\n" + bytes(rng.choice(b"=?%!ABC+/\n\xff") for _ in range(rng.randint(1, 400)))
    return b"\n".join(head) + body


def nul_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 5)):
        out.insert(rng.randrange(len(out) + 1), 0)
    return bytes(out)


def late_nul(rng: random.Random, data: bytes) -> bytes:
    """NUL bytes past the first 8 KB, where they are not taken for a binary file."""
    return data + b"\n" + b"padding line\n" * 800 + b"\x00 after \x00 the padding\n"


def huge_line(rng: random.Random, data: bytes) -> bytes:
    """A huge line of words (a paragraph pasted without breaks), or one over the 1 MB limit.

    An unbroken run of one character is kept to 1,000: patterns elsewhere take time that grows
    faster than its length (coach/text.py's address pattern: 100,000 word characters, half a
    minute; coach/semantic's sentence pattern: 5,000 full stops, three seconds)."""
    if rng.random() < 0.3:
        size, word = 1_000, rng.choice([b"a", b"\xc3\xa9", b"!", b"-", b"."])
    else:
        size = rng.choices([20_000, 50_000, 200_000, 1_100_000], weights=[6, 3, 1, 1])[0]
        word = rng.choice([b"and the ", b"Sarah Chen ", b"!! ", b"thank you ", b"a.b@c "])
    line = (word * (size // len(word) + 1))[:size]
    lines = _lines(data)
    lines.insert(rng.randrange(len(lines) + 1), line)
    return b"\n".join(lines)


def front_matter(rng: random.Random, data: bytes) -> bytes:
    if data.startswith(b"---\n") and rng.random() < 0.5:
        end = data.find(b"\n---", 4)
        return data[: rng.randrange(4, max(5, end))] + data[end + 4 :] if end > 0 else data
    return rng.choice(FRONT_JUNK) + data


def line_endings(rng: random.Random, data: bytes) -> bytes:
    return data.replace(b"\n", rng.choice([b"\r\n", b"\r", b"\n\n", b"\x85", "\u2028".encode()]))


def bom(rng: random.Random, data: bytes) -> bytes:
    return rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]) + data


MUTATIONS: list[Callable[[random.Random, bytes], bytes]] = [
    flip_bytes,
    truncate,
    shuffle_lines,
    duplicate_header,
    cut_header,
    junk_header,
    drop_header_break,
    charset,
    transfer_encoding,
    nul_bytes,
    late_nul,
    huge_line,
    front_matter,
    line_endings,
    bom,
]


def _fitting(text: str, charset: str) -> str:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return "utf-8"
    return charset


def _as_eml(md: bytes, rng: random.Random) -> bytes:
    """A Markdown message as an email, as a mail client would write it: its front matter as
    headers (non-ASCII ones as encoded words), its text as the body in UTF-8, ISO-8859-1 or
    windows-1252, sent as 8bit, quoted-printable or base64."""
    text = md.decode("utf-8", "replace")
    meta = {"notes": "notes.yaml"}
    if text.startswith("---\n") and "\n---\n" in text[4:]:
        front, text = text[4:].split("\n---\n", 1)
        for line in front.splitlines():
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
    subject = ""
    if text.lower().startswith("subject:"):
        subject, _, text = text.partition("\n")
        subject = subject.split(":", 1)[1].strip()
    charset = rng.choice(["utf-8", "iso-8859-1", "windows-1252"])
    lines = [f"X-Coach-Notes: {meta['notes']}"]
    if meta.get("to"):
        to = (meta["to"], "someone@example.invalid")
        lines.append("To: " + formataddr(to, _fitting(meta["to"], charset)))
    if meta.get("kind"):
        lines.append(f"X-Coach-Kind: {meta['kind']}")
    with contextlib.suppress(ValueError):
        lines.append("Date: " + format_datetime(dt.datetime.fromisoformat(meta["send_at"])))
    if subject:
        lines.append("Subject: " + Header(subject, _fitting(subject, charset)).encode())
    body = text.encode(charset, "replace")
    cte = rng.choice(["8bit", "quoted-printable", "base64"])
    if cte == "quoted-printable":
        body = quopri.encodestring(body)
    elif cte == "base64":
        body = base64.encodebytes(body)
    lines += [
        "MIME-Version: 1.0",
        f"Content-Type: text/plain; charset={charset}; format=flowed",
        f"Content-Transfer-Encoding: {cte}",
    ]
    return "\n".join(lines).encode("ascii") + b"\n\n" + body


def make_corpus(folder: Path, rng: random.Random, count: int) -> list[Path]:
    """Copy the corpus and fixtures (with their notes) and write `count` damaged messages. Each
    goes to one of a few sub-folders of its original's folder, holding copies of its notes, so
    that notes paths still resolve and the messages compared with each other (those of a folder)
    stay a realistic few. Returns every message file."""
    shutil.copytree(TESTS / "corpus", folder / "corpus")
    shutil.copytree(TESTS / "fixtures", folder / "fixtures")
    originals = sorted(p for p in folder.rglob("*") if p.suffix in (".md", ".eml"))
    seeds: list[tuple[Path, bytes, str]] = [(p, p.read_bytes(), p.suffix) for p in originals]
    seeds += [(p, _as_eml(p.read_bytes(), rng), ".eml") for p in originals if p.suffix == ".md"]
    written = list(originals)
    for i in range(count):
        source, data, suffix = rng.choice(seeds)
        for mutation in rng.sample(MUTATIONS, rng.choice([1, 1, 2, 3])):
            data = mutation(rng, data)
        sub = source.parent / f"fuzz{i % 8}"
        if not sub.exists():
            sub.mkdir()
            for notes in source.parent.glob("*.yaml"):
                shutil.copy(notes, sub / notes.name)
        target = sub / f"{source.stem}.{i:04d}{suffix}"
        target.write_bytes(data)
        written.append(target)
    return written


@pytest.mark.slow
def test_a_batch_of_damaged_messages_reports_every_file_and_never_crashes(tmp_path):
    files = make_corpus(tmp_path, random.Random(SEED), MUTANTS)
    assert len(files) >= batch.PARALLEL_MIN  # large enough for worker processes
    proc = subprocess.run(
        [sys.executable, "-c", RUN, "check", str(tmp_path), "--format", "json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=900,  # a guard against a hang, not a speed test: loaded CI machines are slow
        check=False,
    )
    assert "Traceback" not in proc.stderr, proc.stderr[-5000:]
    assert "fuzz: worker pool" in proc.stderr  # checked by worker processes
    assert proc.returncode == 2, proc.stderr[-2000:]  # some files are bad input
    doc = json.loads(proc.stdout)
    checked = [r["path"] for r in doc["results"]]
    failed = [e["path"] for e in doc["errors"]]
    files_read = {str(p) for p in files}
    assert sorted(checked + failed) == sorted(files_read)  # each once, none lost
    assert all("\n" not in e["message"] for e in doc["errors"])
    assert doc["summary"]["messages"] == len(checked)
    for warning in doc.get("input_warnings", []):
        assert warning["path"] in files_read and "\n" not in warning["message"]
    # the damage is varied enough to reach both outcomes, and the reader's warnings
    assert len(checked) > len(files) // 4 and len(failed) > len(files) // 10
    assert doc.get("input_warnings")
