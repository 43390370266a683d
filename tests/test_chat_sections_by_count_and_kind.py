"""Sections and scope that turn on what a question names rather than on its nearest wording: a
thank-you named in a question nothing else fits, a day they set for a call, follow-ups counted,
and a pasted draft that asks for news well after the thank-you's days."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from coach.chat import ask
from coach.readers import load_notes

UTC = dt.UTC
NOTES_TEXT = {
    "candidate": {"name": "Rosalind Achterberg"},
    "company": {"name": "Pennywhistle Ferries", "aliases": ["Pennywhistle"]},
    "role": "Deck Officer",
    "interview": {"start": "2026-05-04T09:00:00+00:00", "end": "2026-05-04T10:00:00+00:00"},
    "interviewers": [
        {"name": "Cormac Delahunty", "title": "Marine Superintendent"},
        {"name": "Imogen Vasquez-Thorne", "title": "Crewing Manager"},
    ],
    "details": ["the night crossings to the islands", "the new bridge simulator"],
    "country": "GB",
    "stage": "interviewed",
}


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory):
    path = Path(tmp_path_factory.mktemp("notes")) / "pennywhistle.yaml"
    path.write_text(yaml.safe_dump(NOTES_TEXT), "utf-8")
    return load_notes(path)


def answer(question: str, notes=None, now: dt.datetime | None = None):
    return ask(question, notes, now=now or dt.datetime(2026, 5, 5, 9, tzinfo=UTC))


def sections(doc) -> set[tuple[str, str]]:
    return {(c.article, c.section) for c in doc.citations}


@pytest.mark.parametrize(
    "question",
    [
        "my interview was on a phone line that kept dropping. does that change the thank you?",
        "there were two separate rounds last week. thank yous for both, or just one at the end?",
    ],
)
def test_a_question_naming_the_thank_you_is_in_scope(question: str) -> None:
    doc = answer(question)
    assert doc.in_scope
    assert "don't cover" not in doc.answer


def test_a_word_that_is_no_message_leaves_the_question_out_of_scope() -> None:
    doc = answer("They want a credit check before the contract is final. Can I say no?")
    assert not doc.in_scope


def test_a_call_on_the_day_they_set_cites_the_advice_on_their_timeline(notes) -> None:
    doc = answer(
        "interview was mon 4 may, cormac said 'give me a ring any time from friday'. "
        "is ringing on friday too keen?",
        notes,
    )
    assert ("001", "Don't be overeager") in sections(doc)
    assert "thank-you" not in doc.answer.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "4 emails to cormac so far and not a word. try imogen next week?",
        "emailed imogen this morning. if that gets nothing, when can i try one last time?",
    ],
)
def test_follow_ups_counted_cite_the_limit_on_them(notes, question: str) -> None:
    doc = answer(question, notes, dt.datetime(2026, 5, 28, 9, tzinfo=UTC))
    assert ("002", "FAQ 3: How Many Times Should I Follow Up?") in sections(doc)


DRAFT = """Subject: Deck Officer start date

Dear Imogen,

Thank you again for your time on 4 May. I wanted to ask whether there is any updated timing
for the Deck Officer role, as I would be glad to plan around the night crossings.

Kind regards,
Rosalind Achterberg"""


def test_a_pasted_draft_asking_for_news_is_read_as_a_check_in(notes) -> None:
    doc = answer(
        f"sending this to imogen today, ok?\n\n{DRAFT}",
        notes,
        dt.datetime(2026, 5, 15, 9, tzinfo=UTC),
    )
    assert "timing-thank-you-late" not in {f.rule for f in doc.findings}
    assert ("004", "Continue Follow Ups") in sections(doc)


def test_the_same_draft_within_the_thank_you_days_is_not_read_as_a_check_in(notes) -> None:
    doc = answer(
        f"sending this to imogen today, ok?\n\n{DRAFT}",
        notes,
        dt.datetime(2026, 5, 4, 18, tzinfo=UTC),
    )
    assert "timing-check-in-early" not in {f.rule for f in doc.findings}


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory):
    data = {**NOTES_TEXT, "timeline": {"decision_by": "2026-05-14"}}
    path = Path(tmp_path_factory.mktemp("dated")) / "pennywhistle.yaml"
    path.write_text(yaml.safe_dump(data), "utf-8")
    return load_notes(path)


def test_a_verdict_on_their_decision_date_cites_the_section_on_that_date(dated) -> None:
    doc = answer("can i email cormac today?", dated, dt.datetime(2026, 5, 12, 9, tzinfo=UTC))
    assert doc.answer.startswith("No")
    assert ("001", "Call or email if the employer doesn't get back to you") in sections(doc)


def test_a_call_that_is_only_where_the_offer_came_is_no_question_about_calling(notes) -> None:
    doc = answer(
        "imogen offered me the job on the phone this morning!! do i still send thank you notes?",
        notes,
    )
    got = sections(doc)
    assert ("002", "Make a Follow-Up Call") not in got
    assert ("002", "FAQ 6: How Long Should I Wait Before Making a Follow-Up Call?") not in got
    assert {
        ("002", "How Soon Should You Follow Up After an Interview?"),
        ("004", "Express your gratitude for their time"),
    } & got
