"""coach.checks.detail_claims: the reader's own work under way or intended, told in a relative
clause ("the X you are fitting", "the X you plan to lease", "the X your team is rolling out"),
claims a topic of the interview as a verb of telling does; detail-unsupported judges it
against the notes. Also when the phrase opens a clause and when "you're" runs together;
and one rare word the notes lack, apart from every detail, names such a project, where a topic
of talk needs two ("the craftsmanship the team brings" stays praise). Sentences are written for
these tests, across trades."""

from __future__ import annotations

from typing import Any

import pytest

from coach.checks.detail_claims import claimed_topics, reader_work
from coach.engine import Checker
from coach.examples import example_messages
from coach.models import Kind
from coach.rulebook import Example, load_rules
from coach.text import Doc

RULES = load_rules()
CHECKER = Checker(select=["detail-missing", "detail-unsupported"])

FERRY = {
    "role": "Deckhand",
    "details": ["mooring drills at the north pier before the winter timetable"],
}
CLINIC = {
    "role": "Veterinary Nurse",
    "details": ["the new isolation ward for cats with flu"],
}


def fired(sentence: str, notes: dict[str, Any]) -> bool:
    text = f"Dear Sam,\n\nThank you for meeting me today. {sentence}\n\nBest regards,\nRobin"
    example = Example(text=text, notes=notes, kind=Kind.thank_you)
    result = CHECKER.check_batch(example_messages(RULES["detail-unsupported"], example))[0]
    return any(f.rule == "detail-unsupported" for f in result.findings)


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("The drills stay with me, and the radar screens you are fitting.", "radar screens"),
        ("I will not forget the tour, nor the kennels you plan to rebuild.", "kennels"),
        ("I was glad to hear about the scanners your team is leasing.", "scanners"),
    ],
)
def test_the_readers_work_under_way_or_intended_is_a_claimed_topic(sentence, topic):
    found = [t.strip() for _, t in claimed_topics(Doc(f"Dear Sam,\n\n{sentence}"))]
    assert topic in found


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        (
            "I learnt a lot about the mooring drills and the sonar buoys you are fitting on "
            "the bridge.",
            FERRY,
        ),
        (
            "The isolation ward sounds excellent, and I was curious about the dental scanners "
            "you plan to lease.",
            CLINIC,
        ),
    ],
)
def test_an_invented_piece_of_the_readers_work_is_reported(sentence, notes):
    assert fired(sentence, notes)


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        # the reader's work as the notes tell it, or in words common to any follow-up
        ("I would gladly help with the mooring drills you are running at the north pier.", FERRY),
        ("I would be glad to support the isolation ward you are opening for cats.", CLINIC),
        ("I am keen to join the team you are building and the role you are hiring for.", FERRY),
    ],
)
def test_the_readers_real_or_generic_work_is_not_reported(sentence, notes):
    assert not fired(sentence, notes)


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("Two things stayed with me. First, the hydrofoil trial you're planning.", "hydrofoil"),
        ("The drills were useful; the radar mast you are replacing too.", "radar mast"),
        ("I keep thinking about the kennels you’re rebuilding.", "kennels"),
    ],
)
def test_work_under_way_opening_a_clause_or_run_together_is_claimed(sentence, topic):
    found = [t.strip() for _, t in claimed_topics(Doc(f"Dear Sam,\n\n{sentence}"))]
    assert any(t.startswith(topic) for t in found)


def test_a_plan_before_or_a_verb_of_doing_after_marks_the_readers_work():
    text = "Your plan to paint the hull. I liked the hull you're painting. I liked the hull."
    assert reader_work(text, text.index("paint the"), text.index(". I liked the hull you"))
    at = text.index("hull you")
    assert reader_work(text, at, at + len("hull"))
    at = text.rindex("hull")
    assert not reader_work(text, at, at + len("hull"))


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        ("Second, the hydrofoil trial you're planning for next summer.", FERRY),
        ("I would also enjoy helping with your plan to open an aquarium shop.", CLINIC),
    ],
)
def test_one_rare_word_names_an_invented_project(sentence, notes):
    assert fired(sentence, notes)


@pytest.mark.parametrize(
    ("sentence", "notes"),
    [
        # a word of a detail beside the rare one: a paraphrase, judged as before
        ("Second, the mooring refit you're planning before the winter timetable.", FERRY),
        ("I liked your plan to put a feline flu ward next to the isolation room.", CLINIC),
        # a topic of talk, not a project: one rare word is praise, not an invention
        ("I enjoyed hearing about the craftsmanship the whole crew brings.", FERRY),
    ],
)
def test_a_paraphrase_or_a_topic_of_talk_is_not_invented_by_one_word(sentence, notes):
    assert not fired(sentence, notes)
