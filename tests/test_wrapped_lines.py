"""A paragraph hard-wrapped at a mail client's or an editor's width reads as the same sentences
(coach.text's soft line breaks): the checker's verdict does not depend on where lines break.
The messages are written for these tests."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from coach.eml_read import unflow
from coach.engine import Checker
from coach.readers import load_notes, read_message
from coach.text import Doc

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))

HEAD = f"""---
kind: thank_you
to: Sarah Chen
send_at: 2026-11-20T19:30:00-05:00
notes: {EXAMPLES / "acme.yaml"}
---
"""

#: one paragraph per entry; each message is the greeting, these paragraphs and a sign-off
MESSAGES = {
    "clean": [
        "Thank you for taking the time to meet with me today. Hearing how the weekly review with "
        "the sales leads shapes which dashboards get rebuilt first made the Looker move concrete "
        "for me, and I have been thinking since about which Tableau workbooks could go first.",
        "I remain very interested in the Data Analyst role and look forward to hearing about "
        "next steps.",
    ],
    "demanding": [
        "Thank you for the interview today and for walking me through the move from Tableau to "
        "Looker. Please let me know by Friday whether the position is mine, as I need to plan "
        "my next month around your answer.",
        "I am very interested in the Data Analyst role.",
    ],
    "hostile and vague": [
        "Thanks for the interview. Frankly the whole process has been a waste of my afternoon "
        "and I expected far better organisation from a company of your size.",
        "I am still interested in the Data Analyst role and hope to hear from you.",
    ],
}


def _message(paragraphs: list[str], width: int | None) -> str:
    def fill(text: str) -> str:
        return text if width is None else textwrap.fill(text, width, break_on_hyphens=False)

    body = "\n\n".join(fill(p) for p in paragraphs)
    subject = "Subject: Thank you for today's interview"
    return f"{HEAD}{subject}\n\nDear Sarah,\n\n{body}\n\nBest regards,\nPriya Raman\n"


def _rules(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "message.md"
    path.write_text(text, encoding="utf-8")
    result = Checker().check(read_message(path), now=NOW)
    return sorted((f.rule, f.severity) for f in result.findings)


@pytest.mark.parametrize("name", sorted(MESSAGES))
@pytest.mark.parametrize("width", [56, 72, 100])
def test_a_hard_wrapped_message_gets_the_verdict_of_the_same_message_unwrapped(
    tmp_path: Path, name: str, width: int
) -> None:
    paragraphs = MESSAGES[name]
    wrapped = _message(paragraphs, width)
    assert wrapped.count("\n") > _message(paragraphs, None).count("\n")  # it really wraps
    assert _rules(tmp_path, wrapped) == _rules(tmp_path, _message(paragraphs, None))


def test_a_demand_wrapped_over_two_lines_is_quoted_whole_and_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text(
        (EXAMPLES / "thank-you-bad.md")
        .read_text(encoding="utf-8")
        .replace("notes: acme.yaml", f"notes: {EXAMPLES / 'acme.yaml'}"),
        encoding="utf-8",
    )
    demand = next(
        f
        for f in Checker().check(read_message(path), now=NOW).findings
        if f.rule == "tone-demanding"
    )
    assert demand.excerpt.startswith("Please tell me by\ntomorrow")  # the span as written
    assert "'Please tell me by tomorrow" in demand.message  # the message quotes one line


@pytest.mark.parametrize(
    "text",
    [
        # a sign-off under a long last line
        "Dear Sarah,\n\nThank you again for the tour of the analytics floor and the Looker demo\n"
        "Best,\nPriya\n",
        # a list under a line that introduces it
        "Dear Sarah,\n\nHere are the three dashboards I would move first from the old server\n"
        "- the weekly sales review\n- churn by cohort\n",
        # a greeting alone on its line
        "Dear Sarah,\nThank you for meeting me today and for explaining the Looker migration.\n",
    ],
)
def test_short_lines_lists_and_sign_offs_keep_their_line_breaks(text: str) -> None:
    doc = Doc(text)
    kept = [i for i, c in enumerate(text) if c == "\n"]
    assert [i for i, c in enumerate(doc.masked) if c == "\n"] == kept
    assert len(doc.masked) == len(text)


def test_a_wrapped_paragraph_reads_as_one_line_at_the_same_offsets() -> None:
    paragraph = (
        "Thank you for explaining how the weekly review with the sales leads decides which "
        "dashboards move to Looker first; I have been thinking about it since."
    )
    text = "Dear Sarah,\n\n" + textwrap.fill(paragraph, 60) + "\n\nBest regards,\nPriya\n"
    doc = Doc(text)
    start = text.index("Thank")
    assert doc.masked[start : start + len(paragraph)] == paragraph
    assert doc.text == text  # findings still point into the text as written


def test_a_format_flowed_line_ending_in_a_space_is_a_soft_break() -> None:
    text = (
        "Dear Sarah,\n\nThank you for explaining how the weekly review with the sales \n"
        "leads decides which dashboards move to Looker first.\n\nBest regards,\nPriya\n"
    )
    doc = Doc(text)
    assert "the sales  leads decides" in doc.masked
    assert len(doc.masked) == len(text)


@pytest.mark.parametrize(
    ("raw", "delsp", "expected"),
    [
        # soft breaks joined, the hard break at a paragraph's end kept
        (
            "Thank you for the tour of the \nanalytics floor.\nBest,",
            False,
            "Thank you for the tour of the analytics floor.\nBest,",
        ),
        # DelSp=yes: the space before the break was added by the client
        (
            "Thank you for the tour of the ana \nlytics floor.",
            True,
            "Thank you for the tour of the analytics floor.",
        ),
        # quoted lines join only at the same depth; space-stuffing is undone
        (
            "> On Friday you \n> wrote this \n>> and earlier \nMine.\n  indented",
            False,
            "> On Friday you wrote this \n>> and earlier \nMine.\n indented",
        ),
        # the signature line "-- " is a hard break
        ("Best regards,\n-- \nPriya", False, "Best regards,\n-- \nPriya"),
    ],
)
def test_format_flowed_mail_reads_as_written(raw: str, delsp: bool, expected: str) -> None:
    assert unflow(raw, delete_space=delsp) == expected


def test_a_format_flowed_email_is_checked_as_its_writer_typed_it(tmp_path: Path) -> None:
    raw = (
        "From: Priya Raman <priya@example.com>\r\nTo: Sarah Chen <sarah@acme.example>\r\n"
        "Subject: Thank you for today's Data Analyst interview\r\n"
        "Date: Fri, 20 Nov 2026 19:30:00 -0500\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8; format=flowed\r\n\r\n"
        "Dear Sarah,\r\n\r\nThank you for explaining the move from Tableau to Looker. Please \r\n"
        "tell me by tomorrow if the job is mine.\r\n\r\nBest regards,\r\nPriya\r\n"
    )
    path = tmp_path / "flowed.eml"
    path.write_bytes(raw.encode())
    message = read_message(path, notes=load_notes(EXAMPLES / "acme.yaml"))
    assert "Please tell me by tomorrow if the job is mine." in message.text
    demand = next(
        f for f in Checker().check(message, now=NOW).findings if f.rule == "tone-demanding"
    )
    assert demand.excerpt.startswith("Please tell me by tomorrow")
