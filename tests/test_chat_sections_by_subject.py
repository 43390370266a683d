"""Which sections the chat cites when the subject of a question sits behind its day or its
occasion: a thank-you past its two days, promised material asked about by day, a call to thank
them again or ask how it went (planned, made or supposed), and a name written two ways."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from coach.chat import ask
from coach.readers import load_notes

UTC = dt.UTC
NOTES_TEXT = {
    "candidate": {"name": "Ines Marlowe"},
    "company": {"name": "Larchmont Glassworks", "aliases": ["Larchmont"]},
    "role": "Kiln Technician",
    "interview": {"start": "2026-03-03T10:00:00+00:00", "end": "2026-03-03T11:00:00+00:00"},
    "interviewers": [
        {"name": "Oona Ferreira-Blake", "honorific": "Dr.", "title": "Studio Director"},
        {"name": "Tadeusz Wrona", "aliases": ["Tadek"], "title": "Head of Production"},
    ],
    "details": ["annealing schedules for thick cast pieces", "the new electric kiln"],
    "timeline": {"decision_by": "2026-03-13"},
    "country": "GB",
    "stage": "interviewed",
    "materials": [
        {"what": "a set of kiln firing logs", "promised_by": "2026-03-04T17:00:00+00:00"}
    ],
}


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory):
    path = Path(tmp_path_factory.mktemp("notes")) / "larchmont.yaml"
    path.write_text(yaml.safe_dump(NOTES_TEXT), "utf-8")
    return load_notes(path)


def cited(question: str, notes, now: dt.datetime) -> list[tuple[str, str]]:
    return [(c.article, c.section) for c in ask(question, notes, now=now).citations]


def test_a_thank_you_past_its_limit_cites_the_sections_that_set_it(notes) -> None:
    got = cited(
        "never got round to thanking oona. too late now?",
        notes,
        dt.datetime(2026, 3, 6, 12, tzinfo=UTC),
    )
    assert ("000", "Send a thank-you note (promptly)") in got[:2]
    assert ("004", "Express your gratitude for their time") in got[:2]


@pytest.mark.parametrize(
    "question",
    [
        "could the firing logs go on thursday morning instead? nobody reads email early anyway",
        "is friday ok for the logs, or does it have to be wednesday?",
    ],
)
def test_promised_material_asked_about_by_day_cites_the_materials_section(
    notes, question: str
) -> None:
    got = cited(question, notes, dt.datetime(2026, 3, 4, 9, tzinfo=UTC))
    assert ("001", "Send follow-up material when requested") in got


@pytest.mark.parametrize(
    ("question", "now"),
    [
        (
            "thinking of ringing tadek tomorrow just to say thanks again and ask how i did",
            dt.datetime(2026, 3, 3, 15, tzinfo=UTC),
        ),
        (
            "what if I had phoned oona the morning after to ask how it went?",
            dt.datetime(2026, 3, 10, 9, tzinfo=UTC),
        ),
        (
            "I rang tadek the day after to ask how things looked. was that ok?",
            dt.datetime(2026, 3, 5, 9, tzinfo=UTC),
        ),
    ],
)
def test_a_call_to_thank_again_or_ask_how_it_went_cites_the_advice_against_overeagerness(
    notes, question: str, now: dt.datetime
) -> None:
    assert ("001", "Don't be overeager") in cited(question, notes, now)


@pytest.mark.parametrize(
    "question",
    [
        "Tadek or Tadeusz in the greeting?",
        "my draft says 'Larchmount Glassworks', does that matter?",
        "can I leave off the Dr and just write Dear Oona?",
    ],
)
def test_a_name_written_two_ways_cites_the_rules_on_names(notes, question: str) -> None:
    got = cited(question, notes, dt.datetime(2026, 3, 3, 15, tzinfo=UTC))
    assert got[0] == ("003", "Rules to follow")


@pytest.mark.parametrize(
    "question",
    [
        "should I email Dr Ferreira-Blake or wait until the 16th?",
        "oona or tadek, who do I check in with?",
    ],
)
def test_a_choice_of_person_or_day_is_not_a_question_about_names(notes, question: str) -> None:
    got = cited(question, notes, dt.datetime(2026, 3, 12, 9, tzinfo=UTC))
    assert not got or got[0] != ("003", "Rules to follow")


@pytest.mark.parametrize(
    "question",
    [
        "could I whatsapp tadek instead of emailing him?",
        "is a text ok for the check-in, or does it have to be an email?",
    ],
)
def test_one_channel_weighed_against_another_cites_their_preference_and_any_one_channel(
    notes, question: str
) -> None:
    got = cited(question, notes, dt.datetime(2026, 3, 16, 9, tzinfo=UTC))
    assert ("004", "Set expectations early") in got
    assert ("002", "FAQ 4: Is It Okay to Follow Up on Multiple Platforms?") in got


def test_follow_ups_with_no_end_cite_moving_on(notes) -> None:
    question = "if oona never answers, can I just keep emailing her every week until she does?"
    got = cited(question, notes, dt.datetime(2026, 3, 16, 9, tzinfo=UTC))
    assert ("004", "Don't Ignore other Opportunities") in got


def test_a_public_holiday_beside_a_day_is_in_scope(notes) -> None:
    question = "monday the 16th is the first real working day after the holiday. check in then?"
    assert ask(question, notes, now=dt.datetime(2026, 3, 16, 9, tzinfo=UTC)).in_scope


def test_getting_a_licence_recognised_elsewhere_is_not_covered(notes) -> None:
    question = "the role needs a gas safety card. how do I get my scottish one recognised in wales?"
    answer = ask(question, notes, now=dt.datetime(2026, 3, 16, 9, tzinfo=UTC))
    assert not answer.in_scope and "don't cover" in answer.answer
