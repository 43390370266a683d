"""A name with marks typed plain and asked about ("is Tomas Hajek ok, my phone drops the
accents"), or the marks asked to go ("can I leave the dots off?"), is answered no first, with
the form to write; a name typed plain in a question about something else is no such question."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coach.chat import ask
from coach.readers import load_notes

NOTES = """
candidate: {name: Ilse Vandermeer}
company: {name: Brnoská Optika}
role: Lens Technician
interview: {start: 2026-05-12T10:00:00+02:00, end: 2026-05-12T11:00:00+02:00}
interviewers:
  - {name: Tomáš Hájek, honorific: Mr., title: Workshop Lead}
country: CZ
stage: interviewed
"""
NOW = dt.datetime(2026, 5, 12, 18, tzinfo=dt.timezone(dt.timedelta(hours=2)))


@pytest.fixture
def notes(tmp_path: Path):
    path = tmp_path / "optika.yaml"
    path.write_text(NOTES, encoding="utf-8")
    return load_notes(path)


def test_the_plain_form_asked_about_is_a_no(notes) -> None:
    text = ask("my keyboard has no accents, is Tomas Hajek ok?", notes, now=NOW).answer
    assert text.startswith("No: write Tomáš Hájek, not Tomas Hajek")


def test_the_marks_asked_to_go_is_a_no(notes) -> None:
    text = ask("can I leave the accents off in the greeting?", notes, now=NOW).answer
    assert text.startswith("No") and "Tomáš Hájek" in text


def test_a_plain_name_in_a_timing_question_is_not_judged(notes) -> None:
    text = ask("when can I email tomas again?", notes, now=NOW).answer
    assert "not tomas" not in text


def test_without_notes_the_marked_form_beside_the_plain_one() -> None:
    text = ask("she signs as Dr. Zoë Brandt, can I write Zoe, my phone won't do the dots", now=NOW)
    assert text.answer.startswith("No: write Zoë, not Zoe")
