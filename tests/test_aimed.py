"""coach.checks.aimed: a hostile or accusatory reading counts only when the sentence names whom
it is aimed at (the reader, the employer and its people, the hiring), in the part that carries
it; the trade's hazards in strong words, the writer's own past and the interview's own subject
aim at no one. Cases written for this test, in a sawmill and a bakery."""

from __future__ import annotations

import pytest
from test_reread import tone_findings

from coach import semantic
from coach.checks.aimed import aimed, parts, targets
from coach.models import Notes

SAWMILL = Notes.model_validate(
    {
        "candidate": {"name": "Robin Achterberg"},
        "company": {"name": "Kauri Ridge Timber", "aliases": ["Kauri Ridge"]},
        "role": "Sawmill Shift Lead",
        "interview": {"start": "2026-03-03T10:00:00+13:00", "end": "2026-03-03T11:00:00+13:00"},
        "interviewers": [{"name": "Mere Tane", "title": "Mill Manager"}],
        "details": ["guarding the headrig saw", "the safety board's monthly audit"],
    }
)
BAKERY = Notes.model_validate(
    {
        "candidate": {"name": "Alex Moreau"},
        "company": {"name": "Crumb & Crust Ltd", "aliases": ["Crumb & Crust"]},
        "role": "Head Baker",
        "interview": {"start": "2026-03-03T10:00:00+00:00", "end": "2026-03-03T11:00:00+00:00"},
        "interviewers": [{"name": "Priya Lindqvist", "aliases": ["Pri"]}],
        "country": "GB",
    }
)


@pytest.mark.parametrize(
    ("sentence", "notes", "expected"),
    [
        ("Your ovens are older than the town.", None, {"reader"}),
        # an imperative speaks to the reader without naming them
        ("Enjoy training the new starter.", None, {"reader"}),
        ("Nobody has answered my note.", None, {"hiring"}),
        ("The hiring went on for months.", None, {"hiring"}),
        ("Management never checks a thing.", None, {"employer"}),
        # the notes' names for the employer and its people
        ("Nothing at Crumb & Crust runs on time.", BAKERY, {"employer"}),
        ("Pri will see soon enough.", BAKERY, {"employer"}),
        ("Nothing at Crumb & Crust runs on time.", None, set()),
    ],
)
def test_the_reader_the_employer_and_the_hiring_are_targets(sentence, notes, expected):
    assert targets(sentence, notes) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the trade's hazards, and the writer's own past
        "A bad batch can ruin a bakery's name overnight.",
        "Forklifts never stop for a stray boot, and a headrig saw doesn't forgive.",
        "I have worked a night shift in a heatwave.",
    ],
)
def test_the_trade_and_the_writers_past_are_no_target(sentence):
    assert not targets(sentence, SAWMILL)


def test_a_common_noun_of_the_notes_details_is_the_subject_not_a_target():
    # "board" is a word of a detail here: the audit the interview was about
    assert not targets("The safety board's audit would catch every loose guard.", SAWMILL)
    assert targets("The board never reads a thing.", BAKERY) == {"employer"}
    # the reader is a target whatever the subject
    assert targets("Your safety board is a rubber stamp.", SAWMILL) == {"reader"}


def test_a_sentence_divides_at_a_colon_semicolon_or_dash():
    sentence = "I noticed how tidy the yard was: nobody leaves a tool out on the scaffold."
    assert parts(sentence) == [
        "I noticed how tidy the yard was",
        "nobody leaves a tool out on the scaffold.",
    ]
    assert parts("Agreed: the rota is fair.") == []
    assert parts("The rota is fair and the yard is tidy.") == []


def test_blame_read_in_a_part_without_a_target_is_no_blame():
    model = semantic.classifier()
    # the reader is praised in one part; the other part, a rule of the site, reads as blame
    sentence = (
        "I liked how clearly you explained the lifting plan: nobody leaves a tool out, and "
        "nobody signs off a lift without a second check."
    )
    assert not aimed(model, "tone-accusatory", sentence, None)


def test_a_hazard_of_the_trade_in_strong_words_is_not_hostile():
    body = (
        "Thank you for showing me round the site this morning. A careless splice can drop a "
        "load on someone's head, and nobody on a site forgets who tied it. I am very keen on "
        "the Night Care Lead role."
    )
    assert not [r for r, _ in tone_findings(body) if r in ("tone-hostile", "tone-accusatory")]


def test_the_same_words_aimed_at_the_reader_still_are():
    body = (
        "Thank you for this morning. Your hiring process is a slow joke, and nobody forgets "
        "who wasted their afternoon. I am very keen on the Night Care Lead role."
    )
    assert "tone-hostile" in [r for r, _ in tone_findings(body)]
