"""Mechanisms that carry to wordings no test set foresaw: facts that retract or revise the
notes' timeline, messages sent without being named, rejections in other words, and topics
found by their guide entries' cues and example questions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coach.chat import ask
from coach.chat.context import situate
from coach.chat.facts import Facts, extract
from coach.chat.intent import classify
from coach.models import Kind, Stage
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")  # Sarah Chen, decision by Friday 27 November
NOW = dt.datetime(2026, 11, 22, 11, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
TODAY = dt.date(2026, 12, 4)  # a Friday
NAMES = ["Sarah Chen", "Michael O'Brien"]


def test_a_plural_decision_date_is_read() -> None:
    said = extract("the panel will make their decisions by Friday 11 December", TODAY)
    assert said.decision_by == dt.date(2026, 12, 11)


@pytest.mark.parametrize(
    "text",
    [
        "They went with internal applicant, gutted",
        "the manager rang me to say no this morning",
        "HR emailed to tell me no",
    ],
)
def test_rejections_in_other_words(text: str) -> None:
    assert extract(text, TODAY).stage == Stage.rejected


def test_a_message_asking_for_news_is_a_check_in() -> None:
    sent = extract("I messaged Sarah on Tuesday asking for news on the role", TODAY, NAMES).sent
    assert [(s.kind, s.day, s.to) for s in sent] == [
        (Kind.check_in, dt.date(2026, 12, 1), "Sarah Chen")
    ]


def test_forgetting_someone_in_learner_english() -> None:
    said = extract("I forget totally about Mr O'Brien in my thanks", TODAY, NAMES)
    assert [u.to for u in said.unsent] == ["Michael O'Brien"]


def test_no_date_after_all_clears_the_notes_timeline() -> None:
    said = extract("Turns out they never actually gave me a timeline.", TODAY)
    assert said.no_timeline and said.decision_by is None
    s = situate(NOTES, said, NOW, True)
    assert s.notes is not None and s.notes.timeline.decision_by is None
    # a later turn's "no date" also drops a date an earlier turn gave
    earlier = extract("they said they would decide by 11 December", TODAY)
    assert earlier.merge(said).decision_by is None


def test_a_date_from_another_employer_is_not_read() -> None:
    said = extract("The 'not before the 14th' thing was from the other company.", TODAY)
    assert said.no_contact_before is None


def test_a_revised_decision_date_replaces_an_earlier_invitation() -> None:
    said = extract(
        "They have pushed it back and now plan to decide by 18 December. "
        "Before that she had said I could call on 10 December.",
        TODAY,
    )
    assert said.revised and said.decision_by == dt.date(2026, 12, 18)
    s = situate(NOTES, said, NOW, True)
    assert s.notes is not None and s.notes.timeline.contact_on is None


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Is it OK to address one thank-you to the whole panel together?", "unique-notes"),
        ("She goes by Bea; is 'Hi Bea' fine or should I use her surname?", "names-and-titles"),
        ("My mind went blank on the budgeting question, can I fix that now?", "forgot-something"),
        ("How formal does a follow-up note need to be?", "tone"),
        ("Nobody picked up when I rang, should I leave a message?", "phone-or-email"),
        ("What is meant to go in a thank-you? Mine feel generic.", "thank-you-content"),
        ("Can I say 'I really want this role' as the interview wraps up?", "say-you-want-it"),
    ],
)
def test_topics_found_in_new_words(question: str, topic: str) -> None:
    intent = classify(question, Facts(), Facts())
    assert intent.mode == "guide" and intent.hits[0].entry.id == topic


def test_chasing_an_application_with_no_interview_is_not_covered() -> None:
    a = ask("I sent my CV a month ago and have not had an interview yet. Can I chase them?")
    assert not a.in_scope and "don't cover" in a.answer


def test_thanking_again_after_another_round_is_about_the_thank_you() -> None:
    a = ask(
        "I already thanked Sarah after round one. Do I send thank-you notes again after round two?",
        NOTES,
        now=NOW,
    )
    assert a.intent == "timing" and any(c.section.startswith("How Soon") for c in a.citations)


# --- a pasted draft, read with what the question says about it

THANKS_SARAH = (
    "Subject: Thank you\n\nDear Sarah,\n\nThank you for meeting me today. I enjoyed hearing about "
    "migrating dashboards from Tableau to Looker at Acme Analitics.\n\nI remain keen on the Data "
    "Analyst role.\n\nBest regards,\nPriya Raman"
)
EVENING = dt.datetime(2026, 11, 20, 19, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def test_the_recipient_the_question_names_is_the_reader() -> None:
    a = ask(f"I reused this for Michael, does it work?\n\n{THANKS_SARAH}", NOTES, now=EVENING)
    assert "name-wrong-recipient" in a.rules
    assert "Open with 'Dear Michael,'" in a.answer or "name-wrong-recipient" in a.answer
    # the company's near miss is fixed by one word; the answer gives the whole name too
    assert "Acme Analytics" in a.answer


def test_a_kind_the_question_names_sets_the_channel() -> None:
    note = (
        "Hi Sarah, thanks for today's chat about moving the dashboards to Looker; I learned a "
        "lot about how your team runs the weekly metrics review with sales and I would be very "
        "glad to stay in touch as the migration goes on and the churn model takes shape. All the "
        "best with it, and thank you again for your time, Priya Raman"
    )
    a = ask(f"my LinkedIn connection note, fine?\n\n{note}", NOTES, now=EVENING)
    assert "too-long" in a.rules and "subject-missing" not in a.rules
    assert ("002", "Connect on LinkedIn") in {(c.article, c.section) for c in a.citations}


def test_errors_are_listed_before_warnings() -> None:
    draft = "Subject: Update?\n\nHi Sara,\n\nAny news on the role yet?\n\nPriya"
    a = ask(f"ok to send?\n\n{draft}", NOTES, now=EVENING)
    listed = [line.split(":")[0][2:] for line in a.answer.splitlines() if line.startswith("- ")]
    severities = {f.rule: f.severity for f in a.findings}
    ranks = [severities.get(r) != "error" for r in listed if r in severities]
    assert ranks == sorted(ranks) and "name-misspelled" in listed


# --- verdicts worded for the question asked


def test_a_too_much_question_gets_its_own_yes() -> None:
    a = ask(
        "I sent a check-in on 30 Nov. I sent a final follow-up on 7 Dec. "
        "Would one more be too much?",
        NOTES,
        now=dt.datetime(2026, 12, 9, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    )
    assert a.answer.split("\n\n")[0].startswith("Yes, too much")


def test_a_too_early_question_gets_its_own_yes() -> None:
    a = ask("Would emailing Sarah on Tuesday be too early?", NOTES, now=NOW)
    assert "Yes, too early" in a.answer or a.answer.startswith("No: Tuesday")


def test_an_alias_in_the_question_is_the_notes_short_form() -> None:
    from coach.models import Notes

    data = NOTES.model_dump(mode="json")
    data["interviewers"][1]["aliases"] = ["Mick"]
    notes = Notes.model_validate(data)
    a = ask("He signs off as Mick. Is 'Hi Mick' fine or 'Dear Mr. O'Brien'?", notes, now=EVENING)
    assert "'Hi Mick' is fine" in a.answer and "Michael O'Brien" in a.answer


def test_a_later_round_said_in_two_sentences() -> None:
    said = extract("They want me for a final round! Thursday 10 December, with the CEO.", TODAY)
    assert said.interview_day == dt.date(2026, 12, 10)


def test_thanks_again_after_a_new_round() -> None:
    a = ask(
        "Invited back for a second round. Wednesday 25 November with Sarah. I thanked her "
        "after the first one; do I thank her again after this one?",
        NOTES,
        now=NOW,
    )
    assert "Yes: every round earns its own thank-you" in a.answer


def test_preparing_for_a_round_is_not_covered() -> None:
    a = ask("How should I prepare for the final round next week?")
    assert not a.in_scope and "don't cover" in a.answer


def test_something_forgotten_to_tell_them_is_the_forgotten_point() -> None:
    q = "forgot to tell Sarah I built a Looker dashboard before. can I send a short follow up?"
    a = ask(q, NOTES, now=NOW)
    assert (
        a.citations[0].section.startswith("FAQ 5")
        and "Yes, you can still make the point" in a.answer
    )
