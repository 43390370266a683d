"""Readers: the fast front-matter path reads exactly what YAML reads, or defers to YAML."""

from __future__ import annotations

import datetime as dt

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
