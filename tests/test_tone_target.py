"""coach.checks.target: a hostile or accusatory reading counts only when the sentence names
whom it is aimed at (the reader, the employer, its people, the hiring process), in the part
that carries it. Cases written for this test, on a building site and in a bakery."""

from __future__ import annotations

from test_reread import tone_findings

from coach import semantic
from coach.checks.target import aimed, has_target, parts
from coach.models import Notes

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


def test_the_reader_the_employer_and_the_process_are_targets():
    assert has_target("Your ovens are older than the town.", None)
    assert has_target("Nobody has answered my note.", None)
    assert has_target("The hiring went on for months.", None)
    # an imperative speaks to the reader without naming them
    assert has_target("Enjoy training the new starter.", None)
    # the notes' names for the employer and its people
    assert has_target("Nothing at Crumb & Crust runs on time.", BAKERY)
    assert has_target("Pri will see soon enough.", BAKERY)
    assert not has_target("Nothing at Crumb & Crust runs on time.", None)


def test_the_trade_and_the_writers_past_are_no_target():
    assert not has_target("A bad batch can ruin a bakery's name overnight.", BAKERY)
    assert not has_target("I have worked a night shift in a heatwave.", BAKERY)


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
