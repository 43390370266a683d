"""`coach check --fix` writes its fixes into files whose text the reader normalised: accents typed
as a letter and a combining mark (NFD, as some macOS applications save them) and format=flowed
mail (RFC 3676). The messages are written for these tests."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from click.testing import CliRunner

from coach.cli import cli

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
BODY = (
    "Dear Sara,\n\nThank you for meeting me today. I enjoyed our talk about moving the "
    "dashboards from Tableau to Looker, and the café downstairs was a fine place to wait.\n\n"
    "I remain very interested in the Data Analyst role and look forward to hearing about next "
    "steps.\n\nBest regards,\nPriya Raman\n"
)


def _fix(path: Path) -> str:
    result = CliRunner().invoke(cli, ["check", str(path), "--fix"])
    assert "changed while it was being checked" not in result.output, result.output
    return path.read_bytes().decode("utf-8")


def test_fix_writes_into_a_file_with_decomposed_accents(tmp_path: Path) -> None:
    path = tmp_path / "decomposed.md"
    text = (
        f"---\nkind: thank_you\nto: Sarah Chen\nsend_at: 2026-11-20T19:30:00-05:00\n"
        f"notes: {EXAMPLES / 'acme.yaml'}\n---\n"
        f"Subject: Thank you for today's Data Analyst interview\n\n{BODY}"
    )
    path.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    fixed = _fix(path)
    assert "Dear Sarah," in fixed
    assert fixed == unicodedata.normalize("NFC", text).replace("Dear Sara,", "Dear Sarah,")


def test_fix_writes_into_a_format_flowed_email(tmp_path: Path) -> None:
    flowed = BODY.replace("moving the dashboards", "moving the \ndashboards").replace("\n", "\r\n")
    path = tmp_path / "flowed.eml"
    path.write_bytes(
        (
            "From: Priya Raman <priya@example.com>\r\nTo: Sarah Chen <sarah@acme.example>\r\n"
            f"X-Coach-Notes: {EXAMPLES / 'acme.yaml'}\r\n"
            "Subject: Thank you for today's Data Analyst interview\r\n"
            "Date: Fri, 20 Nov 2026 19:30:00 -0500\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8; format=flowed\r\n"
            f"Content-Transfer-Encoding: 8bit\r\n\r\n{flowed}"
        ).encode()
    )
    fixed = _fix(path)
    assert "Dear Sarah,\r\n" in fixed
    assert "moving the dashboards from Tableau" in fixed  # the soft break, read as written
    assert "X-Coach-Notes:" in fixed and "format=flowed" in fixed  # the headers are kept


def test_fix_writes_into_an_8bit_utf8_email_with_accents(tmp_path: Path) -> None:
    path = tmp_path / "eightbit.eml"
    path.write_bytes(
        (
            "From: Priya Raman <priya@example.com>\r\nTo: Sarah Chen <sarah@acme.example>\r\n"
            f"X-Coach-Notes: {EXAMPLES / 'acme.yaml'}\r\n"
            "Subject: Thank you for today's Data Analyst interview\r\n"
            "Date: Fri, 20 Nov 2026 19:30:00 -0500\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + BODY.replace("\n", "\r\n")
        ).encode("utf-8")
    )
    fixed = _fix(path)
    assert "Dear Sarah,\r\n" in fixed
    assert "the café downstairs" in fixed
