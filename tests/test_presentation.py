"""The verdict on a message does not depend on how it is presented: the space characters between
its words, an earlier message quoted under it, or a sign-off line that happens to open with a
word a mail client's reply line opens with. The messages are written for these tests."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from test_wrapped_lines import EXAMPLES, NOW
from test_wrapped_lines import HEAD as FRONT

from coach.engine import Checker
from coach.readers import read_message
from coach.text import Doc

HEAD = f"{FRONT}Subject: Thank you for today's interview\n\n"

CLEAN = (
    "Dear Sarah,\n\nThank you for meeting me this afternoon. Hearing how the weekly metrics review "
    "with sales decides which dashboards move from Tableau to Looker first made the work concrete "
    "for me.\n\nI remain very interested in the Data Analyst role and look forward to hearing "
    "about next steps.\n\n"
)
DEMAND = (
    "Dear Sarah,\n\nThank you for walking me through the move from Tableau to Looker today. "
    "Please let me know by tomorrow whether the job is mine.\n\nI remain very interested in the "
    "Data Analyst role.\n\n"
)


def _rules(tmp_path: Path, text: str) -> set[str]:
    path = tmp_path / "message.md"
    path.write_text(HEAD + text, encoding="utf-8")
    result = Checker().check(read_message(path), now=NOW)
    return {f.rule for f in result.findings if f.severity in ("error", "warning")}


def test_no_break_spaces_between_words_read_as_spaces(tmp_path: Path) -> None:
    signed = DEMAND + "Best regards,\nPriya Raman\n"
    plain = _rules(tmp_path, signed)
    assert "tone-demanding" in plain
    assert _rules(tmp_path, signed.replace(" ", "\u00a0")) == plain
    assert _rules(tmp_path, signed.replace(" ", "\u202f")) == plain


def test_other_spaces_keep_the_text_as_read_and_its_offsets() -> None:
    text = "Dear\u00a0Sarah,\n\nPlease\u2009let me know by\u00a0tomorrow.\n"
    doc = Doc(text)
    assert doc.text == text
    assert len(doc.masked) == len(text)
    assert "Please let me know by tomorrow." in doc.plain
    assert doc.greeting is not None and doc.greeting["who"].startswith("Sarah")


QUOTED_REPLY = (
    "On Tue, Nov 17, 2026 at 3:02 PM Sarah Chen <sarah.chen@acme.example> wrote:\n\n"
    "> Hi Priya,\n>\n> You must send the references ASAP, thx!!! I expect them today.\n"
    "> Nobody here has had the courtesy to read your [Portfolio] yet.\n>\n> Sarah\n"
)


def test_a_sign_off_that_opens_like_a_reply_line_is_still_the_sign_off(tmp_path: Path) -> None:
    # "Le" and "On" open a reply line in some languages; the sign-off is two paragraphs above
    # the "wrote:" line, so it is the writer's own
    for signoff in (
        "Le meilleur,\nPriya Raman\n\n",
        "On behalf of myself, thanks,\nPriya Raman\n\n",
    ):
        assert "signoff-missing" not in _rules(tmp_path, CLEAN + signoff + QUOTED_REPLY)
    doc = Doc(CLEAN + "Le meilleur,\nPriya Raman\n\n" + QUOTED_REPLY)
    assert "Priya Raman" in doc.masked  # not masked as the earlier message
    assert "ASAP" not in doc.masked
    # a reply line the client wrapped still opens the quote
    wrapped = QUOTED_REPLY.replace(" <sarah", "\n<sarah")
    doc = Doc(CLEAN + "Le meilleur,\nPriya Raman\n\n" + wrapped)
    assert doc.quoted and "Priya Raman" in doc.masked and "ASAP" not in doc.masked


def test_the_candidates_own_name_above_a_quoted_reply_is_not_a_misspelling(
    tmp_path: Path,
) -> None:
    # the candidate's first name is one letter from the interviewer's: in the sign-off it is
    # the writer's own name, whatever follows the sign-off
    notes = (EXAMPLES / "acme.yaml").read_text(encoding="utf-8")
    (tmp_path / "notes.yaml").write_text(
        notes.replace("candidate: {name: Priya Raman}", "candidate: {name: Sara Lund}"),
        encoding="utf-8",
    )
    head = HEAD.replace(str(EXAMPLES / "acme.yaml"), str(tmp_path / "notes.yaml"))
    signed = CLEAN + "Best regards,\nSara Lund\n"
    # a long earlier message, as a reply to a thread quotes
    earlier = QUOTED_REPLY.replace("Hi Priya", "Hi Sara") + "> Earlier in the thread:\n" * 30
    for text in (signed, signed + "\n" + earlier):
        path = tmp_path / "own.md"
        path.write_text(head + text, encoding="utf-8")
        found = {f.rule for f in Checker().check(read_message(path), now=NOW).findings}
        assert "name-misspelled" not in found, text


def test_letters_typed_with_separate_accents_read_as_the_composed_letters(
    tmp_path: Path,
) -> None:
    # some applications write "é" as "e" and a combining accent (NFD): the name is the same
    notes = (EXAMPLES / "acme.yaml").read_text(encoding="utf-8")
    (tmp_path / "notes.yaml").write_text(notes.replace("Sarah Chen", "Renée Chénier"), "utf-8")
    head = HEAD.replace(str(EXAMPLES / "acme.yaml"), str(tmp_path / "notes.yaml"))
    head = head.replace("to: Sarah Chen", "to: Renée Chénier")
    text = CLEAN.replace("Dear Sarah", "Dear Renée") + "Best regards,\nPriya Raman\n"
    verdicts = []
    for form in ("NFC", "NFD"):
        path = tmp_path / f"{form}.md"
        path.write_text(head + unicodedata.normalize(form, text), encoding="utf-8")
        message = read_message(path)
        assert unicodedata.is_normalized("NFC", message.text)
        verdicts.append({f.rule for f in Checker().check(message, now=NOW).findings})
    assert "name-misspelled" not in verdicts[0]
    assert verdicts[1] == verdicts[0]


def test_a_misspelt_greeting_on_the_first_sentences_line_is_found_in_a_short_message(
    tmp_path: Path,
) -> None:
    # the candidate's own first name is a near miss of the reader's: written in the greeting
    # it misspells the reader's name, on its own line or on the first sentence's line
    notes = (EXAMPLES / "acme.yaml").read_text(encoding="utf-8")
    (tmp_path / "notes.yaml").write_text(
        notes.replace("candidate: {name: Priya Raman}", "candidate: {name: Sara Lund}"), "utf-8"
    )
    head = HEAD.replace(str(EXAMPLES / "acme.yaml"), str(tmp_path / "notes.yaml"))
    body = (
        "Thank you for the talk about moving the dashboards from Tableau to Looker today.\n"
        "I remain keen on the Data Analyst role.\n\nBest regards,\nSara Lund\n"
    )
    for greeting in ("Dear Sara,\n\n", "Dear Sara, "):
        path = tmp_path / "short.md"
        path.write_text(head + greeting + body, encoding="utf-8")
        found = {f.rule for f in Checker().check(read_message(path), now=NOW).findings}
        assert "name-misspelled" in found, greeting


def test_a_line_wrapped_after_an_honorific_reads_as_one_name() -> None:
    paragraph = (
        "I enjoyed meeting the whole panel this morning, and thank you, Mr.\n"
        "O'Brien, for explaining the churn model and its weekly refresh so clearly.\n"
    )
    doc = Doc("Dear Sarah,\n\n" + paragraph + "\nBest regards,\nPriya\n")
    assert "thank you, Mr. O'Brien, for" in doc.masked
    assert len(doc.masked) == len(doc.text)
