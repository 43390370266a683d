"""coach.checks.reread: a fault of manner the classifier reads must survive two second readings:
without the words of the interview's own subject (the notes' details), and, for an aside in
brackets, with the sentence it comments on. Cases written for this test, across trades."""

from __future__ import annotations

from coach.checks.reread import host_reading, without_marker, without_topic
from coach.engine import Checker
from coach.models import Kind, Notes
from coach.readers import Message
from coach.rulebook import load_rules
from coach.semantic import Sentence

TONE = [r for r in load_rules() if r.startswith("tone-")]
CHECKER = Checker(select=TONE)
NOTES = {
    "candidate": {"name": "Alex Moreau"},
    "company": {"name": "Harbourside Care Home"},
    "role": "Night Care Lead",
    "interview": {"start": "2026-03-03T10:00:00+00:00", "end": "2026-03-03T11:00:00+00:00"},
    "interviewers": [{"name": "Sam Osei", "title": "Registered Manager"}],
    "details": ["training the night porters to run the fire drills themselves"],
    "country": "GB",
}


def tone_findings(body: str) -> list[tuple[str, str]]:
    text = f"Subject: Thank you\n\nDear Sam,\n\n{body}\n\nBest wishes,\nAlex Moreau"
    message = Message(
        path="note.md",
        text=text,
        kind=Kind.thank_you,
        to="Sam Osei",
        notes=Notes.model_validate(NOTES),
    )
    result = CHECKER.check(message)
    return [(f.rule, f.excerpt) for f in result.findings if f.rule.startswith("tone-")]


def test_a_run_of_topic_words_is_left_out_and_one_word_alone_kept():
    stems = frozenset({"porter", "drill", "fire", "night"})
    assert without_topic("Your plan for the night porters' fire-drill rota is sound.", stems) == (
        "Your plan for it rota is sound."
    )
    # the run and its determiner stand as "it" ("its" before an owner's mark), so the
    # sentence stays whole instead of keeping a hole after "the"
    assert without_topic("Perhaps the night porters deserve a medal.", stems) == (
        "Perhaps it deserve a medal."
    )
    assert without_topic("I liked the night porter's idea.", stems) == "I liked its idea."
    # one word of the details is the writer's own: "any night", "the porters"
    alone = "I can work any night you need."
    assert without_topic(alone, stems) == alone
    assert without_topic("Your plan for the porters is fine.", stems) == (
        "Your plan for the porters is fine."
    )


def test_a_sentence_restating_the_interview_subject_is_no_fault():
    body = (
        "Thank you for showing me round this morning. Getting the porters to run their own "
        "drills is a smart idea. I am very interested in the Night Care Lead role."
    )
    assert tone_findings(body) == []


def test_a_fault_that_names_the_subject_is_still_a_fault():
    body = (
        "Thank you for the interview. You promised to send me the fire drill rota and it never "
        "arrived. I need to know by Friday whether I will be running the fire drills or not. "
        "Frankly, your plan for the porters is a joke."
    )
    assert sorted(rule for rule, _ in tone_findings(body)) == [
        "tone-accusatory",
        "tone-demanding",
        "tone-hostile",
    ]


def test_an_aside_is_read_with_the_sentence_it_comments_on():
    body = (
        "Thank you for the tour. I'd be happy to run the first stock count myself before the "
        "audit. (My brother would never let me hear the end of it!) I am very interested in "
        "the Night Care Lead role."
    )
    assert tone_findings(body) == []


def test_only_an_aside_in_brackets_after_a_sentence_has_a_host():
    first = Sentence(0, 20, "I checked the rota.")
    aside = "(It was tidy!)"
    assert host_reading([first, Sentence(21, 35, aside)], 1, aside) == f"{first.text} {aside}"
    assert host_reading([Sentence(0, 14, aside)], 0, aside) is None
    assert host_reading([first, Sentence(21, 30, "It was.")], 1, "It was.") is None


def test_the_rejection_rules_do_not_reread():
    """A rejection's argument cites the candidate's fit for the subject: its words count."""
    rules = load_rules()
    assert all(rules[r].params.classifier_reread for r in TONE if rules[r].params.classifier)
    assert not any(
        getattr(rules[r].params, "classifier_reread", False)
        for r in rules
        if r.startswith("rejection-")
    )


def test_a_point_numbered_in_a_list_is_read_without_its_number():
    assert without_marker("Third, the residents' families.") == "The residents' families."
    assert without_marker("Thirdly: the rota.") == "The rota."
    assert without_marker("The third time I have asked.") == "The third time I have asked."
    body = (
        "Thank you for the visit. You asked about three things, so here are my answers. First, "
        "the night rota looked fair to me. Second, I have run fire drills before. Third, winter "
        "on the roads. I have driven in from the hills for six years and never missed a shift. "
        "I am very interested in the Night Care Lead role."
    )
    assert tone_findings(body) == []
