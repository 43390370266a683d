"""`coach check --fix` on .eml files: the text part is rewritten, every other byte is kept."""

from __future__ import annotations

import base64
import email
import email.policy
import quopri
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coach.eml import rewrite
from coach.errors import InputError

EMAILS = Path(__file__).resolve().parent / "fixtures" / "emails"
BODY = "Hi Sara, thanks for the interview on the Looker migration.\n\nPriya\n"
HEAD = (
    "From: Priya Raman <priya@example.com>\n"
    "To: Sarah Chen <sarah.chen@acme.example>\n"
    "Date: Fri, 20 Nov 2026 19:30:00 -0500\n"
    "Subject: Thank you: the Data Analyst interview\n"
    "X-Coach-Kind: thank_you\n"
    "X-Coach-Notes: notes.yaml\n"
    "Message-ID: <fix-test@example.com>\n"
    "MIME-Version: 1.0\n"
)


def coach(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coach", "check", *args],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copy(EMAILS / "notes.yaml", tmp_path / "notes.yaml")
    return tmp_path


def plain(folder: Path, eol: str = "\n") -> Path:
    text = HEAD + 'Content-Type: text/plain; charset="us-ascii"\n' + "\n" + BODY
    path = folder / "plain.eml"
    path.write_bytes(text.replace("\n", eol).encode("ascii"))
    return path


def alternative(folder: Path) -> Path:
    """quoted-printable UTF-8 text, an HTML alternative and an attachment."""
    body = "Hi Sara, thanks for the interview \u2014 the Looker migration sounds great.\n\nPriya\n"
    qp = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    html = "<p>Hi Sara, thanks for the interview.</p>"
    attachment = base64.encodebytes(b"%PDF-1.4 portfolio").decode("ascii")
    text = (
        HEAD + 'Content-Type: multipart/mixed; boundary="outer"\n\n'
        "--outer\n"
        'Content-Type: multipart/alternative; boundary="inner"\n\n'
        "--inner\n"
        'Content-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp}\n"
        "--inner\n"
        'Content-Type: text/html; charset="utf-8"\n\n'
        f"{html}\n"
        "--inner--\n"
        "--outer\n"
        'Content-Type: application/pdf; name="portfolio.pdf"\n'
        "Content-Transfer-Encoding: base64\n"
        'Content-Disposition: attachment; filename="portfolio.pdf"\n\n'
        f"{attachment}"
        "--outer--\n"
    )
    path = folder / "alternative.eml"
    path.write_bytes(text.encode("ascii"))
    return path


def text_part(path: Path) -> str:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    return part.get_content()


def outside(before: bytes, after: bytes) -> tuple[bytes, bytes]:
    """The bytes before the first difference and after the last one."""
    i = 0
    while i < min(len(before), len(after)) and before[i] == after[i]:
        i += 1
    j = 0
    while j < min(len(before), len(after)) - i and before[-1 - j] == after[-1 - j]:
        j += 1
    return before[:i], before[len(before) - j :]


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_fix_rewrites_a_plain_email_s_text_and_keeps_its_headers(folder: Path, eol: str) -> None:
    path = plain(folder, eol)
    before = path.read_bytes()
    proc = coach(str(path), "--fix", "--select", "name-misspelled")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    after = path.read_bytes()
    assert after == before.replace(b"Hi Sara,", b"Hi Sarah,")
    assert "Hi Sarah," in text_part(path)


def test_fix_in_a_multipart_email_leaves_every_other_part_byte_for_byte(folder: Path) -> None:
    path = alternative(folder)
    before = path.read_bytes()
    proc = coach(str(path), "--fix", "--select", "name-misspelled")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "HTML alternative is left as it was" in proc.stderr
    after = path.read_bytes()
    head, tail = outside(before, after)
    # the change lies inside the quoted-printable text: headers, HTML and attachment are kept
    assert b"Content-Transfer-Encoding: quoted-printable\n\nHi Sara" in head
    assert b"<p>Hi Sara, thanks for the interview.</p>" in tail
    assert b"portfolio.pdf" in tail and tail.endswith(b"--outer--\n")
    assert text_part(path).startswith("Hi Sarah, thanks for the interview \u2014 the Looker")
    msg = email.message_from_bytes(after, policy=email.policy.default)
    attachment = next(msg.iter_attachments())
    assert attachment.get_content() == b"%PDF-1.4 portfolio"


def test_diff_changes_nothing(folder: Path) -> None:
    path = plain(folder)
    before = path.read_bytes()
    proc = coach(str(path), "--diff", "--select", "name-misspelled")
    assert "+Hi Sarah, thanks" in proc.stdout
    assert path.read_bytes() == before


def test_an_html_only_email_is_left_as_it_was_with_the_reason(folder: Path) -> None:
    path = folder / "html.eml"
    path.write_bytes(
        (
            HEAD + 'Content-Type: text/html; charset="utf-8"\n\n'
            "<p>Hi Sara, thanks for the interview on the Looker migration.</p><p>Priya</p>\n"
        ).encode("ascii")
    )
    before = path.read_bytes()
    proc = coach(str(path), "--fix", "--select", "name-misspelled")
    assert path.read_bytes() == before
    assert "no plain-text part" in proc.stderr and "Traceback" not in proc.stderr
    assert proc.returncode == 1  # the finding is still there


def test_base64_text_is_written_back_as_base64() -> None:
    body = "Hi Sara,\r\nthank you.\r\n"
    data = (
        HEAD.replace("\n", "\r\n") + "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(body.encode()).decode().replace("\n", "\r\n")
    ).encode("ascii")
    subject = "Subject: Thank you: the Data Analyst interview\n\n"
    new, notes = rewrite(
        data, subject + "Hi Sara,\nthank you.", subject + "Hi Sarah,\nthank you.", "m.eml"
    )
    assert notes == []
    msg = email.message_from_bytes(new, policy=email.policy.default)
    assert msg.get_body().get_content() == "Hi Sarah,\r\nthank you.\r\n"
    assert new.split(b"\r\n\r\n")[0] == data.split(b"\r\n\r\n")[0]


def test_a_fix_the_charset_cannot_hold_writes_nothing() -> None:
    data = (
        HEAD + "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n"
    ).encode("ascii") + "Hi Zoe, merci.\n".encode("latin-1")
    subject = "Subject: Thank you: the Data Analyst interview\n\n"
    with pytest.raises(InputError, match="iso-8859-1"):
        rewrite(data, subject + "Hi Zoe, merci.", subject + "Hi Zo\u0142, merci.", "m.eml")


def test_a_fixed_subject_is_written_to_a_plain_subject_header() -> None:
    data = (HEAD + "Content-Type: text/plain\n\nHi Sarah,\n").encode("ascii")
    old = "Subject: Thank you: the Data Analyst interview\n\nHi Sarah,"
    new, notes = rewrite(data, old, old.replace("Data Analyst", "Data Analyst role"), "m.eml")
    assert b"Subject: Thank you: the Data Analyst role interview\n" in new
    assert new.replace(b" role", b"", 1) == data and notes == []
