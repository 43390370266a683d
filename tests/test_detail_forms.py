"""Numbers, compound heads, a detail's own names, concrete groups and "weekend" in detail
coverage (coach.checks.detail_forms, rules/lexicon/synonyms.yaml), in wordings of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from coach.checks.detail_forms import calendar, compound_heads, numbers
from coach.checks.names_spelling import english_words
from coach.engine import Checker
from coach.models import Kind, Notes
from coach.readers import Message

CHECKER = Checker(select=["detail-missing", "detail-unsupported"])
START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def fired(
    detail: str, sentence: str, kind: Kind = Kind.thank_you, role: str = "Planner"
) -> set[str]:
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Robin Vale"},
            "company": {"name": "Greyfield Works"},
            "role": role,
            "interview": {"start": START.isoformat()},
            "interviewers": [{"name": "Tess Okafor", "title": "Director"}],
            "details": [detail],
        }
    )
    body = (
        f"Subject: Thanks\n\nDear Tess,\n\nThank you for meeting me. {sentence}\n\n"
        "Best,\nRobin Vale"
    )
    later = dt.timedelta(days=20 if kind is Kind.check_in else 0, hours=4)
    message = Message(
        path="m.md", text=body, to="Tess Okafor", kind=kind, send_at=START + later, notes=notes
    )
    result = CHECKER.check(message, now=START + dt.timedelta(days=40))
    return {f.rule for f in result.findings}


def test_numbers_in_words_and_digits_meet() -> None:
    assert numbers("about two hundred and fifty pallets") == {"#250"}
    assert numbers("250 pallets a night") == {"#250"}
    assert numbers("thirty-five drivers and 1,200 parcels") == {"#35", "#1200"}
    # small numbers, years and days of the month are no topic
    assert numbers("six vans on 14 March 2027, or March 3") == frozenset()


def test_a_compound_stands_for_its_head() -> None:
    assert ("earthquake", "quake") in compound_heads("earthquake drills", english_words())
    assert compound_heads("quarterly drills", english_words()) == ()


@pytest.mark.parametrize(
    ("detail", "sentence"),
    [
        # a number said in words, and one concept beside it
        (
            "loading 250 pallets on the night dock",
            "Getting two hundred and fifty pallets out before dawn is a real night's work.",
        ),
        # the head of a compound, and one concept beside it
        (
            "the earthquake readiness drills for tenants",
            "The quake drills you run each year impressed me.",
        ),
        # a name of the detail alone
        (
            "moving the archive into Sharevault",
            "I have used Sharevault for years and would enjoy the move.",
        ),
        # a concrete group: a suite for a lab, with the shared word beside it
        ("a robotics lab opening in autumn", "The robotics suite you showed me is remarkable."),
        # food thrown away, in other words
        (
            "cutting lunch-service food waste",
            "Tracking which lunch plates come back as leftovers is a habit of mine.",
        ),
        # weekend as a topic
        ("absence on weekend shifts", "Weekend absences were a problem I solved in my last post."),
        # the notes' days and months cut short, in full in the message, beside a word of them
        ("swim lessons Sat/Sun mornings", "Teaching swimming on Saturdays and Sundays suits me."),
        ("stocktake go-live Sept", "A stocktake in September sounds like a busy start."),
    ],
)
def test_paraphrases_count(detail: str, sentence: str) -> None:
    assert not fired(detail, sentence) & {"detail-missing", "detail-unsupported"}


def test_a_concrete_group_counts_alone_in_a_check_in() -> None:
    assert "detail-missing" not in fired(
        "a robotics lab opening in autumn",
        "I am still keen on the role and the lab.",
        Kind.check_in,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope you have a lovely weekend.",
        "Enjoy the weekend, and thank you again.",
        "It was great to hear about the team over the weekend call.",
    ],
)
def test_the_days_off_are_no_weekend_topic(sentence: str) -> None:
    assert "detail-missing" in fired("absence on weekend shifts", sentence, Kind.check_in)


def test_a_day_or_month_alone_is_no_detail() -> None:
    assert calendar("clinic Tues/Thurs, audit in Sept") == {"=cal-tue", "=cal-thu", "=cal-sep"}
    assert calendar("May I ask? I sat in the sun on Marsh Lane") == frozenset()
    # the day of the interview, or a month the detail has, names nothing discussed alone
    assert "detail-missing" in fired("clinic Tues/Thurs", "It was lovely to meet on Tuesday.")
    assert "detail-missing" in fired("go-live Apr", "I hope to hear by April.", Kind.check_in)


def test_a_name_the_notes_never_give_beside_a_detail_word_is_left_alone() -> None:
    # a place or product the notes do not spell, beside a word of the detail, is how people
    # write about what was discussed (proper nouns not in the notes are left alone)
    assert "detail-unsupported" not in fired(
        "moving the archive into Sharevault",
        "I loved hearing about the move to the Lisbon office.",
    )
    assert "detail-unsupported" not in fired(
        "moving the archive into Sharevault",
        "I loved hearing about the move to Sharevault.",
    )


def test_a_claimed_topic_ends_at_the_verb_of_its_sentence() -> None:
    # "hearing about your priorities for the team was honestly eye-opening": the topic is the
    # priorities (generic), not "honestly eye-opening"
    sentence = (
        "Hearing about your priorities for the team was honestly eye-opening, and I'd love to "
        "help with the move to Sharevault."
    )
    assert "detail-unsupported" not in fired("moving the archive into Sharevault", sentence)
