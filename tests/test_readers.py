"""Readers: the fast front-matter path reads exactly what YAML reads, or defers to YAML."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from coach.readers import _simple_front_matter, parse_structured

CASES = [
    "kind: thank_you\nto: Sarah Chen\nsend_at: 2026-11-20T19:30:00-05:00\nnotes: acme.yaml",
    "to: Michael O'Brien\nnotes: ../acme.yaml",
    "to: sarah.chen@acme.example\nchannel: linkedin",
    "to: null",
    "to: ~",
    "kind: yes",
    "to: 12:30",
    "to: 0x1F",
    "to: 1_000",
    "to: 1e5",
    "to: .inf",
    "send_at: 2026-11-20",
    "to: 3.5",
    "kind: [a, b]",
    "to: 'quoted'",
    "to: Sarah # comment",
    "to: Sarah\nto: Michael",
]


@pytest.mark.parametrize("block", CASES)
def test_fast_path_agrees_with_yaml(block):
    fast = _simple_front_matter(block)
    if fast is None:
        return  # deferred to YAML, which is always right
    slow = parse_structured(block, "x")
    as_text = {k: v.isoformat() if isinstance(v, dt.datetime) else v for k, v in slow.items()}
    assert fast == as_text


def test_fast_path_defers_on_typed_values():
    for block in (
        "to: null",
        "to: 12:30",
        "to: 0x1F",
        "to: 1_000",
        "send_at: 2026-11-20",
        "to: 3.5",
        "to: .inf",
        "to: Sarah # comment",
        "to: Sarah\nto: Michael",
    ):
        assert _simple_front_matter(block) is None, block


HTML_EML = (
    "From: Beatriz <b@mail.example>\nTo: Merle <m@x.example>\nSubject: Thanks\n"
    "Date: Wed, 21 Apr 2027 18:05:00 +0200\nMIME-Version: 1.0\n"
    "Content-Type: text/html; charset=utf-8\n\n"
    "<div>Dear Ms. Sch&auml;fer,</div><div><br></div><div>1. Thank you for <b>today</b>.</div>"
    "<div>Kind regards,</div><div>Beatriz Ara&uacute;jo</div>-- <br><div>she/her</div>"
)


def test_html_email_keeps_letters_and_reads_as_written():
    """Entities keep their accents (a name spelled right stays right), bold is not markup, and
    html2text's Markdown escapes ("\\--", "1\\.") are undone, so the signature is found."""
    from coach.readers import parse_message
    from coach.text import Doc

    text = parse_message(HTML_EML, "x.eml", eml=True).text
    assert "Dear Ms. Schäfer," in text and "Beatriz Araújo" in text
    assert "1. Thank you for today." in text and "**" not in text and "\\" not in text
    assert Doc(text).signature.strip() == "she/her"


@pytest.mark.parametrize(
    "quote",
    [
        "On Tue, 4 May 2027 at 13:02, Pieter <p@x.example> wrote:\n> Respond ASAP!!!\n",
        "Em qua., 21 de abr. de 2027 às 16:05, Katharina Vogt <k@x.example> escreveu:\n> Hi\n",
        "Am Mi., 21. Apr. 2027 um 16:05 Uhr schrieb Katharina Vogt <k@x.example>:\n> Hi\n",
        "________________________________\nFrom: Grace <g@x.example>\nSent: 19 May 2027 16:47\n"
        "To: Anjali\nSubject: Outcome\n\nRespond ASAP, we regret to tell you...\n",
        "-----Original Message-----\nFrom: Grace\nSent: Monday\nSubject: Outcome\n\nASAP\n",
        "From: Grace Adeyemi-Clarke <g@x.example>\nDate: Wed, 19 May 2027\nSubject: x\n\nASAP\n",
    ],
)
def test_quoted_earlier_mail_is_masked(quote):
    from coach.text import Doc

    own = "Subject: Re: Outcome\n\nDear Grace,\n\nThank you.\n\nBest wishes,\nAnjali\n\n"
    doc = Doc(own + quote)
    assert doc.quoted and doc.masked[len(own) :].strip() == ""
    assert doc.masked[: len(own)] == own and "Anjali" in doc.closing


def test_headers_before_any_writing_are_not_a_quote():
    from coach.text import Doc

    doc = Doc("From: Priya Raman\nSent: Monday\n\nDear Sarah,\n\nThank you.\n\nPriya")
    assert not doc.quoted and "Thank you" in doc.masked


def test_closing_starts_at_the_signoff_above_a_long_signature():
    from coach.text import Doc

    doc = Doc(
        "Dear Sarah,\n\nThank you.\n\nWith best regards,\n\nBeatriz Araújo, PhD\n"
        "Postdoctoral candidate | she/her\nUFPE, Recife\nORCID: 0000-0002-1825-0097\n"
        "https://scholar.example/b\nWhatsApp: +55 81 99876-5432\n"
    )
    assert doc.closing.startswith("With best regards,") and "Beatriz" in doc.closing
    assert doc.in_address(doc.text.index("scholar"), doc.text.index("scholar") + 7)


# --- .eml files are read as bytes: each part in its declared charset -------------------------

FOERDE = Path(__file__).resolve().parent / "corpus" / "foerde"
THUNDERBIRD = (
    "From: =?ISO-8859-1?Q?Beatriz_Ara=FAjo?= <beatriz.araujo@mail.example>\n"
    "To: =?ISO-8859-1?Q?Merle_Sch=E4fer?= <m.schaefer@foerde-institut.example>\n"
    "Subject: =?ISO-8859-1?Q?Thank_you_=96_interview_for_the_Postdoctoral_Researcher?=\n"
    " =?ISO-8859-1?Q?_position?=\n"
    "Date: Wed, 21 Apr 2027 18:05:00 +0200\n"
    "Message-ID: <5f1c2a9e-1b2c-4d3e-8f90-abcdef012345@mail.example>\n"
    "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.10.1\n"
    "Content-Language: en-GB\n"
    "X-Coach-Kind: thank_you\n"
    "X-Coach-Notes: notes.yaml\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset={charset}; format=flowed\n"
    "Content-Transfer-Encoding: 8bit\n"
    "\n"
)
BODY = (
    "Dear Ms. Schäfer,\n\n"
    "Thank you for organising my visit to Kiel today and for answering my practical questions "
    "so patiently. I was glad to hear that co-supervising master's students is part of the "
    "position; teaching is something I really enjoy.\n\n"
    "I am very interested in the position, and I will send the writing sample and the names "
    "of my referees tomorrow before noon, as agreed.\n\n"
    "Kind regards,\nBeatriz Araújo\n"
)


def _eml(folder: Path, name: str, charset: str, body: str, encoding: str | None = None) -> Path:
    shutil.copy(FOERDE / "notes.yaml", folder / "notes.yaml")
    text = THUNDERBIRD.format(charset=charset) + body
    path = folder / name
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding or charset))  # as sent: CRLF
    return path


def test_a_latin1_8bit_thunderbird_message_checks_as_its_utf8_twin(tmp_path):
    """The fault: ISO-8859-1 with Content-Transfer-Encoding 8bit was refused as "not UTF-8"."""
    from coach.engine import Checker
    from coach.readers import read_message

    latin1 = read_message(_eml(tmp_path, "latin1.eml", "ISO-8859-1", BODY))
    utf8 = read_message(_eml(tmp_path, "utf8.eml", "UTF-8", BODY))
    assert latin1.warnings == [] and latin1.text == utf8.text
    assert latin1.text.startswith(
        "Subject: Thank you – interview for the Postdoctoral Researcher position\n\n"
        "Dear Ms. Schäfer,\n"  # the encoded word's =96 is windows-1252's en dash
    )
    assert latin1.text.endswith("Kind regards,\nBeatriz Araújo")
    assert latin1.to == "Merle Schäfer" and latin1.send_at == dt.datetime.fromisoformat(
        "2027-04-21T18:05:00+02:00"
    )
    checker = Checker()
    found = [f.model_dump() for f in checker.check(latin1).findings]
    assert found == [f.model_dump() for f in checker.check(utf8).findings]
    assert not [f for f in found if f["rule"].startswith("name")]  # Schäfer is spelled right


CURLY = BODY.replace("master's", "master’s").replace(
    "as agreed.", "as agreed – “before noon” on Thursday…"
)


@pytest.mark.parametrize("label", ["windows-1252", "cp1252", "iso-8859-1", "latin1"])
def test_cp1252_curly_quotes_read_as_written(tmp_path, label):
    """windows-1252 bytes 0x80-0x9F are curly quotes, dashes and the ellipsis; mail labelled
    ISO-8859-1 (Outlook's habit) is read as windows-1252 too, as mail clients and browsers do."""
    from coach.readers import read_message

    message = read_message(_eml(tmp_path, "curly.eml", label, CURLY, encoding="cp1252"))
    assert message.warnings == []
    assert "co-supervising master’s students" in message.text
    assert "as agreed – “before noon” on Thursday…" in message.text


@pytest.mark.parametrize(
    ("charset", "data", "text", "warning"),
    [
        ("utf-8", "Schäfer".encode("latin-1"), "Sch\ufffdfer", "is not valid 'utf-8' (byte 0xe4"),
        ("us-ascii", "Schäfer".encode("latin-1"), "Sch\ufffdfer", "declares charset 'us-ascii'"),
        (None, "Schäfer".encode("latin-1"), "Sch\ufffdfer", "declares no charset and is not"),
        ("x-klingon", "Schäfer".encode(), "Schäfer", "unknown charset 'x-klingon'; read as UTF-8"),
        ("x-klingon", b"Sch\xe4fer", "Sch\ufffdfer", "unknown charset 'x-klingon' and is not"),
        ("base64", "Schäfer".encode(), "Schäfer", "unknown charset 'base64'"),
        (None, "Schäfer".encode(), "Schäfer", None),  # undeclared UTF-8, as .md files are
        ("us-ascii", "Schäfer".encode(), "Schäfer", None),
        ("iso-8859-2", "Dvořák".encode("iso-8859-2"), "Dvořák", None),
        ("iso-8859-1", b"\x93x\x94 \x96 \x81", "“x” – \x81", None),  # WHATWG windows-1252
    ],
)
def test_decode_text_by_charset(charset, data, text, warning):
    from coach.eml_read import decode_text

    got, problem = decode_text(data, charset, "the text/plain part")
    assert got == text
    if warning is None:
        assert problem is None
    else:
        assert problem is not None and warning in problem and "\n" not in problem


def test_bytes_that_do_not_fit_the_charset_are_a_warning_not_a_refusal(tmp_path):
    from coach.readers import read_message

    path = _eml(tmp_path, "mislabelled.eml", "UTF-8", BODY, encoding="latin-1")
    message = read_message(path)
    (warning,) = message.warnings
    assert warning.startswith("the text/plain part is not valid 'utf-8' (byte 0xe4 at offset 12")
    assert "2 characters read as U+FFFD" in warning
    assert "Dear Ms. Sch\ufffdfer," in message.text and message.to == "Merle Schäfer"


def test_raw_8bit_headers_are_read_as_the_message_charset():
    from coach.readers import parse_message

    raw = (
        b"To: Sch\xe4fer <m@x.example>\nSubject: Caf\xe9\nContent-Type: text/plain; charset=latin1"
    )
    message = parse_message(raw + b"\n\nDear Ms. Sch\xe4fer, thank you.\n", "x.eml", eml=True)
    assert message.text.startswith("Subject: Café\n\nDear Ms. Schäfer,")
    assert message.warnings == [
        "the To header holds raw 8-bit bytes; read as latin1, as the body",
        "the Subject header holds raw 8-bit bytes; read as latin1, as the body",
    ]


CUT_OFF = (
    b'From: Priya Raman <priya@example.com>\nTo: "Macrae, Douglas" <dmacrae@\n'
    b"Subject: Thank you\nDate: Fri, 20 Nov 2026 20:15:00 -0500\n\nDear Douglas,\n\nThanks.\n"
)


def test_a_header_the_email_package_cannot_parse_is_an_input_error():
    """The stdlib raises IndexError on a To header cut off mid-address."""
    from coach.errors import InputError
    from coach.readers import parse_message

    with pytest.raises(InputError) as caught:
        parse_message(CUT_OFF, "crash.eml", eml=True)
    assert caught.value.key == "To"
    assert str(caught.value) == (
        "crash.eml: To: unreadable To header '\"Macrae, Douglas\" <dmacrae@': "
        "IndexError: string index out of range"
    )


def test_an_unreadable_header_whose_value_an_option_gives_is_a_warning():
    from coach.readers import parse_message

    message = parse_message(CUT_OFF, "crash.eml", eml=True, to="Douglas Macrae")
    assert message.to == "Douglas Macrae" and "Dear Douglas," in message.text
    (warning,) = message.warnings
    assert warning.startswith("unreadable To header") and warning.endswith("--to is used instead")
    bad_date = CUT_OFF.replace(b'"Macrae, Douglas" <dmacrae@', b"d@x.example").replace(
        b"Fri, 20 Nov 2026 20:15:00 -0500", b"the day after tomorrow"
    )
    message = parse_message(bad_date, "x.eml", eml=True, send_at="2026-11-20T19:30:00-05:00")
    assert message.warnings[0].endswith("--send-at is used instead")
